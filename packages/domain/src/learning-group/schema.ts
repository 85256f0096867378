import { z } from 'zod';
import { IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';

export const LearningGroupSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    description: z.string(),
    regions: z.array(ReferenceSchema).meta({ description: 'The regions learning together.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'LearningGroup',
    description: 'Leergroep: regions or organisations learning together across boundaries.',
  });
export type LearningGroup = z.infer<typeof LearningGroupSchema>;

export const LearningGroupListQuerySchema = PageQuerySchema;
export const LearningGroupPageSchema = pageOf(LearningGroupSchema).meta({ id: 'LearningGroupPage' });
