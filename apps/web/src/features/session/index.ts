export { SignInPage } from './components/SignInPage';
export { ResetPasswordPage } from './components/ResetPasswordPage';
export { meQueryOptions, meQueryKey, csrfTokenIn, ssoConfigurationQueryOptions } from './api/me-query';
export { principalOf, mayEverWith, canWith } from './principal';
export { useMe, useMayEver, useSignOut } from './use-session';
export { safeReturnPath, signInUrl, signInPath } from './return-path';
