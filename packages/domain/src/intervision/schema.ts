import { z } from 'zod';
import { LabelSchema } from '../vocabulary/label.js';

/**
 * How participants may post in a phase: everyone openly; each alone until the facilitator reveals all at once; or
 * everyone but the inbrenger, who listens.
 */
export const InputModeSchema = z
  .enum(['open', 'private-then-reveal', 'inbrenger-listens'])
  .meta({ id: 'InputMode', description: 'Who may post in a phase, and who sees it when.' });
export type InputMode = z.infer<typeof InputModeSchema>;

export const MethodPhaseSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'Een fasesleutel bestaat uit kleine letters, cijfers en -.')
      .max(60, 'Een fasesleutel heeft hoogstens 60 tekens.'),
    name: LabelSchema,
    prompt: LabelSchema,
    timeboxMinutes: z
      .number('Geef de tijd in hele minuten.')
      .int('Geef de tijd in hele minuten.')
      .min(1, 'Een fase duurt minstens 1 minuut.')
      .max(240, 'Een fase duurt hoogstens 240 minuten.'),
    inputMode: InputModeSchema,
  })
  .meta({ id: 'MethodPhase', description: 'One phase of an intervision method.' });
export type MethodPhase = z.infer<typeof MethodPhaseSchema>;

/** The roles within one session (not to be confused with roles per context). */
export const SessionRoleSchema = z
  .enum(['inbrenger', 'facilitator', 'note-taker', 'participant'])
  .meta({ id: 'SessionRole', description: 'A role in one intervision session.' });
export type SessionRole = z.infer<typeof SessionRoleSchema>;

export const SessionStatusSchema = z.enum(['planned', 'running', 'ended']).meta({ id: 'SessionStatus' });
export type SessionStatus = z.infer<typeof SessionStatusSchema>;
