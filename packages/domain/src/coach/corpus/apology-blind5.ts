import type { CorpusItem } from './corpus-item';

// Blind round 6 ("blind5"): written after the learned layer was trained and its threshold chosen, and
// measured once with no tuning at all, in styles again new: bullet points, email sign-offs, Australian,
// Irish and Indian English, sarcasm, voice-memo rambles, one-liners. Its figure is the honest estimate.
/** Labelled apology texts, written blind after the blind4 measurement and never tuned on. */
export const APOLOGY_BLIND5: readonly CorpusItem[] = [
  { text: '- sorry\n- you were never around\n- it just happened', kinds: ['blame_shift', 'vague'] },
  { text: 'Sorry love, but you’d gone cold on me for ages, fair dinkum.', kinds: ['blame_shift'] },
  {
    text: 'Kindly accept my apology. You may recall that you had stopped all physical intimacy by March.',
    kinds: ['blame_shift'],
  },
  { text: 'Sorry if any of it stung.', kinds: ['conditional'] },
  { text: 'Should I have upset you, I do apologise. Regards, Tom', kinds: ['conditional'] },
  { text: 'Oh I’m SO sorry, I forgot you’re perfect.', kinds: ['non_apology'] },
  { text: 'Sorry that it all came out the way it did.', kinds: ['non_apology'] },
  { text: 'What do you want, blood? I said sorry.', kinds: ['non_apology'] },
  { text: 'sorry, twas only a bit of craic with a girl from work, nothing in it', kinds: ['minimizing'] },
  { text: 'Sorry. It barely counts, we were on a break-ish.', kinds: ['minimizing'] },
  { text: 'I apologise for the small matter of the messages.', kinds: ['minimizing'] },
  {
    text: 'so um, yeah, I was like really really low after the redundancy and she was there and I’m sorry',
    kinds: ['justification'],
  },
  { text: 'Sorry. Ten pints deep, what did you expect.', kinds: ['justification'] },
  { text: 'I did it because my father did it and his father did it. I am sorry.', kinds: ['justification'] },
  { text: 'sorry. honestly i’m the one who can’t look in the mirror right now', kinds: ['self_focus'] },
  {
    text: 'I am sorry. Do you know what it is like to wake up every day being me after this?',
    kinds: ['self_focus'],
  },
  { text: 'Sorry. Now let bygones be bygones yeah?', kinds: ['pressure'] },
  { text: 'I apologise, and I trust we can now draw a line under it.', kinds: ['pressure'] },
  { text: 'Please yaar, forgive and forget, I said sorry na.', kinds: ['pressure'] },
  { text: 'Sorry about everything that went on.', kinds: ['vague'] },
  { text: 'Apologies for how things unfolded this year.', kinds: ['vague'] },
  // clean
  { text: 'I’m sorry I lied about the trip to Leeds. I was with her. I won’t lie to you again.', kinds: [] },
  {
    text: '- I cheated\n- I lied about it\n- I am sorry\n- I am in counselling to understand why',
    kinds: [],
  },
  {
    text: 'Dear Priya, I apologise for deceiving you about my debts. You should never have had to find out from the bank.',
    kinds: [],
  },
  { text: 'sorry i hurt you. no buts', kinds: [] },
  {
    text: 'I know you feel like a stranger is living in our house. I made you feel that by lying. I am sorry.',
    kinds: [],
  },
  { text: 'Sorry mate, I mean it, I broke your trust and I owe you the truth.', kinds: [] },
  {
    text: 'I’m ashamed, yes, but you are the one who was wronged. I am sorry for the affair.',
    kinds: [],
  },
  { text: 'I am sorry for the hurt I caused you when I kept seeing him.', kinds: [] },
  { text: 'I won’t rush you. I am sorry, and I will keep being sorry in what I do.', kinds: [] },
  {
    text: 'so I’ve been thinking all day and I just want to say I lied to you and it was cruel and I’m sorry',
    kinds: [],
  },
  { text: 'If you ever want to ask about that night, I will tell you everything. I’m sorry.', kinds: [] },
  { text: 'I betrayed you. Full stop. I am sorry.', kinds: [] },
];
