import type { CorpusItem } from './corpus-item';

// Blind round 3 ("blind2"): written before the rules were changed for it, in styles the earlier corpus
// lacks (texting, long paragraphs, formal, British spelling, curly quotes, indirect wording). Measured
// first, then the rules were generalised; both figures are in docs/decisions/020-coach-rules-and-lexicons.md.
/** Labelled reply texts, written blind before the rules were generalised. */
export const REPLY_BLIND2: readonly CorpusItem[] = [
  // defensive
  { text: 'That’s not fair.', kinds: ['defensive'] },
  { text: 'i said i was sorry what more do u want', kinds: ['defensive'] },
  { text: 'I’m trying my best here.', kinds: ['defensive'] },
  { text: 'That’s not what happened and you know it.', kinds: ['defensive'] },
  { text: 'I never said that.', kinds: ['defensive'] },
  { text: 'I don’t think that’s a fair way to describe it.', kinds: ['defensive'] },
  { text: 'Excuse me? I have been nothing but honest since then.', kinds: ['defensive'] },
  { text: 'wow ok so im just a terrible person then', kinds: ['defensive'] },
  // minimizing
  { text: 'ur overreacting', kinds: ['minimizing'] },
  { text: 'You’re being paranoid, it was a work lunch.', kinds: ['minimizing'] },
  { text: 'It really isn’t as bad as you’re making out.', kinds: ['minimizing'] },
  { text: 'It was a few texts, not an affair.', kinds: ['minimizing'] },
  { text: 'You’re reading far too much into it.', kinds: ['minimizing'] },
  { text: 'it was nothing babe honestly', kinds: ['minimizing'] },
  { text: 'You’re getting yourself worked up again.', kinds: ['minimizing'] },
  // counter_attack
  { text: 'You’re not perfect either.', kinds: ['counter_attack'] },
  { text: 'You’ve done things too, don’t forget that.', kinds: ['counter_attack'] },
  { text: 'You’re the one who stopped wanting me.', kinds: ['counter_attack'] },
  { text: 'what about the stuff u did last year', kinds: ['counter_attack'] },
  { text: 'Maybe if you weren’t so cold I wouldn’t have looked elsewhere.', kinds: ['counter_attack'] },
  { text: 'And you’re so honest all the time, are you?', kinds: ['counter_attack'] },
  { text: 'You pushed me away for years and now I’m the villain.', kinds: ['counter_attack', 'defensive'] },
  // justification
  { text: 'I was lonely and you know it.', kinds: ['justification'] },
  { text: 'I only did it cos I was drunk', kinds: ['justification'] },
  { text: 'Work was crushing me that whole year.', kinds: ['justification'] },
  { text: 'It happened because I felt invisible at home.', kinds: ['justification'] },
  { text: 'I wasn’t in my right mind after the redundancy.', kinds: ['justification'] },
  { text: 'She was there for me when I needed someone.', kinds: ['justification'] },
  // rushing
  { text: 'Can we not do this now?', kinds: ['rushing'] },
  { text: 'How long is this going to take?', kinds: ['rushing'] },
  { text: 'I thought we were past this.', kinds: ['rushing'] },
  { text: 'it’s in the past babe', kinds: ['rushing'] },
  { text: 'Not tonight, I’m shattered.', kinds: ['rushing'] },
  { text: 'Do we have to go through this every evening?', kinds: ['rushing'] },
  { text: 'When are we going to get back to normal?', kinds: ['rushing'] },
  { text: 'get over it already', kinds: ['rushing'] },

  // clean
  { text: 'I hear you. Tell me more about what last night was like for you.', kinds: [] },
  { text: 'ur right. i’m sorry. i’m listening', kinds: [] },
  { text: 'That makes complete sense, given what I did.', kinds: [] },
  { text: 'You’re not overreacting. I’d feel the same.', kinds: [] },
  { text: 'Take all the time you need, I’m not going anywhere.', kinds: [] },
  { text: 'I can see how much that hurt you.', kinds: [] },
  { text: 'Thank you for telling me instead of keeping it in.', kinds: [] },
  { text: 'I understand why you checked my phone. I gave you every reason to.', kinds: [] },
  { text: 'Of course you’re angry. I would be too.', kinds: [] },
  {
    text: 'I have been thinking about what you said this morning, about the anniversary. You are right that I made the day about me, and I can see how lonely that left you. I want to hear the rest, whenever you feel like telling me.',
    kinds: [],
  },
  { text: 'We can talk about it as long as you need.', kinds: [] },
  { text: 'It’s not in the past for you, and I understand that.', kinds: [] },
  { text: 'That was a fair question. Yes, I saw her on Tuesday, and I should have told you.', kinds: [] },
  { text: 'i get it. i’d be scared too. what can i do right now', kinds: [] },
  { text: 'I’m so sorry. What I did caused this.', kinds: [] },
  { text: 'You don’t have to be okay with it. I’m here.', kinds: [] },
  { text: 'I’m not going to ask you to move on. Tell me what you need.', kinds: [] },
  { text: 'Your feelings are valid, all of them.', kinds: [] },
  { text: 'I know this isn’t the first time you’ve had to ask. I’m sorry it’s on you to ask.', kinds: [] },
  { text: 'Would it help if I showed you my messages tonight?', kinds: [] },
  { text: 'I’m glad you told me it still hurts.', kinds: [] },
  { text: 'You don’t need to apologise for asking. Ask me anything.', kinds: [] },
  { text: 'That must have been awful, seeing her at the school gate.', kinds: [] },
  { text: 'I can’t imagine how hard this week has been for you.', kinds: [] },
  { text: 'I’ll answer that honestly. Yes, we met twice more after I said it had ended.', kinds: [] },
  { text: 'You deserve a straight answer, so here it is.', kinds: [] },
  { text: 'I’m listening. I won’t argue with how you feel.', kinds: [] },
  { text: 'Thank you for trusting me with that. I know it wasn’t easy to say.', kinds: [] },
  { text: 'it makes sense ur upset. i’m here', kinds: [] },
  { text: 'I’m sorry I made you feel like you were going mad.', kinds: [] },
];
