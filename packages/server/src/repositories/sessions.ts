import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../db/schema';
import { prepared } from './prepared';
import { overviewQuery } from './spaces';

export type SessionRow = Selectable<SessionsTable>;
/** A session with its person, their space and their partner (`findActor`). */
export type SessionActor = NonNullable<
  Awaited<ReturnType<ReturnType<typeof sessionsRepository>['findActor']>>
>;

/** Every request's query: kept compiled (prepared.ts). */
const findActorQuery = prepared((db, id: string) =>
  overviewQuery(db)
    .innerJoin('sessions as se', 'se.user_id', 'u.id')
    .select(['se.id as session_id', 'se.last_seen_at', 'se.expires_at'])
    .where('se.id', '=', id),
);

/** Server-side sessions, keyed by a keyed hash of the cookie token so a database copy cannot sign in. */
export function sessionsRepository(db: Kysely<Database>) {
  return {
    async insert(row: SessionRow): Promise<void> {
      await db.insertInto('sessions').values(row).execute();
    },
    /** A session with its person, their space and their partner, in one indexed query. */
    async findActor(id: string) {
      return (await findActorQuery(db, id)).rows[0];
    },
    find(id: string): Promise<SessionRow | undefined> {
      return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async touch(id: string, at: number, expiresAt: number): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: at, expires_at: expiresAt })
        .where('id', '=', id)
        .execute();
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    /** Signs a person out everywhere except the session given; answers how many ended. */
    async deleteOthers(userId: string, keepId: string): Promise<number> {
      const r = await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .where('id', '!=', keepId)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async deleteExpired(now: number): Promise<number> {
      const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    listForUser(userId: string): Promise<SessionRow[]> {
      return db.selectFrom('sessions').selectAll().where('user_id', '=', userId).execute();
    },
  };
}
