import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Engine } from '../db/connect';
import type { Database, EventsTable } from '../db/schema';

export type EventRow = Selectable<EventsTable>;

/** Live events kept per recipient, so a device that was away can catch up. */
export function eventsRepository(db: Kysely<Database>, engine: Engine) {
  return {
    /**
     * Stores events; call it inside a transaction. On PostgreSQL it first takes a per-recipient lock
     * until commit, so each person's event ids commit in order and a device that resumes "after id N"
     * can never miss an event that committed late; with `notifyChannel` it also queues a NOTIFY per
     * event, which PostgreSQL sends only if the transaction commits.
     */
    async insert(rows: Insertable<EventsTable>[], notifyChannel?: string): Promise<EventRow[]> {
      if (rows.length === 0) return [];
      if (engine === 'postgres') {
        for (const user of [...new Set(rows.map((r) => r.user_id))].sort()) {
          await sql`select pg_advisory_xact_lock(hashtext(${user}))`.execute(db);
        }
      }
      if (!notifyChannel) return db.insertInto('events').values(rows).returningAll().execute();
      // One round trip: the rows go in and each one's NOTIFY is queued (sent on commit).
      const notify = sql<string>`pg_notify(${notifyChannel}, json_build_object('u', ins.user_id, 'e', row_to_json(ins))::text)`;
      const stored = await db
        .with('ins', (qb) => qb.insertInto('events').values(rows).returningAll())
        .selectFrom('ins')
        .selectAll()
        .select(notify.as('notified'))
        .execute();
      return stored.map(({ notified: _, ...row }) => row);
    },
    listAfter(userId: string, afterId: number, limit: number): Promise<EventRow[]> {
      return db
        .selectFrom('events')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    async lastId(userId: string): Promise<number> {
      const row = await db
        .selectFrom('events')
        .select((eb) => eb.fn.max('id').as('max'))
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(row?.max ?? 0);
    },
    async deleteBefore(at: number): Promise<number> {
      const r = await db.deleteFrom('events').where('created_at', '<', at).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
