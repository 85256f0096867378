import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common/schema.js';
import { apiTokenDefaultDays, apiTokenMaxDays, apiTokenNameMaxLength } from './rules.js';
import { MembershipSchema } from '../membership/schema.js';
import { PersonSchema } from '../person/schema.js';

export const LoginSchema = z
  .strictObject({
    email: z
      .string()
      .trim()
      .min(1, 'Vul je e-mailadres in.')
      .max(254)
      .transform((email) => email.toLowerCase()),
    password: z.string().min(1, 'Vul je wachtwoord in.').max(256).meta({ writeOnly: true }),
  })
  .meta({ id: 'Login', description: 'E-mail address and password.' });
export type Login = z.infer<typeof LoginSchema>;

/** The signed-in person with their roles per context; `csrfToken` goes in `X-CSRF-Token` on every change. */
export const MeSchema = z
  .object({
    person: PersonSchema,
    memberships: z.array(MembershipSchema),
    csrfToken: z
      .string()
      .nullable()
      .meta({ description: 'Null when signed in with a bearer token, which needs none.' }),
    authenticatedBy: z.enum(['session', 'api-token']),
  })
  .meta({ id: 'Me', description: 'Who is signed in, their roles per context, and the CSRF token of the session.' });
export type Me = z.infer<typeof MeSchema>;

/** `read`: GET and HEAD only; `read-write`: everything the person may do (except managing tokens, which needs a session). */
export const ApiTokenScopeSchema = z
  .enum(['read', 'read-write'])
  .meta({ id: 'ApiTokenScope', description: '`read` allows GET and HEAD only; `read-write` all the person may do.' });
export type ApiTokenScope = z.infer<typeof ApiTokenScopeSchema>;

export const ApiTokenSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the token, to recognise it.' }),
    scope: ApiTokenScopeSchema,
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema.meta({ description: 'From this moment the token is refused (401).' }),
    lastUsedAt: TimestampSchema.nullable(),
    revokedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'ApiToken', description: 'A personal API token; the token itself is shown only once, when created.' });
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const ApiTokenCreateSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(2, 'Vul minstens 2 tekens in.')
      .max(apiTokenNameMaxLength, `Gebruik hoogstens ${apiTokenNameMaxLength} tekens.`),
    scope: ApiTokenScopeSchema.default('read'),
    expiresInDays: z
      .number()
      .int('Geef een geheel aantal dagen.')
      .min(1, 'Een token geldt minstens 1 dag.')
      .max(apiTokenMaxDays, `Een token geldt hoogstens ${apiTokenMaxDays} dagen (een jaar).`)
      .default(apiTokenDefaultDays)
      .meta({
        description: `Days until the token expires: ${apiTokenDefaultDays} unless chosen, at most ${apiTokenMaxDays}.`,
      }),
  })
  .meta({ id: 'ApiTokenCreate' });
export type ApiTokenCreate = z.infer<typeof ApiTokenCreateSchema>;
export const ApiTokenCreatedSchema = ApiTokenSchema.extend({
  token: z
    .string()
    .meta({ description: 'The token. Shown this once; store it safely. Send it as `Authorization: Bearer <token>`.' }),
}).meta({ id: 'ApiTokenCreated' });
export type ApiTokenCreated = z.infer<typeof ApiTokenCreatedSchema>;
export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) }).meta({ id: 'ApiTokenList' });
export const ApiTokenIdParamsSchema = z.strictObject({ tokenId: IdSchema });

export const SsoConfigurationSchema = z
  .object({
    enabled: z.boolean(),
    name: z.string().nullable().meta({ description: 'The name of the identity provider to show.' }),
  })
  .meta({ id: 'SsoConfiguration', description: 'Whether single sign-on (OpenID Connect) is offered.' });

/**
 * Where the web app continues after single sign-on: a path of this site only. Not `//host` nor `/\host` (which a
 * browser reads as another host), and no whitespace or control characters (which a browser may strip to the same end).
 */
export const ReturnToSchema = z
  .string()
  .max(1000)
  // eslint-disable-next-line no-control-regex -- a return path must not hold control characters; matching them is the point
  .regex(/^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/, 'Geef een pad van deze site, beginnend met één /.')
  .meta({
    description:
      'A path of the web app to continue at after signing in, such as `/bouwteams`. Not a URL of another site.',
    example: '/',
  });

export const SsoStartQuerySchema = z.strictObject({ returnTo: ReturnToSchema.default('/') });

/**
 * What the identity provider sends back (RFC 6749 §4.1.2, RFC 9207). Parameters it adds besides these (such as
 * `error_description`, `session_state`) are accepted and not documented: their snake_case names are the provider's.
 */
export const SsoCallbackQuerySchema = z.object({
  code: z
    .string()
    .min(1)
    .max(2048)
    .optional()
    .meta({ description: 'The authorization code; absent when `error` is given.' }),
  state: z
    .string()
    .min(1)
    .max(512)
    .optional()
    .meta({ description: 'The state sent with the authorization request; an answer without it is refused.' }),
  iss: z.string().max(2048).optional().meta({ description: 'The issuer of the answer (RFC 9207).' }),
  error: z.string().max(256).optional().meta({ description: 'Why the identity provider did not sign the person in.' }),
});
