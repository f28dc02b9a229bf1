import { type CalendarDate, daysBetween } from '../calendar';

/** What the repairing partner can offer to open up. */
export const TRANSPARENCY_KINDS = [
  'phone',
  'email',
  'social',
  'schedule',
  'location',
  'finances',
  'other',
] as const;

/** One kind of transparency item. */
export type TransparencyKind = (typeof TRANSPARENCY_KINDS)[number];

/** Where an item stands: offered → active ⇄ paused → ended. */
export type TransparencyStatus = 'offered' | 'active' | 'paused' | 'ended';

/** Why an item ended; `reset` is the silent safety reset (or leaving), shown to the partner as plain "ended". */
export type EndedReason = 'withdrawn' | 'declined' | 'expired' | 'replaced' | 'reset';

/** What a person can do to an item. */
export type TransparencyAction = 'accept' | 'decline' | 'pause' | 'resume' | 'end' | 'revise';

/** The longest an item may run: transparency is meant to be temporary. */
export const MAX_ITEM_DAYS = 366;

/** Reminders start this many days before an item's review date. */
export const REVIEW_REMINDER_DAYS = 7;

/** An item as the rules need it. */
export interface TransparencyItemState {
  offeredBy: string;
  status: TransparencyStatus;
  endsOn: CalendarDate;
  reviewOn: CalendarDate;
}

/** The outcome of an action: the new state, or why it may not happen. */
export type TransitionResult =
  | { ok: true; status: TransparencyStatus; endedReason: EndedReason | null }
  | { ok: false; problem: 'forbidden' | 'wrong_state' };

const RULES: Record<
  TransparencyAction,
  { by: 'offerer' | 'partner'; from: TransparencyStatus[]; to: TransparencyStatus; reason?: EndedReason }
> = {
  accept: { by: 'partner', from: ['offered'], to: 'active' },
  decline: { by: 'partner', from: ['offered'], to: 'ended', reason: 'declined' },
  pause: { by: 'offerer', from: ['active'], to: 'paused' },
  resume: { by: 'offerer', from: ['paused'], to: 'active' },
  end: { by: 'offerer', from: ['offered', 'active', 'paused'], to: 'ended', reason: 'withdrawn' },
  revise: { by: 'offerer', from: ['active', 'paused'], to: 'active' },
};

/**
 * What `action` by `actorId` does to an item: only the offerer pauses, resumes, ends or revises
 * their own consent; only the partner accepts or declines it.
 * @example transition({ offeredBy: 'r', status: 'offered', endsOn, reviewOn }, 'accept', 'h') // { ok: true, status: 'active', … }
 */
export function transition(
  item: TransparencyItemState,
  action: TransparencyAction,
  actorId: string,
): TransitionResult {
  const rule = RULES[action];
  const isOfferer = item.offeredBy === actorId;
  if ((rule.by === 'offerer') !== isOfferer) return { ok: false, problem: 'forbidden' };
  if (!rule.from.includes(item.status)) return { ok: false, problem: 'wrong_state' };
  return { ok: true, status: rule.to, endedReason: rule.reason ?? null };
}

/** The status a person sees today: an item whose end date has passed has ended. */
export function effectiveStatus(item: TransparencyItemState, today: CalendarDate): TransparencyStatus {
  return item.status !== 'ended' && daysBetween(item.endsOn, today) > 0 ? 'ended' : item.status;
}

/** Which date field is wrong for a new or revised item, with plain words; null when both are fine. */
export function itemDatesProblem(
  endsOn: CalendarDate,
  reviewOn: CalendarDate,
  today: CalendarDate,
): { field: 'endsOn' | 'reviewOn'; message: string } | null {
  if (daysBetween(today, endsOn) < 1) return { field: 'endsOn', message: 'Choose an end date after today.' };
  if (daysBetween(today, endsOn) > MAX_ITEM_DAYS)
    return { field: 'endsOn', message: 'Choose an end date within a year; you can renew it later.' };
  if (daysBetween(today, reviewOn) < 0)
    return { field: 'reviewOn', message: 'Choose a review date from today on.' };
  if (daysBetween(reviewOn, endsOn) < 0)
    return { field: 'reviewOn', message: 'Review it on or before its end date.' };
  return null;
}

/** True when a running item's review is within the reminder window (or overdue). */
export function isReviewDue(item: TransparencyItemState, today: CalendarDate): boolean {
  const running = item.status === 'active' || item.status === 'paused';
  return (
    running &&
    effectiveStatus(item, today) !== 'ended' &&
    daysBetween(today, item.reviewOn) <= REVIEW_REMINDER_DAYS
  );
}
