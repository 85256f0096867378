import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repositoryRoot = path.resolve(apiRoot, '../..');

const listOf = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

/** The environment, parsed once at start. Nothing else reads process.env. */
export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL moet een postgres://-URL zijn (of leeg voor SQLite).' })
      .optional(),
    /** How long the start waits, retrying with backoff, for an unreachable PostgreSQL before it gives up (exit 1). */
    DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().min(0).max(3600).default(30),
    /** PostgreSQL: the longest a statement may run (statement_timeout); a request waits for a pool connection at most 15 s. */
    DATABASE_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().min(1).max(3600).default(30),
    /** On SIGTERM/SIGINT: how long running requests may take to finish before the process exits anyway. */
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600).default(10),
    /** The role that owns the schema and runs the migrations; absent → DATABASE_URL's. The app itself then connects as DATABASE_URL's role. */
    DATABASE_MIGRATION_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_MIGRATION_URL moet een postgres://-URL zijn.' })
      .optional(),
    SQLITE_PATH: z
      .string()
      .min(1)
      .default(path.join(repositoryRoot, 'data', 'leerkring.sqlite')),
    WEB_DIST: z
      .string()
      .min(1)
      .default(path.join(repositoryRoot, 'apps', 'web', 'dist')),
    CORS_ORIGINS: listOf.default([]),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    TRUST_PROXY: z.stringbool().default(false),
    /**
     * Demo mode (also `--demo`): fictional demo data with a published password goes into an empty database, and the web
     * app shows a demo banner. Off unless asked; outside it the app refuses to start while a demo account exists.
     */
    LEERKRING_DEMO: z.stringbool().default(false),
    /** Sign-in limits per 15 minutes (each account and each known device 5, fixed); at most this many argon2 checks at once, this many waiting. */
    LOGIN_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(30),
    LOGIN_GLOBAL_LIMIT: z.coerce.number().int().min(1).default(1000),
    PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).default(2),
    PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).default(32),
    /** Live streams (server-sent events) open at once per sign-in session and kind, and per person over all. */
    STREAMS_PER_SESSION: z.coerce.number().int().min(1).default(3),
    STREAMS_PER_PERSON: z.coerce.number().int().min(1).default(10),
    /** The first administrator, created at start when there is none yet (outside demo mode there are no default accounts). */
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().optional(),
    ADMIN_NAME: z.string().min(2).default('Beheerder'),
    ADMIN_ORGANISATION: z.string().min(2).default('Beheer Leerkring'),
    /**
     * Single sign-on with OpenID Connect: on only when issuer, client id and client secret are all set. The redirect URI
     * is the public address of `/api/v1/auth/oidc/callback` (by default on localhost at PORT), registered at the provider.
     */
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'OIDC_ISSUER moet een http(s)-URL zijn.' }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URI: z
      .url({ protocol: /^https?$/, error: 'OIDC_REDIRECT_URI moet een http(s)-URL zijn.' })
      .optional(),
    OIDC_NAME: z.string().trim().min(1).max(100).default('Single sign-on'),
    OIDC_SCOPES: z
      .string()
      .default('openid email profile')
      .transform((value) => value.split(/[\s,]+/).filter(Boolean))
      .refine((scopes) => scopes.includes('openid'), 'OIDC_SCOPES moet openid bevatten.'),
    /**
     * Mail for password reset links, over SMTP; without SMTP_HOST no mail is sent and the administrator is shown the link
     * once. PUBLIC_URL is the web app's address the link points to (by default http://localhost:PORT).
     */
    SMTP_HOST: z.string().trim().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: z.stringbool().default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    MAIL_FROM: z.string().trim().min(3).optional(),
    /** The hour (Dutch time, 0–23) from which the daily GALA e-mail goes out; only with SMTP_HOST, only in production. */
    GALA_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
    PUBLIC_URL: z
      .url({
        protocol: /^https?$/,
        error: 'PUBLIC_URL moet een http(s)-URL zijn, zoals https://leerkring.gemeente.nl.',
      })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  })
  .superRefine((config, context) => {
    if (config.DATABASE_MIGRATION_URL && !config.DATABASE_URL) {
      context.addIssue({
        code: 'custom',
        path: ['DATABASE_MIGRATION_URL'],
        message: 'DATABASE_MIGRATION_URL hoort bij PostgreSQL: zet ook DATABASE_URL.',
      });
    }
    if (config.SMTP_HOST && !config.MAIL_FROM) {
      context.addIssue({
        code: 'custom',
        path: ['MAIL_FROM'],
        message: 'MAIL_FROM ontbreekt: met SMTP_HOST is een afzender nodig, zoals "Leerkring <noreply@gemeente.nl>".',
      });
    }
    if ((config.SMTP_USER === undefined) !== (config.SMTP_PASSWORD === undefined)) {
      const missing = config.SMTP_USER === undefined ? 'SMTP_USER' : 'SMTP_PASSWORD';
      context.addIssue({
        code: 'custom',
        path: [missing],
        message: `Zet SMTP_USER en SMTP_PASSWORD allebei, of geen van beide (${missing} ontbreekt).`,
      });
    }
    const oidc = {
      OIDC_ISSUER: config.OIDC_ISSUER,
      OIDC_CLIENT_ID: config.OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET: config.OIDC_CLIENT_SECRET,
    };
    const missing = Object.entries(oidc)
      .filter(([, value]) => value === undefined)
      .map(([name]) => name);
    if (missing.length > 0 && missing.length < 3) {
      for (const name of missing) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `Single sign-on is half ingesteld: zet OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET alle drie, of geen ervan (${name} ontbreekt).`,
        });
      }
    }
    // Outside development and tests the provider is reached over https only, unless it runs on this machine.
    if (config.OIDC_ISSUER && config.NODE_ENV === 'production') {
      const issuer = new URL(config.OIDC_ISSUER);
      if (issuer.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname)) {
        context.addIssue({
          code: 'custom',
          path: ['OIDC_ISSUER'],
          message: 'OIDC_ISSUER moet https gebruiken (http alleen op localhost).',
        });
      }
    }
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
