import type { CorpusItem } from './corpus-item';

// Blind round 5 ("blind4"): written before the learned-layer experiment and before any tuning on it, in
// styles the earlier files lack: long messages, fragments, therapy vocabulary, religious language,
// formal wording, texting, English as a second language. Hard clean cases: I-statements that mention "you".
/** Labelled I-statement texts, written blind before the blind4 measurement. */
export const STATEMENT_BLIND4: readonly CorpusItem[] = [
  // accusation
  { text: 'You looked me in the eyes in church and lied.', kinds: ['accusation'] },
  { text: 'u been gaslighting me this whole time', kinds: ['accusation'] },
  {
    text: 'You chose her over your family, over your vows, over God.',
    kinds: ['accusation'],
  },
  { text: 'Your apology is just damage control.', kinds: ['accusation'] },
  { text: 'You only care about how this makes you look.', kinds: ['accusation'] },
  {
    text: 'I need to say this. You have stolen years from me and you don’t even care.',
    kinds: ['accusation'],
  },
  { text: 'You are not sorry. You are scared.', kinds: ['accusation'] },
  { text: 'u knew exactly what u were doing', kinds: ['accusation'] },
  { text: 'You destroyed our family for a few months of excitement.', kinds: ['accusation'] },
  { text: 'You’re trying to make me feel guilty for asking questions.', kinds: ['accusation'] },
  { text: 'You humiliated me. In front of my sister.', kinds: ['accusation'] },
  { text: 'You manipulate everyone around you.', kinds: ['accusation'] },
  // absolute
  { text: 'Every single word out of your mouth is a lie.', kinds: ['absolute', 'accusation'] },
  { text: 'you never once asked how i was', kinds: ['absolute', 'accusation'] },
  { text: 'It is always about you. Always.', kinds: ['absolute'] },
  { text: 'You constantly put me last.', kinds: ['absolute', 'accusation'] },
  { text: 'Not one time in twenty years have you said sorry first.', kinds: ['absolute'] },
  { text: 'Everything you touch turns to lies.', kinds: ['absolute', 'accusation'] },
  { text: 'you are on that phone 24/7', kinds: ['absolute'] },
  // character_attack
  { text: 'You are a coward.', kinds: ['character_attack'] },
  { text: 'liar. cheat. hypocrite.', kinds: ['character_attack'] },
  { text: 'You are a snake in the grass.', kinds: ['character_attack'] },
  { text: 'What kind of a man does this? A weak one.', kinds: ['character_attack'] },
  { text: 'ur pathetic honestly', kinds: ['character_attack'] },
  { text: 'You’re a textbook narcissist.', kinds: ['character_attack'] },
  { text: 'You are a false, empty person with no soul.', kinds: ['character_attack'] },
  { text: 'Such a fraud. The whole “good husband” act.', kinds: ['character_attack'] },
  { text: 'You have the morals of an alley cat.', kinds: ['character_attack'] },
  { text: 'You are disgusting to me.', kinds: ['character_attack'] },
  { text: 'you selfish pig', kinds: ['character_attack'] },
  // clean
  {
    text: 'When you told me you were at the gym and I later found out you weren’t, I felt sick. I need honesty, even when it is hard.',
    kinds: [],
  },
  { text: 'I feel lost. I don’t know who we are any more.', kinds: [] },
  {
    text: 'I felt invisible last night when you were on your phone during dinner. I would like us to put phones away at the table.',
    kinds: [],
  },
  {
    text: 'I am struggling to trust you right now and I need time before I can talk about the future.',
    kinds: [],
  },
  { text: 'I need you to answer my questions without getting angry.', kinds: [] },
  {
    text: 'I have been praying for the strength to forgive, and I am not there yet. I need you to be patient with me.',
    kinds: [],
  },
  {
    text: 'When I see her name on your phone, my heart races and I feel panic. Could you tell me when she contacts you?',
    kinds: [],
  },
  { text: 'i feel so alone in this. i need u to hold me tonight', kinds: [] },
  {
    text: 'My therapist says I am allowed to feel angry. I am angry. I need you to hear that without defending yourself.',
    kinds: [],
  },
  {
    text: 'I would like us to find a counsellor together. I am willing to try if you are.',
    kinds: [],
  },
  { text: 'When you go quiet after I ask a question, I feel shut out.', kinds: [] },
  {
    text: 'I am sorry for shouting yesterday. I was overwhelmed. I still need us to talk about the money.',
    kinds: [],
  },
  { text: 'I need to know that you have ended all contact with him.', kinds: [] },
  {
    text: 'I want to believe you. I need to see it in what you do over the next months.',
    kinds: [],
  },
  { text: 'It hurt me when you laughed about it with your brother.', kinds: [] },
  {
    text: 'I noticed I felt calmer this week when you called me at lunch. Thank you, that helped.',
    kinds: [],
  },
  {
    text: 'My English is not perfect. I feel betrayed, and I need you to tell me the truth slowly.',
    kinds: [],
  },
  { text: 'I’m scared that you will do it again.', kinds: [] },
  {
    text: 'You said you were sorry last night and I believe you meant it. I still need time.',
    kinds: [],
  },
  { text: 'I felt humiliated when my friends knew before I did.', kinds: [] },
];
