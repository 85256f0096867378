import { Init1795554829041 } from './1795554829041-Init.js';

/** PostgreSQL migrations in order; generated with `DATABASE_URL=… pnpm --filter @leerkring/api migration:generate <Name>`. */
export const postgresMigrations = [Init1795554829041];
