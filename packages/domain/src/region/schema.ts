import { z } from 'zod';
import { IdSchema, NameSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';

export const RegionSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    municipalities: z
      .array(ReferenceSchema)
      .meta({ description: 'The municipalities (organisations of type gemeente) in the region.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Region', description: 'A region: a set of municipalities, such as the Achterhoek.' });
export type Region = z.infer<typeof RegionSchema>;

export const RegionCreateSchema = z
  .strictObject({
    name: NameSchema,
    municipalityIds: z.array(IdSchema).max(100).default([]).meta({ description: 'Organisations of type gemeente.' }),
  })
  .meta({ id: 'RegionCreate', description: 'A new region with its municipalities.' });
export type RegionCreate = z.infer<typeof RegionCreateSchema>;

export const RegionUpdateSchema = z
  .strictObject({ name: NameSchema.optional(), municipalityIds: z.array(IdSchema).max(100).optional() })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'RegionUpdate', description: 'Changes to a region; `municipalityIds` replaces the whole list.' });
export type RegionUpdate = z.infer<typeof RegionUpdateSchema>;

export const RegionListQuerySchema = PageQuerySchema;
export const RegionPageSchema = pageOf(RegionSchema).meta({ id: 'RegionPage' });
export const RegionIdParamsSchema = z.strictObject({ regionId: IdSchema });
