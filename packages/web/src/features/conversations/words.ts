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

export const STEP_LABELS = {
  appreciations: 'Appreciations',
  went_well: 'What went well',
  topic: 'One topic',
  turns: 'Speaking and listening',
  closing: 'Closing',
} as const;

/** What each step is for, said plainly. */
export const STEP_GUIDE = {
  appreciations:
    'Each of you names one thing you appreciated in the other since you last sat down like this. Say it out loud. Small things count.',
  went_well:
    'What went a little better between you lately? One moment is enough. It helps to remember that not every day was hard.',
  topic: 'Pick one topic for today, only one. The rest can wait for another check-in; it will still be here.',
  turns:
    'One of you speaks, the other listens. Before answering, the listener says back what they heard, until the speaker feels it was caught. Then the turn passes.',
  closing:
    'Before you stop: each of you says, privately, how heard you felt today. Your partner will not see your answer.',
} as const;

/** The ground rules kept in view during a check-in. */
export const GROUND_RULES = [
  'One speaks, one listens. No interrupting.',
  'The listener sums up before answering.',
  'Speak about yourself: “I felt…”, not “you always…”.',
  'Either of you can ask for a pause. The other says yes.',
  'When the time is up, you stop kindly, even in the middle of a topic.',
];

export const HEARD_LABELS = ['Not heard at all', 'A little', 'Partly', 'Mostly', 'Fully heard'];

/** A saved answer read back in a sentence, by score (1 to 5). */
export const HEARD_SAVED = [
  'you did not feel heard at all',
  'you felt a little heard',
  'you felt partly heard',
  'you felt mostly heard',
  'you felt fully heard',
];

export const REPAIR_STAGE_LABELS = {
  sides: 'Sides being written',
  summaries: 'Summing up each other',
  complete: 'Both sides heard',
} as const;

/** The five steps of a repair, as the form asks them. */
export const REPAIR_QUESTIONS = {
  feelings: { label: 'What did you feel?', hint: 'Pick the words that fit. Several are fine.' },
  reality: {
    label: 'What happened, as you lived it',
    hint: 'Your reality, not the facts to win on. Your partner will sum it up in their own words.',
  },
  trigger: { label: 'What set it off for you', hint: 'A word, a silence, a place, a time of day.' },
  owns: { label: 'What you own in it', hint: 'Only your part. No “but”.' },
  nextTime: { label: 'One thing you will do next time', hint: 'Small and concrete is best.' },
} as const;
