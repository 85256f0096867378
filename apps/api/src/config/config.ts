import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repositoryRoot = path.resolve(apiRoot, '../..');

const listOf = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

/** The environment, parsed once at start. Nothing else reads process.env. */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL moet een postgres://-URL zijn (of leeg voor SQLite).' })
    .optional(),
  SQLITE_PATH: z.string().min(1).default(path.join(repositoryRoot, 'data', 'leerkring.sqlite')),
  WEB_DIST: z.string().min(1).default(path.join(repositoryRoot, 'apps', 'web', 'dist')),
  CORS_ORIGINS: listOf.default([]),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  TRUST_PROXY: z.stringbool().default(false),
  /** The first administrator, created at start when there is none yet (outside demo mode there are no default accounts). */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  ADMIN_NAME: z.string().min(2).default('Beheerder'),
  ADMIN_ORGANISATION: z.string().min(2).default('Beheer Leerkring'),
});

export type Config = z.infer<typeof ConfigSchema>;
export type DatabaseKind = 'sqlite' | 'postgres';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Ongeldige configuratie (invalid configuration):\n${lines.join('\n')}`);
  }
  return result.data;
}

export function databaseKindOf(config: Pick<Config, 'DATABASE_URL'>): DatabaseKind {
  return config.DATABASE_URL ? 'postgres' : 'sqlite';
}

/** Entities choose portable column types at import time; they only need to know which kind of database. */
export const databaseKind: DatabaseKind = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
