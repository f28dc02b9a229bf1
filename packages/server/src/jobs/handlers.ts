import type { Repositories } from '../repositories/index';
import type { Clock } from '../services/context';
import { CHECK_IN_REMINDER_JOB, type CheckInReminder } from '../services/conversations/check-ins';
import { DEBRIEF_JOB, type DebriefJob } from '../services/conversations/debriefs';
import { REVIEW_JOB, type ReviewReminder } from '../services/groundwork/transparency';
import type { Services } from '../services/index';
import { foundationJobs } from './foundation-jobs';
import type { JobHandler } from './runner';

/** Every kind of timed work, by the name stored in the jobs table. */
export function jobHandlers(
  repos: Repositories,
  services: Services,
  clock: Clock,
): Record<string, JobHandler> {
  return {
    ...foundationJobs(repos, clock),
    [REVIEW_JOB]: (payload) => services.transparency.remindReview(payload as ReviewReminder),
    [DEBRIEF_JOB]: (payload) => services.debriefs.prompt(payload as DebriefJob),
    [CHECK_IN_REMINDER_JOB]: (payload) => services.checkIns.remind(payload as CheckInReminder),
  };
}
