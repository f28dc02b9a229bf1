import type { Kysely, Selectable } from 'kysely';
import type { Engine } from '../../db/connect';
import type { Database } from '../../db/schema';
import type {
  CheckInSchedulesTable,
  NeedsTable,
  QuestionAnswersTable,
  QuestionsTable,
} from '../../db/schema-conversations';
import { recordRepository } from '../authored';
import { conversationSessionsRepositories } from './sessions';

export * from './sessions';

export type QuestionRow = Selectable<QuestionsTable>;
export type QuestionAnswerRow = Selectable<QuestionAnswersTable>;
export type CheckInScheduleRow = Selectable<CheckInSchedulesTable>;
export type NeedRow = Selectable<NeedsTable>;

function questionsRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'questions'),
    /** Moves a question on, only from the statuses it may leave (two taps racing change it once). */
    async setStatus(
      id: string,
      from: QuestionRow['status'][],
      change: Partial<Pick<QuestionRow, 'status' | 'decline_reason' | 'settled_at' | 'updated_at'>>,
    ): Promise<boolean> {
      const r = await db
        .updateTable('questions')
        .set(change)
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

function needsRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'needs'),
    async update(
      id: string,
      from: NeedRow['status'][],
      change: Partial<Pick<NeedRow, 'status' | 'acknowledged_at' | 'answer' | 'answered_at'>>,
    ): Promise<boolean> {
      const r = await db
        .updateTable('needs')
        .set(change)
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

function schedulesRepository(db: Kysely<Database>) {
  return {
    find(spaceId: string): Promise<CheckInScheduleRow | undefined> {
      return db
        .selectFrom('check_in_schedules')
        .selectAll()
        .where('space_id', '=', spaceId)
        .executeTakeFirst();
    },
    /** Sets the space's one schedule, replacing the one before. */
    async put(row: CheckInScheduleRow): Promise<void> {
      await db
        .insertInto('check_in_schedules')
        .values(row)
        .onConflict((oc) =>
          oc.column('space_id').doUpdateSet({
            author_id: row.author_id,
            weekdays: row.weekdays,
            time: row.time,
            minutes: row.minutes,
            time_zone: row.time_zone,
            updated_at: row.updated_at,
            reminder_token: row.reminder_token,
          }),
        )
        .execute();
    },
    listByAuthor(authorId: string): Promise<CheckInScheduleRow[]> {
      return db.selectFrom('check_in_schedules').selectAll().where('author_id', '=', authorId).execute();
    },
  };
}

/** The conversations repositories, merged into `createRepositories`. */
export function conversationsRepositories(db: Kysely<Database>, _engine: Engine) {
  return {
    questions: questionsRepository(db),
    questionAnswers: recordRepository(db, 'question_answers'),
    checkInSchedules: schedulesRepository(db),
    needs: needsRepository(db),
    ...conversationSessionsRepositories(db),
  };
}
