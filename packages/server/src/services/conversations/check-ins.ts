import type { CheckInSchedule, NextCheckIn } from '@mend/contracts';
import { checkInCalendar, nextCheckIn } from '@mend/domain';
import { notFound } from '../../errors';
import type { CheckInScheduleRow } from '../../repositories/conversations/index';
import { type Actor, iso, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, spacePeople } from '../groundwork/shared';
import type { questionsService } from './questions';

const toSchedule = (row: CheckInScheduleRow): CheckInSchedule => ({
  weekdays: JSON.parse(row.weekdays) as number[],
  time: row.time,
  minutes: row.minutes,
  timeZone: row.time_zone,
});

/** The space's agreed check-in series, the next check-in with its agenda, and the calendar file. */
export function checkInsService(deps: ServiceDeps, questions: ReturnType<typeof questionsService>) {
  const { repos, clock } = deps;
  return {
    async setSchedule(actor: Actor, input: CheckInSchedule): Promise<CheckInSchedule> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'check_in_scheduled', {}, (tx) =>
        tx.checkInSchedules.put({
          space_id: a.spaceId,
          author_id: a.userId,
          weekdays: JSON.stringify(input.weekdays),
          time: input.time,
          minutes: input.minutes,
          time_zone: input.timeZone,
          updated_at: clock.now(),
        }),
      );
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
      const agenda = [
        ...waiting.filter((q) => q.status === 'follow_up'),
        ...waiting.filter((q) => q.status === 'open'),
      ].map((q) => ({ questionId: q.id, text: q.text }));
      if (!row) return { startsAt: null, minutes: null, timeZone: null, agenda };
      const s = toSchedule(row);
      const at = nextCheckIn(s, clock.now());
      return { startsAt: at === null ? null : iso(at), minutes: s.minutes, timeZone: s.timeZone, agenda };
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
