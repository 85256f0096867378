import { z } from 'zod';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({ kind: z.enum(['sqlite', 'postgres']), reachable: z.boolean() }),
    version: z.string().meta({ description: 'The API version (semver).' }),
  })
  .meta({ id: 'Health', description: 'Whether the API and its database can serve requests.' });
export type Health = z.infer<typeof HealthSchema>;
