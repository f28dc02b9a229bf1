// When a recurring promise falls due next: at the same wall-clock time in the couple's time zone,
// across daylight-saving changes.
import { instantOfWallTime, parseTime, wallTimeIn } from '../conversations/schedule';

export const RECURRENCES = ['daily', 'weekdays', 'weekly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

const DAY_MS = 86_400_000;

/** The wall-clock time `HH:MM` of an instant in a time zone (kept so a recurring time never drifts). */
export function localTimeOf(at: number, timeZone: string): string {
  const w = wallTimeIn(at, timeZone);
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/**
 * The due time after `due` for a recurring promise: the next day (daily), the next Monday-to-Friday
 * day (weekdays) or the same weekday a week on (weekly), at `localTime` in `timeZone`. A time the
 * clocks skip moves forward by the gap, as calendars do; the next one is back at `localTime`.
 */
export function nextDue(due: number, recurrence: Recurrence, localTime: string, timeZone: string): number {
  const t = parseTime(localTime) ?? { hour: 9, minute: 0 };
  const w = wallTimeIn(due, timeZone);
  let day = Date.UTC(w.year, w.month - 1, w.day);
  do {
    day += (recurrence === 'weekly' ? 7 : 1) * DAY_MS;
  } while (recurrence === 'weekdays' && isWeekend(day));
  const d = new Date(day);
  return instantOfWallTime(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
    t.hour,
    t.minute,
    timeZone,
  );
}

const isWeekend = (utcDay: number) => {
  const wd = new Date(utcDay).getUTCDay();
  return wd === 0 || wd === 6;
};
