import { z } from 'zod';
import { CalendarDateSchema, IdSchema, NameSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
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
    partners: z
      .array(ReferenceSchema)
      .meta({ description: 'The partner organisations, the municipality not included.' }),
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

const partnerIds = z
  .array(IdSchema)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, 'Elke partner mag maar één keer voorkomen.')
  .meta({ description: 'The partner organisations; replaces the whole list.' });

export const BuildingTeamCreateSchema = z
  .strictObject({
    name: NameSchema,
    theme: TransformationThemeSchema,
    description: z.string().trim().max(5_000).default(''),
    startDate: CalendarDateSchema,
    municipalityId: IdSchema.meta({
      description: 'The municipality (an organisation of type gemeente) that forms the bouwteam.',
    }),
    partnerIds: partnerIds.default([]),
  })
  .meta({ id: 'BuildingTeamCreate', description: 'A new bouwteam.' });
export type BuildingTeamCreate = z.infer<typeof BuildingTeamCreateSchema>;

export const BuildingTeamUpdateSchema = z
  .strictObject({
    name: NameSchema.optional(),
    theme: TransformationThemeSchema.optional(),
    description: z.string().trim().max(5_000).optional(),
    startDate: CalendarDateSchema.optional(),
    partnerIds: partnerIds.optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'BuildingTeamUpdate', description: 'Changes to a bouwteam; `partnerIds` replaces the partner list.' });
export type BuildingTeamUpdate = z.infer<typeof BuildingTeamUpdateSchema>;
