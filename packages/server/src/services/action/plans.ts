import type { CreatePlan, CreatePlanUpdate, Plan } from '@mend/contracts';
import { missedAt, outcomeWeekStart, planOutcome } from '@mend/domain';
import { conflict, forbidden, invalid } from '../../errors';
import type { OutcomeRow, PlanRow, PlanUpdateRow } from '../../repositories/action/index';
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

export const PLAN_DUE_JOB = 'plan_due';
export interface PlanDue {
  planId: string;
  etaAt: number;
}

/** How many plans the list shows: the open ones and the latest settled ones. */
const LIST_LIMIT = 20;

/** "Be where you say": a plan with an expected time home, and one-tap updates seen live. */
export function plansService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function present(actor: SpaceActor, rows: PlanRow[]): Promise<Plan[]> {
    const ids = rows.map((r) => r.id);
    const [updates, outcomes, people] = await Promise.all([
      repos.planUpdates.listForPlans(ids),
      repos.outcomes.listForSources(ids),
      spacePeople(repos, actor),
    ]);
    return rows.map((r) => {
      const outcome = outcomes.find((o) => o.source_id === r.id);
      return {
        id: r.id,
        what: r.what,
        where: r.where_text,
        firstEtaAt: iso(r.first_eta_at),
        etaAt: iso(r.eta_at),
        status: r.status,
        outcome: outcome ? toOutcome(outcome, actor, people.nameOf) : null,
        updates: updates
          .filter((u) => u.plan_id === r.id)
          .map((u: PlanUpdateRow) => ({
            id: u.id,
            kind: u.kind,
            newEtaAt: u.new_eta_at === null ? null : iso(u.new_eta_at),
            at: iso(u.created_at),
            notice: u.notice === 1,
          })),
        createdAt: iso(r.created_at),
        ...people.authorship(r.author_id),
      };
    });
  }

  async function presentOne(actor: SpaceActor, id: string): Promise<Plan> {
    const row = found(await repos.plans.findReadable(id, actor.spaceId, actor.userId));
    return (await present(actor, [row]))[0] as Plan;
  }

  async function enqueueDue(tx: Repositories, row: PlanRow, etaAt: number, now: number) {
    const { graceMinutes } = await settingsOf(tx, row.space_id);
    const payload: PlanDue = { planId: row.id, etaAt };
    await tx.jobs.enqueue(PLAN_DUE_JOB, payload, missedAt(etaAt, graceMinutes), now);
  }

  async function timeZoneOf(spaceId: string) {
    return (await settingsOf(repos, spaceId)).timeZone;
  }

  return {
    async create(actor: Actor, input: CreatePlan & { timeZone?: string }): Promise<Plan> {
      const a = requireRepairing(actor, 'Plans');
      const now = clock.now();
      const etaAt = Date.parse(input.etaAt);
      if (etaAt <= now) throw invalid('etaAt', 'The time you expect to be home needs to be still ahead.');
      await adoptTimeZone(repos, a.spaceId, input.timeZone, now);
      const row: PlanRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        what: input.what,
        where_text: input.where ?? null,
        first_eta_at: etaAt,
        eta_at: etaAt,
        notice_given: 1,
        status: 'open',
        created_at: now,
        updated_at: now,
      };
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'plan_changed', { planId: row.id }, async (tx) => {
        await tx.plans.insert(row);
        await enqueueDue(tx, row, etaAt, now);
      });
      return presentOne(a, row.id);
    },

    async list(actor: Actor): Promise<Plan[]> {
      const a = requireSpace(actor);
      return present(a, await repos.plans.recentReadable(a.spaceId, a.userId, LIST_LIMIT));
    },

    get(actor: Actor, id: string): Promise<Plan> {
      return presentOne(requireSpace(actor), id);
    },

    async update(actor: Actor, id: string, input: CreatePlanUpdate): Promise<Plan> {
      const a = requireSpace(actor);
      const row = found(await repos.plans.findReadable(id, a.spaceId, a.userId));
      if (row.author_id !== a.userId) throw forbidden('Only the partner who made this plan can update it.');
      const now = clock.now();
      if (row.status === 'arrived')
        throw conflict('wrong_state', 'This plan is finished: you said you arrived.');
      if (row.status === 'missed' && input.kind !== 'arrived')
        throw conflict('wrong_state', 'The expected time has long passed. You can still say you arrived.');
      let newEta: number | null = null;
      if (input.kind === 'late') {
        if (!input.newEtaAt) throw invalid('newEtaAt', 'Say when you now expect to be home.');
        newEta = Date.parse(input.newEtaAt);
        if (newEta <= now) throw invalid('newEtaAt', 'The new time needs to be still ahead.');
      } else if (input.newEtaAt) {
        throw invalid('newEtaAt', 'A new time goes with "running late" only.');
      }
      // Notice is a "running late" sent before the time it replaces.
      const notice = input.kind === 'late' && now < row.eta_at;
      const update: PlanUpdateRow = {
        id: newId(),
        space_id: row.space_id,
        author_id: a.userId,
        visibility: row.visibility,
        plan_id: id,
        kind: input.kind,
        new_eta_at: newEta,
        notice: notice ? 1 : 0,
        created_at: now,
      };
      const people = await spacePeople(repos, a);
      const timeZone = await timeZoneOf(row.space_id);
      await commitAndTell(
        deps,
        audienceOf(row, people.partnerIds),
        'plan_changed',
        { planId: id, kind: input.kind },
        async (tx) => {
          await tx.planUpdates.insert(update);
          let change: Partial<PlanRow> = { updated_at: now };
          if (input.kind === 'late' && newEta !== null) {
            change = { ...change, eta_at: newEta, notice_given: row.notice_given === 1 && notice ? 1 : 0 };
            await enqueueDue(tx, row, newEta, now);
          }
          if (input.kind === 'arrived') {
            change = { ...change, status: 'arrived' };
            if (row.status === 'missed') {
              // Arrived after it was marked missed: the entry becomes late; the change is kept as an update.
              const [last] = await tx.outcomes.listForSources([id]);
              if (last) await changeOutcome(tx, last as OutcomeRow, { outcome: 'late', at: now });
            } else {
              const outcome = planOutcome(
                { firstEtaAt: row.first_eta_at, etaAt: row.eta_at, noticeGiven: row.notice_given === 1 },
                now,
              );
              await addOutcome(
                tx,
                newOutcome(
                  'plan',
                  row,
                  row.what,
                  {
                    due_at: row.first_eta_at,
                    outcome,
                    at: now,
                    week_start: outcomeWeekStart(row.first_eta_at, now, timeZone),
                  },
                  now,
                ),
              );
            }
          }
          if (!(await tx.plans.update(id, { status: row.status, updated_at: row.updated_at }, change)))
            throw conflict('wrong_state', 'This plan changed a moment ago. Please look again.');
        },
      );
      return presentOne(a, id);
    },

    /** The job after the expected time and its grace: a plan with no "arrived" is missed. */
    async markMissed(job: PlanDue): Promise<void> {
      const row = await repos.plans.findById(job.planId);
      if (row?.status !== 'open' || row.eta_at !== job.etaAt) return;
      const now = clock.now();
      const { graceMinutes, timeZone } = await settingsOf(repos, row.space_id);
      const when = missedAt(row.eta_at, graceMinutes);
      if (now < when) {
        await repos.jobs.enqueue(PLAN_DUE_JOB, job, when, now);
        return;
      }
      const members = await repos.spaces.listMembers(row.space_id);
      await commitAndTell(
        deps,
        audienceOf(
          row,
          members.map((m) => m.user_id),
        ),
        'plan_changed',
        { planId: row.id },
        async (tx) => {
          if (
            !(await tx.plans.update(
              row.id,
              { status: 'open', updated_at: row.updated_at },
              { status: 'missed', updated_at: now },
            ))
          )
            return;
          await addOutcome(
            tx,
            newOutcome(
              'plan',
              row,
              row.what,
              {
                due_at: row.first_eta_at,
                outcome: 'missed',
                at: when,
                week_start: outcomeWeekStart(row.first_eta_at, when, timeZone),
              },
              now,
            ),
          );
        },
      );
    },
  };
}
