import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { FeelingsSettingsTable, HardDatesTable, SupportContactsTable } from '../../db/schema-feelings';
import { recordRepository } from '../authored';

export type SupportContactRow = Selectable<SupportContactsTable>;
export type HardDateRow = Selectable<HardDatesTable>;
export type FeelingsSettingsRow = Selectable<FeelingsSettingsTable>;

/** Each person's own support list: private, never read by anyone else. */
export function supportRepository(db: Kysely<Database>) {
  return {
    async insert(row: SupportContactRow): Promise<void> {
      await db.insertInto('support_contacts').values(row).execute();
    },
    listByAuthor(authorId: string): Promise<SupportContactRow[]> {
      return db
        .selectFrom('support_contacts')
        .selectAll()
        .where('author_id', '=', authorId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    async delete(id: string, authorId: string): Promise<boolean> {
      const r = await db
        .deleteFrom('support_contacts')
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}

/** Known hard dates, shared so the partner can reassure ahead of time. */
export function hardDatesRepository(db: Kysely<Database>) {
  const { unshareAll } = recordRepository(db, 'hard_dates');
  return {
    unshareAll,
    async insert(row: HardDateRow): Promise<void> {
      await db.insertInto('hard_dates').values(row).execute();
    },
    listByAuthor(authorId: string): Promise<HardDateRow[]> {
      return db
        .selectFrom('hard_dates')
        .selectAll()
        .where('author_id', '=', authorId)
        .orderBy('date')
        .execute();
    },
    /** What `authorId` shared with `readerId`, only while both are members of the space it was written in. */
    listSharedWith(authorId: string, readerId: string): Promise<HardDateRow[]> {
      return db
        .selectFrom('hard_dates as h')
        .selectAll('h')
        .innerJoin('members as author', (j) =>
          j.onRef('author.user_id', '=', 'h.author_id').onRef('author.space_id', '=', 'h.space_id'),
        )
        .innerJoin('members as reader', (j) =>
          j.onRef('reader.space_id', '=', 'h.space_id').on('reader.user_id', '=', readerId),
        )
        .where('h.author_id', '=', authorId)
        .where('h.visibility', '=', 'partner')
        .execute();
    },
    /** Deletes the author's date; answers whom it was visible to, or undefined when there was none. */
    async delete(id: string, authorId: string): Promise<HardDateRow['visibility'] | undefined> {
      const r = await db
        .deleteFrom('hard_dates')
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .returning('visibility')
        .executeTakeFirst();
      return r?.visibility;
    },
  };
}

/** One private row of choices per person: "always share", the journal's wrapped key, the self-care plan. */
export function feelingsSettingsRepository(db: Kysely<Database>) {
  return {
    find(userId: string): Promise<FeelingsSettingsRow | undefined> {
      return db.selectFrom('feelings_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
    },
    async upsert(
      userId: string,
      values: Partial<Omit<FeelingsSettingsRow, 'user_id' | 'updated_at'>>,
      now: number,
    ): Promise<void> {
      await db
        .insertInto('feelings_settings')
        .values({
          user_id: userId,
          share_moods_always: 0,
          journal_key: null,
          self_care: null,
          ...values,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, updated_at: now }))
        .execute();
    },
  };
}
