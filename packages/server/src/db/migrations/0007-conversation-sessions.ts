import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';
import { authoredTable, createIndexOn } from './authored-table';

type Db = Kysely<unknown>;

/**
 * Conversations, second part: live check-in sessions with their notes and private heard ratings,
 * repairs after a bad moment (one side per partner), the evening debrief, and private reflections.
 * Every record with a person's words carries `space_id`, `author_id` (erased with the account) and
 * `visibility`. Links between these records are plain ids, not foreign keys: a partner's own words
 * must outlive the other partner's account.
 */
export function conversationSessions(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      const authored = (table: string) => authoredTable(db, table);
      const index = (name: string, table: string, columns: string[]) =>
        createIndexOn(db, name, table, columns);

      await authored('check_in_sessions')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('speaker_id', 'text')
        .addColumn('summarised', 'integer', (c) => c.notNull())
        .addColumn('turn_started_at', 'bigint')
        .addColumn('turn_seconds', 'integer', (c) => c.notNull())
        .addColumn('topic_question_id', 'text')
        .addColumn('minutes', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('check_in_sessions_space', 'check_in_sessions', ['space_id', 'created_at']);
      await index('check_in_sessions_author', 'check_in_sessions', ['author_id']);

      await authored('check_in_notes')
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('check_in_notes_session', 'check_in_notes', ['session_id', 'created_at']);
      await index('check_in_notes_author', 'check_in_notes', ['author_id']);

      await authored('check_in_heard')
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('check_in_heard_once')
        .on('check_in_heard')
        .columns(['session_id', 'author_id'])
        .unique()
        .execute();

      await authored('repairs')
        .addColumn('about', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('repairs_space', 'repairs', ['space_id', 'created_at']);
      await index('repairs_author', 'repairs', ['author_id']);

      await authored('repair_sides')
        .addColumn('repair_id', 'text', (c) => c.notNull())
        .addColumn('feelings', 'text', (c) => c.notNull())
        .addColumn('reality', 'text', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('owns', 'text', (c) => c.notNull())
        .addColumn('next_time', 'text', (c) => c.notNull())
        .addColumn('summary_of_other', 'text')
        .addColumn('summarised_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('repair_sides_once')
        .on('repair_sides')
        .columns(['repair_id', 'author_id'])
        .unique()
        .execute();
      await index('repair_sides_author', 'repair_sides', ['author_id']);

      await db.schema
        .createTable('debrief_settings')
        .addColumn('space_id', 'text', (c) => c.primaryKey())
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        // The prompt job carries this token; a job whose token no longer matches was replaced.
        .addColumn('job_token', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();

      // The ask belongs to the repairing partner; it holds no words (the question is Mend's own).
      await authored('debriefs')
        .addColumn('recipient_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('asked_at', 'bigint')
        .addColumn('settled_at', 'bigint')
        .execute();
      await db.schema
        .createIndex('debriefs_once_a_day')
        .on('debriefs')
        .columns(['space_id', 'author_id', 'day'])
        .unique()
        .execute();

      await authored('debrief_answers')
        .addColumn('debrief_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('debrief_answers_debrief', 'debrief_answers', ['debrief_id']);
      await index('debrief_answers_author', 'debrief_answers', ['author_id']);

      // The reminder job carries this token; a job with another token belongs to a replaced schedule.
      await db.schema.alterTable('check_in_schedules').addColumn('reminder_token', 'text').execute();

      await authored('reflections')
        .addColumn('prompt_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await index('reflections_author', 'reflections', ['author_id', 'created_at']);
    },
    async down(db: Db) {
      for (const t of [
        'reflections',
        'debrief_answers',
        'debriefs',
        'debrief_settings',
        'repair_sides',
        'repairs',
        'check_in_heard',
        'check_in_notes',
        'check_in_sessions',
      ])
        await db.schema.dropTable(t).ifExists().execute();
      await db.schema.alterTable('check_in_schedules').dropColumn('reminder_token').execute();
    },
  };
}
