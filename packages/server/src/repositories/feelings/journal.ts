import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { JournalEntriesTable } from '../../db/schema-feelings';

export type JournalRow = Selectable<JournalEntriesTable>;

/** Journal ciphertext: only ever read by its author. */
export function journalRepository(db: Kysely<Database>) {
  return {
    async insert(row: JournalRow): Promise<void> {
      await db.insertInto('journal_entries').values(row).execute();
    },
    async update(
      id: string,
      authorId: string,
      values: Pick<JournalRow, 'ciphertext' | 'iv' | 'key_id' | 'updated_at'>,
    ): Promise<JournalRow | undefined> {
      await db
        .updateTable('journal_entries')
        .set(values)
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .execute();
      return db
        .selectFrom('journal_entries')
        .selectAll()
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .executeTakeFirst();
    },
    findByAuthor(id: string, authorId: string): Promise<JournalRow | undefined> {
      return db
        .selectFrom('journal_entries')
        .selectAll()
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .executeTakeFirst();
    },
    listByAuthor(authorId: string): Promise<JournalRow[]> {
      return db
        .selectFrom('journal_entries')
        .selectAll()
        .where('author_id', '=', authorId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },
    async delete(id: string, authorId: string): Promise<boolean> {
      const r = await db
        .deleteFrom('journal_entries')
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
