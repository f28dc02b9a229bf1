import type { NeedKind, QuestionCategory } from './api';

export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  timeline: 'The timeline',
  relationship: 'The nature of the relationship',
  secrecy: 'The secrecy',
  now: 'Where things stand now',
};

export const STATUS_LABELS = {
  open: 'Waiting',
  answered: 'Answered',
  declined: 'Declined',
  follow_up: 'Kept for the next check-in',
} as const;

export const NEED_LABELS: Record<NeedKind, string> = {
  detail: 'A detail',
  reassurance: 'Reassurance',
  space: 'Some space',
  closeness: 'Closeness',
  action: 'An action',
};

export const WEEKDAY_LABELS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "waiting 3 days", "waited 1 day", "today". */
export function ageText(days: number, settled: boolean): string {
  if (days === 0) return settled ? 'the same day' : 'asked today';
  return `${settled ? 'waited' : 'waiting'} ${days} ${days === 1 ? 'day' : 'days'}`;
}
