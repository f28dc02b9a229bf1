import type { Repositories } from '../repositories/index';
import { COMMITMENT_DUE_JOB, type CommitmentDue } from '../services/action/commitments';
import { PLAN_DUE_JOB, type PlanDue } from '../services/action/plans';
import { WINDOW_JOB, type WindowNudge } from '../services/action/reassurance';
import type { Clock } from '../services/context';
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
    [COMMITMENT_DUE_JOB]: (payload) => services.commitments.markMissed(payload as CommitmentDue),
    [PLAN_DUE_JOB]: (payload) => services.plans.markMissed(payload as PlanDue),
    [WINDOW_JOB]: (payload) => services.reassurance.nudge(payload as WindowNudge),
  };
}
