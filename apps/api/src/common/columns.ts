import { CreateDateColumn, UpdateDateColumn, type ColumnOptions } from 'typeorm';
import { databaseKind } from '../config/config.js';

/** Moments are stored in UTC: timestamptz on PostgreSQL, TypeORM's UTC datetime text on SQLite. */
const timestampType = databaseKind === 'postgres' ? 'timestamptz' : 'datetime';

export function timestampColumnOptions(options: ColumnOptions = {}): ColumnOptions {
  return { ...options, type: timestampType };
}

export const CreatedAtColumn = () => CreateDateColumn({ type: timestampType, name: 'created_at' });
export const UpdatedAtColumn = () => UpdateDateColumn({ type: timestampType, name: 'updated_at' });
