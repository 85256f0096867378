import { z } from 'zod';
import { CalendarDateSchema, IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { TransformationThemeSchema } from '../vocabulary/transformations.js';

export const BuildingTeamSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    theme: TransformationThemeSchema,
    description: z.string(),
    startDate: CalendarDateSchema.meta({ description: 'The day the bouwteam started (format date).' }),
    municipality: ReferenceSchema.meta({ description: 'The municipality that formed the bouwteam.' }),
    partners: z.array(ReferenceSchema).meta({ description: 'The partner organisations, the municipality not included.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'BuildingTeam',
    description: 'Bouwteam: a municipality and its partner organisations working on one transformation.',
  });
export type BuildingTeam = z.infer<typeof BuildingTeamSchema>;

export const BuildingTeamListQuerySchema = PageQuerySchema.extend({
  theme: TransformationThemeSchema.optional().meta({ description: 'Only bouwteams on this transformation.' }),
});
export const BuildingTeamPageSchema = pageOf(BuildingTeamSchema).meta({ id: 'BuildingTeamPage' });
export const BuildingTeamIdParamsSchema = z.strictObject({ buildingTeamId: IdSchema });
