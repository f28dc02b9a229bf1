import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, EventsTable } from '../db/schema';

export type EventRow = Selectable<EventsTable>;

/** Live events kept per recipient, so a device that was away can catch up. */
export function eventsRepository(db: Kysely<Database>) {
  return {
    async insert(rows: Insertable<EventsTable>[]): Promise<EventRow[]> {
      if (rows.length === 0) return [];
      return db.insertInto('events').values(rows).returningAll().execute();
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
