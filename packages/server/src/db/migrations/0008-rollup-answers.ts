import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';

type Db = Kysely<unknown>;

/**
 * The pillars dashboard read every question of a space to count the answered ones; answers now
 * count in the weekly roll-ups, and open questions are found through an index on their status.
 */
export function rollupAnswers(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .alterTable('weekly_rollups')
        .addColumn('answered', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('questions_space_status')
        .on('questions')
        .columns(['space_id', 'status', 'visibility', 'created_at'])
        .execute();
    },
    async down(db: Db) {
      await db.schema.dropIndex('questions_space_status').ifExists().execute();
      await db.schema.alterTable('weekly_rollups').dropColumn('answered').execute();
    },
  };
}
