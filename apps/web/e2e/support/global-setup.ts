import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApi } from './api-server';
import { launchChromiumServer } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The SQLite file the API migrated and seeded once; every browser test file's API starts on a copy of it. */
    e2eDatabaseTemplate: string;
    /** The one Chromium of the run, to connect to (playwright's `chromium.connect`). */
    e2eChromiumEndpoint: string;
  }
}

/**
 * Migrates and seeds one SQLite database for the whole browser run (the API started once on an empty file, then
 * stopped, which checkpoints the write-ahead log into the file). Each test file copies it, so its data stay its own.
 * Starts the one Chromium that every test file connects to.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-e2e-template-'));
  const browserServer = await launchChromiumServer();
  const teardown = async () => {
    await browserServer.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const api = await startApi({ keepDataIn: dataDir });
    await api.stop();
    const template = path.join(dataDir, 'leerkring.sqlite');
    for (const leftover of ['-wal', '-shm']) {
      if (fs.existsSync(template + leftover) && fs.statSync(template + leftover).size > 0) {
        throw new Error(`The template database was not checkpointed at stop: ${template}${leftover} remains`);
      }
    }
    project.provide('e2eDatabaseTemplate', template);
    project.provide('e2eChromiumEndpoint', browserServer.wsEndpoint());
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
