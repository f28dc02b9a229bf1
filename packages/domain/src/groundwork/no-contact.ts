/** Reporting a contact attempt within this many hours is the goal the app explains. */
export const REPORT_GOAL_HOURS = 24;

/** The kinds of channel the no-contact checklist walks through. */
export const CHANNEL_SUGGESTIONS = [
  'Phone and text messages',
  'Messaging apps',
  'Social networks',
  'E-mail',
  'Work',
] as const;

/**
 * Hours from a contact attempt to its report, to one decimal, never below zero.
 * @example hoursToReport(0, 90 * 60_000) // 1.5
 */
export function hoursToReport(occurredAt: number, reportedAt: number): number {
  return Math.max(0, Math.round((reportedAt - occurredAt) / 360_000) / 10);
}

/** True when an attempt was reported within the goal of a day or less. */
export function reportedWithinGoal(hours: number): boolean {
  return hours <= REPORT_GOAL_HOURS;
}

/** True when an attempt's time is one a person could report: not later than now (a minute of clock skew allowed). */
export function isReportableAttemptTime(occurredAt: number, now: number): boolean {
  return occurredAt <= now + 60_000;
}
