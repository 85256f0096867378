import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropPostgresRunTemplates } from './database-templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's name: its PostgreSQL demo template is named after it. */
    templateRun: string;
    /** This run's folder for the SQLite template files. */
    templateFolder: string;
  }
}

/**
 * Names the run whose test files share database templates (see database-templates.ts: made by the first test file
 * that needs one, in its worker, where the entities have that database's column types) and removes them at its end.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const run = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-api-test-'));
  project.provide('templateRun', run);
  project.provide('templateFolder', folder);
  const baseUrl = project.name === 'postgres' ? project.config.env.DATABASE_URL : undefined;
  return async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    if (baseUrl) await dropPostgresRunTemplates(baseUrl, run);
  };
}
