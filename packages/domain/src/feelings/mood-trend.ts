import { type CalendarDate, calendarDateIn } from '../calendar';

/** A mood score (1–10) at an instant, in epoch milliseconds. */
export interface MoodPoint {
  at: number;
  score: number;
}

/** One day of the trend: that day's mean (null when nothing was logged) and the rolling mean. */
export interface MoodDay {
  date: CalendarDate;
  mean: number | null;
  rolling: number | null;
  count: number;
}

const DAY_MS = 86_400_000;

function addDays(date: CalendarDate, n: number): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The last `days` days up to `endDate` (in `timeZone`), each with its mean score and the mean of
 * every score in the `window` days ending that day, so one hard day bends the line without breaking it.
 * @example moodTrend(points, { endDate: '2026-11-24', days: 30, window: 7, timeZone: 'Europe/Paris' })
 */
export function moodTrend(
  points: readonly MoodPoint[],
  opts: { endDate: CalendarDate; days: number; window: number; timeZone: string },
): MoodDay[] {
  const byDay = new Map<CalendarDate, number[]>();
  for (const p of points) {
    const d = calendarDateIn(new Date(p.at), opts.timeZone);
    byDay.set(d, [...(byDay.get(d) ?? []), p.score]);
  }
  const out: MoodDay[] = [];
  for (let i = opts.days - 1; i >= 0; i--) {
    const date = addDays(opts.endDate, -i);
    const scores = byDay.get(date) ?? [];
    const windowScores: number[] = [];
    for (let w = 0; w < opts.window; w++) windowScores.push(...(byDay.get(addDays(date, -w)) ?? []));
    out.push({
      date,
      count: scores.length,
      mean: scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
      rolling: windowScores.length
        ? round1(windowScores.reduce((a, b) => a + b, 0) / windowScores.length)
        : null,
    });
  }
  return out;
}
