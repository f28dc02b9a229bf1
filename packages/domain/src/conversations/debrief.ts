// The evening debrief: a daily prompt at a wall-clock time the couple chose, in their time zone.
import { nextCheckIn, parseTime, wallTimeIn } from './schedule';

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** Where one evening's debrief stands. */
export const DEBRIEF_STATUSES = ['due', 'asked', 'answered', 'skipped', 'not_tonight'] as const;
/** One of `DEBRIEF_STATUSES`. */
export type DebriefStatus = (typeof DEBRIEF_STATUSES)[number];

/** How the hurt partner may reply: answer in words, skip, or say "not tonight". */
export const DEBRIEF_REPLIES = ['answer', 'skip', 'not_tonight'] as const;
/** One of `DEBRIEF_REPLIES`. */
export type DebriefReply = (typeof DEBRIEF_REPLIES)[number];

/**
 * The next debrief prompt strictly after `after`: the agreed wall-clock time on the next day it
 * happens, in the time zone, across daylight-saving changes; null for a time that is not `HH:MM`.
 *
 * @example nextDebriefAt('21:00', 'Europe/Paris', Date.parse('2026-11-24T12:00Z')) // 20:00Z that day
 */
export function nextDebriefAt(time: string, timeZone: string, after: number): number | null {
  if (!parseTime(time)) return null;
  return nextCheckIn({ weekdays: EVERY_DAY, time, timeZone }, after + 1);
}

/** The local calendar day (`YYYY-MM-DD`) of an instant in a time zone: one debrief per evening. */
export function localDay(at: number, timeZone: string): string {
  const w = wallTimeIn(at, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The status a reply leads to; a reply is only possible once the question was asked. */
export function debriefAfterReply(
  status: DebriefStatus,
  reply: DebriefReply,
): { ok: true; status: DebriefStatus } | { ok: false } {
  if (status !== 'asked') return { ok: false };
  return { ok: true, status: reply === 'answer' ? 'answered' : reply === 'skip' ? 'skipped' : 'not_tonight' };
}
