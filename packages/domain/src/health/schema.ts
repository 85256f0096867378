import { z } from 'zod';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({ kind: z.enum(['sqlite', 'postgres']), reachable: z.boolean() }),
    version: z.string().meta({ description: 'The API version (semver).' }),
    demo: z.boolean().meta({
      description: 'True when the server runs in demo mode, with fictional data and published demo passwords.',
    }),
  })
  .meta({ id: 'Health', description: 'Whether the API and its database can serve requests.' });
export type Health = z.infer<typeof HealthSchema>;
