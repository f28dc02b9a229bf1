import type { CorpusItem } from './corpus-item';

// Blind round 5 ("blind4"): written before the learned-layer experiment and before any tuning on it, in
// styles the earlier files lack: long messages from people in pain, fragments, therapy vocabulary,
// religious language, formal letters, texting, English as a second language. Hard clean cases on purpose:
// sincere apologies that name feelings, "you" and "if" in a sincere sense.
/** Labelled apology texts, written blind before the blind4 measurement. */
export const APOLOGY_BLIND4: readonly CorpusItem[] = [
  // blame_shift
  {
    text: 'I have prayed on this every night. I am sorry. But the Lord knows I was starving for affection in this house for years.',
    kinds: ['blame_shift'],
  },
  { text: 'sorry. u pushed me away tho. every time i reached for u', kinds: ['blame_shift'] },
  {
    text: 'I apologize for my conduct. I would ask you to consider, however, the atmosphere in our home since your promotion.',
    kinds: ['blame_shift'],
  },
  {
    text: 'My counsellor helped me see that I acted out because my needs were not being met in the relationship. I am sorry.',
    kinds: ['blame_shift', 'justification'],
  },
  { text: 'Sorry. Your mother living with us broke something between us first.', kinds: ['blame_shift'] },
  {
    text: 'i am sorry for what i did but you also must see you did not talk to me for weeks, i was alone',
    kinds: ['blame_shift'],
  },
  // conditional
  { text: 'Forgive me if I have wounded you in any way, sister.', kinds: ['conditional'] },
  { text: 'To the extent that my actions caused distress, I apologise.', kinds: ['conditional'] },
  { text: 'sorry if that was too much', kinds: ['conditional'] },
  { text: 'If my behaviour upset you then I am truly sorry for that.', kinds: ['conditional'] },
  // non_apology
  { text: 'I’m sorry you found the messages. I never wanted you to see that side.', kinds: ['non_apology'] },
  { text: 'I apologize that you feel betrayed.', kinds: ['non_apology'] },
  { text: 'sorry!!! happy now??', kinds: ['non_apology'] },
  { text: 'Sorry I am not the perfect husband you wanted.', kinds: ['non_apology'] },
  { text: 'I said sorry like fifty times, I don’t know what else I can say.', kinds: ['non_apology'] },
  // minimizing
  { text: 'Sorry. It was a stupid flirt, that’s all, we never even touched.', kinds: ['minimizing'] },
  { text: 'im sorry it was one night, one mistake, out of 12 years', kinds: ['minimizing'] },
  {
    text: 'I am sorry for the small lie about where I was, it was a tiny thing compared to everything.',
    kinds: ['minimizing'],
  },
  { text: 'Forgive me. It was really nothing more than a few messages.', kinds: ['minimizing'] },
  // justification
  {
    text: 'I was in a very dark place with my depression and I reached for anything that made me feel alive. Sorry.',
    kinds: ['justification'],
  },
  { text: 'sorry. the pills + wine, i wasnt myself', kinds: ['justification'] },
  {
    text: 'In my culture the man is not taught to speak of feelings, so I went to another person. I apologise.',
    kinds: ['justification'],
  },
  {
    text: 'I am sorry. The devil found me when I was weak and far from church.',
    kinds: ['justification'],
  },
  // self_focus
  {
    text: 'I am sorry. I haven’t eaten properly in a week, I am falling apart, I can’t work, I can’t sleep, I am a shell.',
    kinds: ['self_focus'],
  },
  { text: 'sorry. this is killing me too you know', kinds: ['self_focus'] },
  {
    text: 'Please understand how much shame I carry. I apologise and I hate myself every single day.',
    kinds: ['self_focus'],
  },
  // pressure
  { text: 'I’m sorry. Scripture says we must forgive seventy times seven.', kinds: ['pressure'] },
  { text: 'i apologised. now can we please go back to normal', kinds: ['pressure'] },
  {
    text: 'I am sorry. I hope that by the anniversary we can leave this where it belongs.',
    kinds: ['pressure'],
  },
  // vague
  {
    text: 'I regret that boundaries became blurred during a difficult period.',
    kinds: ['vague'],
  },
  { text: 'sorry for the situation that happened', kinds: ['vague'] },
  { text: 'Some poor choices were made on my side and I apologise for them.', kinds: ['vague'] },
  // clean
  {
    text: 'I lied to you for eight months about Sarah. I slept with her twice and I hid it. I am sorry. That was my choice, nobody else’s.',
    kinds: [],
  },
  {
    text: 'I know you feel humiliated, and you have every reason to. I did that to you by lying in front of our friends.',
    kinds: [],
  },
  {
    text: 'I have been praying, and I know forgiveness is yours to give or not. I am sorry for betraying our vows.',
    kinds: [],
  },
  {
    text: 'im sorry i lied. i deleted the texts so u wouldnt see them. that was wrong and i did it on purpose',
    kinds: [],
  },
  {
    text: 'Dear Maria,\nI am writing because I owe you an apology. I spent our savings without telling you and lied when you asked. I will show you every statement from now on.',
    kinds: [],
  },
  {
    text: 'I can see how scared you are now when my phone rings. I caused that. I am so sorry.',
    kinds: [],
  },
  {
    text: 'In therapy I am learning that I hid from conflict, but that is my work to do and it does not excuse what I did to you.',
    kinds: [],
  },
  { text: 'No excuses. I cheated. I am sorry. I’ll go to every session you want.', kinds: [] },
  {
    text: 'You trusted me with your heart and I broke it by seeing him behind your back. I am deeply sorry.',
    kinds: [],
  },
  {
    text: 'I feel ashamed, but this is not about my feelings. It is about the pain I caused you by lying for a year.',
    kinds: [],
  },
  {
    text: 'Take as long as you need. I am sorry for the affair and for every lie I told to cover it.',
    kinds: [],
  },
  {
    text: 'sorry for lying about the casino. i lost 4000 and hid it from u. i have signed up to gamblers anonymous',
    kinds: [],
  },
  {
    text: 'If you want to ask me anything, anything at all, I will answer honestly. I’m sorry I kept it from you.',
    kinds: [],
  },
  {
    text: 'I understand if you need space. I betrayed you, and I am sorry.',
    kinds: [],
  },
  {
    text: 'My English is not good but I want to say it clear: I was unfaithful, I hurt you, I am sorry, I will change.',
    kinds: [],
  },
  {
    text: 'I was wrong to go to her flat that night and wrong to lie about it afterwards. I am sorry for the fear it caused you.',
    kinds: [],
  },
  {
    text: 'I know sorry is small next to what I did. I broke my promise to you and I will keep showing up.',
    kinds: [],
  },
  {
    text: 'You deserved the truth from the first day and I gave you lies. I apologise with my whole heart.',
    kinds: [],
  },
  {
    text: 'I am sorry that I made you doubt your own memory. You were right all along and I told you that you were imagining it.',
    kinds: [],
  },
  {
    text: 'I hurt you badly. I will not ask you to move on or forget. I’m sorry.',
    kinds: [],
  },
  {
    text: 'Forgive me is not something I will ask. I only want you to know I am sorry for cheating, and I am changing.',
    kinds: [],
  },
];
