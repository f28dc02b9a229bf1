import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';

type Db = Kysely<unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the table builder's column types are not needed here
type Table = CreateTableBuilder<string, any>;

/** Every row holding a person's words: its space, its author (erased with the account) and who may read it. */
function authored(table: Table, withVisibility = true): Table {
  const t = table
    .addColumn('space_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'));
  return withVisibility ? t.addColumn('visibility', 'text', (c) => c.notNull()) : t;
}

async function recordTable(db: Db, name: string, columns: (t: Table) => Table): Promise<void> {
  await columns(
    authored(db.schema.createTable(name).addColumn('id', 'text', (c) => c.primaryKey())),
  ).execute();
  await db.schema.createIndex(`${name}_space`).on(name).columns(['space_id', 'created_at']).execute();
  await db.schema.createIndex(`${name}_author`).on(name).column('author_id').execute();
}

/** Groundwork: letters and apologies, disclosures, no contact, transparency, counselling, timeline. */
export function groundwork(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      await recordTable(db, 'letters', (t) =>
        t
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('amends_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .addColumn('sent_at', 'bigint'),
      );
      // No foreign key to letters: erasing the apology's author must not erase the other's answer.
      await recordTable(db, 'apology_responses', (t) =>
        t
          .addColumn('letter_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('text', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull()),
      );
      await recordTable(db, 'disclosures', (t) =>
        t
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('topics', 'text', (c) => c.notNull())
          .addColumn('late', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull()),
      );
      await recordTable(db, 'no_contact_channels', (t) =>
        t
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('how', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull()),
      );
      await recordTable(db, 'contact_attempts', (t) =>
        t
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('occurred_at', 'bigint', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull()),
      );
      await recordTable(db, 'transparency_items', (t) =>
        t
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('ends_on', 'text', (c) => c.notNull())
          .addColumn('review_on', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('status_by', 'text')
          .addColumn('ended_reason', 'text')
          .addColumn('replaces_id', 'text')
          .addColumn('accepted_at', 'bigint')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull()),
      );
      await recordTable(db, 'counselling_sessions', (t) =>
        t
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull()),
      );
      // One per author and space: the moment the disclosure was marked complete, and no contact confirmed.
      for (const name of ['disclosure_completions', 'no_contact_confirmations']) {
        await authored(db.schema.createTable(name), false)
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${name}_pk`, ['author_id', 'space_id'])
          .execute();
      }
      // One ally and one counsellor per author and space.
      for (const name of ['allies', 'counsellors']) {
        await authored(db.schema.createTable(name))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('contact', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${name}_pk`, ['author_id', 'space_id'])
          .execute();
      }
    },
  };
}
