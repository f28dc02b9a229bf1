import type { Kysely, Selectable } from 'kysely';
import type { Engine } from '../../db/connect';
import type { Database } from '../../db/schema';
import type {
  CheckInSchedulesTable,
  NeedsTable,
  QuestionAnswersTable,
  QuestionsTable,
} from '../../db/schema-conversations';
import { readableBy } from '../groundwork/readable';

export type QuestionRow = Selectable<QuestionsTable>;
export type QuestionAnswerRow = Selectable<QuestionAnswersTable>;
export type CheckInScheduleRow = Selectable<CheckInSchedulesTable>;
export type NeedRow = Selectable<NeedsTable>;

/** The reads every conversations table with authored rows shares. */
function authoredReads<T extends 'questions' | 'question_answers' | 'needs'>(db: Kysely<Database>, table: T) {
  type Row = Selectable<Database[T]>;
  // Kysely cannot type one query over a union of tables; these three share the columns used here.
  const k = db as unknown as Kysely<
    Record<
      string,
      { id: string; space_id: string; author_id: string; visibility: string; created_at: number }
    >
  >;
  const name: string = table;
  return {
    async insert(row: Row): Promise<void> {
      await k
        .insertInto(name)
        .values(row as never)
        .execute();
    },
    /** Rows of a space the reader may open, oldest first. */
    listReadable(spaceId: string, readerId: string): Promise<Row[]> {
      return k
        .selectFrom(name)
        .selectAll()
        .where('space_id', '=', spaceId)
        .where(readableBy(table, readerId))
        .orderBy('created_at')
        .orderBy('id')
        .execute() as unknown as Promise<Row[]>;
    },
    /** One row the reader may open in their space; undefined for anything else. */
    findReadable(id: string, spaceId: string, readerId: string): Promise<Row | undefined> {
      return k
        .selectFrom(name)
        .selectAll()
        .where('id', '=', id)
        .where('space_id', '=', spaceId)
        .where(readableBy(table, readerId))
        .executeTakeFirst() as unknown as Promise<Row | undefined>;
    },
    listByAuthor(authorId: string): Promise<Row[]> {
      return k
        .selectFrom(name)
        .selectAll()
        .where('author_id', '=', authorId)
        .orderBy('created_at')
        .execute() as unknown as Promise<Row[]>;
    },
    /** Makes every shared row of an author private again; answers how many. */
    async unshareAll(authorId: string): Promise<number> {
      const r = await k
        .updateTable(name)
        .set({ visibility: 'private' })
        .where('author_id', '=', authorId)
        .where('visibility', '!=', 'private')
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  };
}

function questionsRepository(db: Kysely<Database>) {
  return {
    ...authoredReads(db, 'questions'),
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
    ...authoredReads(db, 'needs'),
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
    questionAnswers: authoredReads(db, 'question_answers'),
    checkInSchedules: schedulesRepository(db),
    needs: needsRepository(db),
  };
}
