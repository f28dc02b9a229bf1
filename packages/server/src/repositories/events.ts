import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Engine } from '../db/connect';
import type { Database, EventsTable } from '../db/schema';
import { prepared } from './prepared';

export type EventRow = Selectable<EventsTable>;

/**
 * Live events a PostgreSQL transaction stores just before it commits, with the channel to NOTIFY:
 * every transaction of a group commit adds to one list, stored in one statement.
 */
export type StagedEvents = { rows: Insertable<EventsTable>[]; channel: string }[];

/** Stores staged events, one statement per channel (there is one in practice), in staged order. */
export async function storeStaged(db: Kysely<Database>, staged: StagedEvents): Promise<void> {
  const channels = [...new Set(staged.map((s) => s.channel))];
  for (const channel of channels) {
    const rows = staged.filter((s) => s.channel === channel).flatMap((s) => s.rows);
    await eventsRepository(db, 'postgres').insert(rows, channel);
  }
}

/** SQLite's event insert, kept compiled per number of rows (prepared.ts): every live event runs it. */
const insertEvents = prepared((db, rows: Insertable<EventsTable>[]) =>
  db.insertInto('events').values(rows).returningAll(),
);

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
      if (engine !== 'postgres') return (await insertEvents(db, rows)).rows;
      const users = [...new Set(rows.map((r) => r.user_id))].sort();
      if (!notifyChannel) {
        for (const user of users) await sql`select pg_advisory_xact_lock(hashtext(${user}))`.execute(db);
        return db.insertInto('events').values(rows).returningAll().execute();
      }
      // One round trip: take the recipients' locks (in sorted order, so two writers never deadlock),
      // insert the rows, and queue each one's NOTIFY (sent on commit). The lock is an InitPlan of the
      // insert's filter, so it is held before any row draws its id from the sequence.
      const values = sql.join(
        rows.map((r) => sql`(${r.user_id}, ${r.type}, ${r.payload}, ${r.created_at}::bigint)`),
      );
      const result = await sql<EventRow & { notified: string }>`
        with locked as materialized (
          select pg_advisory_xact_lock(hashtext(u)) from unnest(${users}::text[]) as u
        ), ins as (
          insert into events (user_id, type, payload, created_at)
          select v.user_id, v.type, v.payload, v.created_at
          from (values ${values}) as v(user_id, type, payload, created_at)
          where (select count(*) from locked) = ${users.length}
          returning *
        )
        select ins.*, pg_notify(${notifyChannel}, json_build_object('u', ins.user_id, 'e', row_to_json(ins))::text) as notified
        from ins order by ins.id`.execute(db);
      if (result.rows.length !== rows.length) throw new Error('events were not stored');
      return result.rows.map(({ notified: _, ...row }) => ({
        ...row,
        id: Number(row.id),
        created_at: Number(row.created_at),
      }));
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
