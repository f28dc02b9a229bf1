// Times that are hard for the hurt partner: a weekly range (Friday evenings) or a date (an
// anniversary, a trip). The repairing partner is nudged a little before and when one begins.
import type { CalendarDate } from '../calendar';
import { instantOfWallTime, parseTime, wallTimeIn } from '../conversations/schedule';

export type AnxietyWindow =
  | { kind: 'weekly'; weekday: number; start: string; end: string; timeZone: string }
  | { kind: 'date'; date: CalendarDate; start: string; end: string; timeZone: string };

/** How long before a window begins the repairing partner hears of it. */
export const NUDGE_BEFORE_MS = 60 * 60 * 1000;

const DAY_MS = 86_400_000;

/** True when `end` is after `start` or the range runs past midnight (22:00–02:00 is fine). */
export function isTimeRange(start: string, end: string): boolean {
  return parseTime(start) !== null && parseTime(end) !== null && start !== end;
}

function occurrenceOn(day: number, w: AnxietyWindow): { startsAt: number; endsAt: number } {
  const s = parseTime(w.start) ?? { hour: 0, minute: 0 };
  const e = parseTime(w.end) ?? { hour: 23, minute: 59 };
  const date = (ms: number) => {
    const d = new Date(ms);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  };
  const startsAt = instantOfWallTime(date(day), s.hour, s.minute, w.timeZone);
  const overnight = w.end <= w.start;
  const endsAt = instantOfWallTime(date(overnight ? day + DAY_MS : day), e.hour, e.minute, w.timeZone);
  return { startsAt, endsAt };
}

/**
 * The occurrence of the window that is under way at `now` or comes next, or null when it is a date
 * that has passed.
 */
export function currentOrNextWindow(
  w: AnxietyWindow,
  now: number,
): { startsAt: number; endsAt: number } | null {
  if (w.kind === 'date') {
    const o = occurrenceOn(Date.parse(`${w.date}T00:00:00Z`), w);
    return o.endsAt > now ? o : null;
  }
  const today = wallTimeIn(now, w.timeZone);
  const base = Date.UTC(today.year, today.month - 1, today.day);
  // Yesterday too: an overnight window that began last night may still be under way.
  for (let i = -1; i <= 7; i++) {
    const day = base + i * DAY_MS;
    if (new Date(day).getUTCDay() !== w.weekday) continue;
    const o = occurrenceOn(day, w);
    if (o.endsAt > now) return o;
  }
  return null;
}

/** True while a window is under way. */
export function isWithinWindow(w: AnxietyWindow, now: number): boolean {
  const o = currentOrNextWindow(w, now);
  return o !== null && o.startsAt <= now;
}
