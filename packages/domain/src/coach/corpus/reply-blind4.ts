import type { CorpusItem } from './corpus-item';

// Blind round 5 ("blind4"): written before the learned-layer experiment and before any tuning on it, in
// styles the earlier files lack: long messages, fragments, therapy vocabulary, religious language,
// formal wording, texting, English as a second language. Hard clean cases: validating replies that
// mention the past, the writer's own feelings, or "move on" in a sincere sense.
/** Labelled reply texts, written blind before the blind4 measurement. */
export const REPLY_BLIND4: readonly CorpusItem[] = [
  // defensive
  { text: 'I have been nothing but patient with you for three months.', kinds: ['defensive'] },
  { text: 'that is NOT what happened and u know it', kinds: ['defensive'] },
  { text: 'With respect, I think you are misremembering the order of events.', kinds: ['defensive'] },
  { text: 'I am a good man. I provide for this family.', kinds: ['defensive'] },
  { text: 'God is my witness, nothing happened in that hotel.', kinds: ['defensive'] },
  { text: 'I’m not the monster you are making me out to be.', kinds: ['defensive'] },
  // minimizing
  { text: 'You’re catastrophising, that’s your anxiety talking.', kinds: ['minimizing'] },
  { text: 'its literally just a like on instagram', kinds: ['minimizing'] },
  { text: 'You are reading far too much into one message.', kinds: ['minimizing'] },
  { text: 'You’re being hysterical.', kinds: ['minimizing'] },
  { text: 'People have survived much worse, we will be fine.', kinds: ['minimizing'] },
  { text: 'This is a storm in a teacup.', kinds: ['minimizing'] },
  // counter_attack
  { text: 'And who spent two years texting her ex every night?', kinds: ['counter_attack'] },
  { text: 'Says the woman who went through my bins.', kinds: ['counter_attack'] },
  { text: 'ur no saint either', kinds: ['counter_attack'] },
  { text: 'Maybe look at your own behaviour before you lecture me.', kinds: ['counter_attack'] },
  { text: 'You have your own sins to answer for.', kinds: ['counter_attack'] },
  { text: 'Let’s talk about your spending then, shall we?', kinds: ['counter_attack'] },
  // justification
  {
    text: 'I told you already, I was under so much pressure at the firm that I couldn’t think straight.',
    kinds: ['justification'],
  },
  { text: 'i only did it cos u were never home', kinds: ['justification', 'counter_attack'] },
  { text: 'My attachment style made me seek validation elsewhere.', kinds: ['justification'] },
  { text: 'It happened when my father was dying. I was not myself.', kinds: ['justification'] },
  { text: 'Any man would have done the same in my position.', kinds: ['justification'] },
  // rushing
  { text: 'How many more times are we going to go over this?', kinds: ['rushing'] },
  { text: 'Can we park this till after the holidays', kinds: ['rushing'] },
  { text: 'The past is the past, my love. Let us look forward.', kinds: ['rushing'] },
  { text: 'im done talking about it', kinds: ['rushing'] },
  { text: 'God has forgiven me, I need you to do the same and let it go.', kinds: ['rushing'] },
  { text: 'At some point you have to stop bringing it up.', kinds: ['rushing'] },
  { text: 'Not this again. Please. I am exhausted.', kinds: ['rushing'] },
  // clean
  {
    text: 'You’re right that I lied for months. It makes sense you are checking everything now.',
    kinds: [],
  },
  { text: 'I hear how much this hurts. I’m here, and I am not going anywhere.', kinds: [] },
  {
    text: 'Thank you for telling me. I didn’t know my silence felt like that to you. Tell me more?',
    kinds: [],
  },
  {
    text: 'I know I said before that it was in the past. That was wrong of me. For you it is happening now.',
    kinds: [],
  },
  {
    text: 'Of course you want to see my phone. Here it is, any time.',
    kinds: [],
  },
  {
    text: 'I feel ashamed hearing this, and I want to stay with your pain, not my shame. Go on.',
    kinds: [],
  },
  {
    text: 'Your anger is fair. I broke the promise we made in front of God and our families.',
    kinds: [],
  },
  { text: 'i get it. i would feel the same. ask me anything', kinds: [] },
  {
    text: 'That night you found the messages, I should have told you everything. I am sorry I made you drag it out of me.',
    kinds: [],
  },
  {
    text: 'We can talk about this as many times as you need. There is no deadline on your healing.',
    kinds: [],
  },
  {
    text: 'You said you feel like a fool. You are not a fool. You trusted me and I lied.',
    kinds: [],
  },
  {
    text: 'I understand why the anniversary is hard. I will be with you that day, and we can talk or not talk.',
    kinds: [],
  },
  {
    text: 'I was defensive yesterday and I am sorry. Can you tell me again what you needed? I am listening now.',
    kinds: [],
  },
  { text: 'I’m sorry. You deserved the truth and you got lies.', kinds: [] },
  {
    text: 'It sounds like the worst part is not knowing what else I hid. I will answer every question.',
    kinds: [],
  },
  {
    text: 'My English is not so good, but I understand: you are hurt, you cannot trust me, and that is because of me.',
    kinds: [],
  },
  {
    text: 'I hear that you felt abandoned while I was working late. That was real, and I am sorry.',
    kinds: [],
  },
  { text: 'Take your time. I’ll be here when you want to talk.', kinds: [] },
  {
    text: 'When you ask me where I was, I will tell you, every time, without sighing.',
    kinds: [],
  },
  {
    text: 'I know saying it was in the past hurt you. It is not past for you, and I will stop saying it.',
    kinds: [],
  },
];
