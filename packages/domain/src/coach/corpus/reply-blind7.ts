import type { CorpusItem } from './corpus-item';

// Blind round 8 ("blind7"): written after the blind6 round of changes and measured once, with no tuning
// afterwards, in styles again new: Gen-Z slang ("ngl", "lowkey", "fr"), emoji, all caps, Scottish, South African
// and Singaporean English, asides in brackets, semicolon run-ons, reported dialogue, numbered steps, postscripts.
/** Labelled reply texts, written blind after the blind6 round and never tuned on. */
export const REPLY_BLIND7: readonly CorpusItem[] = [
  // defensive
  { text: 'ngl that’s not fair, i’ve been trying so hard', kinds: ['defensive'] },
  { text: 'I NEVER SAID THAT.', kinds: ['defensive'] },
  { text: 'Och, I’m no’ the bad guy here.', kinds: ['defensive'] },
  { text: 'I told you everything already lah, what else you want?', kinds: ['defensive'] },
  { text: 'That is simply not true and you know it.', kinds: ['defensive'] },
  { text: 'Why are you attacking me?', kinds: ['defensive'] },
  // minimizing
  { text: 'it’s not that deep babe 😂', kinds: ['minimizing'] },
  { text: 'You’re making a big deal over nothing, shame.', kinds: ['minimizing'] },
  { text: 'Relax, it was just a couple of texts.', kinds: ['minimizing'] },
  { text: 'You’re being paranoid.', kinds: ['minimizing'] },
  { text: 'Honestly it was nothing (she is married anyway).', kinds: ['minimizing'] },
  { text: 'You need to chill, fr.', kinds: ['minimizing'] },
  // counter_attack
  { text: 'ok and ur the one who kept her ex on insta??', kinds: ['counter_attack'] },
  { text: 'WHAT ABOUT WHAT YOU DID?', kinds: ['counter_attack'] },
  { text: 'Don’t you dare lecture me after your stunt last summer.', kinds: ['counter_attack'] },
  { text: 'You’re no angel yourself, hey.', kinds: ['counter_attack'] },
  { text: 'You were texting Mark the whole time too.', kinds: ['counter_attack'] },
  // justification
  { text: 'i was so lonely tho 😞', kinds: ['justification'] },
  { text: 'I was steaming, I don’t even remember it.', kinds: ['justification'] },
  { text: 'The stress at work was unbearable; I needed an outlet; she was there.', kinds: ['justification'] },
  { text: 'It only happened because we weren’t talking.', kinds: ['justification'] },
  { text: 'I had a really tough childhood, you know that.', kinds: ['justification'] },
  // rushing
  { text: 'can we not rn', kinds: ['rushing'] },
  { text: 'ENOUGH ALREADY.', kinds: ['rushing'] },
  { text: 'It’s been six months; surely we can move on.', kinds: ['rushing'] },
  { text: 'Let’s just forget it ever happened.', kinds: ['rushing'] },
  { text: 'Can we leave it for tonight, I’m shattered.', kinds: ['rushing'] },
  { text: 'Ag, let it go now man.', kinds: ['rushing'] },
  // mixed
  {
    text: 'I’m sorry you found out like that. But honestly, you were never home, what did you expect?',
    kinds: ['counter_attack', 'justification', 'defensive'],
  },
  {
    text: 'I hear you. P.S. can we please not talk about it at your mum’s on Sunday, it’s been weeks.',
    kinds: ['rushing'],
  },
  // clean
  { text: 'ur right. i’m sorry. i’m listening', kinds: [] },
  { text: 'I HEAR YOU. I’M SO SORRY.', kinds: [] },
  { text: 'That must have felt awful 💔', kinds: [] },
  { text: 'Aye, you’re right, I was out of order.', kinds: [] },
  { text: 'You are right lah, I should have told you.', kinds: [] },
  { text: 'I get it. You don’t owe me trust right now.', kinds: [] },
  { text: 'Of course it still hurts. It hasn’t been long.', kinds: [] },
  { text: 'You asked me "why her?" and I didn’t answer properly. Can I try now?', kinds: [] },
  {
    text: '1. You’re right.\n2. I lied.\n3. I’ll answer anything else you want to ask.',
    kinds: [],
  },
  { text: 'I understand why you checked my phone; I gave you every reason to.', kinds: [] },
  { text: 'I’m not going to argue. Tell me what you need.', kinds: [] },
  { text: 'That makes sense. I’d feel the same.', kinds: [] },
  { text: 'Thank you for telling me instead of keeping it in.', kinds: [] },
  { text: 'I can see you’re exhausted from carrying this.', kinds: [] },
  { text: 'I don’t want to rush you. Take whatever time you need.', kinds: [] },
  { text: 'You’re not being paranoid; I gave you reasons to doubt me.', kinds: [] },
  { text: 'I know it wasn’t "just texts" to you. It wasn’t to me either, really.', kinds: [] },
  { text: 'I hear that Sundays are the worst. What would help on Sundays?', kinds: [] },
  { text: 'Sorry, I got defensive there. You were telling me how it felt.', kinds: [] },
  { text: 'Fair. I did that. I’m sorry.', kinds: [] },
  { text: 'I’m glad you told me. Keep telling me, even when it’s hard.', kinds: [] },
  { text: 'Yes, I was with her that night. I’m sorry I lied.', kinds: [] },
  { text: 'We can talk about it tonight, tomorrow, whenever you want.', kinds: [] },
  { text: 'It sounds like you felt really alone. I’m so sorry.', kinds: [] },
  { text: 'I was wrong to call you dramatic. You weren’t.', kinds: [] },
];
