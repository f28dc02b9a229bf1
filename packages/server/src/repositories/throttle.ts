import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Fixed-window counters kept in the database, so every process shares one count per key. */
export function throttleRepository(db: Kysely<Database>) {
  return {
    /** Counts one more hit on `key` in its window and answers the count so far. */
    async hit(key: string, now: number, windowMs: number): Promise<number> {
      return db.transaction().execute(async (tx) => {
        const row = await tx
          .selectFrom('auth_throttle')
          .selectAll()
          .where('key', '=', key)
          .executeTakeFirst();
        if (!row || row.reset_at <= now) {
          await tx
            .insertInto('auth_throttle')
            .values({ key, count: 1, reset_at: now + windowMs })
            .onConflict((oc) => oc.column('key').doUpdateSet({ count: 1, reset_at: now + windowMs }))
            .execute();
          return 1;
        }
        await tx
          .updateTable('auth_throttle')
          .set({ count: row.count + 1 })
          .where('key', '=', key)
          .execute();
        return row.count + 1;
      });
    },
    async count(key: string, now: number): Promise<number> {
      const row = await db.selectFrom('auth_throttle').selectAll().where('key', '=', key).executeTakeFirst();
      return row && row.reset_at > now ? row.count : 0;
    },
    async clear(key: string): Promise<void> {
      await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
    },
  };
}
