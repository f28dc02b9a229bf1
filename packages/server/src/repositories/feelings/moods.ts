import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { MoodEntriesTable } from '../../db/schema-feelings';
import { recordRepository } from '../authored';

export type MoodRow = Selectable<MoodEntriesTable>;

/** Daily moods: private unless their author shares them. */
export function moodsRepository(db: Kysely<Database>) {
  const { unshareAll } = recordRepository(db, 'mood_entries');
  return {
    unshareAll,
    async insert(row: MoodRow): Promise<void> {
      await db.insertInto('mood_entries').values(row).execute();
    },
    findByAuthor(id: string, authorId: string): Promise<MoodRow | undefined> {
      return db
        .selectFrom('mood_entries')
        .selectAll()
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .executeTakeFirst();
    },
    async setVisibility(id: string, authorId: string, visibility: MoodRow['visibility']): Promise<void> {
      await db
        .updateTable('mood_entries')
        .set({ visibility })
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .execute();
    },
    listByAuthor(authorId: string, since = 0): Promise<MoodRow[]> {
      return db
        .selectFrom('mood_entries')
        .selectAll()
        .where('author_id', '=', authorId)
        .where('created_at', '>=', since)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    /** What `authorId` shared with `readerId`, only while both are members of the space it was written in. */
    listSharedWith(authorId: string, readerId: string, since = 0): Promise<MoodRow[]> {
      return db
        .selectFrom('mood_entries as m')
        .selectAll('m')
        .innerJoin('members as author', (j) =>
          j.onRef('author.user_id', '=', 'm.author_id').onRef('author.space_id', '=', 'm.space_id'),
        )
        .innerJoin('members as reader', (j) =>
          j.onRef('reader.space_id', '=', 'm.space_id').on('reader.user_id', '=', readerId),
        )
        .where('m.author_id', '=', authorId)
        .where('m.visibility', '=', 'partner')
        .where('m.created_at', '>=', since)
        .orderBy('m.created_at')
        .orderBy('m.id')
        .execute();
    },
  };
}
