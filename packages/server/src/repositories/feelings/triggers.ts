import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { TriggersTable } from '../../db/schema-feelings';

export type TriggerRow = Selectable<TriggersTable>;

/** The trigger log: private to its author, with no partner read at all. */
export function triggersRepository(db: Kysely<Database>) {
  return {
    async insert(row: TriggerRow): Promise<void> {
      await db.insertInto('triggers').values(row).execute();
    },
    listByAuthor(authorId: string, since = 0): Promise<TriggerRow[]> {
      return db
        .selectFrom('triggers')
        .selectAll()
        .where('author_id', '=', authorId)
        .where('occurred_at', '>=', since)
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },
    async delete(id: string, authorId: string): Promise<boolean> {
      const r = await db
        .deleteFrom('triggers')
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
