import type { Kysely, Selectable } from 'kysely';
import type { Engine } from '../../db/connect';
import type { Database } from '../../db/schema';
import type { LettersTable, TransparencyItemsTable } from '../../db/schema-groundwork';
import { recordRepository } from '../authored';
import { markRepository, namedRepository } from './marks';

export type LetterRow = Selectable<LettersTable>;
export type ItemRow = Selectable<TransparencyItemsTable>;

function lettersRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'letters'),
    /** Changes a draft's text; answers false when it is not the author's draft (sent letters never change). */
    async updateDraft(id: string, authorId: string, text: string, now: number): Promise<boolean> {
      const r = await db
        .updateTable('letters')
        .set({ text, updated_at: now })
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async send(id: string, authorId: string, now: number): Promise<boolean> {
      const r = await db
        .updateTable('letters')
        .set({ status: 'sent', visibility: 'partner', sent_at: now, updated_at: now })
        .where('id', '=', id)
        .where('author_id', '=', authorId)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

function itemsRepository(db: Kysely<Database>) {
  const records = recordRepository(db, 'transparency_items');
  return {
    ...records,
    /** An item by id, for jobs that run outside any request (no reader to check against). */
    findById(id: string): Promise<ItemRow | undefined> {
      return db.selectFrom('transparency_items').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** Moves an item on, only from the status it was read in (two taps racing change it once). */
    async setStatus(
      id: string,
      from: ItemRow['status'] | ItemRow['status'][],
      change: Partial<Pick<ItemRow, 'status' | 'status_by' | 'ended_reason' | 'updated_at' | 'accepted_at'>>,
    ): Promise<boolean> {
      const r = await db
        .updateTable('transparency_items')
        .set(change)
        .where('id', '=', id)
        .where('status', 'in', Array.isArray(from) ? from : [from])
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** The safety reset and leaving: ends every running item of the author, silently, and hides them all. */
    async endAllSilently(authorId: string): Promise<number> {
      const r = await db
        .updateTable('transparency_items')
        .set({ status: 'ended', ended_reason: 'reset', status_by: null, visibility: 'private' })
        .where('author_id', '=', authorId)
        .where('status', '!=', 'ended')
        .executeTakeFirst();
      const hidden = await records.unshareAll(authorId);
      return Math.max(Number(r.numUpdatedRows), hidden);
    },
  };
}

/** Every member's private safety answer, for the transparency rule only; never returned to anyone. */
function safetyRepository(db: Kysely<Database>) {
  return {
    ofSpace(spaceId: string) {
      return db
        .selectFrom('members')
        .innerJoin('users', 'users.id', 'members.user_id')
        .select(['users.feels_safe', 'users.fears_threats', 'users.fears_control'])
        .where('members.space_id', '=', spaceId)
        .execute();
    },
  };
}

/** The groundwork repositories, merged into `createRepositories`. */
export function groundworkRepositories(db: Kysely<Database>, _engine: Engine) {
  return {
    letters: lettersRepository(db),
    apologyResponses: recordRepository(db, 'apology_responses'),
    disclosures: recordRepository(db, 'disclosures'),
    disclosureCompletions: markRepository(db, 'disclosure_completions'),
    channels: recordRepository(db, 'no_contact_channels'),
    attempts: recordRepository(db, 'contact_attempts'),
    noContactConfirmations: markRepository(db, 'no_contact_confirmations'),
    transparencyItems: itemsRepository(db),
    allies: namedRepository(db, 'allies'),
    counsellors: namedRepository(db, 'counsellors'),
    counsellingSessions: recordRepository(db, 'counselling_sessions'),
    spaceSafety: safetyRepository(db),
  };
}
