import type { AlertNeed } from './api';

/** What a person can ask for when an alert goes, as they read it and as their partner reads it. */
export const NEED_WORDS: Record<AlertNeed, { mine: string; theirs: string; hint: string }> = {
  space: {
    mine: 'Some space',
    theirs: 'some space',
    hint: 'Let them know you are near and ready, then give them room. Check in later, gently.',
  },
  talk: {
    mine: 'To talk',
    theirs: 'to talk',
    hint: 'Make time now if you can. Listen first; you do not have to have answers.',
  },
  closeness: {
    mine: 'Closeness',
    theirs: 'closeness',
    hint: 'Be with them: sit nearby, hold them if they want that, or call if you are apart.',
  },
  reassurance: {
    mine: 'Reassurance',
    theirs: 'reassurance',
    hint: 'Tell them plainly where you are, what you are doing, and that you are committed to them.',
  },
};

/** How to respond to a partner who is triggered, in Mend's own words. */
export const RESPONSE_GUIDANCE: readonly { title: string; text: string }[] = [
  { title: 'Move toward them', text: 'Reply now, or go to them. Showing up is the message.' },
  { title: 'Say what you see', text: 'Something like “I can see this is hurting right now, and I’m here.”' },
  {
    title: 'Own your part',
    text: 'This pain traces back to what you did. Say so simply, without explaining it away.',
  },
  { title: 'Stay open', text: 'Offer to answer what they need to ask, now or when they are ready.' },
  { title: 'Recommit', text: 'Remind them that you are choosing this relationship and the work it takes.' },
];

/** What helps most to leave out. */
export const RESPONSE_AVOID =
  'Don’t argue with the feeling, try to fix it, or hurry it along. A trigger is not an accusation to defend against; it is a hurt asking to be met.';

/** The text of a notification about an alert: nothing on a lock screen says what it is about. */
export const DISCREET_NOTIFICATION = { title: 'Mend', body: 'Something is waiting for you.' };

/** Words a person can pick when logging a mood. */
export const EMOTION_WORDS = [
  'calm',
  'hopeful',
  'tired',
  'anxious',
  'sad',
  'angry',
  'numb',
  'lonely',
  'grateful',
  'confused',
  'ashamed',
  'steady',
] as const;

export const TRIGGER_KIND_WORDS = {
  song: 'A song',
  scene: 'A scene (film, show, post)',
  place: 'A place',
  notification: 'A notification or phone',
  date: 'A date or anniversary',
  other: 'Something else',
} as const;

export const WEEKDAY_WORDS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "42 seconds", "3 minutes", "1 hour 5 minutes". */
export function durationWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} hour${hours === 1 ? '' : 's'}${rest ? ` ${rest} minute${rest === 1 ? '' : 's'}` : ''}`;
}

/** A list in words: "closeness and reassurance". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
