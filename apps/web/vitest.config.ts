import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Browser test files at once: each has an API process of its own and contexts in the run's one Chromium. On this 2-core
 * machine two at once made every test about twice as slow (66 tests in 492 s, their own times adding up to 937 s; one at
 * a time 511 s), so hardly faster and a slow test nearer its limit: one by default (E2E_WORKERS to change).
 */
const e2eWorkers = Number(process.env.E2E_WORKERS ?? 1);

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Each file has its own API process on its own copy of the seeded database, so files run side by side.
          globalSetup: ['e2e/support/global-setup.ts'],
          fileParallelism: true,
          maxWorkers: e2eWorkers,
          // Reads of the page wait for what a person would see (expect.poll), as long as a playwright action would (30 s).
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
