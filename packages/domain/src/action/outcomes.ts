// How a promise or a plan turned out. The rules are about notice, not perfection: telling your
// partner before the time counts for as much as keeping the first time.

/** What became of one promise (or one plan) that fell due. */
export const OUTCOMES = ['kept', 'renegotiated', 'late', 'missed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How long after the due time a promise with no word is marked missed, unless the couple sets otherwise. */
export const DEFAULT_GRACE_MINUTES = 120;
/** The longest grace a couple may set: one week. */
export const MAX_GRACE_MINUTES = 7 * 24 * 60;

/** Done at or before the due time is kept; after it, late (even long after, even once marked missed). */
export function outcomeOfDone(dueAt: number, doneAt: number): 'kept' | 'late' {
  return doneAt <= dueAt ? 'kept' : 'late';
}

/** A change of time asked for strictly before the due time is notice; at or after it, it is not. */
export function isNotice(dueAt: number, askedAt: number): boolean {
  return askedAt < dueAt;
}

/** When the missed-promise job looks at a promise that is still open. */
export function missedAt(dueAt: number, graceMinutes: number): number {
  return dueAt + graceMinutes * 60_000;
}

/** A plan as the ledger sees it when the person says they arrived. */
export interface PlanTimes {
  /** The expected time home when the plan was made. */
  firstEtaAt: number;
  /** The expected time after the last "running late" sent in time (equals firstEtaAt without one). */
  etaAt: number;
  /** True when every change of time was sent before the time it replaced. */
  noticeGiven: boolean;
}

/**
 * Arriving by the first expected time is kept; by a later time that was announced in advance,
 * renegotiated; any other arrival is late.
 */
export function planOutcome(plan: PlanTimes, arrivedAt: number): 'kept' | 'renegotiated' | 'late' {
  if (arrivedAt <= plan.firstEtaAt) return 'kept';
  if (plan.noticeGiven && arrivedAt <= plan.etaAt) return 'renegotiated';
  return 'late';
}
