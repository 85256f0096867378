import { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import { dataSourceOptions, openDatabase } from './data-source.js';

type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'DATABASE_MIGRATION_URL' | 'SQLITE_PATH'>;

/** Whether the schema is migrated by another role than the one the app connects as (PostgreSQL only). */
export function migratesAsOwner(config: DatabaseConfig): config is DatabaseConfig & { DATABASE_MIGRATION_URL: string } {
  return Boolean(
    config.DATABASE_URL && config.DATABASE_MIGRATION_URL && config.DATABASE_MIGRATION_URL !== config.DATABASE_URL,
  );
}

/** Runs the migrations as the owner role (DATABASE_MIGRATION_URL), over a connection of its own that is closed after. */
export async function migrateAsOwner(config: DatabaseConfig & { DATABASE_MIGRATION_URL: string }): Promise<void> {
  const owner = new DataSource(dataSourceOptions({ ...config, DATABASE_URL: config.DATABASE_MIGRATION_URL }));
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
  } finally {
    await owner.destroy();
  }
}

/** Opens the database as the app's role, migrated first — by the owner role when one is configured. */
export async function openMigratedDatabase(config: DatabaseConfig): Promise<DataSource> {
  if (!migratesAsOwner(config)) return openDatabase(config);
  await migrateAsOwner(config);
  const dataSource = new DataSource(dataSourceOptions(config));
  return dataSource.initialize();
}
