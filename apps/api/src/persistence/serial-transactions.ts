import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * SQLite through TypeORM's better-sqlite3 driver has ONE connection and one cached query runner for the whole app. Two
 * requests that each open a transaction at the same time would nest (the second becomes a SAVEPOINT of the first), so
 * one rollback took the other's acknowledged writes with it, and a single query of a third request landed inside
 * somebody else's transaction. On SQLite, therefore, transactions run one at a time, queued:
 *
 * - `manager.transaction` (and so `dataSource.transaction`) and the global manager's writes (`save`, `insert`, … which
 *   open their own transaction) wait for the lock and hold it until they end;
 * - every other query outside a transaction waits for the lock for just that statement;
 * - code running inside the transaction (found through AsyncLocalStorage) passes straight through, so nested calls work
 *   as before and never wait for themselves.
 *
 * PostgreSQL has a pool of connections, one per transaction, and stays concurrent: this is applied to SQLite only.
 * Keep slow work (password hashing, remote calls) out of transactions: on SQLite everybody waits for it.
 */
interface Holder {
  lock: SerialLock;
  active: boolean;
}

const holders = new AsyncLocalStorage<Holder>();

export class SerialLock {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** How many callers wait for the lock now (for tests and diagnostics). */
  get queued(): number {
    return this.waiting;
  }

  /** Runs `work` holding the lock; inside work already holding it, runs at once. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const current = holders.getStore();
    if (current?.lock === this && current.active) return work();
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    this.waiting += 1;
    try {
      await previous;
    } finally {
      this.waiting -= 1;
    }
    // A holder that ends with the work: callbacks scheduled inside it that run later (timers, emitters) wait like anybody else.
    const holder: Holder = { lock: this, active: true };
    try {
      return await holders.run(holder, work);
    } finally {
      holder.active = false;
      release();
    }
  }
}

/** The global manager's methods that may open a transaction of their own (TypeORM's persist executor). */
const writingMethods = [
  'save',
  'remove',
  'softRemove',
  'recover',
  'insert',
  'update',
  'upsert',
  'delete',
  'softDelete',
  'restore',
  'increment',
  'decrement',
  'clear',
] as const satisfies readonly (keyof EntityManager)[];

const serialized = new WeakMap<DataSource, SerialLock>();

/** On SQLite: makes transactions of this DataSource run one at a time (see above). On PostgreSQL: changes nothing. */
export function serializeSqliteTransactions(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'better-sqlite3' || serialized.has(dataSource)) return dataSource;
  const lock = new SerialLock();
  serialized.set(dataSource, lock);
  const manager = dataSource.manager as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of ['transaction', ...writingMethods]) {
    const original = manager[name]!.bind(manager);
    manager[name] = (...args: unknown[]) => lock.run(() => original(...args));
  }
  // The driver hands out one cached query runner: every query of the app passes here.
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner);
  runner.query = ((...args: Parameters<QueryRunner['query']>) =>
    lock.run(() => query(...args))) as QueryRunner['query'];
  return dataSource;
}

/** The lock of a serialized DataSource (tests). */
export function serialLockOf(dataSource: DataSource): SerialLock | undefined {
  return serialized.get(dataSource);
}
