/** A calendar date written `YYYY-MM-DD`, with no time of day and no time zone. */
export type CalendarDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `value` is a real calendar date in `YYYY-MM-DD` form (e.g. `2026-02-29` is false). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days from `from` to `to` (negative when `to` is earlier); both must be calendar dates. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS) || 0;
}

/**
 * The day of recovery that `today` is, counting the day of discovery as day 1.
 * @example dayNumber('2026-01-01', '2026-01-03') // 3
 */
export function dayNumber(discoveredOn: CalendarDate, today: CalendarDate): number {
  return Math.max(1, daysBetween(discoveredOn, today) + 1);
}

/** The calendar date of an instant as seen in an IANA time zone (e.g. `Europe/Paris`). */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** True when `timeZone` names a time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function toUtcMs(date: CalendarDate): number {
  const m = DATE_RE.exec(date);
  if (!m || !isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}
