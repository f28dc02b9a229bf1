import type { CorpusItem } from './corpus-item';

// Blind round 4 ("blind3"): written after the blind2 generalisation and before any further tuning, in
// styles still new (voice-to-text run-ons, line breaks, emoji, capitals, letters, regional slang,
// therapy-speak, English as a second language). Its first figure is our estimate for unseen writing.
/** Labelled apology texts, written blind after the blind2 rules. */
export const APOLOGY_BLIND3: readonly CorpusItem[] = [
  // blame_shift
  { text: 'Sorry. But you checked out of this marriage long before I did.', kinds: ['blame_shift'] },
  {
    text: 'i know i messed up but u stopped coming to bed at the same time as me like 2 years ago',
    kinds: ['blame_shift'],
  },
  {
    text: 'Dear Anna,\nI apologise. In fairness, you had moved into the spare room by then.',
    kinds: ['blame_shift'],
  },
  { text: 'I would never have looked twice at anyone if home had felt like home.', kinds: ['blame_shift'] },
  {
    text: 'Honestly mate we were more like flatmates than a couple by then, sorry it went like this',
    kinds: ['blame_shift'],
  },
  // conditional
  { text: 'Apologies if I caused you any grief 🙏', kinds: ['conditional'] },
  { text: 'I am sorry for whatever part I played in your pain.', kinds: ['conditional', 'vague'] },
  { text: 'if i hurt you i am sorry for it, it was not my intention', kinds: ['conditional'] },
  { text: 'Sorry if it came across badly.', kinds: ['conditional'] },
  { text: 'I’m sorry if I’ve let you down in any way.', kinds: ['conditional'] },
  // non_apology
  { text: 'Sorry you had to go through reading all that.', kinds: ['non_apology'] },
  { text: 'OK I’M SORRY. ARE WE DONE NOW?', kinds: ['non_apology', 'pressure'] },
  { text: 'I apologise that my private messages caused you upset.', kinds: ['non_apology'] },
  { text: 'sorry ur feeling that way', kinds: ['non_apology'] },
  { text: 'I regret that this has come out and upset everyone.', kinds: ['non_apology'] },
  // minimizing
  { text: 'I’m sorry. It was only ever emotional, nothing physical.', kinds: ['minimizing'] },
  { text: 'Sorry for the stupid chats, they were harmless really.', kinds: ['minimizing'] },
  { text: 'I know it looks bad but we only met up twice', kinds: ['minimizing'] },
  {
    text: 'It was a moment of madness that lasted five minutes. I am so sorry.',
    kinds: ['minimizing', 'justification'],
  },
  { text: 'sorry, it honestly was not as serious as it looks on those screenshots', kinds: ['minimizing'] },
  // justification
  { text: 'The truth is I was so lonely while you were away on deployment.', kinds: ['justification'] },
  {
    text: 'i was off my head that night and i dont even remember most of it, sorry',
    kinds: ['justification'],
  },
  {
    text: 'My therapist says it was a trauma response from my childhood. I’m sorry.',
    kinds: ['justification'],
  },
  {
    text: 'I am sorry. The grief after losing the baby made me do things I do not recognise.',
    kinds: ['justification'],
  },
  {
    text: 'I was under huge pressure at work and she was the only one I could talk to.',
    kinds: ['justification'],
  },
  // self_focus
  {
    text: 'I’m sorry. I’ve lost so much weight over this and I barely recognise myself.',
    kinds: ['self_focus'],
  },
  { text: 'I am the one who has to live with what I did every single day.', kinds: ['self_focus'] },
  { text: 'im sorry. my head is a mess and i feel like im going crazy', kinds: ['self_focus'] },
  { text: 'I’m so sorry. I cry in the car every morning before work.', kinds: ['self_focus'] },
  { text: 'Sorry. I’m such a failure, I ruin everything I touch.', kinds: ['self_focus'] },
  // pressure
  { text: 'I’m sorry. Can we please just go back to how we were?', kinds: ['pressure'] },
  { text: 'I am sorry and I think after six months we deserve a fresh go at this.', kinds: ['pressure'] },
  { text: 'sorry. i need an answer by the weekend about whether ur staying', kinds: ['pressure'] },
  { text: 'Sorry. Don’t let this ruin everything we’ve got.', kinds: ['pressure'] },
  { text: 'I apologise. The kids need us to sort this out quickly.', kinds: ['pressure'] },
  // vague
  { text: 'Sorry for the mess I made.', kinds: ['vague'] },
  { text: 'I apologise for my part in recent events.', kinds: ['vague'] },
  { text: 'I’m sorry things ended up the way they did.', kinds: ['vague'] },
  { text: 'Sorry about the whole Mark thing.', kinds: ['vague'] },
  { text: 'im sorry for my behaviour lately', kinds: ['vague'] },

  // clean
  {
    text: 'I’m sorry I lied about the phone. I bought it so I could message him without you knowing.',
    kinds: [],
  },
  {
    text: 'Dear Tom,\nI had an affair with a colleague for most of last year. I lied to you every time you asked. I am sorry.',
    kinds: [],
  },
  { text: 'i cheated. i lied. ur not crazy, u were right all along. im so sorry', kinds: [] },
  { text: 'I’m sorry I made you feel like you weren’t enough. You were always enough.', kinds: [] },
  { text: 'I hurt you and I know it. I’m not asking for anything.', kinds: [] },
  { text: 'I’m sorry. I see now that the lying hurt you as much as the affair.', kinds: [] },
  { text: 'I let you down and I let the kids down. I’m sorry.', kinds: [] },
  {
    text: 'Sorry for spending the money behind your back. I have told the bank to send statements to you as well.',
    kinds: [],
  },
  {
    text: 'I’m sorry I kept in touch with her after I told you it was over. That was a second betrayal.',
    kinds: [],
  },
  {
    text: 'I apologise for my dishonesty and for the humiliation it caused you with your family.',
    kinds: [],
  },
  { text: 'I chose to lie, every time. You didn’t drive me to it.', kinds: [] },
  { text: 'Sorry 💔 I lied to you and you deserved better.', kinds: [] },
  { text: 'I am ashamed of how I treated you. I’m sorry.', kinds: [] },
  { text: 'I’m sorry I took the trust you gave me and used it to hide things.', kinds: [] },
  { text: 'i know u might never trust me again and that’s on me. i’m sorry', kinds: [] },
  { text: 'I’m sorry I went to his flat and told you I was at the gym.', kinds: [] },
  { text: 'You didn’t deserve any of it. I’m sorry.', kinds: [] },
  { text: 'I’m sorry I made you the last to know.', kinds: [] },
  { text: 'I will go to the counsellor on Thursday and I will answer whatever you ask me there.', kinds: [] },
  { text: 'I’m sorry for the nights you spent wondering where I was.', kinds: [] },
  { text: 'I was unfaithful and I lied to cover it. I am truly sorry.', kinds: [] },
  { text: 'Im sorry i broke my promise to u. no buts.', kinds: [] },
  { text: 'I’m sorry that I treated your questions like attacks. They were fair questions.', kinds: [] },
  { text: 'You’re allowed to be as angry as you need to be. I’m sorry.', kinds: [] },
  { text: 'I’m sorry I hid the debt from you for three years.', kinds: [] },
];
