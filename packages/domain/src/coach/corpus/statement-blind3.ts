import type { CorpusItem } from './corpus-item';

// Blind round 4 ("blind3"): written after the blind2 generalisation and before any further tuning, in
// styles still new (voice-to-text run-ons, line breaks, emoji, capitals, letters, regional slang,
// therapy-speak, English as a second language). Its first figure is our estimate for unseen writing.
/** Labelled I-statement texts, written blind after the blind2 rules. */
export const STATEMENT_BLIND3: readonly CorpusItem[] = [
  // accusation
  { text: 'You’re not even sorry, you’re sorry you got caught.', kinds: ['accusation'] },
  { text: 'YOU LIED TO ME', kinds: ['accusation'] },
  { text: 'you clearly dont give a toss about me', kinds: ['accusation'] },
  { text: 'You put her before your own children.', kinds: ['accusation'] },
  { text: 'So you’re going to pretend nothing happened?', kinds: ['accusation'] },
  { text: 'You don’t get to decide when I’m over it.', kinds: ['accusation'] },
  { text: 'You only told me because she threatened to.', kinds: ['accusation'] },
  { text: 'Why didn’t you just leave instead of doing this?', kinds: ['accusation'] },
  { text: 'u let me believe i was going mad for months', kinds: ['accusation'] },
  { text: 'You’ve made a fool of me in front of everyone we know.', kinds: ['accusation'] },
  { text: 'You’re hiding something again, I can tell.', kinds: ['accusation'] },
  { text: 'You were happy to let me take the blame for the money.', kinds: ['accusation'] },
  // absolute
  { text: 'you ALWAYS have an excuse', kinds: ['absolute'] },
  { text: 'Every time I try to talk you shut down.', kinds: ['absolute'] },
  { text: 'You never, ever think about anyone but yourself.', kinds: ['absolute', 'accusation'] },
  { text: 'Nothing I say gets through to you.', kinds: ['absolute'] },
  { text: 'You’re forever on your phone at dinner.', kinds: ['absolute'] },
  { text: 'You have broken every single promise.', kinds: ['absolute', 'accusation'] },
  { text: 'All you ever do is lie.', kinds: ['absolute', 'accusation'] },
  { text: 'Not once in twenty years have you put me first.', kinds: ['absolute'] },
  // character_attack
  { text: 'You’re a fraud.', kinds: ['character_attack'] },
  { text: 'ur such a dog', kinds: ['character_attack'] },
  { text: 'Honestly, you are a vile human.', kinds: ['character_attack'] },
  { text: 'Spineless. That’s what you are.', kinds: ['character_attack'] },
  { text: 'You’re a sad little man.', kinds: ['character_attack'] },
  { text: 'You cheating scumbag 😡', kinds: ['character_attack'] },
  { text: 'You’re an embarrassment to this family.', kinds: ['character_attack'] },
  { text: 'You are a selfish, lying coward and everyone knows it.', kinds: ['character_attack'] },

  // clean
  { text: 'When I saw the hotel receipt, I felt sick.', kinds: [] },
  { text: 'I need you to come with me to the appointment on Monday.', kinds: [] },
  { text: 'i feel really low today and i need a hug', kinds: [] },
  { text: 'I’m not ready to share a bed yet.', kinds: [] },
  { text: 'I felt proud of us for getting through dinner with your parents.', kinds: [] },
  { text: 'When you told me the dates, I felt like the floor went.', kinds: [] },
  { text: 'I need honesty from you, even when it’s hard to hear.', kinds: [] },
  { text: 'I’m struggling with the anniversary coming up.', kinds: [] },
  { text: 'I get scared when your phone lights up and you turn it over.', kinds: [] },
  { text: 'I would like you to tell me before you go for drinks with the team.', kinds: [] },
  { text: 'Today was a hard day. I kept thinking about the messages.', kinds: [] },
  { text: 'I feel hurt that I heard about it from your brother.', kinds: [] },
  { text: 'It helped me when you sat with me last night and didn’t try to fix it.', kinds: [] },
  { text: 'I need a few days at my sister’s to think.', kinds: [] },
  { text: 'My chest tightens every time I drive past that hotel.', kinds: [] },
  { text: 'I want us to try, and I’m scared.', kinds: [] },
  { text: 'When you went quiet on the phone, I panicked.', kinds: [] },
  { text: 'I feel angry today and I don’t want to pretend I’m not.', kinds: [] },
  { text: 'I’d like us to agree on a time each week to talk about it.', kinds: [] },
  { text: 'I noticed you put your phone face up on the table. That meant a lot to me.', kinds: [] },
  { text: 'i just want to feel safe again', kinds: [] },
  { text: 'I felt betrayed when I learnt it had started before our wedding.', kinds: [] },
];
