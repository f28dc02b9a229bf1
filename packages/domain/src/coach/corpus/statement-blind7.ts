import type { CorpusItem } from './corpus-item';

// Blind round 8 ("blind7"): written after the blind6 round of changes and measured once, with no tuning
// afterwards, in styles again new: Gen-Z slang ("ngl", "lowkey", "fr"), emoji, all caps, Scottish, South African
// and Singaporean English, asides in brackets, semicolon run-ons, reported dialogue, numbered steps, postscripts.
/** Labelled I-statement texts, written blind after the blind6 round and never tuned on. */
export const STATEMENT_BLIND7: readonly CorpusItem[] = [
  // accusation
  { text: 'u literally lied to my face 🙄', kinds: ['accusation'] },
  { text: 'YOU BETRAYED ME.', kinds: ['accusation'] },
  { text: 'Ye took me for a right mug.', kinds: ['accusation'] },
  { text: 'You just want me to shut up about it so you can feel better.', kinds: ['accusation'] },
  { text: 'You were sneaking around behind my back for months.', kinds: ['accusation'] },
  { text: 'You’re only sorry because she dumped you.', kinds: ['accusation'] },
  { text: 'You humiliated me (in front of my own sister, no less).', kinds: ['accusation'] },
  { text: 'Why can’t you just admit what you did?', kinds: ['accusation'] },
  { text: 'You never cared how this would land on me lah.', kinds: ['accusation', 'absolute'] },
  { text: 'you lowkey enjoyed the attention and you know it', kinds: ['accusation'] },
  // absolute
  { text: 'EVERY. SINGLE. TIME.', kinds: ['absolute'] },
  { text: 'You always twist what I say.', kinds: ['absolute', 'accusation'] },
  { text: 'u never ever think of me fr', kinds: ['absolute', 'accusation'] },
  { text: 'You’re always, always on that phone.', kinds: ['absolute', 'accusation'] },
  {
    text: 'Not one single day goes by without you lying about something.',
    kinds: ['absolute', 'accusation'],
  },
  { text: 'You forget every promise you make.', kinds: ['absolute', 'accusation'] },
  { text: 'You are constantly hiding stuff from me.', kinds: ['absolute', 'accusation'] },
  { text: 'All you ever do is lie.', kinds: ['absolute', 'accusation'] },
  // character_attack
  { text: 'ur such a clown 🤡', kinds: ['character_attack'] },
  { text: 'YOU ARE A LIAR.', kinds: ['character_attack'] },
  { text: 'You’re a sleekit wee rat.', kinds: ['character_attack'] },
  { text: 'You are a fake and a coward, jislaaik.', kinds: ['character_attack'] },
  { text: 'Such a snake. Honestly.', kinds: ['character_attack'] },
  { text: 'You are pathetic.', kinds: ['character_attack'] },
  { text: 'You’re a horrible human being.', kinds: ['character_attack'] },
  { text: 'Grow a spine, you jellyfish.', kinds: ['character_attack'] },
  // mixed
  {
    text: 'I felt so small at the wedding. You’re a selfish git and you always will be.',
    kinds: ['character_attack', 'absolute'],
  },
  {
    text: 'I need us to talk tonight; you ignored every single message I sent yesterday.',
    kinds: ['absolute', 'accusation'],
  },
  // clean
  { text: 'ngl i feel really unsafe rn', kinds: [] },
  { text: 'I FEEL SO HURT.', kinds: [] },
  { text: 'When you went quiet at dinner I felt shut out 😔', kinds: [] },
  { text: 'I’m no’ coping well the day. I need a wee bit of space.', kinds: [] },
  { text: 'I feel very sad lah, I need you to be honest with me.', kinds: [] },
  { text: 'I felt sick when I saw her message (the one from March).', kinds: [] },
  { text: 'I need you to tell me the truth, even when it is hard.', kinds: [] },
  { text: 'When you said "it meant nothing", I felt like I meant nothing.', kinds: [] },
  {
    text: '1. I feel scared at night.\n2. I need you to text me when you are late.\n3. I would like us to go to counselling.',
    kinds: [],
  },
  { text: 'I feel anxious; I keep checking my phone; I need reassurance.', kinds: [] },
  { text: 'It hurt me when you told your mum before me.', kinds: [] },
  { text: 'I need a hug, honestly.', kinds: [] },
  { text: 'I feel like I’m grieving the marriage I thought we had.', kinds: [] },
  { text: 'Can we sit down on Sunday and talk about the money?', kinds: [] },
  { text: 'I felt dismissed when you laughed.', kinds: [] },
  { text: 'I need to hear that you’re not in touch with her.', kinds: [] },
  { text: 'lowkey i still love u and that scares me', kinds: [] },
  { text: 'I want to believe you. I need time to get there.', kinds: [] },
  { text: 'I felt like a fool when my friend told me.', kinds: [] },
  { text: 'When I’m on my own in the evenings, my mind goes to bad places.', kinds: [] },
  { text: 'P.S. I noticed you put your phone face up tonight. It helped.', kinds: [] },
  { text: 'I’m angry, and I need you to let me be angry for a bit.', kinds: [] },
  { text: 'I would like you to come with me to the doctor on Tuesday.', kinds: [] },
  { text: 'I never thought I’d be someone who checks a phone.', kinds: [] },
  { text: 'I feel jealous when she comments on your photos.', kinds: [] },
  { text: 'I was hurt by what you said on Friday, and I want to talk about it.', kinds: [] },
];
