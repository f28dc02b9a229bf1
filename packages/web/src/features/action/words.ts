import type { Outcome, Pillar, Recurrence } from '@mend/contracts';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  kept: 'Kept',
  renegotiated: 'Changed with notice',
  late: 'Done late',
  missed: 'Missed',
};

export const RECURRENCE_LABELS: Record<Recurrence | 'once', string> = {
  once: 'Once',
  daily: 'Every day',
  weekdays: 'Every weekday',
  weekly: 'Every week',
};

export const PILLAR_WORDS: Record<Pillar, { title: string; about: string }> = {
  honesty: {
    title: 'Honesty',
    about: 'The whole truth told once, and nothing new held back since.',
  },
  responsibility: {
    title: 'Responsibility',
    about: 'Owning what happened without a "but", and answering the questions it left.',
  },
  empathy: {
    title: 'Empathy',
    about: 'Listening without defending, and coming toward the hurt when it shows up.',
  },
  consistency: {
    title: 'Consistent action',
    about: 'Small promises kept, week after week, so trust has something to stand on.',
  },
};

export const WEEKDAY_LABELS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Quick updates for the repairing partner; `time` is a short local time such as "7:30 PM". */
export const UPDATE_TEMPLATES: readonly ((time: string) => string)[] = [
  (time) => `On my way now, home around ${time}.`,
  () => 'Meeting ran over. Heading out in a few minutes, I will text when I leave.',
  () => 'Still at work, thinking of you. Nothing has changed.',
  (time) => `Stopping for groceries on the way, home by ${time}.`,
];

export const MENU_HINTS = {
  low: 'For example: "Send a short text at lunch", "Tell me when you leave work"',
  high: 'For example: "Show me the bank statements each month", "Ask to move teams at work"',
};

/** "1 promise" / "3 promises". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "11 of 12 kept or changed with notice in the last 4 weeks", or what to say when nothing fell due. With
 * `upTo`, the same numbers hold over that longer span too: "…in the last 4 weeks; nothing else fell due in
 * the last 52 weeks."
 */
export function rateSentence(good: number, all: number, weeks: number, upTo = weeks): string {
  if (all === 0) return `Nothing fell due in the last ${upTo} weeks.`;
  const rate = `${good} of ${all} kept or changed with notice in the last ${weeks} weeks`;
  return upTo === weeks ? `${rate}.` : `${rate}; nothing else fell due in the last ${upTo} weeks.`;
}
