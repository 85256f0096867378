import { Init1795554813219 } from './1795554813219-Init.js';

/** SQLite migrations in order; generated with `pnpm --filter @leerkring/api migration:generate <Name>`. */
export const sqliteMigrations = [Init1795554813219];
