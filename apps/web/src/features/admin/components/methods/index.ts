export { MethodsPage, NewMethodPage, EditMethodPage } from './MethodPages';
