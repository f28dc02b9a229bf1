import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { MarkTable, NamedTable } from '../../db/schema-groundwork';
import { unshareAllOf } from '../authored';
import { readableBy } from '../readable';

export type MarkRow = Selectable<MarkTable>;
export type NamedRow = Selectable<NamedTable>;

/** One-off facts per author and space: the disclosure marked complete, no contact confirmed. */
export function markRepository(
  db: Kysely<Database>,
  table: 'disclosure_completions' | 'no_contact_confirmations',
) {
  return {
    /**
     * Makes the mark, shared with the partner: one in force keeps its first instant; one taken back (a safety reset,
     * leaving, a newcomer) is made again, now. Answers the stored mark.
     */
    async make(mark: Omit<MarkRow, 'visibility'>): Promise<MarkRow> {
      const row: MarkRow = { ...mark, visibility: 'partner' };
      await db
        .insertInto(table)
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(['author_id', 'space_id'])
            .doUpdateSet({ at: row.at, visibility: row.visibility })
            .where(sql.ref(`${table}.visibility`), '=', 'private'),
        )
        .execute();
      const stored = await db
        .selectFrom(table)
        .selectAll()
        .where('author_id', '=', row.author_id)
        .where('space_id', '=', row.space_id)
        .executeTakeFirstOrThrow();
      return stored;
    },
    /**
     * The marks in force that the reader may see: theirs and the partner's (while both are members). A mark taken
     * back counts as never made, for its author too, so what is disclosed after a reset is not "late" against it.
     */
    listReadable(spaceId: string, readerId: string): Promise<MarkRow[]> {
      return db
        .selectFrom(table)
        .selectAll()
        .where('space_id', '=', spaceId)
        .where('visibility', '=', 'partner')
        .where(readableBy(table, readerId))
        .execute();
    },
    listByAuthor(authorId: string): Promise<MarkRow[]> {
      return db.selectFrom(table).selectAll().where('author_id', '=', authorId).execute();
    },
    /** The safety reset, leaving, someone new joining: the author's marks are theirs alone again. */
    unshareAll: (authorId: string): Promise<number> => unshareAllOf(db, table, authorId),
  };
}

/** A named person per author and space: the ally, the counsellor. */
export function namedRepository(db: Kysely<Database>, table: 'allies' | 'counsellors') {
  return {
    async put(row: NamedRow): Promise<void> {
      await db
        .insertInto(table)
        .values(row)
        .onConflict((oc) =>
          oc.columns(['author_id', 'space_id']).doUpdateSet({
            name: row.name,
            contact: row.contact,
            visibility: row.visibility,
            created_at: row.created_at,
          }),
        )
        .execute();
    },
    async remove(authorId: string, spaceId: string): Promise<number> {
      const r = await db
        .deleteFrom(table)
        .where('author_id', '=', authorId)
        .where('space_id', '=', spaceId)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    listReadable(spaceId: string, readerId: string): Promise<NamedRow[]> {
      return db
        .selectFrom(table)
        .selectAll()
        .where('space_id', '=', spaceId)
        .where(readableBy(table, readerId))
        .orderBy('created_at', 'desc')
        .execute();
    },
    listByAuthor(authorId: string): Promise<NamedRow[]> {
      return db.selectFrom(table).selectAll().where('author_id', '=', authorId).execute();
    },
    unshareAll: (authorId: string): Promise<number> => unshareAllOf(db, table, authorId),
  };
}
