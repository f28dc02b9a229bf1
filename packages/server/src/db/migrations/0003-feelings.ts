import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';
import { authoredTable } from './authored-table';

type Db = Kysely<unknown>;

/**
 * The emotional reality: alerts, moods, triggers, the encrypted journal, support. Every record with
 * a person's words carries `space_id` (null when used alone), `author_id` (erased with the account)
 * and `visibility`.
 */
export function feelings(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      const authored = (table: string) => authoredTable(db, table, { aloneAllowed: true });
      await authored('alerts')
        .addColumn('needs', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('acked_at', 'bigint')
        .execute();
      await db.schema
        .createIndex('alerts_author')
        .on('alerts')
        .columns(['author_id', 'created_at'])
        .execute();
      await db.schema.createIndex('alerts_space').on('alerts').columns(['space_id', 'created_at']).execute();
      await authored('mood_entries')
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('emotions', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('mood_entries_author')
        .on('mood_entries')
        .columns(['author_id', 'created_at'])
        .execute();
      await authored('triggers')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('intensity', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('helped', 'text')
        .addColumn('occurred_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('triggers_author')
        .on('triggers')
        .columns(['author_id', 'occurred_at'])
        .execute();
      await authored('journal_entries')
        .addColumn('ciphertext', 'text', (c) => c.notNull())
        .addColumn('iv', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('journal_entries_author')
        .on('journal_entries')
        .columns(['author_id', 'created_at'])
        .execute();
      await authored('support_contacts')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('how', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('support_contacts_author')
        .on('support_contacts')
        .column('author_id')
        .execute();
      await authored('hard_dates')
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('yearly', 'integer', (c) => c.notNull())
        .addColumn('remind_days_before', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hard_dates_author').on('hard_dates').column('author_id').execute();
      // One row per person: choices, the journal's wrapped key, the self-care plan (all private).
      await db.schema
        .createTable('feelings_settings')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
        .addColumn('share_moods_always', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('journal_key', 'text')
        .addColumn('self_care', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  };
}
