import { createRequire } from 'node:module';

/** The part of better-sqlite3 used outside TypeORM (second connections in tests, online backup); it ships no types. */
export interface SqliteDatabase {
  prepare(sql: string): { all(...parameters: unknown[]): unknown[]; get(...parameters: unknown[]): unknown };
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  backup(destination: string): Promise<{ totalPages: number; remainingPages: number }>;
  close(): void;
}

export const BetterSqlite3 = createRequire(import.meta.url)('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean; fileMustExist?: boolean },
) => SqliteDatabase;
