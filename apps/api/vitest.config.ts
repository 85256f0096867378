import swc from 'unplugin-swc';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** The same API suite runs on SQLite, and on PostgreSQL when DATABASE_URL is set (a database of its own per test file). */
const databaseUrl = process.env.DATABASE_URL;

/**
 * Tests that read no database run once, in the SQLite project: the configuration parser, and the OpenAPI document
 * (made from the contract alone) with its NL API Design Rules lint, which takes a Spectral process of its own.
 */
const databaseIndependent = ['src/config/**/*.test.ts', 'src/openapi/openapi.test.ts'];

/** Tests of one database's own migrations, named `*.sqlite.test.ts`, run only in that database's project. */
const project = (name: 'sqlite' | 'postgres', env: Record<string, string>): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    env,
    globalSetup: ['src/testing/global-setup.ts'],
    include: ['src/**/*.test.ts'],
    exclude: name === 'sqlite' ? ['src/**/*.postgres.test.ts'] : ['src/**/*.sqlite.test.ts', ...databaseIndependent],
  },
});

export default defineConfig({
  // SWC emits the decorator metadata NestJS and TypeORM read.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  oxc: false,
  test: {
    environment: 'node',
    // Two files at once (vitest's default on 2 cores is one): each has a database of its own, and much of a file's
    // time is spent waiting on that database or on a started process, so the second core is not left idle.
    maxWorkers: 2,
    // Files share a worker's module cache instead of importing NestJS, TypeORM and the app anew for each (that import
    // was most of a small file's time). Each file still starts its own app on its own database, and no module keeps
    // state between files; a file that changes process.env restores it.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      project('sqlite', { DATABASE_URL: '' }),
      ...(databaseUrl ? [project('postgres', { DATABASE_URL: databaseUrl })] : []),
    ],
  },
});
