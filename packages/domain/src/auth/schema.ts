import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema } from '../common/schema.js';
import { MembershipSchema } from '../membership/schema.js';
import { PersonSchema } from '../person/schema.js';

export const LoginSchema = z
  .strictObject({
    email: z.string().trim().min(1, 'Vul je e-mailadres in.').max(254).transform((email) => email.toLowerCase()),
    password: z.string().min(1, 'Vul je wachtwoord in.').max(256).meta({ writeOnly: true }),
  })
  .meta({ id: 'Login', description: 'E-mail address and password.' });
export type Login = z.infer<typeof LoginSchema>;

/** The signed-in person with their roles per context; `csrfToken` goes in `X-CSRF-Token` on every change. */
export const MeSchema = z
  .object({
    person: PersonSchema,
    memberships: z.array(MembershipSchema),
    csrfToken: z.string().nullable().meta({ description: 'Null when signed in with a bearer token, which needs none.' }),
    authenticatedBy: z.enum(['session', 'api-token']),
  })
  .meta({ id: 'Me', description: 'Who is signed in, their roles per context, and the CSRF token of the session.' });
export type Me = z.infer<typeof MeSchema>;

export const ApiTokenSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the token, to recognise it.' }),
    createdAt: TimestampSchema,
    lastUsedAt: TimestampSchema.nullable(),
    revokedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'ApiToken', description: 'A personal API token; the token itself is shown only once, when created.' });
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const ApiTokenCreateSchema = z.strictObject({ name: NameSchema }).meta({ id: 'ApiTokenCreate' });
export const ApiTokenCreatedSchema = ApiTokenSchema.extend({
  token: z.string().meta({ description: 'The token. Shown this once; store it safely. Send it as `Authorization: Bearer <token>`.' }),
}).meta({ id: 'ApiTokenCreated' });
export type ApiTokenCreated = z.infer<typeof ApiTokenCreatedSchema>;
export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) }).meta({ id: 'ApiTokenList' });
export const ApiTokenIdParamsSchema = z.strictObject({ tokenId: IdSchema });

export const SsoConfigurationSchema = z
  .object({ enabled: z.boolean(), name: z.string().nullable().meta({ description: 'The name of the identity provider to show.' }) })
  .meta({ id: 'SsoConfiguration', description: 'Whether single sign-on (OpenID Connect) is offered.' });
