import { defineOperation } from '../api/operation.js';
import { PersonIdParamsSchema } from '../person/schema.js';
import { PasswordResetLinkSchema, PasswordResetSchema } from './schema.js';

export const createPasswordResetLink = defineOperation({
  operationId: 'createPasswordResetLink',
  method: 'POST',
  path: '/people/{personId}/password-reset-links',
  summary: 'Send a person a link to set a new password',
  description:
    'Administrators never set a password: they send a one-time link, valid 24 hours, by e-mail. Without a mail server ' +
    'the link is in this answer, once. Earlier unused links of the person stop working. 422 for an inactive person; ' +
    '503 when the mail server does not take the message (then no link is made).',
  tag: 'People',
  params: PersonIdParamsSchema,
  success: {
    status: 201,
    description: 'The link was made (and e-mailed, when a mail server is set up).',
    schema: PasswordResetLinkSchema,
  },
  errors: [401, 403, 404, 422, 503],
  access: { permission: 'person:write' },
  purpose: 'Wachtwoordherstel op verzoek van een beheerder',
});

export const resetPassword = defineOperation({
  operationId: 'resetPassword',
  method: 'POST',
  path: '/password-resets',
  summary: 'Set a new password with a reset link',
  description:
    'Uses the token of a reset link, once, within 24 hours. The new password follows the password rules. Every session ' +
    'and API token of the person ends. An unknown, used or expired link answers 422.',
  tag: 'Authentication',
  body: PasswordResetSchema,
  success: { status: 204, description: 'The new password is set; sign in with it.' },
  errors: [413, 415, 422],
  access: { public: true },
  purpose: 'Wachtwoordherstel met een herstellink',
});
