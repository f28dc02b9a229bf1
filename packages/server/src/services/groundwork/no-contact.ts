import type { Attempt, Channel, CreateAttempt, CreateChannel, NoContact } from '@mend/contracts';
import { hoursToReport, isReportableAttemptTime, REPORT_GOAL_HOURS, reportedWithinGoal } from '@mend/domain';
import { conflict, forbidden, invalid } from '../../errors';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, logViews, requireSpace, type SpaceActor, spacePeople } from './shared';

type Repos = ServiceDeps['repos'];
type ChannelRow = Awaited<ReturnType<Repos['channels']['listReadable']>>[number];
type AttemptRow = Awaited<ReturnType<Repos['attempts']['listReadable']>>[number];
type People = Awaited<ReturnType<typeof spacePeople>>;

const toChannel = (r: ChannelRow, people: People): Channel => ({
  id: r.id,
  channel: r.channel,
  how: r.how,
  closedAt: iso(r.created_at),
  ...people.authorship(r.author_id),
});

function toAttempt(r: AttemptRow, people: People): Attempt {
  const hours = hoursToReport(r.occurred_at, r.created_at);
  return {
    id: r.id,
    channel: r.channel,
    note: r.note,
    occurredAt: iso(r.occurred_at),
    reportedAt: iso(r.created_at),
    reportedAfterHours: hours,
    withinGoal: reportedWithinGoal(hours),
    ...people.authorship(r.author_id),
  };
}

function requireRepairing(actor: Actor): SpaceActor {
  const a = requireSpace(actor);
  if (a.role !== 'repairing') throw forbidden('The no-contact plan is kept by the partner who broke trust.');
  return a;
}

/** The no-contact plan: every channel closed, confirmed one by one; contact attempts reported with their delay. */
export function noContactService(deps: ServiceDeps) {
  const { repos, clock } = deps;
  return {
    async addChannel(actor: Actor, input: CreateChannel): Promise<Channel> {
      const a = requireRepairing(actor);
      const people = await spacePeople(repos, a);
      const row: ChannelRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        channel: input.channel,
        how: input.how,
        visibility: 'partner',
        created_at: clock.now(),
      };
      await commitAndTell(deps, people.partnerIds, 'no_contact_changed', { recordId: row.id }, (tx) =>
        tx.channels.insert(row),
      );
      return toChannel(row, people);
    },

    async reportAttempt(actor: Actor, input: CreateAttempt): Promise<Attempt> {
      const a = requireRepairing(actor);
      const now = clock.now();
      const occurredAt = Date.parse(input.occurredAt);
      if (!isReportableAttemptTime(occurredAt, now))
        throw invalid('occurredAt', 'That time is still to come. Give the time it happened.');
      const people = await spacePeople(repos, a);
      const row: AttemptRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        channel: input.channel,
        note: input.note ?? null,
        occurred_at: Math.min(occurredAt, now),
        visibility: 'partner',
        created_at: now,
      };
      await commitAndTell(deps, people.partnerIds, 'no_contact_changed', { recordId: row.id }, (tx) =>
        tx.attempts.insert(row),
      );
      return toAttempt(row, people);
    },

    async confirm(actor: Actor): Promise<{ confirmedAt: string }> {
      const a = requireRepairing(actor);
      const channels = await repos.channels.listReadable(a.spaceId, a.userId);
      if (!channels.some((c) => c.author_id === a.userId))
        throw conflict('wrong_state', 'Add each channel and how you closed it first.');
      const people = await spacePeople(repos, a);
      const mark = await commitAndTell(deps, people.partnerIds, 'no_contact_changed', {}, (tx) =>
        tx.noContactConfirmations.make({ space_id: a.spaceId, author_id: a.userId, at: clock.now() }),
      );
      return { confirmedAt: iso(mark.at) };
    },

    async get(actor: Actor): Promise<NoContact> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      const channels = await repos.channels.listReadable(a.spaceId, a.userId);
      const attempts = await repos.attempts.listReadable(a.spaceId, a.userId);
      const marks = await repos.noContactConfirmations.listReadable(a.spaceId, a.userId);
      await logViews(deps, a, 'no_contact_channel', channels);
      await logViews(deps, a, 'contact_attempt', attempts);
      const confirmed = marks.find((m) => m.author_id === people.discloserId);
      return {
        channels: channels.map((c) => toChannel(c, people)),
        attempts: attempts.map((r) => toAttempt(r, people)).reverse(),
        confirmedAt: confirmed ? iso(confirmed.at) : null,
        goalHours: REPORT_GOAL_HOURS,
      };
    },
  };
}
