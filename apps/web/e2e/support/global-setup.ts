import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApi } from './api-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The SQLite file the API migrated and seeded once; every browser test file's API starts on a copy of it. */
    e2eDatabaseTemplate: string;
  }
}

/**
 * Migrates and seeds one SQLite database for the whole browser run (the API started once on an empty file, then
 * stopped, which checkpoints the write-ahead log into the file). Each test file copies it, so its data stay its own.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-e2e-template-'));
  const api = await startApi({ keepDataIn: dataDir });
  await api.stop();
  const template = path.join(dataDir, 'leerkring.sqlite');
  for (const leftover of ['-wal', '-shm']) {
    if (fs.existsSync(template + leftover) && fs.statSync(template + leftover).size > 0) {
      throw new Error(`The template database was not checkpointed at stop: ${template}${leftover} remains`);
    }
  }
  project.provide('e2eDatabaseTemplate', template);
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
}
