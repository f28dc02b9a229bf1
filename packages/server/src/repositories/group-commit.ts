import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { WriteLock } from '../db/sqlite-split';
import type { WalSync } from '../db/wal-sync';
import type { StagedEvents } from './events';

/** Work to run once a transaction has committed, before its commit is on disk (`afterCommit`). */
export type CommitHooks = (() => void)[];

interface Pending<R> {
  fn: (db: Kysely<Database>, hooks: CommitHooks) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  _?: R;
}

/** The most transactions folded into one commit. */
const MAX_BATCH = 64;

/**
 * Group commit for SQLite: transactions that arrive while another commit is under way are run
 * together, each inside its own SAVEPOINT, and committed by one COMMIT — then each caller is
 * answered. A transaction that throws is rolled back to its savepoint alone; its neighbours still
 * commit.
 *
 * With `wal` (a database file, not `:memory:`), the COMMIT itself does not wait for the disk
 * (`synchronous = NORMAL` for the batch only): the write lock passes on at once, the committed
 * transactions' `afterCommit` hooks run (live events go out), and the callers are answered once
 * `wal.sync()` has made the log durable off the event loop. Nobody is answered before their commit
 * is on disk, so an acknowledged write is as durable as with `synchronous = FULL` (decision records
 * 003 and 050); a slow disk delays answers, not the next commit or a live event. Without `wal`,
 * each COMMIT is durable when it returns (FULL) and the hooks run just before the answers.
 */
export function groupCommitter(
  db: Kysely<Database>,
  sqlite: SQLite.Database,
  lock: WriteLock,
  wal?: WalSync,
) {
  const queue: Pending<unknown>[] = [];
  let draining = false;

  async function runBatch(batch: Pending<unknown>[]): Promise<void> {
    const release = await lock.acquire();
    let committed: Committed;
    try {
      committed = await runLocked(batch);
    } catch (err) {
      // The batch never began (say, the database was busy past its timeout): each caller hears why.
      for (const item of batch) item.reject(err);
      return;
    } finally {
      release();
    }
    if (!committed) return;
    // A hook that throws is answered as that caller's error, as when it ran after the answer.
    for (const entry of committed)
      try {
        for (const hook of entry.hooks) hook();
      } catch (err) {
        entry.outcome = { ok: false, value: err };
      }
    const answer = () => {
      for (const { item, outcome } of committed) {
        if (outcome.ok) item.resolve(outcome.value);
        else item.reject(outcome.value);
      }
    };
    if (!wal) return answer();
    wal.sync().then(answer, (err) => {
      for (const { item } of committed) item.reject(err);
    });
  }

  type Committed =
    | { item: Pending<unknown>; outcome: { ok: boolean; value: unknown }; hooks: CommitHooks }[]
    | null;

  // Control statements go straight to SQLite (they cost more through the query builder than they
  // do to run); Kysely's connection is held all the while, so nothing else runs in between.
  async function runLocked(batch: Pending<unknown>[]): Promise<Committed> {
    return db.connection().execute(async (conn) => {
      if (wal) sqlite.exec('pragma synchronous = normal');
      try {
        sqlite.exec('begin immediate');
        const alone = batch.length === 1;
        const done: NonNullable<Committed> = [];
        for (const [i, item] of batch.entries()) {
          if (!alone) sqlite.exec(`savepoint g${i}`);
          const hooks: CommitHooks = [];
          try {
            done.push({ item, outcome: { ok: true, value: await item.fn(conn, hooks) }, hooks });
            if (!alone) sqlite.exec(`release g${i}`);
          } catch (err) {
            if (!alone) sqlite.exec(`rollback to g${i}; release g${i}`);
            done.push({ item, outcome: { ok: false, value: err }, hooks: [] });
          }
        }
        try {
          // A lone transaction that failed is rolled back whole; otherwise one commit for the batch.
          sqlite.exec(alone && !done[0]?.outcome.ok ? 'rollback' : 'commit');
        } catch (err) {
          if (sqlite.inTransaction) sqlite.exec('rollback');
          for (const item of batch) item.reject(err);
          return null;
        }
        return done;
      } finally {
        // Writes outside group commit (single statements, Kysely transactions) stay FULL.
        if (wal) sqlite.exec('pragma synchronous = full');
      }
    });
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (queue.length > 0) {
        // better-sqlite3 answers synchronously, so a batch runs start to finish without letting any
        // other request in. One turn of the event loop first lets the requests already waiting on
        // the network reach this queue and share the commit.
        await new Promise((resolve) => setImmediate(resolve));
        await runBatch(queue.splice(0, MAX_BATCH));
      }
    } finally {
      draining = false;
    }
  }

  return function transaction<T>(fn: (db: Kysely<Database>, hooks: CommitHooks) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!draining)
        void drain().catch((err) => {
          for (const item of queue.splice(0)) item.reject(err);
        });
    });
  };
}

