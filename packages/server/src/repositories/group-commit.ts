import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { WriteLock } from '../db/sqlite-split';

interface Pending<R> {
  fn: (db: Kysely<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  _?: R;
}

/** The most transactions folded into one commit. */
const MAX_BATCH = 64;

/**
 * Group commit for SQLite: transactions that arrive while another commit is under way are run
 * together, each inside its own SAVEPOINT, and made durable by one COMMIT (one fsync) — then each
 * caller is answered. A transaction that throws is rolled back to its savepoint alone; its
 * neighbours still commit. Nobody is answered before the COMMIT, so an acknowledged write is
 * durable exactly as with one transaction per request (decision record 003).
 */
export function groupCommitter(db: Kysely<Database>, sqlite: SQLite.Database, lock: WriteLock) {
  const queue: Pending<unknown>[] = [];
  let draining = false;

  // Control statements go straight to SQLite (they cost more through the query builder than they
  // do to run); Kysely's connection is held all the while, so nothing else runs in between.
  async function runBatch(batch: Pending<unknown>[]): Promise<void> {
    const release = await lock.acquire();
    try {
      await runLocked(batch);
    } finally {
      release();
    }
  }

  async function runLocked(batch: Pending<unknown>[]): Promise<void> {
    await db.connection().execute(async (conn) => {
      sqlite.exec('begin immediate');
      const alone = batch.length === 1;
      const outcomes: { ok: boolean; value: unknown }[] = [];
      for (const [i, item] of batch.entries()) {
        if (!alone) sqlite.exec(`savepoint g${i}`);
        try {
          outcomes.push({ ok: true, value: await item.fn(conn) });
          if (!alone) sqlite.exec(`release g${i}`);
        } catch (err) {
          if (!alone) sqlite.exec(`rollback to g${i}; release g${i}`);
          outcomes.push({ ok: false, value: err });
        }
      }
      try {
        // A lone transaction that failed is rolled back whole; otherwise one commit for the batch.
        sqlite.exec(alone && !outcomes[0]?.ok ? 'rollback' : 'commit');
      } catch (err) {
        if (sqlite.inTransaction) sqlite.exec('rollback');
        for (const item of batch) item.reject(err);
        return;
      }
      for (const [i, item] of batch.entries()) {
        const outcome = outcomes[i];
        if (outcome?.ok) item.resolve(outcome.value);
        else item.reject(outcome?.value);
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

  return function transaction<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!draining)
        void drain().catch((err) => {
          for (const item of queue.splice(0)) item.reject(err);
        });
    });
  };
}
