export { SignInPage } from './components/SignInPage';
export { ResetPasswordPage } from './components/ResetPasswordPage';
