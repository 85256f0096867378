import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Runs a computation written as steps (a generator that pauses between bounded pieces of work), giving the event loop
 * a turn between steps: other requests — health checks, other tenants — are answered while a long comparison runs.
 */
export async function runInSteps<T>(steps: Generator<void, T, void>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await nextTurn();
  }
}
