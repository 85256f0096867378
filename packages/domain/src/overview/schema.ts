import { z } from 'zod';

const count = z.number().int().min(0);

export const OverviewSchema = z
  .object({
    organisations: count,
    regions: count,
    buildingTeams: count,
    learningGroups: count,
  })
  .meta({ id: 'Overview', description: 'How many organisations, regions, bouwteams and learning groups there are.' });
export type Overview = z.infer<typeof OverviewSchema>;
