import { describe, expect, it } from 'vitest';
import { hoursToReport, isReportableAttemptTime, reportedWithinGoal } from './no-contact';

const H = 3_600_000;

describe('contact attempts', () => {
  it.each([
    [0, 0, 0],
    [0, 1.5 * H, 1.5],
    [0, 26 * H + 0.04 * H, 26],
    [5 * H, 0, 0],
  ])('from %i to %i is %s hours', (occurredAt, reportedAt, hours) => {
    expect(hoursToReport(occurredAt, reportedAt)).toBe(hours);
  });

  it('names a day or less as the goal', () => {
    expect(reportedWithinGoal(24)).toBe(true);
    expect(reportedWithinGoal(24.1)).toBe(false);
  });

  it('refuses attempts said to happen in the future', () => {
    expect(isReportableAttemptTime(1000, 1000)).toBe(true);
    expect(isReportableAttemptTime(1000 + 2 * 60_000, 1000)).toBe(false);
  });
});
