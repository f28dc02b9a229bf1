import { type WeekDelta, type WeeklyCounter, type WeeklyCounts, zeroCounts } from '@mend/domain';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Engine } from '../../db/connect';
import type { Database } from '../../db/schema';
import type {
  ActionEventsTable,
  ActionSettingsTable,
  AnxietyWindowsTable,
  CommitmentsTable,
  MenuItemsTable,
  OutcomesTable,
  PillarRatingsTable,
  PlansTable,
  PlanUpdatesTable,
  ReassuranceMessagesTable,
} from '../../db/schema-action';
import { recordRepository } from '../authored';
import { readableBy } from '../readable';

export type CommitmentRow = Selectable<CommitmentsTable>;
export type PlanRow = Selectable<PlansTable>;
export type PlanUpdateRow = Selectable<PlanUpdatesTable>;
export type OutcomeRow = Selectable<OutcomesTable>;
export type ActionEventRow = Selectable<ActionEventsTable>;
export type MenuItemRow = Selectable<MenuItemsTable>;
export type MessageRow = Selectable<ReassuranceMessagesTable>;
export type AnxietyWindowRow = Selectable<AnxietyWindowsTable>;
export type RatingRow = Selectable<PillarRatingsTable>;
export type ActionSettingsRow = Selectable<ActionSettingsTable>;

/** Column names of the roll-up counters. */
const COLUMN: Record<WeeklyCounter, keyof WeeklyCounts | 'ack_seconds'> = {
  kept: 'kept',
  renegotiated: 'renegotiated',
  late: 'late',
  missed: 'missed',
  disputed: 'disputed',
  proactive: 'proactive',
  asked: 'asked',
  acks: 'acks',
  ackSeconds: 'ack_seconds',
  answered: 'answered',
};

function rollupsRepository(db: Kysely<Database>) {
  return {
    /** Adds each week's differences in place (`count = count + Δ`), creating the week's row when new. */
    async add(spaceId: string, deltas: readonly WeekDelta[]): Promise<void> {
      for (const d of deltas) {
        const values: Record<string, number | string> = { space_id: spaceId, week_start: d.weekStart };
        const sets: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(d.counts) as [WeeklyCounter, number][]) {
          const col = COLUMN[k];
          values[col] = v;
          sets[col] = sql`weekly_rollups.${sql.ref(col)} + ${v}`;
        }
        await db
          .insertInto('weekly_rollups')
          .values(values as never)
          .onConflict((oc) => oc.columns(['space_id', 'week_start']).doUpdateSet(sets as never))
          .execute();
      }
    },
    /** The space's roll-ups from `fromWeek` to `toWeek` inclusive, by week start. */
    async range(spaceId: string, fromWeek: string, toWeek: string): Promise<Map<string, WeeklyCounts>> {
      const rows = await db
        .selectFrom('weekly_rollups')
        .selectAll()
        .where('space_id', '=', spaceId)
        .where('week_start', '>=', fromWeek)
        .where('week_start', '<=', toWeek)
        .execute();
      const out = new Map<string, WeeklyCounts>();
      for (const r of rows) {
        const c = zeroCounts();
        for (const [k, col] of Object.entries(COLUMN) as [WeeklyCounter, string][])
          c[k] = Number((r as unknown as Record<string, number>)[col]);
        out.set(r.week_start, c);
      }
      return out;
    },
    /** Replaces a space's roll-ups with counts made again from scratch (after a leave or an erasure). */
    async replace(spaceId: string, rollups: ReadonlyMap<string, WeeklyCounts>): Promise<void> {
      await db.deleteFrom('weekly_rollups').where('space_id', '=', spaceId).execute();
      for (const [weekStart, counts] of rollups) {
        const values: Record<string, number | string> = { space_id: spaceId, week_start: weekStart };
        for (const [k, col] of Object.entries(COLUMN) as [WeeklyCounter, string][]) values[col] = counts[k];
        await db
          .insertInto('weekly_rollups')
          .values(values as never)
          .execute();
      }
    },
    /** What the roll-ups are counted from, read in full (only for a rebuild or a test, never per request). */
    async sources(spaceId: string) {
      const [outcomes, updates, alerts, answers] = await Promise.all([
        db
          .selectFrom('outcomes')
          .select(['week_start', 'outcome', 'review'])
          .where('space_id', '=', spaceId)
          .where('visibility', '=', 'partner')
          .execute(),
        db
          .selectFrom('reassurance_messages')
          .select(['week_start', 'proactive'])
          .where('space_id', '=', spaceId)
          .where('kind', '=', 'update')
          .where('visibility', '=', 'partner')
          .execute(),
        db
          .selectFrom('alerts')
          .select(['created_at', 'acked_at'])
          .where('space_id', '=', spaceId)
          .where('acked_at', 'is not', null)
          .where('visibility', '=', 'partner')
          .execute(),
        db
          .selectFrom('questions')
          .select(['settled_at'])
          .where('space_id', '=', spaceId)
          .where('status', '=', 'answered')
          .where('visibility', '=', 'partner')
          .execute(),
      ]);
      return { outcomes, updates, alerts, answers };
    },
  };
}

function commitmentsRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'commitments'),
    /** Changes a promise only while it is in the state the caller read (two taps racing change it once). */
    async update(
      id: string,
      expected: { status: CommitmentRow['status']; due_at: number | null },
      change: Partial<Omit<CommitmentRow, 'id' | 'space_id' | 'author_id'>>,
    ): Promise<boolean> {
      let q = db
        .updateTable('commitments')
        .set(change)
        .where('id', '=', id)
        .where('status', '=', expected.status);
      q = expected.due_at === null ? q.where('due_at', 'is', null) : q.where('due_at', '=', expected.due_at);
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    findById(id: string): Promise<CommitmentRow | undefined> {
      return db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
    },
    countByMenuItem(
      spaceId: string,
    ): Promise<{ menu_item_id: string | null; n: number | string | bigint }[]> {
      return db
        .selectFrom('commitments')
        .select(['menu_item_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('space_id', '=', spaceId)
        .where('menu_item_id', 'is not', null)
        .groupBy('menu_item_id')
        .execute();
    },
  };
}

function plansRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'plans'),
    async update(
      id: string,
      expected: { status: PlanRow['status']; updated_at: number },
      change: Partial<Omit<PlanRow, 'id' | 'space_id' | 'author_id'>>,
    ): Promise<boolean> {
      const r = await db
        .updateTable('plans')
        .set(change)
        .where('id', '=', id)
        .where('status', '=', expected.status)
        .where('updated_at', '=', expected.updated_at)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    findById(id: string): Promise<PlanRow | undefined> {
      return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** The newest plans of a space the reader may see. */
    recentReadable(spaceId: string, readerId: string, limit: number): Promise<PlanRow[]> {
      return db
        .selectFrom('plans')
        .selectAll()
        .where('space_id', '=', spaceId)
        .where(readableBy('plans', readerId))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },
  };
}

function planUpdatesRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'plan_updates'),
    /** The updates of plans the caller already may read, oldest first. */
    listForPlans(planIds: readonly string[]): Promise<PlanUpdateRow[]> {
      if (planIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('plan_updates')
        .selectAll()
        .where('plan_id', 'in', [...planIds])
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
  };
}

function outcomesRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'outcomes'),
    /** Settled due times of these promises or plans, newest first (from `dueSince` when given). */
    listForSources(sourceIds: readonly string[], dueSince?: number): Promise<OutcomeRow[]> {
      if (sourceIds.length === 0) return Promise.resolve([]);
      let q = db
        .selectFrom('outcomes')
        .selectAll()
        .where('source_id', 'in', [...sourceIds]);
      if (dueSince !== undefined) q = q.where('due_at', '>=', dueSince);
      return q.orderBy('due_at', 'desc').orderBy('id', 'desc').execute();
    },
    findBySourceDue(sourceId: string, dueAt: number): Promise<OutcomeRow | undefined> {
      return db
        .selectFrom('outcomes')
        .selectAll()
        .where('source_id', '=', sourceId)
        .where('due_at', '=', dueAt)
        .executeTakeFirst();
    },
    async update(
      id: string,
      change: Partial<Pick<OutcomeRow, 'outcome' | 'at' | 'review' | 'review_note' | 'reviewed_at'>>,
    ) {
      await db.updateTable('outcomes').set(change).where('id', '=', id).execute();
    },
    /** Every entry of a space (recomputation in tests and the repair CLI only: never on a request). */
    listSpace(spaceId: string): Promise<OutcomeRow[]> {
      return db.selectFrom('outcomes').selectAll().where('space_id', '=', spaceId).execute();
    },
  };
}

function eventsOfRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'action_events'),
    listForSubjects(subjectIds: readonly string[], since?: number): Promise<ActionEventRow[]> {
      if (subjectIds.length === 0) return Promise.resolve([]);
      let q = db
        .selectFrom('action_events')
        .selectAll()
        .where('subject_id', 'in', [...subjectIds]);
      if (since !== undefined) q = q.where('created_at', '>=', since);
      return q.orderBy('created_at').orderBy('id').execute();
    },
  };
}

function messagesRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'reassurance_messages'),
    recentReadable(spaceId: string, readerId: string, limit: number): Promise<MessageRow[]> {
      return db
        .selectFrom('reassurance_messages')
        .selectAll()
        .where('space_id', '=', spaceId)
        .where(readableBy('reassurance_messages', readerId))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },
    /** The last ask for reassurance in the space at or before `at`, or undefined. */
    lastAskBefore(spaceId: string, at: number): Promise<{ created_at: number } | undefined> {
      return db
        .selectFrom('reassurance_messages')
        .select('created_at')
        .where('space_id', '=', spaceId)
        .where('kind', '=', 'ask')
        .where('created_at', '<=', at)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
  };
}

function ratingsRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'pillar_ratings'),
    /** One rating per person, week and pillar: a second one for the same week replaces the score. */
    async put(row: RatingRow): Promise<void> {
      await db
        .insertInto('pillar_ratings')
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(['author_id', 'week_start', 'pillar'])
            .doUpdateSet({ score: row.score, note: row.note, updated_at: row.updated_at }),
        )
        .execute();
    },
    find(authorId: string, weekStart: string, pillar: string): Promise<RatingRow | undefined> {
      return db
        .selectFrom('pillar_ratings')
        .selectAll()
        .where('author_id', '=', authorId)
        .where('week_start', '=', weekStart)
        .where('pillar', '=', pillar as RatingRow['pillar'])
        .executeTakeFirst();
    },
    /**
     * Ratings of a space's current members in a range of weeks: the reader's own, and the partner's
     * shared ones. `memberIds` are read once per request, instead of checking membership per row.
     */
    rangeForMembers(
      spaceId: string,
      readerId: string,
      memberIds: readonly string[],
      fromWeek: string,
      toWeek: string,
    ): Promise<Pick<RatingRow, 'author_id' | 'week_start' | 'pillar' | 'score' | 'note'>[]> {
      if (!memberIds.includes(readerId)) return Promise.resolve([]);
      // Only what the dashboard shows: a year of weekly ratings is many rows, each one read anew.
      return db
        .selectFrom('pillar_ratings')
        .select(['author_id', 'week_start', 'pillar', 'score', 'note'])
        .where('space_id', '=', spaceId)
        .where('week_start', '>=', fromWeek)
        .where('week_start', '<=', toWeek)
        .where('author_id', 'in', [...memberIds])
        .where((eb) => eb.or([eb('author_id', '=', readerId), eb('visibility', '=', 'partner')]))
        .orderBy('week_start')
        .execute();
    },
  };
}

function settingsRepository(db: Kysely<Database>) {
  return {
    find(spaceId: string): Promise<ActionSettingsRow | undefined> {
      return db.selectFrom('action_settings').selectAll().where('space_id', '=', spaceId).executeTakeFirst();
    },
    async put(row: ActionSettingsRow): Promise<void> {
      await db
        .insertInto('action_settings')
        .values(row)
        .onConflict((oc) =>
          oc.column('space_id').doUpdateSet({
            grace_minutes: row.grace_minutes,
            time_zone: row.time_zone,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },
  };
}

function menuRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'menu_items'),
    async archive(id: string, at: number): Promise<void> {
      await db.updateTable('menu_items').set({ archived_at: at }).where('id', '=', id).execute();
    },
  };
}

function windowsRepository(db: Kysely<Database>) {
  return {
    ...recordRepository(db, 'anxiety_windows'),
    findById(id: string): Promise<AnxietyWindowRow | undefined> {
      return db.selectFrom('anxiety_windows').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async remove(id: string): Promise<void> {
      await db.deleteFrom('anxiety_windows').where('id', '=', id).execute();
    },
  };
}

/** Open questions of a space for the pillars dashboard, found through the status index (never history). */
function questionFiguresRepository(db: Kysely<Database>) {
  return {
    async open(spaceId: string): Promise<{ open: number; oldestOpenAt: number | null }> {
      const row = await db
        .selectFrom('questions')
        .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
        .where('space_id', '=', spaceId)
        .where('status', 'in', ['open', 'follow_up'])
        .where('visibility', '=', 'partner')
        .executeTakeFirst();
      const open = Number(row?.n ?? 0);
      return { open, oldestOpenAt: open === 0 || row?.oldest == null ? null : Number(row.oldest) };
    },
  };
}

/** The consistent-action repositories, merged into `createRepositories`. */
export function actionRepositories(db: Kysely<Database>, _engine: Engine) {
  return {
    actionSettings: settingsRepository(db),
    menu: menuRepository(db),
    commitments: commitmentsRepository(db),
    plans: plansRepository(db),
    planUpdates: planUpdatesRepository(db),
    outcomes: outcomesRepository(db),
    actionEvents: eventsOfRepository(db),
    messages: messagesRepository(db),
    anxietyWindows: windowsRepository(db),
    ratings: ratingsRepository(db),
    rollups: rollupsRepository(db),
    questionFigures: questionFiguresRepository(db),
  };
}
