import type { CorpusItem } from './corpus-item';

// Blind round 7 ("blind6"): written before any change for it and measured first ("before" in decision
// 020), in registers the earlier rounds did not use: text-message shorthand with typos, one-liners, long
// rambling paragraphs, formal and legal wording, non-native English, British and Australian idiom, clean
// and flawed sentences mixed in one text, questions and lists. Tuned on after the "before" measurement.
/** Labelled I-statement texts, written blind before the blind6 round of changes. */
export const STATEMENT_BLIND6: readonly CorpusItem[] = [
  // accusation
  { text: 'u lied 2 me for a yr', kinds: ['accusation'] },
  { text: 'You made a mug of me in front of everyone.', kinds: ['accusation'] },
  {
    text: 'You have, on numerous occasions, misrepresented your whereabouts to me.',
    kinds: ['accusation'],
  },
  { text: 'You only care about yourself.', kinds: ['accusation'] },
  { text: 'Why did you do this to me?', kinds: ['accusation'] },
  { text: 'You chose her over your own family.', kinds: ['accusation'] },
  { text: 'You are treating me like I am stupid.', kinds: ['accusation'] },
  { text: 'you knew exactly what you were doing', kinds: ['accusation'] },
  { text: 'You don’t even care that I’m hurting.', kinds: ['accusation'] },
  { text: 'You’ve wrecked everything we built.', kinds: ['accusation'] },
  { text: 'How could you look me in the eye and lie?', kinds: ['accusation'] },
  {
    text: 'I’ve tried so hard, I really have, I went to the counsellor, I read the books, I stopped asking about it every night, and you just sit there on your phone like none of it is your problem.',
    kinds: ['accusation'],
  },
  // absolute
  { text: 'you ALWAYS do this', kinds: ['absolute', 'accusation'] },
  { text: 'Not once have you said sorry and meant it.', kinds: ['absolute', 'accusation'] },
  { text: 'Every time I trust you, you let me down.', kinds: ['absolute', 'accusation'] },
  { text: 'You constantly put everyone else first.', kinds: ['absolute', 'accusation'] },
  { text: 'Nothing ever changes with you.', kinds: ['absolute'] },
  { text: 'You forget everything I tell you, every single thing.', kinds: ['absolute', 'accusation'] },
  { text: 'You’re forever on that phone.', kinds: ['absolute', 'accusation'] },
  { text: 'Everything out of your mouth is a lie.', kinds: ['absolute', 'accusation'] },
  { text: 'You never once asked how I was.', kinds: ['absolute', 'accusation'] },
  // character_attack
  { text: 'ur a snake', kinds: ['character_attack'] },
  { text: 'You are a pathetic excuse for a husband.', kinds: ['character_attack'] },
  { text: 'What a spineless little man.', kinds: ['character_attack'] },
  { text: 'You’re a two-faced cow.', kinds: ['character_attack'] },
  { text: 'He is a liar and a cheat, and you are no better.', kinds: ['character_attack'] },
  { text: 'You are selfish person, very selfish.', kinds: ['character_attack'] },
  { text: 'Honestly you’re a bit of a wanker.', kinds: ['character_attack'] },
  { text: 'You are disgusting.', kinds: ['character_attack'] },
  // mixed
  {
    text: 'I feel really lonely in the evenings. You’re a selfish pig though, so why would you care.',
    kinds: ['character_attack'],
  },
  {
    text: 'When you went out last night without saying where, I felt scared. You never tell me anything.',
    kinds: ['absolute', 'accusation'],
  },
  // clean
  { text: 'i feel scared when u go quiet', kinds: [] },
  { text: 'I felt humiliated when I found the messages.', kinds: [] },
  { text: 'When you came home late, I felt anxious and I needed a text.', kinds: [] },
  {
    text: 'I would like to record that I am finding the evenings very difficult, and I would appreciate it if we could talk at a set time each week.',
    kinds: [],
  },
  { text: 'I need some space tonight. Can we talk tomorrow?', kinds: [] },
  { text: 'I feel like I can’t trust my own judgement right now.', kinds: [] },
  { text: 'Can you tell me where you were on Friday? I need to know.', kinds: [] },
  { text: 'I’m gutted, to be honest. I need a bit of time.', kinds: [] },
  { text: 'When I saw her name on your phone, my stomach dropped.', kinds: [] },
  { text: 'I feel very alone in this house now.', kinds: [] },
  {
    text: 'I keep thinking about it at work, and in the car, and when I’m trying to sleep, and I think what I need most is to know that you’ll answer honestly when I ask, even when it’s the same question again.',
    kinds: [],
  },
  { text: 'I need you to be patient with me.', kinds: [] },
  { text: 'I felt invisible at the party when you spent the night talking to him.', kinds: [] },
  {
    text: '- I feel hurt\n- I need honesty\n- I would like us to see someone together',
    kinds: [],
  },
  { text: 'I am very sad. I need time for understanding what happened.', kinds: [] },
  { text: 'It hurts when I think about the holiday.', kinds: [] },
  { text: 'I’m not ready to talk about the wedding yet.', kinds: [] },
  { text: 'I felt stupid for believing you. I don’t want to feel that again.', kinds: [] },
  { text: 'Thank you for listening last night. It helped me.', kinds: [] },
  { text: 'I always feel better after we walk together.', kinds: [] },
  { text: 'I need to know you’ve stopped all contact with her.', kinds: [] },
  { text: 'When you’re late and don’t call, I panic. Could you text me?', kinds: [] },
  { text: 'i miss us', kinds: [] },
  { text: 'I’m struggling today and I don’t know why.', kinds: [] },
  { text: 'I feel like a fool, and I need you to understand that.', kinds: [] },
  { text: 'Could we agree that you’ll tell me if she contacts you?', kinds: [] },
  { text: 'I felt betrayed, and I still do some days.', kinds: [] },
  { text: 'I’m finding it hard to be close to you right now.', kinds: [] },
  { text: 'Part of me wants to forgive you and part of me is terrified.', kinds: [] },
  { text: 'I would feel safer if we shared our locations for a while.', kinds: [] },
];
