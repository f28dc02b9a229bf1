import type {
  Ally,
  OfferItem,
  ReviseItem,
  SetAlly,
  TransparencyItem,
  TransparencyOverview,
} from '@mend/contracts';
import {
  effectiveStatus,
  isReviewDue,
  itemDatesProblem,
  spaceAllowsTransparency,
  type TransparencyAction,
  transition,
} from '@mend/domain';
import { conflict, forbidden, invalid, notFound } from '../../errors';
import type { ItemRow } from '../../repositories/groundwork/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, type SpaceActor, spacePeople } from './shared';

type People = Awaited<ReturnType<typeof spacePeople>>;

// The same words whoever's answer kept it off, so no one can infer the other's safety answer.
const OFF = 'Transparency is not turned on in this space.';

const today = (now: number) => iso(now).slice(0, 10);

/** The job that reminds both partners that an item's review date is near. */
export const REVIEW_JOB = 'transparency_review';

/** What the review job carries: ids and dates, never words. */
export interface ReviewReminder {
  itemId: string;
  reviewOn: string;
}

/** Reminders go out three days before the review date, at 09:00 UTC (at once if that has passed). */
export function reviewReminderAt(reviewOn: string, now: number): number {
  return Math.max(now, Date.parse(`${reviewOn}T09:00:00.000Z`) - 3 * 86_400_000);
}

function toItem(row: ItemRow, people: People, day: string): TransparencyItem {
  const state = {
    offeredBy: row.author_id,
    status: row.status,
    endsOn: row.ends_on,
    reviewOn: row.review_on,
  };
  const status = effectiveStatus(state, day);
  const expired = status === 'ended' && row.status !== 'ended';
  const reason = expired ? 'expired' : row.ended_reason === 'reset' ? 'ended' : row.ended_reason;
  return {
    id: row.id,
    kind: row.kind as TransparencyItem['kind'],
    description: row.description,
    endsOn: row.ends_on,
    reviewOn: row.review_on,
    status,
    statusBy: row.status_by && !expired ? people.nameOf(row.status_by) || null : null,
    statusChangedAt: expired || row.ended_reason === 'reset' ? null : iso(row.updated_at),
    endedReason: status === 'ended' ? reason : null,
    reviewDue: isReviewDue(state, day),
    replacesId: row.replaces_id,
    offeredAt: iso(row.created_at),
    ...people.authorship(row.author_id),
  };
}

