import type { CorpusItem } from './corpus-item';

// Blind round 6 ("blind5"): written after the learned layer was trained and its threshold chosen, and
// measured once with no tuning at all, in styles again new: bullet points, sarcasm, Australian, Irish and
// Indian English, voice-memo rambles, one-liners. Its figure is the honest estimate.
/** Labelled reply texts, written blind after the blind4 measurement and never tuned on. */
export const REPLY_BLIND5: readonly CorpusItem[] = [
  { text: 'I’ve bent over backwards for you since it came out.', kinds: ['defensive'] },
  { text: 'Rubbish. I never said that.', kinds: ['defensive'] },
  { text: 'I was not hiding anything, I just didn’t think to mention it.', kinds: ['defensive'] },
  { text: 'Excuse me for having a life outside this house.', kinds: ['defensive'] },
  { text: 'Stop being such a drama llama about it.', kinds: ['minimizing'] },
  { text: 'It’s a nothing burger, babe.', kinds: ['minimizing'] },
  { text: 'You’re getting worked up over a photo.', kinds: ['minimizing'] },
  { text: 'Bit rich coming from you, isn’t it?', kinds: ['counter_attack'] },
  { text: 'Remember your little office romance? Thought not.', kinds: ['counter_attack'] },
  { text: 'You’re hardly innocent here yourself.', kinds: ['counter_attack'] },
  { text: 'Pot, kettle, black.', kinds: ['counter_attack'] },
  { text: 'I was going through a lot with the business failing, you know that.', kinds: ['justification'] },
  { text: 'it was the drink talking, not me', kinds: ['justification'] },
  { text: 'My mental health was at rock bottom back then.', kinds: ['justification'] },
  { text: 'Can we not do this now, I have an early start.', kinds: ['rushing'] },
  { text: 'Yaar, enough now, how long you will keep on this.', kinds: ['rushing'] },
  { text: 'Let’s just draw a line under it and crack on.', kinds: ['rushing'] },
  { text: 'Sure, bring it up again, why not.', kinds: ['rushing'] },
  // clean
  { text: 'You’re right. I did that, and it was cruel.', kinds: [] },
  { text: '- I hear you\n- I’m sorry\n- ask me anything', kinds: [] },
  { text: 'Thanks for telling me it still hurts. I’d rather know.', kinds: [] },
  { text: 'I used to say you were overreacting. You weren’t. I’m sorry I said it.', kinds: [] },
  { text: 'It makes sense that the photo set you off. I’m here.', kinds: [] },
  { text: 'no rush love, whenever you’re ready', kinds: [] },
  {
    text: 'so I was thinking about what you said last night and you’re right, I made it about me, and I want to listen properly this time',
    kinds: [],
  },
  { text: 'I can hear how exhausted you are. What would help tonight?', kinds: [] },
  { text: 'Back then I chose to lie to you. That is on me.', kinds: [] },
  { text: 'You have every right to be furious.', kinds: [] },
  { text: 'I know this feels endless. I’ll keep answering for as long as you need.', kinds: [] },
  { text: 'I’m not going to argue. You’re telling me how it felt and I believe you.', kinds: [] },
];
