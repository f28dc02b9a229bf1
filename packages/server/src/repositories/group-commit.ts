import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

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
export function groupCommitter(db: Kysely<Database>) {
  const queue: Pending<unknown>[] = [];
  let draining = false;

  async function runBatch(batch: Pending<unknown>[]): Promise<void> {
    await db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      const outcomes: { ok: boolean; value: unknown }[] = [];
      for (const [i, item] of batch.entries()) {
        await sql.raw(`savepoint g${i}`).execute(conn);
        try {
          outcomes.push({ ok: true, value: await item.fn(conn) });
          await sql.raw(`release g${i}`).execute(conn);
        } catch (err) {
          await sql.raw(`rollback to g${i}`).execute(conn);
          await sql.raw(`release g${i}`).execute(conn);
          outcomes.push({ ok: false, value: err });
        }
      }
      try {
        await sql`commit`.execute(conn);
      } catch (err) {
        await sql`rollback`.execute(conn).catch(() => undefined);
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
      while (queue.length > 0) await runBatch(queue.splice(0, MAX_BATCH));
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
