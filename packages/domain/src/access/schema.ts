import { z } from 'zod';
import { judgePassword, passwordReasons } from './password-policy.js';

/** A new password: checked against the password policy where it is set. */
export const NewPasswordSchema = z
  .string()
  .superRefine((password, context) => {
    const verdict = judgePassword(password);
    if (!verdict.ok)
      context.addIssue({
        code: 'custom',
        message: passwordReasons[verdict.reason],
        params: { reason: verdict.reason },
      });
  })
  .meta({ description: 'At least 12 characters, not a common password.', writeOnly: true });

export const EmailSchema = z
  .email('Vul een geldig e-mailadres in.')
  .max(254)
  .transform((email) => email.toLowerCase())
  .meta({ example: 'partner@leerkring.test' });
