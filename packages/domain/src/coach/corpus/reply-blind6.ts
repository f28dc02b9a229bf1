import type { CorpusItem } from './corpus-item';

// Blind round 7 ("blind6"): written before any change for it and measured first ("before" in decision
// 020), in registers the earlier rounds did not use: text-message shorthand with typos, one-liners, long
// rambling paragraphs, formal and legal wording, non-native English, British and Australian idiom, clean
// and flawed sentences mixed in one text, questions and lists. Tuned on after the "before" measurement.
/** Labelled reply texts, written blind before the blind6 round of changes. */
export const REPLY_BLIND6: readonly CorpusItem[] = [
  // defensive
  { text: 'thats not what happened n u know it', kinds: ['defensive'] },
  { text: 'I have already answered that question several times.', kinds: ['defensive'] },
  { text: 'I’m not a monster, you know.', kinds: ['defensive'] },
  { text: 'I am doing everything you ask and still it is not enough for you.', kinds: ['defensive'] },
  { text: 'Don’t put words in my mouth.', kinds: ['defensive'] },
  { text: 'I object to that characterisation of my behaviour.', kinds: ['defensive'] },
  { text: 'Whatever I do is wrong in your eyes.', kinds: ['defensive'] },
  // minimizing
  { text: 'ur making a mountain out of a molehill', kinds: ['minimizing'] },
  { text: 'It was one lunch. Calm down.', kinds: ['minimizing'] },
  { text: 'You are taking this too seriously.', kinds: ['minimizing'] },
  { text: 'Steady on, it’s hardly the end of the world.', kinds: ['minimizing'] },
  { text: 'You’re being a bit dramatic, no?', kinds: ['minimizing'] },
  { text: 'Loads of couples go through worse.', kinds: ['minimizing'] },
  // counter_attack
  { text: 'n what about ur ex, hmm?', kinds: ['counter_attack'] },
  { text: 'You weren’t exactly an angel either.', kinds: ['counter_attack'] },
  { text: 'Says the person who read my diary.', kinds: ['counter_attack'] },
  { text: 'Maybe if you looked at your own behaviour for once.', kinds: ['counter_attack'] },
  { text: 'You lie too, you lied about the money.', kinds: ['counter_attack'] },
  { text: 'And you are so perfect, yes?', kinds: ['counter_attack'] },
  // justification
  { text: 'i was lonely ok, u were never home', kinds: ['justification', 'counter_attack'] },
  { text: 'I had been drinking, I wasn’t thinking straight.', kinds: ['justification'] },
  {
    text: 'Look, I was under enormous pressure at work, my manager was on my back every day, and I just needed somewhere to escape.',
    kinds: ['justification'],
  },
  { text: 'It happened because I felt unwanted.', kinds: ['justification'] },
  { text: 'In my culture the man goes out, it is normal, it is not same as here.', kinds: ['justification'] },
  { text: 'I was grieving my mum. I wasn’t myself.', kinds: ['justification'] },
  // rushing
  { text: 'can we drop it now pls', kinds: ['rushing'] },
  { text: 'How long are you going to keep punishing me for this?', kinds: ['rushing'] },
  { text: 'I thought we’d put this to bed.', kinds: ['rushing'] },
  { text: 'Not this again.', kinds: ['rushing'] },
  { text: 'I propose we draw a line under this and proceed.', kinds: ['rushing'] },
  { text: 'It’s done, it’s over, time to move forward.', kinds: ['rushing'] },
  // mixed
  {
    text: 'I hear that you’re hurting and I’m sorry. But you need to stop bringing it up every day.',
    kinds: ['rushing'],
  },
  {
    text: 'You’re right that I lied. To be fair though, you were hardly around that year.',
    kinds: ['counter_attack', 'justification'],
  },
  // clean
  { text: 'ur right. im sorry. tell me more', kinds: [] },
  { text: 'That makes complete sense.', kinds: [] },
  { text: 'I can hear how much this still hurts you.', kinds: [] },
  { text: 'I understand, and I accept what you are saying.', kinds: [] },
  { text: 'Of course you feel that way after what I did.', kinds: [] },
  {
    text: 'You have every reason to be angry. I lied to you for months and I made you think you were imagining it. I’m not going anywhere; ask me whatever you need to.',
    kinds: [],
  },
  { text: 'Thank you for telling me. What would help right now?', kinds: [] },
  { text: 'I’m listening. Take your time.', kinds: [] },
  { text: 'It’s not too much to ask. I’ll do it.', kinds: [] },
  { text: 'You’re not overreacting. I did that.', kinds: [] },
  { text: 'Fair enough. I get why you don’t believe me yet.', kinds: [] },
  { text: 'Would it help if I showed you the messages?', kinds: [] },
  { text: 'I hadn’t thought about how that felt for you. I’m sorry.', kinds: [] },
  { text: 'We can talk about it as many times as you need.', kinds: [] },
  {
    text: 'I hear that the birthday was the worst part. I’m sorry I ruined it. I was lying to you that whole evening and you had no way of knowing.',
    kinds: [],
  },
  { text: 'That must have been awful, finding out that way.', kinds: [] },
  { text: 'Yeah, that’s fair. I was out of line.', kinds: [] },
  { text: 'I accept that I have caused you significant harm.', kinds: [] },
  { text: 'I am here. I am not going to argue with you about how you feel.', kinds: [] },
  { text: 'No, you’re right to ask. Yes, I saw her on Tuesday.', kinds: [] },
  { text: 'That sounds really lonely. I’m sorry I left you there.', kinds: [] },
  {
    text: '- you’re right\n- I should have told you\n- I will answer anything you ask',
    kinds: [],
  },
  { text: 'I’m not going to defend it. It was wrong.', kinds: [] },
  { text: 'It makes sense you’re still checking. I’d want to as well.', kinds: [] },
  { text: 'I know it isn’t in the past for you. It isn’t for me either.', kinds: [] },
  { text: 'You didn’t deserve any of it.', kinds: [] },
  { text: 'I want to understand. Can you tell me what that night was like for you?', kinds: [] },
  { text: 'Sorry, that was defensive of me. Let me try again: you’re hurt, and I did that.', kinds: [] },
  { text: 'Take as long as you need. I’m not in a hurry.', kinds: [] },
  { text: 'I was wrong and you were right to be suspicious.', kinds: [] },
];
