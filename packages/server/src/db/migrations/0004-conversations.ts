import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';
import { authoredTable } from './authored-table';

type Db = Kysely<unknown>;

/**
 * Honest conversations: the question queue and its answers, the check-in schedule, and requests
 * ("say what you need"). Every record with a person's words carries `space_id`, `author_id` (erased
 * with the account) and `visibility`.
 */
export function conversations(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      const authored = (table: string) => authoredTable(db, table);
      await authored('questions')
        .addColumn('recipient_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('decline_reason', 'text')
        .addColumn('asked_before_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('settled_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('questions_space')
        .on('questions')
        .columns(['space_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('questions_author')
        .on('questions')
        .columns(['author_id', 'created_at'])
        .execute();
      await authored('question_answers')
        .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id').onDelete('cascade'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('question_answers_question')
        .on('question_answers')
        .columns(['question_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('question_answers_author')
        .on('question_answers')
        .column('author_id')
        .execute();
      await db.schema
        .createTable('check_in_schedules')
        .addColumn('space_id', 'text', (c) => c.primaryKey())
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('weekdays', 'text', (c) => c.notNull())
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('minutes', 'integer', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await authored('needs')
        .addColumn('recipient_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('acknowledged_at', 'bigint')
        .addColumn('answer', 'text')
        .addColumn('answered_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('needs_space').on('needs').columns(['space_id', 'created_at']).execute();
      await db.schema.createIndex('needs_author').on('needs').columns(['author_id', 'created_at']).execute();
    },
    async down(db: Db) {
      for (const t of ['needs', 'check_in_schedules', 'question_answers', 'questions'])
        await db.schema.dropTable(t).ifExists().execute();
    },
  };
}
