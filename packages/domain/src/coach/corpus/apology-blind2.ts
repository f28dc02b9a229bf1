import type { CorpusItem } from './corpus-item';

// Blind round 3 ("blind2"): written before the rules were changed for it, in styles the earlier corpus
// lacks (texting, long paragraphs, formal, British spelling, curly quotes, indirect wording). Measured
// first, then the rules were generalised; both figures are in docs/decisions/020-coach-rules-and-lexicons.md.
/** Labelled apology texts, written blind before the rules were generalised. */
export const APOLOGY_BLIND2: readonly CorpusItem[] = [
  // blame_shift
  { text: 'im sorry but u pushed me away for months and i had nobody', kinds: ['blame_shift'] },
  {
    text: 'We hadn’t been close for years, and I know that doesn’t make it right, but it’s true.',
    kinds: ['blame_shift'],
  },
  { text: 'If you’d paid me any attention at all this would never have happened.', kinds: ['blame_shift'] },
  { text: 'You made it so easy to hide things, you never checked on me once.', kinds: ['blame_shift'] },
  {
    text: 'Our marriage was already over in every way that mattered. I am sorry for how it ended.',
    kinds: ['blame_shift'],
  },
  {
    text: 'I am sorry. I was starved of affection in this house for a very long time.',
    kinds: ['blame_shift', 'justification'],
  },
  { text: 'sorry. u were always at ur mums or on ur phone, what was i meant to do', kinds: ['blame_shift'] },
  // conditional
  { text: 'sorry if i upset u', kinds: ['conditional'] },
  { text: 'I apologise should any of my conduct have caused you distress.', kinds: ['conditional'] },
  { text: 'If my actions hurt you then I’m truly sorry for that.', kinds: ['conditional'] },
  { text: 'I’m sorry for anything I did that made you feel bad.', kinds: ['conditional'] },
  { text: 'if what i did hurt u then im sorry ok', kinds: ['conditional'] },
  // non_apology
  { text: 'Sorry you’re so upset about it.', kinds: ['non_apology'] },
  { text: 'im sorry u saw those messages', kinds: ['non_apology'] },
  { text: 'I regret that you found out the way you did.', kinds: ['non_apology'] },
  { text: 'Look, I’ve apologised, I don’t know what else you want from me.', kinds: ['non_apology'] },
  { text: 'I’m sorry you feel I betrayed you.', kinds: ['non_apology'] },
  // minimizing
  { text: 'It was a few texts. I’m sorry.', kinds: ['minimizing'] },
  { text: 'sorry babe it was barely anything honestly', kinds: ['minimizing'] },
  { text: 'I know it hurt, but it’s not like we slept together.', kinds: ['minimizing'] },
  { text: 'I’m sorry. It was a silly bit of flirting at a work do, nothing more.', kinds: ['minimizing'] },
  { text: 'it wasnt a big deal at the time, i didnt think twice about it, sorry', kinds: ['minimizing'] },
  // justification
  { text: 'I was in a really dark place after Dad died and I wasn’t coping.', kinds: ['justification'] },
  { text: 'work had me so stressed i wasnt thinking right', kinds: ['justification'] },
  { text: 'I’m sorry, I was pissed and it just sort of happened.', kinds: ['justification', 'vague'] },
  { text: 'I think I did it because I needed to feel wanted by someone.', kinds: ['justification'] },
  {
    text: 'I’d had a terrible year and she was kind to me. I am sorry I let it go as far as it did.',
    kinds: ['justification'],
  },
  // self_focus
  { text: 'I’ve been in hell too, you know. I’m so sorry.', kinds: ['self_focus'] },
  { text: 'I can’t sleep, I can’t eat, I’m so sorry for what I did.', kinds: ['self_focus'] },
  { text: 'i hate myself for this. im so sorry', kinds: ['self_focus'] },
  { text: 'This is killing me. I’m sorry I lied to you.', kinds: ['self_focus'] },
  {
    text: 'I’m sorry. Every day I wake up feeling sick and ashamed and I don’t know how to live with it.',
    kinds: ['self_focus'],
  },
  // pressure
  { text: 'I’m sorry, I really am, but I need you to let this go now.', kinds: ['pressure'] },
  { text: 'When can we get back to normal? I said I’m sorry.', kinds: ['pressure'] },
  { text: 'You have to trust me again, I’m sorry.', kinds: ['pressure'] },
  {
    text: 'Holding onto this isn’t healthy for either of us. I’m sorry for what I did.',
    kinds: ['pressure'],
  },
  { text: 'sorry sorry sorry. pls just say ur not mad anymore', kinds: ['pressure'] },
  // vague
  { text: 'I’m sorry for what happened.', kinds: ['vague'] },
  { text: 'I apologise for my mistakes.', kinds: ['vague'] },
  { text: 'Sorry about the situation with Jess.', kinds: ['vague'] },
  { text: 'I am sorry that things got out of hand.', kinds: ['vague'] },
  { text: 'sorry for everything that went on', kinds: ['vague'] },

  // clean
  { text: 'I lied to you for eight months and I’m sorry. It was my choice.', kinds: [] },
  { text: 'im sorry i lied. no excuses. ill answer anything u want to ask', kinds: [] },
  {
    text: 'I have been trying to write this for a week. I had an affair with Sam. I hid it from you, I lied when you asked me straight out, and I let you think you were imagining things. That was cruel and it was my doing. I am not going to ask you for anything. I am going to tell you the truth whenever you ask, and keep telling it.',
    kinds: [],
  },
  { text: 'I cheated on you. I’m sorry. I know that word is small next to what I did.', kinds: [] },
  { text: 'I apologise unreservedly for deceiving you about the money.', kinds: [] },
  { text: 'I’m sorry I made you doubt your own memory. You weren’t wrong. I was lying.', kinds: [] },
  { text: 'I won’t ask you to forgive me. I just want you to know I see what I did.', kinds: [] },
  { text: 'sorry i hid the messages from u. that was wrong and its on me', kinds: [] },
  { text: 'There’s no excuse for it. I betrayed you, and I know it hurt you badly.', kinds: [] },
  {
    text: 'I’m sorry I humiliated you in front of our friends. They knew and you didn’t, and that was my fault.',
    kinds: [],
  },
  { text: 'I will not rush you. Take as long as you need.', kinds: [] },
  { text: 'I know you can’t sleep because of what I did. I’m so sorry.', kinds: [] },
  {
    text: 'I slept with someone else while you were pregnant. I have no defence for that. I am sorry.',
    kinds: [],
  },
  { text: 'I’m not going to pretend it was nothing. It was an affair and I chose it.', kinds: [] },
  { text: 'I realise now how much the lying cost you, more than the affair itself.', kinds: [] },
  { text: 'You deserved the truth from me and I didn’t give it to you. I am sorry.', kinds: [] },
  { text: 'I broke my vows. I’m ashamed of that and I’m sorry for the pain it’s caused you.', kinds: [] },
  {
    text: 'I’m sorry for the lies about the late nights at the office. There were no late nights.',
    kinds: [],
  },
  { text: 'Whatever you decide, I’ll respect it. I’m sorry I hurt you.', kinds: [] },
  { text: 'i was wrong. i kept texting her after i promised u i had stopped. im sorry', kinds: [] },
  { text: 'I’m sorry I gambled our savings away and hid the statements from you.', kinds: [] },
  { text: 'It was not a mistake, it was a choice, and I made it again and again. I’m sorry.', kinds: [] },
  { text: 'Nothing you did caused this. I did this.', kinds: [] },
  { text: 'I’m deeply sorry for betraying your trust, and for every lie I told to cover it.', kinds: [] },
  { text: 'I know sorry doesn’t fix it. I am still sorry, and I will keep showing up.', kinds: [] },
  { text: 'I lied to your face when you asked if something was going on. I’m so sorry.', kinds: [] },
  { text: 'I am sorry I put you at risk. I’ll get tested and show you the results.', kinds: [] },
  { text: 'I’m sorry that I made you feel crazy for asking questions.', kinds: [] },
  { text: 'You have every reason to be angry with me. I’m sorry.', kinds: [] },
  { text: 'I’m sorry for sneaking out to see him and lying about where I was.', kinds: [] },
];
