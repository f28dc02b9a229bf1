import type {
  ActionEvent,
  Commitment,
  CommitmentDone,
  CreateCommitment,
  RenegotiateCommitment,
  ReviewOutcome,
} from '@mend/contracts';
import {
  isNotice,
  localTimeOf,
  missedAt,
  nextDue,
  type Outcome,
  outcomeOfDone,
  outcomeWeekStart,
} from '@mend/domain';
import { conflict, forbidden, invalid } from '../../errors';
import type { ActionEventRow, CommitmentRow, OutcomeRow } from '../../repositories/action/index';
import type { Repositories } from '../../repositories/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, type SpaceActor, spacePeople } from '../groundwork/shared';
import {
  addOutcome,
  adoptTimeZone,
  audienceOf,
  changeOutcome,
  found,
  newOutcome,
  requireRepairing,
  settingsOf,
  toOutcome,
} from './shared';

export const COMMITMENT_DUE_JOB = 'commitment_due';
export interface CommitmentDue {
  commitmentId: string;
  dueAt: number;
}

const OPEN: CommitmentRow['status'][] = ['pending', 'renegotiated'];
const MINUTE = 60_000;
/** How far back the list shows settled due times; one promise's full history is on its own page. */
const LIST_HISTORY_MS = 35 * 24 * 60 * MINUTE;

function toEvent(row: ActionEventRow, actor: SpaceActor): ActionEvent {
  return {
    kind: row.kind,
    at: iso(row.created_at),
    dueAt: row.due_at === null ? null : iso(row.due_at),
    note: row.note,
    byMe: row.author_id === actor.userId,
  };
}

function actionEvent(
  owner: { space_id: string; visibility: ActionEventRow['visibility'] },
  authorId: string,
  subjectId: string,
  kind: string,
  now: number,
  extra: { due_at?: number | null; note?: string | null } = {},
): ActionEventRow {
  return {
    id: newId(),
    space_id: owner.space_id,
    author_id: authorId,
    visibility: owner.visibility,
    subject_id: subjectId,
    kind,
    due_at: extra.due_at ?? null,
    note: extra.note ?? null,
    created_at: now,
  };
}

