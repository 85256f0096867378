import { NewPasswordSchema } from '@leerkring/domain';
import { z } from 'zod';

/** The reset form: a new password by the domain's policy, typed twice; the token comes from the link. */
export const resetPasswordFormSchema = z
  .object({ password: NewPasswordSchema, repeat: z.string() })
  .refine((values) => values.password === values.repeat, { path: ['repeat'], params: { reason: 'mismatch' } });
