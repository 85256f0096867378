import { z } from 'zod';
import { NewPasswordSchema } from '../access/schema.js';
import { TimestampSchema } from '../common/schema.js';

/** How long a reset link works, and that it works once. */
export const passwordResetLinkValidityMs = 24 * 60 * 60 * 1000;

export const PasswordResetLinkSchema = z
  .object({
    expiresAt: TimestampSchema.meta({ description: 'The link works once, until this moment (24 hours).' }),
    sentTo: z
      .string()
      .nullable()
      .meta({ description: 'The address the link was e-mailed to; null when no mail server is set up.' }),
    link: z.string().nullable().meta({
      description:
        'Only when no mail server is set up: the link, shown this once, to hand to the person in a safe way. Null when e-mailed.',
    }),
  })
  .meta({
    id: 'PasswordResetLink',
    description: 'A one-time link that lets a person set a new password; administrators never set one themselves.',
  });
export type PasswordResetLink = z.infer<typeof PasswordResetLinkSchema>;

export const PasswordResetSchema = z
  .strictObject({
    token: z
      .string()
      .min(1, 'De herstellink is onvolledig.')
      .max(200)
      .meta({ description: 'The token from the reset link.', writeOnly: true }),
    password: NewPasswordSchema,
  })
  .meta({ id: 'PasswordReset', description: 'The token of a reset link and the new password.' });
export type PasswordReset = z.infer<typeof PasswordResetSchema>;
