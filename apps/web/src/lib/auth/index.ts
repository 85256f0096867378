export { meQueryOptions, meQueryKey, csrfTokenIn, ssoConfigurationQueryOptions } from './me-query';
export { principalOf, mayEverWith, canWith } from './principal';
export { useMe, useMayEver, useSignOut } from './use-session';
export { useCanInBuildingTeam } from './use-context-permission';
export { safeReturnPath, signInUrl, signInPath } from './return-path';
export { coordinatorRegions } from './coordinator-regions';
