// The reliability ledger: weekly counts kept as roll-ups. Every change to an outcome is applied as a
// difference (take the old entry out, put the new one in), so a week's row always equals counting
// its entries again from scratch, however the entries were back-dated or changed.
import { type CalendarDate, daysBetween } from '../calendar';
import { wallTimeIn } from '../conversations/schedule';
import type { Outcome } from './outcomes';

/** The counts one week's roll-up keeps. */
export const WEEKLY_COUNTERS = [
  'kept',
  'renegotiated',
  'late',
  'missed',
  'disputed',
  'proactive',
  'asked',
  'acks',
  'ackSeconds',
  'answered',
] as const;
export type WeeklyCounter = (typeof WEEKLY_COUNTERS)[number];
export type WeeklyCounts = Record<WeeklyCounter, number>;

/** One entry that counts in a week: an outcome, a reassurance, an acknowledged alert, an answered question. */
export type LedgerEntry =
  | { weekStart: CalendarDate; kind: 'outcome'; outcome: Outcome; disputed: boolean }
  | { weekStart: CalendarDate; kind: 'reassurance'; proactive: boolean }
  | { weekStart: CalendarDate; kind: 'ack'; seconds: number }
  | { weekStart: CalendarDate; kind: 'answer' };

export const zeroCounts = (): WeeklyCounts => ({
  kept: 0,
  renegotiated: 0,
  late: 0,
  missed: 0,
  disputed: 0,
  proactive: 0,
  asked: 0,
  acks: 0,
  ackSeconds: 0,
  answered: 0,
});

/** What one entry adds to its week. */
export function countsOf(entry: LedgerEntry): Partial<WeeklyCounts> {
  switch (entry.kind) {
    case 'outcome':
      return entry.disputed ? { [entry.outcome]: 1, disputed: 1 } : { [entry.outcome]: 1 };
    case 'reassurance':
      return entry.proactive ? { proactive: 1 } : { asked: 1 };
    case 'ack':
      return { acks: 1, ackSeconds: Math.max(0, Math.round(entry.seconds)) };
    case 'answer':
      return { answered: 1 };
  }
}

/** A change to apply to one week: counts to add (negative to take away). */
export interface WeekDelta {
  weekStart: CalendarDate;
  counts: Partial<WeeklyCounts>;
}

/**
 * The differences that turn the roll-ups for `before` into the roll-ups for `after` (either may be
 * null: a new entry, or one taken back). At most two weeks change; a week whose counts cancel out
 * is left out.
 */
export function deltasFor(before: LedgerEntry | null, after: LedgerEntry | null): WeekDelta[] {
  const byWeek = new Map<CalendarDate, Partial<WeeklyCounts>>();
  const add = (entry: LedgerEntry | null, sign: 1 | -1) => {
    if (!entry) return;
    const counts = byWeek.get(entry.weekStart) ?? {};
    for (const [k, v] of Object.entries(countsOf(entry)) as [WeeklyCounter, number][])
      counts[k] = (counts[k] ?? 0) + sign * v;
    byWeek.set(entry.weekStart, counts);
  };
  add(before, -1);
  add(after, 1);
  const deltas: WeekDelta[] = [];
  for (const [weekStart, counts] of byWeek) {
    const nonZero = Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== 0));
    if (Object.keys(nonZero).length > 0) deltas.push({ weekStart, counts: nonZero });
  }
  return deltas;
}

/** Adds deltas to roll-ups in memory (the database does the same with `count = count + Δ`). */
export function applyDeltas(rollups: Map<CalendarDate, WeeklyCounts>, deltas: readonly WeekDelta[]): void {
  for (const d of deltas) {
    const row = rollups.get(d.weekStart) ?? zeroCounts();
    for (const [k, v] of Object.entries(d.counts) as [WeeklyCounter, number][]) row[k] += v;
    rollups.set(d.weekStart, row);
  }
}

/** The roll-ups counted again from every entry: what the stored roll-ups must always equal. */
export function recompute(entries: readonly LedgerEntry[]): Map<CalendarDate, WeeklyCounts> {
  const rollups = new Map<CalendarDate, WeeklyCounts>();
  for (const e of entries) applyDeltas(rollups, deltasFor(null, e));
  return rollups;
}

