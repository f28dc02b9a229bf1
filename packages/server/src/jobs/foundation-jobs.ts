import type { Repositories } from '../repositories/index';
import type { Clock } from '../services/context';
import type { JobHandler } from './runner';

const DAY = 24 * 60 * 60 * 1000;
/** Live events are kept this long for devices that were away. */
export const EVENT_RETENTION_MS = 30 * DAY;

/** Daily housekeeping: old live events and expired sessions go; it re-schedules itself. */
export function foundationJobs(repos: Repositories, clock: Clock): Record<string, JobHandler> {
  return {
    async housekeeping() {
      const now = clock.now();
      await repos.events.deleteBefore(now - EVENT_RETENTION_MS);
      await repos.sessions.deleteExpired(now);
      await repos.jobs.enqueue('housekeeping', {}, now + DAY, now);
    },
  };
}

/** Makes sure one housekeeping job is waiting (each process calls this at start). */
export async function scheduleHousekeeping(repos: Repositories, clock: Clock): Promise<void> {
  if (!(await repos.jobs.findPending('housekeeping')))
    await repos.jobs.enqueue('housekeeping', {}, clock.now() + 60_000, clock.now());
}
