import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type {
  CheckInHeardTable,
  CheckInNotesTable,
  CheckInSessionsTable,
  DebriefAnswersTable,
  DebriefSettingsTable,
  DebriefsTable,
  ReflectionsTable,
  RepairSidesTable,
  RepairsTable,
} from '../../db/schema-conversations';
import { recordRepository } from '../authored';
import { readableBy } from '../readable';

export type CheckInSessionRow = Selectable<CheckInSessionsTable>;
export type CheckInNoteRow = Selectable<CheckInNotesTable>;
export type CheckInHeardRow = Selectable<CheckInHeardTable>;
export type RepairRow = Selectable<RepairsTable>;
export type RepairSideRow = Selectable<RepairSidesTable>;
export type DebriefSettingsRow = Selectable<DebriefSettingsTable>;
export type DebriefRow = Selectable<DebriefsTable>;
export type DebriefAnswerRow = Selectable<DebriefAnswersTable>;
export type ReflectionRow = Selectable<ReflectionsTable>;

type SessionChange = Partial<
  Pick<
    CheckInSessionRow,
    'status' | 'step' | 'speaker_id' | 'summarised' | 'turn_started_at' | 'topic_question_id' | 'ended_at'
  >
>;

function sessionsRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'check_in_sessions'),
    /** The newest open session of a space started at or after `since`, readable by the reader. */
    findOpen(spaceId: string, readerId: string, since: number): Promise<CheckInSessionRow | undefined> {
      return db
        .selectFrom('check_in_sessions')
        .selectAll()
        .where('space_id', '=', spaceId)
        .where('status', '=', 'open')
        .where('created_at', '>=', since)
        .where(readableBy('check_in_sessions', readerId))
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
    },
    /** Changes a session only if nobody changed it since `version` was read. */
    async update(id: string, version: number, change: SessionChange, now: number): Promise<boolean> {
      const r = await db
        .updateTable('check_in_sessions')
        .set({ ...change, version: version + 1, updated_at: now })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

/** Rows of one parent record (a session, a repair, a debrief) the reader may open, oldest first. */
function childrenOf<T extends 'check_in_notes' | 'repair_sides' | 'debrief_answers'>(
  db: Kysely<Database>,
  table: T,
  parentColumn: 'session_id' | 'repair_id' | 'debrief_id',
) {
  return (parentId: string, readerId: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot type a column chosen by argument
    (db as Kysely<any>)
      .selectFrom(table)
      .selectAll()
      .where(parentColumn, '=', parentId)
      .where(readableBy(table, readerId))
      .orderBy('created_at')
      .orderBy('id')
      .execute() as Promise<Selectable<Database[T]>[]>;
}

function repairSidesRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'repair_sides'),
    listFor: childrenOf(db, 'repair_sides', 'repair_id'),
    /** Writes the author's summary of the partner's side, once. */
    async setSummary(id: string, summary: string, at: number): Promise<boolean> {
      const r = await db
        .updateTable('repair_sides')
        .set({ summary_of_other: summary, summarised_at: at })
        .where('id', '=', id)
        .where('summary_of_other', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

function debriefSettingsRepository(db: Kysely<Database>) {
  return {
    find(spaceId: string): Promise<DebriefSettingsRow | undefined> {
      return db.selectFrom('debrief_settings').selectAll().where('space_id', '=', spaceId).executeTakeFirst();
    },
    async put(row: DebriefSettingsRow): Promise<void> {
      const { space_id: _, ...change } = row;
      await db
        .insertInto('debrief_settings')
        .values(row)
        .onConflict((oc) => oc.column('space_id').doUpdateSet(change))
        .execute();
    },
    async remove(spaceId: string): Promise<void> {
      await db.deleteFrom('debrief_settings').where('space_id', '=', spaceId).execute();
    },
    listByAuthor(authorId: string): Promise<DebriefSettingsRow[]> {
      return db.selectFrom('debrief_settings').selectAll().where('author_id', '=', authorId).execute();
    },
  };
}

function debriefsRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'debriefs'),
    /** Inserts the evening's debrief unless that evening already has one; answers whether it did. */
    async insertOnce(row: DebriefRow): Promise<boolean> {
      const r = await db
        .insertInto('debriefs')
        .values(row)
        .onConflict((oc) => oc.columns(['space_id', 'author_id', 'day']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async setStatus(
      id: string,
      from: DebriefRow['status'],
      change: Partial<Pick<DebriefRow, 'status' | 'asked_at' | 'settled_at' | 'visibility'>>,
    ): Promise<boolean> {
      const r = await db
        .updateTable('debriefs')
        .set(change)
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** The reader's newest debriefs in the space (as asker or as the one asked), newest first. */
    listRecent(spaceId: string, readerId: string, limit: number): Promise<DebriefRow[]> {
      return db
        .selectFrom('debriefs')
        .selectAll()
        .where('space_id', '=', spaceId)
        .where(readableBy('debriefs', readerId))
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
    },
  };
}

/** The repositories of sessions, repairs, debriefs and reflections, merged into the conversations set. */
export function conversationSessionsRepositories(db: Kysely<Database>) {
  return {
    checkInSessions: sessionsRepository(db),
    checkInNotes: {
      ...recordRepository(db, 'check_in_notes'),
      listFor: childrenOf(db, 'check_in_notes', 'session_id'),
    },
    checkInHeard: {
      ...recordRepository(db, 'check_in_heard'),
      findMine(sessionId: string, authorId: string): Promise<CheckInHeardRow | undefined> {
        return db
          .selectFrom('check_in_heard')
          .selectAll()
          .where('session_id', '=', sessionId)
          .where('author_id', '=', authorId)
          .executeTakeFirst();
      },
    },
    repairs: recordRepository(db, 'repairs'),
    repairSides: repairSidesRepository(db),
    debriefSettings: debriefSettingsRepository(db),
    debriefs: debriefsRepository(db),
    debriefAnswers: {
      ...recordRepository(db, 'debrief_answers'),
      listFor: childrenOf(db, 'debrief_answers', 'debrief_id'),
    },
    reflections: recordRepository(db, 'reflections'),
  };
}
