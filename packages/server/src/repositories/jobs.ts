import { type Kysely, type Selectable, sql } from 'kysely';
import type { Engine } from '../db/connect';
import type { Database, JobsTable } from '../db/schema';

export type JobRow = Selectable<JobsTable>;

/** Timed work, shared by every process: a job is claimed by one process at a time. */
export function jobsRepository(db: Kysely<Database>, engine: Engine) {
  return {
    async enqueue(kind: string, payload: unknown, runAt: number, now: number): Promise<number> {
      const row = await db
        .insertInto('jobs')
        .values({ kind, payload: JSON.stringify(payload), run_at: runAt, attempts: 0, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },
    /**
     * Claims up to `limit` due jobs for `lockMs`. PostgreSQL skips rows another process holds
     * (FOR UPDATE SKIP LOCKED); SQLite has one writer, so its transaction is enough.
     */
    async claim(workerId: string, now: number, lockMs: number, limit: number): Promise<JobRow[]> {
      return db.transaction().execute(async (tx) => {
        let pick = tx
          .selectFrom('jobs')
          .select('id')
          .where('done_at', 'is', null)
          .where('run_at', '<=', now)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
          .orderBy('run_at')
          .limit(limit);
        if (engine === 'postgres') pick = pick.modifyEnd(sql`for update skip locked`);
        const ids = (await pick.execute()).map((r) => r.id);
        if (ids.length === 0) return [];
        return tx
          .updateTable('jobs')
          .set({ locked_until: now + lockMs, locked_by: workerId })
          .where('id', 'in', ids)
          .returningAll()
          .execute();
      });
    },
    async complete(id: number, now: number): Promise<void> {
      await db.updateTable('jobs').set({ done_at: now, locked_until: null }).where('id', '=', id).execute();
    },
    async retryLater(id: number, attempts: number, runAt: number, error: string): Promise<void> {
      await db
        .updateTable('jobs')
        .set({
          attempts,
          run_at: runAt,
          last_error: error.slice(0, 200),
          locked_until: null,
          locked_by: null,
        })
        .where('id', '=', id)
        .execute();
    },
    find(id: number): Promise<JobRow | undefined> {
      return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findPending(kind: string): Promise<JobRow | undefined> {
      return db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', '=', kind)
        .where('done_at', 'is', null)
        .executeTakeFirst();
    },
  };
}
