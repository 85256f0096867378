import { defineOperation } from '../api/operation.js';
import {
  ApiTokenCreatedSchema,
  ApiTokenCreateSchema,
  ApiTokenIdParamsSchema,
  ApiTokenListSchema,
  LoginSchema,
  MeSchema,
  SsoCallbackQuerySchema,
  SsoConfigurationSchema,
  SsoStartQuerySchema,
} from './schema.js';

export const login = defineOperation({
  operationId: 'login',
  method: 'POST',
  path: '/auth/login',
  summary: 'Sign in',
  description:
    'Signs in with e-mail address and password and sets an http-only session cookie. Wrong credentials give one generic ' +
    'answer. Tries are counted before the password is checked: more than 5 per account (or per known browser, which ' +
    'keeps signing in while its account is locked), or more than the limits per address and in all, in 15 minutes ' +
    'answer 429 with Retry-After; 503 with Retry-After when too many password checks are waiting.',
  tag: 'Authentication',
  body: LoginSchema,
  success: { status: 200, description: 'Signed in; the session cookie is set.', schema: MeSchema },
  errors: [401, 413, 415, 429, 503],
  access: { public: true },
});

export const logout = defineOperation({
  operationId: 'logout',
  method: 'POST',
  path: '/auth/logout',
  summary: 'Sign out',
  description: 'Ends the session and clears its cookie. Needs the X-CSRF-Token header when a session cookie is sent.',
  tag: 'Authentication',
  success: { status: 204, description: 'Signed out.' },
  errors: [403],
  access: { public: true },
});

export const getSsoConfiguration = defineOperation({
  operationId: 'getSsoConfiguration',
  method: 'GET',
  path: '/auth/sso',
  summary: 'Whether single sign-on is offered',
  tag: 'Authentication',
  success: { status: 200, description: 'The single sign-on configuration.', schema: SsoConfigurationSchema },
  errors: [],
  access: { public: true },
});

export const startSsoLogin = defineOperation({
  operationId: 'startSsoLogin',
  method: 'GET',
  path: '/auth/oidc/authorization',
  summary: 'Start single sign-on',
  description:
    'For the browser, not for API clients: sends it to the identity provider (OpenID Connect, authorization code flow ' +
    'with PKCE) and remembers, in a short-lived http-only cookie, where to continue afterwards. 404 when single sign-on ' +
    'is not configured.',
  tag: 'Authentication',
  query: SsoStartQuerySchema,
  success: { status: 302, description: 'To the identity provider to sign in.', location: true },
  errors: [404],
  access: { public: true },
});

export const completeSsoLogin = defineOperation({
  operationId: 'completeSsoLogin',
  method: 'GET',
  path: '/auth/oidc/callback',
  summary: 'Complete single sign-on',
  description:
    'Where the identity provider sends the browser back. Exchanges the code, and signs in the active person with the ' +
    'verified e-mail address the provider vouches for (no account is created): the session cookie is set and the browser ' +
    'continues at the path given when starting. Otherwise no session, and the browser goes to `/aanmelden?sso=unknown` ' +
    '(no active person with that address) or `/aanmelden?sso=failed` (refused, cancelled, not verified, or expired). ' +
    '404 when single sign-on is not configured.',
  tag: 'Authentication',
  query: SsoCallbackQuerySchema,
  success: { status: 302, description: 'Back to the web app, signed in or with the reason why not.', location: true },
  errors: [404],
  access: { public: true },
});

export const getMe = defineOperation({
  operationId: 'getMe',
  method: 'GET',
  path: '/me',
  summary: 'Who am I',
  description: 'The signed-in person, their roles per context, and the CSRF token of the session.',
  tag: 'Profile',
  success: { status: 200, description: 'The signed-in person.', schema: MeSchema },
  errors: [401],
  access: { permission: 'profile:read' },
});

export const listMyApiTokens = defineOperation({
  operationId: 'listMyApiTokens',
  method: 'GET',
  path: '/me/api-tokens',
  summary: 'List my API tokens',
  description: 'Only with a session, not with a token.',
  tag: 'Profile',
  success: { status: 200, description: 'My tokens, without the tokens themselves.', schema: ApiTokenListSchema },
  errors: [401, 403],
  access: { permission: 'profile:manage-tokens', sessionOnly: true },
});

export const createMyApiToken = defineOperation({
  operationId: 'createMyApiToken',
  method: 'POST',
  path: '/me/api-tokens',
  summary: 'Create an API token',
  description:
    'A bearer token with my own rights, for integrations: read-only (`read`, the default) or `read-write`, valid for 90 days unless chosen (at most 365). The token is in this answer only. Only with a session, not with a token.',
  tag: 'Profile',
  body: ApiTokenCreateSchema,
  success: { status: 201, description: 'The token, shown once.', schema: ApiTokenCreatedSchema, location: true },
  errors: [401, 403, 413, 415],
  access: { permission: 'profile:manage-tokens', sessionOnly: true },
});

export const revokeMyApiToken = defineOperation({
  operationId: 'revokeMyApiToken',
  method: 'DELETE',
  path: '/me/api-tokens/{tokenId}',
  summary: 'Revoke an API token',
  tag: 'Profile',
  params: ApiTokenIdParamsSchema,
  success: { status: 204, description: 'The token no longer works.' },
  errors: [401, 403, 404],
  access: { permission: 'profile:manage-tokens' },
});
