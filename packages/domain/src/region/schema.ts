import { z } from 'zod';
import { IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';

export const RegionSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    municipalities: z.array(ReferenceSchema).meta({ description: 'The municipalities (organisations of type gemeente) in the region.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Region', description: 'A region: a set of municipalities, such as the Achterhoek.' });
export type Region = z.infer<typeof RegionSchema>;

export const RegionListQuerySchema = PageQuerySchema;
export const RegionPageSchema = pageOf(RegionSchema).meta({ id: 'RegionPage' });
export const RegionIdParamsSchema = z.strictObject({ regionId: IdSchema });
