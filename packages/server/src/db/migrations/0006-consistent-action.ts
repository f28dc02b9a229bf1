import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';
import { authoredTable, createIndexOn } from './authored-table';

type Db = Kysely<unknown>;

/**
 * Consistent action: promises and what became of each due time, plans and their updates, quick
 * updates and asks for reassurance, anxiety windows, the menu, pillar ratings, and the weekly
 * roll-ups the ledger and the pillars dashboard read instead of raw history.
 */
export function consistentAction(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      const authored = (table: string) => authoredTable(db, table);
      const index = (name: string, table: string, columns: string[]) =>
        createIndexOn(db, name, table, columns);

      await db.schema
        .createTable('action_settings')
        .addColumn('space_id', 'text', (c) => c.primaryKey())
        .addColumn('grace_minutes', 'integer', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();

      await authored('menu_items')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('cost', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('archived_at', 'bigint')
        .execute();
      await index('menu_items_space', 'menu_items', ['space_id', 'created_at']);
      await index('menu_items_author', 'menu_items', ['author_id', 'created_at']);

      await authored('commitments')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('recurrence', 'text')
        .addColumn('local_time', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('menu_item_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('due_at', 'bigint')
        .addColumn('promised_at', 'bigint')
        .addColumn('outcome', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('commitments_space', 'commitments', ['space_id', 'created_at']);
      await index('commitments_author', 'commitments', ['author_id', 'created_at']);

      await authored('plans')
        .addColumn('what', 'text', (c) => c.notNull())
        .addColumn('where_text', 'text')
        .addColumn('first_eta_at', 'bigint', (c) => c.notNull())
        .addColumn('eta_at', 'bigint', (c) => c.notNull())
        .addColumn('notice_given', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('plans_space', 'plans', ['space_id', 'created_at']);
      await index('plans_author', 'plans', ['author_id', 'created_at']);

      await authored('plan_updates')
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('new_eta_at', 'bigint')
        .addColumn('notice', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('plan_updates_plan', 'plan_updates', ['plan_id', 'created_at']);
      await index('plan_updates_author', 'plan_updates', ['author_id', 'created_at']);

      // One row per due time settled: the ledger's entries. Changes to an outcome are events too.
      await authored('outcomes')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('due_at', 'bigint', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('week_start', 'text', (c) => c.notNull())
        .addColumn('review', 'text')
        .addColumn('review_note', 'text')
        .addColumn('reviewed_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('outcomes_source', 'outcomes', ['source_id', 'due_at']);
      await index('outcomes_space', 'outcomes', ['space_id', 'week_start']);
      await index('outcomes_author', 'outcomes', ['author_id', 'created_at']);

      await authored('action_events')
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('due_at', 'bigint')
        .addColumn('note', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('action_events_subject', 'action_events', ['subject_id', 'created_at']);
      await index('action_events_author', 'action_events', ['author_id', 'created_at']);

      await authored('reassurance_messages')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text')
        .addColumn('proactive', 'integer')
        .addColumn('week_start', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('reassurance_messages_space', 'reassurance_messages', ['space_id', 'created_at']);
      await index('reassurance_messages_author', 'reassurance_messages', ['author_id', 'created_at']);

      await authored('anxiety_windows')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('weekday', 'integer')
        .addColumn('date', 'text')
        .addColumn('start_time', 'text', (c) => c.notNull())
        .addColumn('end_time', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('helps', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('anxiety_windows_space', 'anxiety_windows', ['space_id', 'created_at']);
      await index('anxiety_windows_author', 'anxiety_windows', ['author_id', 'created_at']);

      await authored('pillar_ratings')
        .addColumn('week_start', 'text', (c) => c.notNull())
        .addColumn('pillar', 'text', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('pillar_ratings_one')
        .on('pillar_ratings')
        .columns(['author_id', 'week_start', 'pillar'])
        .unique()
        .execute();
      await index('pillar_ratings_space', 'pillar_ratings', ['space_id', 'week_start']);

      let rollups = db.schema
        .createTable('weekly_rollups')
        .addColumn('space_id', 'text', (c) => c.notNull())
        .addColumn('week_start', 'text', (c) => c.notNull());
      for (const counter of [
        'kept',
        'renegotiated',
        'late',
        'missed',
        'disputed',
        'proactive',
        'asked',
        'acks',
        'ack_seconds',
      ])
        rollups = rollups.addColumn(counter, 'bigint', (c) => c.notNull().defaultTo(0));
      await rollups.addPrimaryKeyConstraint('weekly_rollups_pk', ['space_id', 'week_start']).execute();
    },
    async down(db: Db) {
      for (const t of [
        'weekly_rollups',
        'pillar_ratings',
        'anxiety_windows',
        'reassurance_messages',
        'action_events',
        'outcomes',
        'plan_updates',
        'plans',
        'commitments',
        'menu_items',
        'action_settings',
      ])
        await db.schema.dropTable(t).ifExists().execute();
    },
  };
}