/** The transparency agreement: items the repairing partner offers and the partner accepts; the ally. */
export function transparencyService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function isOn(spaceId: string): Promise<boolean> {
    const rows = await repos.spaceSafety.ofSpace(spaceId);
    return spaceAllowsTransparency(
      rows.map((r) => ({
        feelsSafe: r.feels_safe,
        fearsThreats: r.fears_threats === 1,
        fearsControl: r.fears_control === 1,
      })),
    );
  }

  async function requireOn(actor: Actor): Promise<SpaceActor> {
    const a = requireSpace(actor);
    if (!(await isOn(a.spaceId))) throw forbidden(OFF);
    return a;
  }

  function checkDates(endsOn: string, reviewOn: string): void {
    const problem = itemDatesProblem(endsOn, reviewOn, today(clock.now()));
    if (problem) throw invalid(problem.field, problem.message);
  }

  async function insertOffer(
    a: SpaceActor,
    input: OfferItem,
    replacesId: string | null,
  ): Promise<TransparencyItem> {
    const now = clock.now();
    const people = await spacePeople(repos, a);
    const row: ItemRow = {
      id: newId(),
      space_id: a.spaceId,
      author_id: a.userId,
      kind: input.kind,
      description: input.description,
      ends_on: input.endsOn,
      review_on: input.reviewOn,
      status: 'offered',
      status_by: null,
      ended_reason: null,
      replaces_id: replacesId,
      accepted_at: null,
      visibility: 'partner',
      created_at: now,
      updated_at: now,
    };
    await commitAndTell(
      deps,
      people.partnerIds,
      'transparency_changed',
      { recordId: row.id, status: 'offered' },
      (tx) => tx.transparencyItems.insert(row),
    );
    return toItem(row, people, today(now));
  }

  async function findItem(a: SpaceActor, id: string): Promise<ItemRow> {
    const row = await repos.transparencyItems.findReadable(id, a.spaceId, a.userId);
    if (!row) throw notFound();
    return row;
  }

  return {
    async overview(actor: Actor): Promise<TransparencyOverview> {
      const a = requireSpace(actor);
      if (!(await isOn(a.spaceId))) return { available: false, items: [], ally: null };
      const people = await spacePeople(repos, a);
      const day = today(clock.now());
      const rows = await repos.transparencyItems.listReadable(a.spaceId, a.userId);
      const allies = await repos.allies.listReadable(a.spaceId, a.userId);
      const ally = allies[0];
      return {
        available: true,
        items: rows.map((r) => toItem(r, people, day)).reverse(),
        ally: ally
          ? { name: ally.name, contact: ally.contact ?? '', ...people.authorship(ally.author_id) }
          : null,
      };
    },

    async offer(actor: Actor, input: OfferItem): Promise<TransparencyItem> {
      const a = await requireOn(actor);
      if (a.role !== 'repairing')
        throw forbidden('Only the partner who broke trust can offer transparency, for themselves.');
      checkDates(input.endsOn, input.reviewOn);
      return insertOffer(a, input, null);
    },

    async act(
      actor: Actor,
      id: string,
      action: Exclude<TransparencyAction, 'revise'>,
    ): Promise<TransparencyItem> {
      const a = await requireOn(actor);
      const row = await findItem(a, id);
      const now = clock.now();
      const state = {
        offeredBy: row.author_id,
        status: row.status,
        endsOn: row.ends_on,
        reviewOn: row.review_on,
      };
      const current = effectiveStatus(state, today(now));
      const result = transition({ ...state, status: current }, action, a.userId);
      if (!result.ok && result.problem === 'forbidden')
        throw forbidden('This is for your partner to decide.');
      if (!result.ok) throw conflict('wrong_state', `This item is ${current}; that cannot be done now.`);
      const change = {
        status: result.status,
        status_by: a.userId,
        ended_reason: result.endedReason,
        updated_at: now,
        ...(action === 'accept' ? { accepted_at: now } : {}),
      };
      const people = await spacePeople(repos, a);
      const moved = await commitAndTell(
        deps,
        people.partnerIds,
        'transparency_changed',
        { recordId: id, status: result.status },
        async (tx) => {
          const ok = await tx.transparencyItems.setStatus(id, row.status, change);
          if (ok && action === 'accept') {
            const payload: ReviewReminder = { itemId: id, reviewOn: row.review_on };
            await tx.jobs.enqueue(REVIEW_JOB, payload, reviewReminderAt(row.review_on, now), now);
          }
          // Accepting a renewal or a tapered version ends the item it replaces.
          if (ok && action === 'accept' && row.replaces_id) {
            const ended = {
              status: 'ended' as const,
              ended_reason: 'replaced' as const,
              status_by: row.author_id,
              updated_at: now,
            };
            await tx.transparencyItems.setStatus(row.replaces_id, ['active', 'paused'], ended);
          }
          return ok;
        },
      );
      if (!moved) throw conflict('wrong_state', 'This item changed a moment ago. Look again.');
      return toItem({ ...row, ...change }, people, today(now));
    },

    async revise(actor: Actor, id: string, input: ReviseItem): Promise<TransparencyItem> {
      const a = await requireOn(actor);
      const row = await findItem(a, id);
      const state = {
        offeredBy: row.author_id,
        status: row.status,
        endsOn: row.ends_on,
        reviewOn: row.review_on,
      };
      const result = transition(
        { ...state, status: effectiveStatus(state, today(clock.now())) },
        'revise',
        a.userId,
      );
      if (!result.ok && result.problem === 'forbidden')
        throw forbidden('Only the partner who offered it can renew or taper it.');
      if (!result.ok) throw conflict('wrong_state', 'Only a running item can be renewed or tapered.');
      if (input.mode === 'taper' && !input.description)
        throw invalid('description', 'Say what the lighter version looks like.');
      checkDates(input.endsOn, input.reviewOn);
      const offer = {
        kind: row.kind as OfferItem['kind'],
        description: input.description ?? row.description,
        endsOn: input.endsOn,
        reviewOn: input.reviewOn,
      };
      return insertOffer(a, offer, row.id);
    },

    /**
     * The review job: tells both partners (an event, no words) that the review is near — only if the
     * item is still running with that review date and its author is still in the space.
     */
    async remindReview(payload: ReviewReminder): Promise<void> {
      const item = await repos.transparencyItems.findById(payload.itemId);
      if (!item || item.review_on !== payload.reviewOn || !['active', 'paused'].includes(item.status)) return;
      const members = (await repos.spaces.listMembers(item.space_id)).map((m) => m.user_id);
      if (!members.includes(item.author_id)) return;
      await deps.hub.publish(members, 'transparency_review_soon', {
        recordId: item.id,
        reviewOn: item.review_on,
      });
    },

    async setAlly(actor: Actor, input: SetAlly): Promise<Ally> {
      const a = await requireOn(actor);
      if (a.role !== 'repairing') throw forbidden('The ally is named by the partner who broke trust.');
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'transparency_changed', {}, (tx) =>
        tx.allies.put({
          space_id: a.spaceId,
          author_id: a.userId,
          name: input.name,
          contact: input.contact,
          visibility: 'partner',
          created_at: clock.now(),
        }),
      );
      return { name: input.name, contact: input.contact, ...people.authorship(a.userId) };
    },

    async removeAlly(actor: Actor): Promise<void> {
      const a = await requireOn(actor);
      if (a.role !== 'repairing') throw forbidden('The ally is named by the partner who broke trust.');
      const people = await spacePeople(repos, a);
      const removed = await commitAndTell(deps, people.partnerIds, 'transparency_changed', {}, (tx) =>
        tx.allies.remove(a.userId, a.spaceId),
      );
      if (removed === 0) throw notFound();
    },
  };
}
