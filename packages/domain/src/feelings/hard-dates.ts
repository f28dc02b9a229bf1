import { type CalendarDate, daysBetween, isCalendarDate } from '../calendar';

/** A date that is known to be hard (an anniversary, a trip), as the prompt rule needs it. */
export interface HardDate {
  date: CalendarDate;
  /** Comes back every year on the same day. */
  yearly: boolean;
  /** How many days ahead the partner is prompted. */
  remindDaysBefore: number;
}

/** The next day on or after `today` that `hard` falls on, or null when a one-off date has passed. */
export function nextOccurrence(
  hard: Pick<HardDate, 'date' | 'yearly'>,
  today: CalendarDate,
): CalendarDate | null {
  if (!hard.yearly) return daysBetween(today, hard.date) >= 0 ? hard.date : null;
  const [, mm, dd] = hard.date.split('-');
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    // 29 February is kept on the 28th in other years.
    const candidate = isCalendarDate(`${y}-${mm}-${dd}`) ? `${y}-${mm}-${dd}` : `${y}-${mm}-28`;
    if (daysBetween(today, candidate) >= 0) return candidate;
  }
  return null;
}

/**
 * Days until the next occurrence when it is within the reminder window (0 = today), else null.
 * @example promptDaysAhead({ date: '2020-12-01', yearly: true, remindDaysBefore: 3 }, '2026-11-29') // 2
 */
export function promptDaysAhead(hard: HardDate, today: CalendarDate): number | null {
  const next = nextOccurrence(hard, today);
  if (!next) return null;
  const days = daysBetween(today, next);
  return days <= hard.remindDaysBefore ? days : null;
}
