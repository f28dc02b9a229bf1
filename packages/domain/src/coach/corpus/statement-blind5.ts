import type { CorpusItem } from './corpus-item';

// Blind round 6 ("blind5"): written after the learned layer was trained and its threshold chosen, and
// measured once with no tuning at all, in styles again new: bullet points, sarcasm, Australian, Irish and
// Indian English, voice-memo rambles, one-liners. Its figure is the honest estimate.
/** Labelled I-statement texts, written blind after the blind4 measurement and never tuned on. */
export const STATEMENT_BLIND5: readonly CorpusItem[] = [
  { text: 'You played me for a fool, yaar.', kinds: ['accusation'] },
  { text: '- you lied\n- you hid it\n- you blamed me', kinds: ['accusation'] },
  { text: 'Oh well done, you really outdid yourself this time.', kinds: ['accusation'] },
  { text: 'You think sorry fixes everything.', kinds: ['accusation'] },
  { text: 'you made me doubt my own sanity', kinds: ['accusation'] },
  { text: 'You went behind my back with my best friend.', kinds: ['accusation'] },
  { text: 'So you just decided our marriage vows were optional.', kinds: ['accusation'] },
  { text: 'You’re only nice to me when you want something.', kinds: ['accusation'] },
  { text: 'You never tell the truth unless you are cornered.', kinds: ['absolute', 'accusation'] },
  { text: 'Every bloody time, mate. Every time.', kinds: ['absolute'] },
  { text: 'Always excuses with you, always.', kinds: ['absolute'] },
  { text: 'You don’t ever listen to a word I say.', kinds: ['absolute', 'accusation'] },
  { text: 'Nothing you say means anything any more.', kinds: ['absolute', 'accusation'] },
  { text: 'You’re a lying toerag.', kinds: ['character_attack'] },
  { text: 'Absolute scumbag.', kinds: ['character_attack'] },
  { text: 'You are a useless fella, so you are.', kinds: ['character_attack'] },
  { text: 'You are rotten to the core.', kinds: ['character_attack'] },
  { text: 'you’re such a creep', kinds: ['character_attack'] },
  { text: 'You are a heartless man.', kinds: ['character_attack'] },
  // clean
  { text: 'I feel gutted. I need a few days on my own.', kinds: [] },
  { text: '- I feel betrayed\n- I need honesty\n- I need time', kinds: [] },
  { text: 'When you answered my question with a joke, I felt brushed off.', kinds: [] },
  {
    text: 'I’d like you to tell me the whole story, from the start, even the bits that are hard.',
    kinds: [],
  },
  {
    text: 'so I was driving and I started crying and I realised I’m still really angry and I need you to know',
    kinds: [],
  },
  { text: 'I appreciated that you came to the session with me. It meant a lot.', kinds: [] },
  { text: 'When you say “trust me”, I feel pressure, because I can’t yet.', kinds: [] },
  { text: 'I am not ready to forgive. I need you to accept that.', kinds: [] },
  { text: 'I need us to agree that you will tell me if she contacts you.', kinds: [] },
  { text: 'I feel scared when you are late and don’t call.', kinds: [] },
  { text: 'I miss who we were. I want to know if we can get there again.', kinds: [] },
  { text: 'Can you help me understand what you were feeling back then?', kinds: [] },
];
