export { QuestionShiftsPage } from './components/QuestionShiftsPage';