/**
 * Group commit for PostgreSQL. Transactions run one at a time per process, and those that arrive
 * meanwhile run together, one after another, in one `BEGIN … COMMIT` on one connection: one commit
 * (one WAL flush, one round of NOTIFY) instead of one each, and two round trips fewer apiece. The
 * next batch starts as soon as the previous one has sent its COMMIT: a batch that only awaits its
 * commit takes no more locks, so the two cannot deadlock. Live events staged by the transactions
 * (`StagedEvents`) are stored by `beforeCommit` in one statement after the last of them, so a batch
 * takes its recipients' locks only for its last statement and its COMMIT.
 *
 * Savepoints would cost round trips, so there are none: if any transaction of a batch fails, the
 * whole batch rolls back and each of its transactions runs again alone, so every caller gets its
 * own outcome. Hence a transaction's function may run more than once, and only the run that
 * committed counts: it must keep its effects inside the transaction or in what it returns.
 *
 * Nobody is answered before the COMMIT that covers them. If the COMMIT itself fails, the outcome is
 * unknown (as for a lone transaction whose COMMIT fails), so every caller gets that error and
 * nothing is retried. A batch runs on `batches`, connections that wait at most `BATCH_LOCK_TIMEOUT`
 * (connect.ts) for any lock: two processes whose batches take the same locks in opposite orders
 * would otherwise wait a second for the deadlock detector; instead they split up and run alone (on
 * `db`, waiting as long as they must), as they would have without batching.
 */
export function pgGroupCommitter(
  db: Kysely<Database>,
  batches: Kysely<Database>,
  beforeCommit: (trx: Kysely<Database>, staged: StagedEvents) => Promise<void>,
  maxBatch = 32,
) {
  const queue: PgPending[] = [];
  let executing = false;

  /** Runs one transaction alone; `executed` is called once it takes no more locks. */
  function alone(item: PgPending, executed: () => void = () => {}): Promise<void> {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      executed();
    };
    return db
      .transaction()
      .execute(async (trx) => {
        const staged: StagedEvents = [];
        const value = await item.fn(trx, staged);
        await beforeCommit(trx, staged);
        once();
        return value;
      })
      .then(item.resolve, item.reject)
      .finally(once);
  }

  async function together(batch: PgPending[], executed: () => void): Promise<void> {
    let committing = false;
    let values: unknown[];
    try {
      values = await batches.transaction().execute(async (trx) => {
        const out: unknown[] = [];
        const staged: StagedEvents = [];
        for (const item of batch) out.push(await item.fn(trx, staged));
        // Every transaction's events in one statement, in the order they were staged.
        await beforeCommit(trx, staged);
        committing = true;
        executed();
        return out;
      });
    } catch (err) {
      if (committing) {
        for (const item of batch) item.reject(err);
        return;
      }
      // Rolled back before COMMIT: nothing of the batch was written. Each runs again on its own.
      await Promise.all(batch.map((item) => alone(item)));
      executed();
      return;
    }
    for (const [i, item] of batch.entries()) item.resolve(values[i]);
  }

  function next(): void {
    if (executing || queue.length === 0) return;
    executing = true;
    const batch = queue.splice(0, maxBatch);
    const executed = () => {
      executing = false;
      next();
    };
    const run = batch.length === 1 ? alone(batch[0] as PgPending, executed) : together(batch, executed);
    void run.catch((err) => {
      for (const item of batch) item.reject(err);
    });
  }

  return function transaction<T>(fn: (db: Kysely<Database>, staged: StagedEvents) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      next();
    });
  };
}

interface PgPending {
  fn: (db: Kysely<Database>, staged: StagedEvents) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}
