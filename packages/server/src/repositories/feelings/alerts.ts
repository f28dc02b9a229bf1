import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { AlertsTable } from '../../db/schema-feelings';
import { recordRepository } from '../authored';
import { prepared } from '../prepared';

export type AlertRow = Selectable<AlertsTable>;
type Db = Kysely<Database>;

// The two queries of every alert, kept compiled (prepared.ts).
const insertAlert = prepared((db, row: AlertRow) => db.insertInto('alerts').values(row));
const sentSince = prepared((db, authorId: string, since: number) =>
  db
    .selectFrom('alerts')
    .select('created_at')
    .where('author_id', '=', authorId)
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc'),
);

/** "I'm triggered" alerts: shared with the partner by nature, read only while both are members. */
export function alertsRepository(db: Db) {
  const { listByAuthor, unshareAll } = recordRepository(db, 'alerts');
  return {
    listByAuthor,
    unshareAll,
    async insert(row: AlertRow): Promise<void> {
      await insertAlert(db, row);
    },
    /** When the author sent alerts after `since`, newest first, for the rate limit. */
    async sentTimesSince(authorId: string, since: number): Promise<number[]> {
      const { rows } = await sentSince(db, authorId, since);
      return rows.map((r) => Number(r.created_at));
    },
    /** An alert the reader may see: their own, or one their partner sent in the space both share. */
    findVisible(id: string, readerId: string): Promise<AlertRow | undefined> {
      return db
        .selectFrom('alerts as a')
        .selectAll('a')
        .innerJoin('members as author', (j) =>
          j.onRef('author.user_id', '=', 'a.author_id').onRef('author.space_id', '=', 'a.space_id'),
        )
        .innerJoin('members as reader', (j) =>
          j.onRef('reader.space_id', '=', 'a.space_id').on('reader.user_id', '=', readerId),
        )
        .where('a.id', '=', id)
        .where((eb) => eb.or([eb('a.author_id', '=', readerId), eb('a.visibility', '=', 'partner')]))
        .executeTakeFirst();
    },
    /** The newest alerts the reader sent or was sent in their current space. */
    listForReader(readerId: string, limit: number): Promise<AlertRow[]> {
      return db
        .selectFrom('alerts as a')
        .selectAll('a')
        .innerJoin('members as author', (j) =>
          j.onRef('author.user_id', '=', 'a.author_id').onRef('author.space_id', '=', 'a.space_id'),
        )
        .innerJoin('members as reader', (j) =>
          j.onRef('reader.space_id', '=', 'a.space_id').on('reader.user_id', '=', readerId),
        )
        .where((eb) => eb.or([eb('a.author_id', '=', readerId), eb('a.visibility', '=', 'partner')]))
        .orderBy('a.created_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute();
    },
    /** Sets the acknowledgement time once; a second tap keeps the first time. */
    /** Marks the first acknowledgement; answers false when it was acknowledged already. */
    async ack(id: string, at: number): Promise<boolean> {
      const r = await db
        .updateTable('alerts')
        .set({ acked_at: at })
        .where('id', '=', id)
        .where('acked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}
