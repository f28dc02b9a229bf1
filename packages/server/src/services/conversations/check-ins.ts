import type { CheckInSchedule, NextCheckIn } from '@mend/contracts';
import { checkInCalendar, nextCheckIn } from '@mend/domain';
import { notFound } from '../../errors';
import type { CheckInScheduleRow, NeedRow } from '../../repositories/conversations/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, spacePeople } from '../groundwork/shared';
import type { questionsService } from './questions';

/** The job that tells both partners a check-in is near. */
export const CHECK_IN_REMINDER_JOB = 'check_in_reminder';
/** How long before a check-in both partners are reminded. */
export const CHECK_IN_REMINDER_LEAD_MS = 30 * 60 * 1000;
/** What the reminder job carries: the space, the schedule's token, and the check-in it is for. */
export interface CheckInReminder {
  spaceId: string;
  token: string;
  startsAt: number;
}

const toSchedule = (row: CheckInScheduleRow): CheckInSchedule => ({
  weekdays: JSON.parse(row.weekdays) as number[],
  time: row.time,
  minutes: row.minutes,
  timeZone: row.time_zone,
});

/** The space's agreed check-in series, the next check-in with its agenda, and the calendar file. */
/** How a waiting request reads on the agenda. */
const NEED_AGENDA: Record<NeedRow['kind'], string> = {
  detail: 'A request for a detail',
  reassurance: 'A request for reassurance',
  space: 'A request for some space',
  closeness: 'A request for closeness',
  action: 'A request for something to be done',
};

export function checkInsService(deps: ServiceDeps, questions: ReturnType<typeof questionsService>) {
  const { repos, clock } = deps;
  return {
    async setSchedule(actor: Actor, input: CheckInSchedule): Promise<CheckInSchedule> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      const now = clock.now();
      const token = newId();
      // The first reminder is for the first check-in still far enough ahead to be reminded of.
      const startsAt = nextCheckIn(input, now + CHECK_IN_REMINDER_LEAD_MS);
      await commitAndTell(deps, people.partnerIds, 'check_in_scheduled', {}, async (tx) => {
        await tx.checkInSchedules.put({
          space_id: a.spaceId,
          author_id: a.userId,
          weekdays: JSON.stringify(input.weekdays),
          time: input.time,
          minutes: input.minutes,
          time_zone: input.timeZone,
          updated_at: now,
          reminder_token: token,
        });
        if (startsAt === null) return;
        const job: CheckInReminder = { spaceId: a.spaceId, token, startsAt };
        await tx.jobs.enqueue(CHECK_IN_REMINDER_JOB, job, startsAt - CHECK_IN_REMINDER_LEAD_MS, now);
      });
      return input;
    },

    async schedule(actor: Actor): Promise<CheckInSchedule | null> {
      const a = requireSpace(actor);
      const row = await repos.checkInSchedules.find(a.spaceId);
      return row ? toSchedule(row) : null;
    },

    async next(actor: Actor): Promise<NextCheckIn> {
      const a = requireSpace(actor);
      const row = await repos.checkInSchedules.find(a.spaceId);
      const waiting = await questions.waiting(a);
      // Questions kept for a talk come first, then the open ones, oldest first.
      const agenda: NextCheckIn['agenda'] = [
        ...waiting.filter((q) => q.status === 'follow_up'),
        ...waiting.filter((q) => q.status === 'open'),
      ].map((q) => ({ questionId: q.id, text: q.text }));
      // Then requests still waiting for an answer ("say what you need"), oldest first.
      const needs = await repos.needs.listReadable(a.spaceId, a.userId);
      for (const n of needs)
        if (n.status !== 'answered')
          agenda.push({
            needId: n.id,
            text: n.note ? `${NEED_AGENDA[n.kind]}: ${n.note}` : NEED_AGENDA[n.kind],
          });
      if (!row) return { startsAt: null, minutes: null, timeZone: null, agenda };
      const s = toSchedule(row);
      const at = nextCheckIn(s, clock.now());
      return { startsAt: at === null ? null : iso(at), minutes: s.minutes, timeZone: s.timeZone, agenda };
    },

    /**
     * The reminder job: both partners get `check_in_soon` (the start time, no words), then the next
     * check-in's reminder is queued. A job from a replaced schedule ends here.
     */
    async remind(job: CheckInReminder): Promise<void> {
      const row = await repos.checkInSchedules.find(job.spaceId);
      if (!row || row.reminder_token !== job.token) return;
      const members = (await repos.spaces.listMembers(job.spaceId)).map((m) => m.user_id);
      const next = nextCheckIn(toSchedule(row), job.startsAt + 1);
      const now = clock.now();
      const deliver = await repos.transaction(async (tx) => {
        if (next !== null) {
          const following: CheckInReminder = { ...job, startsAt: next };
          await tx.jobs.enqueue(CHECK_IN_REMINDER_JOB, following, next - CHECK_IN_REMINDER_LEAD_MS, now);
        }
        // A reminder that comes after the check-in began (the server was down) is not worth sending.
        if (now >= job.startsAt) return () => {};
        return deps.hub.stage(tx, members, 'check_in_soon', { startsAt: iso(job.startsAt) });
      });
      deliver();
    },

    /** The series as iCalendar text; 404 until a schedule is agreed. */
    async calendar(actor: Actor): Promise<string> {
      const a = requireSpace(actor);
      const row = await repos.checkInSchedules.find(a.spaceId);
      if (!row) throw notFound();
      const s = toSchedule(row);
      const now = clock.now();
      return checkInCalendar({
        uid: `check-ins-${a.spaceId}@mend`,
        schedule: s,
        firstStart: nextCheckIn(s, now) ?? now,
        now,
      });
    },
  };
}
