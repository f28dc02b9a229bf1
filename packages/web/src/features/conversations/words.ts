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

/** "asked today", "waiting 3 days", "answered the same day", "declined after 2 days". */
export function ageText(days: number, status: keyof typeof STATUS_LABELS): string {
  const n = `${days} ${days === 1 ? 'day' : 'days'}`;
  if (status === 'answered' || status === 'declined')
    return days === 0 ? `${status} the same day` : `${status} after ${n}`;
  return days === 0 ? 'asked today' : `waiting ${n}`;
}
