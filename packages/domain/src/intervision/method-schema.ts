import { z } from 'zod';
import { IdSchema, TimestampSchema, idParams } from '../common/schema.js';
import { LabelSchema } from '../vocabulary/label.js';
import { MethodPhaseSchema } from './schema.js';

export const MethodCodeSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'Gebruik kleine letters, cijfers en streepjes.')
  .min(2)
  .max(60)
  .meta({ description: 'A stable code, e.g. `incident`.', example: 'incident' });

const phasesSchema = z
  .array(MethodPhaseSchema)
  .min(1, 'Een methode heeft minstens één fase.')
  .max(30)
  .refine(
    (phases) => new Set(phases.map((phase) => phase.key)).size === phases.length,
    'Elke fase heeft een eigen sleutel.',
  );

export const IntervisionMethodSchema = z
  .object({
    id: IdSchema,
    code: MethodCodeSchema,
    name: LabelSchema,
    description: LabelSchema,
    phases: z.array(MethodPhaseSchema),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'IntervisionMethod',
    description: 'Intervisiemethode: a named method as data — ordered phases with time boxes and input modes.',
  });
export type IntervisionMethod = z.infer<typeof IntervisionMethodSchema>;

export const IntervisionMethodCreateSchema = z
  .strictObject({ code: MethodCodeSchema, name: LabelSchema, description: LabelSchema, phases: phasesSchema })
  .meta({ id: 'IntervisionMethodCreate', description: 'A new intervision method.' });
export type IntervisionMethodCreate = z.infer<typeof IntervisionMethodCreateSchema>;

export const IntervisionMethodUpdateSchema = z
  .strictObject({ name: LabelSchema.optional(), description: LabelSchema.optional(), phases: phasesSchema.optional() })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({
    id: 'IntervisionMethodUpdate',
    description: 'Changes to a method. Sessions copied its phases when they were planned, so they do not change.',
  });
export type IntervisionMethodUpdate = z.infer<typeof IntervisionMethodUpdateSchema>;

export const IntervisionMethodListSchema = z
  .object({ items: z.array(IntervisionMethodSchema) })
  .meta({ id: 'IntervisionMethodList' });
export const IntervisionMethodIdParamsSchema = idParams('methodId');