const DAY_MS = 86_400_000;
const dateOf = (utcMs: number): CalendarDate => new Date(utcMs).toISOString().slice(0, 10);

/** The Monday that starts the week holding `at`, as the calendar reads in `timeZone`. */
export function weekStartOf(at: number, timeZone: string): CalendarDate {
  const w = wallTimeIn(at, timeZone);
  const day = Date.UTC(w.year, w.month - 1, w.day);
  const fromMonday = (new Date(day).getUTCDay() + 6) % 7;
  return dateOf(day - fromMonday * DAY_MS);
}

/**
 * The week an outcome counts in: the week it was settled or fell due, whichever came first. A promise
 * kept (or moved with notice) ahead of time counts at once, in a week the ledger already shows; a late
 * or missed one counts in the week it fell due.
 */
export function outcomeWeekStart(dueAt: number, settledAt: number, timeZone: string): CalendarDate {
  return weekStartOf(Math.min(dueAt, settledAt), timeZone);
}

/** The week start `n` weeks after `weekStart` (before it when negative). */
export function addWeeks(weekStart: CalendarDate, n: number): CalendarDate {
  return dateOf(Date.parse(`${weekStart}T00:00:00Z`) + n * 7 * DAY_MS);
}

/** True for a calendar date that is a Monday. */
export function isWeekStart(date: CalendarDate): boolean {
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
}

/** One week of the ledger as people see it. */
export interface LedgerWeek extends WeeklyCounts {
  weekStart: CalendarDate;
}

/**
 * The last `weeks` weeks ending with the week of `thisWeek`, oldest first, with a zero row for every
 * quiet week (a quiet week is not a bad week).
 */
export function ledgerSeries(
  rollups: ReadonlyMap<CalendarDate, WeeklyCounts>,
  thisWeek: CalendarDate,
  weeks: number,
): LedgerWeek[] {
  const out: LedgerWeek[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const weekStart = addWeeks(thisWeek, -i);
    out.push({ weekStart, ...(rollups.get(weekStart) ?? zeroCounts()) });
  }
  return out;
}

/**
 * The share of promises and plans kept or changed with notice over the given weeks, 0–1, or null
 * when nothing fell due (no pattern yet, rather than a zero).
 */
export function keptOrRenegotiatedRate(weeks: readonly WeeklyCounts[]): number | null {
  let good = 0;
  let all = 0;
  for (const w of weeks) {
    good += w.kept + w.renegotiated;
    all += w.kept + w.renegotiated + w.late + w.missed;
  }
  return all === 0 ? null : good / all;
}

/** The share of reassurance sent before being asked, 0–1, or null when none was sent. */
export function proactiveShare(weeks: readonly WeeklyCounts[]): number | null {
  let proactive = 0;
  let all = 0;
  for (const w of weeks) {
    proactive += w.proactive;
    all += w.proactive + w.asked;
  }
  return all === 0 ? null : proactive / all;
}

/** The mean seconds to acknowledge an alert over the weeks, or null when none was acknowledged. */
export function meanAckSeconds(weeks: readonly WeeklyCounts[]): number | null {
  let acks = 0;
  let seconds = 0;
  for (const w of weeks) {
    acks += w.acks;
    seconds += w.ackSeconds;
  }
  return acks === 0 ? null : Math.round(seconds / acks);
}

/** Whole weeks between two week starts. */
export const weeksBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round(daysBetween(from, to) / 7);

/** The share of a week's promises and plans kept or changed with notice that makes it a steady week. */
export const STEADY_WEEK_RATE = 0.8;

/**
 * Weeks in which something fell due and at least 80% of it was kept or changed with notice: one
 * miss in a busy week does not undo it, and a quiet week neither counts for nor against.
 */
export function steadyWeeks(weeks: readonly WeeklyCounts[]): number {
  return weeks.filter((w) => {
    const rate = keptOrRenegotiatedRate([w]);
    return rate !== null && rate >= STEADY_WEEK_RATE;
  }).length;
}
