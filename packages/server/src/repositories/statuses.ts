import type { Kysely, Selectable } from 'kysely';
import type { Database, StatusesTable } from '../db/schema';
import { recordRepository } from './authored';

export type StatusRow = Selectable<StatusesTable>;

/** A person's short "how I am today" lines. */
export function statusesRepository(db: Kysely<Database>) {
  const { listByAuthor, unshareAll } = recordRepository(db, 'statuses');
  return {
    listByAuthor,
    /** Makes every shared line of an author private again; answers how many. */
    unshareAll,
    async insert(row: StatusRow): Promise<void> {
      await db.insertInto('statuses').values(row).execute();
    },
    latestByAuthor(authorId: string): Promise<StatusRow | undefined> {
      return db
        .selectFrom('statuses')
        .selectAll()
        .where('author_id', '=', authorId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
    /**
     * The newest line `authorId` shared with `readerId`, only while both are members of the space
     * it was written in: leaving takes every shared line back at once.
     */
    async latestSharedWith(authorId: string, readerId: string): Promise<StatusRow | undefined> {
      return db
        .selectFrom('statuses as s')
        .selectAll('s')
        .innerJoin('members as author', (j) =>
          j.onRef('author.user_id', '=', 's.author_id').onRef('author.space_id', '=', 's.space_id'),
        )
        .innerJoin('members as reader', (j) =>
          j.onRef('reader.space_id', '=', 's.space_id').on('reader.user_id', '=', readerId),
        )
        .where('s.author_id', '=', authorId)
        .orderBy('s.created_at', 'desc')
        .orderBy('s.id', 'desc')
        .limit(1)
        .executeTakeFirst()
        .then((row) => (row?.visibility === 'partner' ? row : undefined));
    },
  };
}
