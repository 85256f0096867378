import { z } from 'zod';

export const InvalidParamSchema = z
  .object({
    name: z.string().meta({ description: 'The invalid field, as a dotted path (e.g. `body.name`, `query.page`).' }),
    reason: z.string().meta({ description: 'Why the value is refused, in words a person can act on.' }),
    code: z.string().optional().meta({ description: 'A machine-readable reason.' }),
    kind: z
      .string()
      .optional()
      .meta({ description: 'For an identifier found by the privacy guard: its kind (bsn, iban, phone …).' }),
    start: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'Where in the text the refused part starts (UTF-16 offset).' }),
    end: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'Where in the text the refused part ends (exclusive).' }),
  })
  .meta({ id: 'InvalidParam', description: 'One field that was refused, and why.' });
export type InvalidParam = z.infer<typeof InvalidParamSchema>;

/** RFC 9457 problem details, as every error of the API is answered. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI reference that identifies the problem type.', example: 'about:blank' }),
    title: z.string().meta({ description: 'A short summary of the problem type.', example: 'Ongeldige invoer' }),
    status: z.number().int().min(400).max(599).meta({ description: 'The HTTP status code.', example: 400 }),
    detail: z.string().meta({ description: 'What went wrong in this occurrence.' }),
    instance: z.string().optional().meta({ description: 'The request path this problem occurred on.' }),
    code: z.string().optional().meta({ description: 'A machine-readable error code.' }),
    invalidParams: z.array(InvalidParamSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'Problem details (RFC 9457).' });
export type Problem = z.infer<typeof ProblemSchema>;

export const problemMediaType = 'application/problem+json';

/** Every status an operation of the API can answer with a problem. */
export const problemStatuses = [400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 428, 429, 500, 503] as const;
export type ProblemStatus = (typeof problemStatuses)[number];