/** Promises: made by the repairing partner, settled as kept, renegotiated, late or missed. */
export function commitmentsService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function present(
    actor: SpaceActor,
    rows: CommitmentRow[],
    since: number | null,
  ): Promise<Commitment[]> {
    const ids = rows.map((r) => r.id);
    const [outcomes, events, people] = await Promise.all([
      repos.outcomes.listForSources(ids, since ?? undefined),
      repos.actionEvents.listForSubjects(ids, since ?? undefined),
      spacePeople(repos, actor),
    ]);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      recurrence: r.recurrence,
      menuItemId: r.menu_item_id,
      status: r.status,
      dueAt: r.due_at === null ? null : iso(r.due_at),
      outcome: r.outcome,
      outcomes: outcomes.filter((o) => o.source_id === r.id).map((o) => toOutcome(o, actor, people.nameOf)),
      events: events.filter((e) => e.subject_id === r.id).map((e) => toEvent(e, actor)),
      createdAt: iso(r.created_at),
      ...people.authorship(r.author_id),
    }));
  }

  async function presentOne(actor: SpaceActor, id: string): Promise<Commitment> {
    const row = found(await repos.commitments.findReadable(id, actor.spaceId, actor.userId));
    const [c] = await present(actor, [row], null);
    return c as Commitment;
  }

  /** The promise, when the caller is the one who made it. */
  async function own(actor: Actor, id: string) {
    const a = requireSpace(actor);
    const row = found(await repos.commitments.findReadable(id, a.spaceId, a.userId));
    if (row.author_id !== a.userId) throw forbidden('Only the partner who made this promise can change it.');
    return { a, row };
  }

  async function enqueueDue(tx: Repositories, row: CommitmentRow, dueAt: number, now: number) {
    const { graceMinutes } = await settingsOf(tx, row.space_id);
    const payload: CommitmentDue = { commitmentId: row.id, dueAt };
    await tx.jobs.enqueue(COMMITMENT_DUE_JOB, payload, missedAt(dueAt, graceMinutes), now);
  }

  /** Settles the open due time and moves a recurring promise on to its next one. */
  async function settle(
    tx: Repositories,
    row: CommitmentRow,
    outcome: Outcome,
    at: number,
    now: number,
  ): Promise<CommitmentRow['status']> {
    const promisedAt = row.promised_at ?? row.due_at ?? now;
    await addOutcome(
      tx,
      newOutcome(
        'commitment',
        row,
        row.title,
        { due_at: promisedAt, outcome, at, week_start: outcomeWeekStart(promisedAt, at, row.time_zone) },
        now,
      ),
    );
    if (outcome === 'renegotiated') return row.status;
    if (row.recurrence) {
      const next = nextDue(promisedAt, row.recurrence, row.local_time, row.time_zone);
      const changed = await tx.commitments.update(
        row.id,
        { status: row.status, due_at: row.due_at },
        { status: 'pending', due_at: next, promised_at: next, outcome, updated_at: now },
      );
      if (!changed) throw conflict('wrong_state', 'This promise changed a moment ago. Please look again.');
      await enqueueDue(tx, row, next, now);
      return 'pending';
    }
    const status = outcome === 'missed' ? 'missed' : 'done';
    const changed = await tx.commitments.update(
      row.id,
      { status: row.status, due_at: row.due_at },
      { status, due_at: null, outcome, updated_at: now },
    );
    if (!changed) throw conflict('wrong_state', 'This promise changed a moment ago. Please look again.');
    return status;
  }

  return {
    async create(actor: Actor, input: CreateCommitment): Promise<Commitment> {
      const a = requireRepairing(actor, 'Promises');
      const now = clock.now();
      const dueAt = Date.parse(input.dueAt);
      if (dueAt <= now) throw invalid('dueAt', 'A promise needs a time that is still ahead.');
      if (input.menuItemId) {
        const item = found(await repos.menu.findReadable(input.menuItemId, a.spaceId, a.userId));
        if (item.archived_at !== null) throw conflict('wrong_state', 'That wish was taken off the list.');
      }
      const settings = await adoptTimeZone(repos, a.spaceId, input.timeZone, now);
      const timeZone = input.timeZone ?? settings.timeZone;
      const row: CommitmentRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        title: input.title,
        recurrence: input.recurrence ?? null,
        local_time: localTimeOf(dueAt, timeZone),
        time_zone: timeZone,
        menu_item_id: input.menuItemId ?? null,
        status: 'pending',
        due_at: dueAt,
        promised_at: dueAt,
        outcome: null,
        created_at: now,
        updated_at: now,
      };
      const people = await spacePeople(repos, a);
      await commitAndTell(
        deps,
        people.partnerIds,
        'commitment_changed',
        { commitmentId: row.id },
        async (tx) => {
          await tx.commitments.insert(row);
          await tx.actionEvents.insert(actionEvent(row, a.userId, row.id, 'made', now, { due_at: dueAt }));
          await enqueueDue(tx, row, dueAt, now);
        },
      );
      return presentOne(a, row.id);
    },

    async list(actor: Actor): Promise<Commitment[]> {
      const a = requireSpace(actor);
      const rows = await repos.commitments.listReadable(a.spaceId, a.userId);
      return present(a, rows.reverse(), clock.now() - LIST_HISTORY_MS);
    },

    get(actor: Actor, id: string): Promise<Commitment> {
      return presentOne(requireSpace(actor), id);
    },

    async done(actor: Actor, id: string, input: CommitmentDone): Promise<Commitment> {
      const { a, row } = await own(actor, id);
      const now = clock.now();
      const at = input.at ? Date.parse(input.at) : now;
      if (at > now + MINUTE) throw invalid('at', 'That time is still ahead. Mark it done once it is done.');
      if (at < row.created_at) throw invalid('at', 'That time is before the promise was made.');
      const people = await spacePeople(repos, a);
      const to = audienceOf(row, people.partnerIds);
      await commitAndTell(deps, to, 'commitment_changed', { commitmentId: id }, async (tx) => {
        if (row.status === 'missed') {
          // Done after all, after it was marked missed: the entry becomes late, and the change is an event.
          const last = (await tx.outcomes.listForSources([id]))[0] as OutcomeRow | undefined;
          if (last?.outcome !== 'missed') throw conflict('wrong_state', 'This promise is already settled.');
          await changeOutcome(tx, last, { outcome: 'late', at });
          await tx.commitments.update(
            id,
            { status: 'missed', due_at: null },
            { status: 'done', outcome: 'late', updated_at: now },
          );
          await tx.actionEvents.insert(
            actionEvent(row, a.userId, id, 'done_after_missed', now, { due_at: last.due_at }),
          );
          return;
        }
        if (!OPEN.includes(row.status)) throw conflict('wrong_state', 'This promise is already settled.');
        const outcome = outcomeOfDone(row.promised_at ?? row.due_at ?? now, at);
        await settle(tx, row, outcome, at, now);
        await tx.actionEvents.insert(
          actionEvent(row, a.userId, id, 'done', now, { due_at: row.promised_at }),
        );
      });
      return presentOne(a, id);
    },

    async renegotiate(actor: Actor, id: string, input: RenegotiateCommitment) {
      const { a, row } = await own(actor, id);
      const now = clock.now();
      const newDue = Date.parse(input.dueAt);
      if (newDue <= now) throw invalid('dueAt', 'The new time needs to be still ahead.');
      if (!OPEN.includes(row.status)) throw conflict('wrong_state', 'This promise is already settled.');
      const promisedAt = row.promised_at ?? row.due_at ?? now;
      const notice = isNotice(promisedAt, now);
      const people = await spacePeople(repos, a);
      const to = audienceOf(row, people.partnerIds);
      await commitAndTell(deps, to, 'commitment_changed', { commitmentId: id }, async (tx) => {
        if (notice) await settle(tx, row, 'renegotiated', now, now);
        const changed = await tx.commitments.update(
          id,
          { status: row.status, due_at: row.due_at },
          notice
            ? {
                status: 'renegotiated',
                due_at: newDue,
                promised_at: newDue,
                outcome: 'renegotiated',
                updated_at: now,
              }
            : { due_at: newDue, updated_at: now },
        );
        if (!changed) throw conflict('wrong_state', 'This promise changed a moment ago. Please look again.');
        await tx.actionEvents.insert(
          actionEvent(row, a.userId, id, notice ? 'renegotiated' : 'moved_after_due', now, {
            due_at: newDue,
            note: input.note,
          }),
        );
        await enqueueDue(tx, row, newDue, now);
      });
      return { commitment: await presentOne(a, id), notice };
    },

    async end(actor: Actor, id: string): Promise<Commitment> {
      const { a, row } = await own(actor, id);
      if (!OPEN.includes(row.status)) throw conflict('wrong_state', 'This promise is already settled.');
      const now = clock.now();
      const people = await spacePeople(repos, a);
      const to = audienceOf(row, people.partnerIds);
      await commitAndTell(deps, to, 'commitment_changed', { commitmentId: id }, async (tx) => {
        const changed = await tx.commitments.update(
          id,
          { status: row.status, due_at: row.due_at },
          { status: 'ended', due_at: null, updated_at: now },
        );
        if (!changed) throw conflict('wrong_state', 'This promise changed a moment ago. Please look again.');
        await tx.actionEvents.insert(actionEvent(row, a.userId, id, 'ended', now));
      });
      return presentOne(a, id);
    },

    /** The hurt partner confirms or disputes an outcome; a dispute stands beside it, never over it. */
    async review(actor: Actor, outcomeId: string, input: ReviewOutcome) {
      const a = requireSpace(actor);
      const row = found(await repos.outcomes.findReadable(outcomeId, a.spaceId, a.userId));
      if (row.author_id === a.userId || a.role !== 'hurt')
        throw forbidden('Outcomes are confirmed or questioned by the partner they were promised to.');
      const now = clock.now();
      let after = row;
      await commitAndTell(deps, [row.author_id], 'outcome_reviewed', { outcomeId }, async (tx) => {
        after = await changeOutcome(tx, row, {
          review: input.review,
          review_note: input.note ?? null,
          reviewed_at: now,
        });
        await tx.actionEvents.insert(
          actionEvent(row, a.userId, row.source_id, input.review, now, {
            due_at: row.due_at,
            note: input.note,
          }),
        );
      });
      const people = await spacePeople(repos, a);
      return toOutcome(after, a, people.nameOf);
    },

    /** The job after a due time and its grace: a promise with no word is missed. */
    async markMissed(job: CommitmentDue): Promise<void> {
      const row = await repos.commitments.findById(job.commitmentId);
      if (!row || !OPEN.includes(row.status) || row.due_at !== job.dueAt) return;
      const now = clock.now();
      const { graceMinutes } = await settingsOf(repos, row.space_id);
      const when = missedAt(row.due_at, graceMinutes);
      if (now < when) {
        // The couple gave more grace since this job was set: look again then.
        await repos.jobs.enqueue(COMMITMENT_DUE_JOB, job, when, now);
        return;
      }
      const members = await repos.spaces.listMembers(row.space_id);
      await commitAndTell(
        deps,
        audienceOf(
          row,
          members.map((m) => m.user_id),
        ),
        'commitment_changed',
        { commitmentId: row.id },
        async (tx) => {
          await settle(tx, row, 'missed', when, now);
          await tx.actionEvents.insert(
            actionEvent(row, row.author_id, row.id, 'missed', now, { due_at: row.promised_at }),
          );
        },
      );
    },
  };
}
