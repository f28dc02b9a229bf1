import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema';
import { type AuthoredDb, readableBy } from './readable';

/** Tables that hold one authored record per row, each with an id, a space, an author and a visibility. */
export type RecordTable =
  | 'letters'
  | 'apology_responses'
  | 'disclosures'
  | 'no_contact_channels'
  | 'contact_attempts'
  | 'transparency_items'
  | 'counselling_sessions'
  | 'questions'
  | 'question_answers'
  | 'needs'
  | 'check_in_sessions'
  | 'check_in_notes'
  | 'check_in_heard'
  | 'repairs'
  | 'repair_sides'
  | 'debriefs'
  | 'debrief_answers'
  | 'reflections'
  | 'statuses'
  | 'alerts'
  | 'mood_entries'
  | 'hard_dates'
  | 'menu_items'
  | 'commitments'
  | 'plans'
  | 'plan_updates'
  | 'outcomes'
  | 'action_events'
  | 'reassurance_messages'
  | 'anxiety_windows'
  | 'pillar_ratings';

/**
 * Makes every shared row of an author in `table` private again (the safety reset, leaving, a newcomer joining);
 * answers how many. For every table with `author_id` and `visibility`.
 */
export async function unshareAllOf(db: Kysely<Database>, table: string, authorId: string): Promise<number> {
  const r = await (db as unknown as AuthoredDb)
    .updateTable(table)
    .set({ visibility: 'private' })
    .where('author_id', '=', authorId)
    .where('visibility', '!=', 'private')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The reads and writes every authored table shares (each repository adds its own on top). */
export function recordRepository<T extends RecordTable>(db: Kysely<Database>, table: T) {
  type Row = Selectable<Database[T]>;
  const k = db as unknown as AuthoredDb;
  const name: string = table;
  return {
    async insert(row: Row): Promise<void> {
      await k
        .insertInto(name)
        .values(row as never)
        .execute();
    },
    /** Rows of a space the reader may open, oldest first. */
    listReadable(spaceId: string, readerId: string): Promise<Row[]> {
      return k
        .selectFrom(name)
        .selectAll()
        .where('space_id', '=', spaceId)
        .where(readableBy(table, readerId))
        .orderBy('created_at')
        .orderBy('id')
        .execute() as Promise<Row[]>;
    },
    /** One row the reader may open in their space; undefined for anything else, as if it did not exist. */
    findReadable(id: string, spaceId: string, readerId: string): Promise<Row | undefined> {
      return k
        .selectFrom(name)
        .selectAll()
        .where('id', '=', id)
        .where('space_id', '=', spaceId)
        .where(readableBy(table, readerId))
        .executeTakeFirst() as Promise<Row | undefined>;
    },
    listByAuthor(authorId: string): Promise<Row[]> {
      return k
        .selectFrom(name)
        .selectAll()
        .where('author_id', '=', authorId)
        .orderBy('created_at')
        .execute() as Promise<Row[]>;
    },
    /** Makes every shared row of an author private again; answers how many. */
    unshareAll: (authorId: string): Promise<number> => unshareAllOf(db, name, authorId),
  };
}
