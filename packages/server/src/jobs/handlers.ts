import type { Repositories } from '../repositories/index';
import { COMMITMENT_DUE_JOB, type CommitmentDue } from '../services/action/commitments';
import { PLAN_DUE_JOB, type PlanDue } from '../services/action/plans';
import { WINDOW_JOB, type WindowNudge } from '../services/action/reassurance';
import type { Clock } from '../services/context';
import { CHECK_IN_REMINDER_JOB, type CheckInReminder } from '../services/conversations/check-ins';
import { DEBRIEF_JOB, type DebriefJob } from '../services/conversations/debriefs';
import { REVIEW_JOB, type ReviewReminder } from '../services/groundwork/transparency';
import type { Services } from '../services/index';
import { PUSH_ALERT_JOB, type PushAlert } from '../services/push';
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
    [DEBRIEF_JOB]: (payload) => services.debriefs.prompt(payload as DebriefJob),
    [CHECK_IN_REMINDER_JOB]: (payload) => services.checkIns.remind(payload as CheckInReminder),
    [PUSH_ALERT_JOB]: (payload, { attempt }) => services.push.deliverAlert(payload as PushAlert, attempt),
  };
}
