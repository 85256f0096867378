import { Init1795554813219 } from './1795554813219-Init.js';
import { PeopleAndAccess1795555401888 } from './1795555401888-PeopleAndAccess.js';
import { AccessLogImmutable1795555500000 } from './1795555500000-AccessLogImmutable.js';
import { CasesAndGuidelines1795556599613 } from './1795556599613-CasesAndGuidelines.js';

/** SQLite migrations in order; generated with `pnpm --filter @leerkring/api migration:generate <Name>`. */
export const sqliteMigrations = [Init1795554813219, PeopleAndAccess1795555401888, AccessLogImmutable1795555500000, CasesAndGuidelines1795556599613];
