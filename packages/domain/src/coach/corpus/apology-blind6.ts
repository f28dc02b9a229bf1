import type { CorpusItem } from './corpus-item';

// Blind round 7 ("blind6"): written before any change for it and measured first ("before" in decision
// 020), in registers the earlier rounds did not use: text-message shorthand with typos, one-liners, long
// rambling paragraphs, formal and legal wording, non-native English, British and Australian idiom, clean
// and flawed sentences mixed in one text, questions and lists. Tuned on after the "before" measurement.
/** Labelled apology texts, written blind before the blind6 round of changes. */
export const APOLOGY_BLIND6: readonly CorpusItem[] = [
  // blame_shift
  { text: 'im sorry ok but u pushed me away for months n i had noone', kinds: ['blame_shift'] },
  {
    text: 'I regret my conduct. It should however be noted that the marital relationship had broken down prior to the events in question, owing largely to your withdrawal.',
    kinds: ['blame_shift'],
  },
  {
    text: 'Sorry. If you had talked to me once in that year, none of it would of happened.',
    kinds: ['blame_shift'],
  },
  {
    text: 'I am sorry for this. But you also must see, you were always with your phone and never with me.',
    kinds: ['blame_shift'],
  },
  { text: 'Sorry, but you drove me to it, you know you did.', kinds: ['blame_shift'] },
  // conditional
  { text: 'soz if i upset u x', kinds: ['conditional'] },
  { text: 'To the extent that my actions caused you distress, I apologise.', kinds: ['conditional'] },
  { text: 'I am sorry in case I made you sad with this.', kinds: ['conditional'] },
  { text: 'If it came across badly then sorry, wasn’t my intention.', kinds: ['conditional'] },
  // non_apology
  { text: 'Sorry you had to find out like that.', kinds: ['non_apology'] },
  { text: 'How many more times do I have to say sorry?', kinds: ['non_apology'] },
  { text: 'Fine. Sorry. Happy now?', kinds: ['non_apology'] },
  { text: 'I’m sorry you feel I’ve let you down.', kinds: ['non_apology'] },
  { text: 'sorry i got caught i guess', kinds: ['non_apology'] },
  // minimizing
  { text: 'sry. it was a couple of msgs tbh, not an affair', kinds: ['minimizing'] },
  { text: 'Sorry mate, it was just a snog at the Christmas do, nothing more.', kinds: ['minimizing'] },
  {
    text: 'I apologise. For the avoidance of doubt, the contact was limited and of no real significance.',
    kinds: ['minimizing'],
  },
  { text: 'I am sorry. It was small thing only, one coffee, nothing serious.', kinds: ['minimizing'] },
  // justification
  { text: 'sorry. was off my face, dont even remember half of it', kinds: ['justification'] },
  {
    text: 'I know sorry is not enough and I mean it, I really do, it is just that everything with my dad being in hospital and the job going and you being away at your sister’s the whole summer, I was in a really dark place and she was kind to me and one thing led to another and I never planned any of it.',
    kinds: ['justification'],
  },
  { text: 'I am sorry. The stress from my visa situation made me not myself.', kinds: ['justification'] },
  { text: 'Sorry. I only did it cos I was lonely out there on the rigs.', kinds: ['justification'] },
  // self_focus
  { text: 'Sorry. I havent slept properly in weeks, im a wreck.', kinds: ['self_focus'] },
  {
    text: 'I am so sorry. You have no idea how much I hate myself, I feel sick all the time, I cannot eat, I cannot work.',
    kinds: ['self_focus'],
  },
  { text: 'Sorry. This has been the hardest month of my life.', kinds: ['self_focus'] },
  {
    text: 'I’m sorry, truly, but do you know how hard it is for me to even look at you?',
    kinds: ['self_focus'],
  },
  // pressure
  { text: 'sorry!! can we just b normal again pls', kinds: ['pressure'] },
  {
    text: 'I apologise and I would be grateful if we could now consider the matter closed.',
    kinds: ['pressure'],
  },
  { text: 'Sorry. Are you going to forgive me or not?', kinds: ['pressure'] },
  { text: 'I’ve said sorry, now let’s just get back to how we were, yeah?', kinds: ['pressure'] },
  // vague
  { text: 'Sorry for what went on.', kinds: ['vague'] },
  { text: 'I apologise for the situation that arose.', kinds: ['vague'] },
  { text: 'sorry about the whole thing', kinds: ['vague'] },
  { text: 'I am sorry for what happened between her and me.', kinds: ['vague'] },
  // mixed clean + flawed
  {
    text: 'I lied to you about the gym. I was meeting him. I’m sorry. But honestly you hadn’t looked at me properly in a year.',
    kinds: ['blame_shift'],
  },
  {
    text: 'I’m sorry I cheated. I know it broke something in you. Can we please just move past it now?',
    kinds: ['pressure'],
  },
  // clean
  { text: 'im sorry i lied about where i was. i was with her. no excuse', kinds: [] },
  { text: 'Sorry I broke your trust.', kinds: [] },
  { text: 'I’m sorry. I did it and I hurt you.', kinds: [] },
  {
    text: 'I wish to apologise, without reservation, for deceiving you over the past eight months. The fault is entirely mine.',
    kinds: [],
  },
  { text: 'I am sorry that I cheated on you. It was my decision and my wrong.', kinds: [] },
  {
    text: 'I’m sorry. I kept texting her after I promised you I’d stopped. That was a second betrayal on top of the first and I know it.',
    kinds: [],
  },
  {
    text: '1. I lied to you.\n2. I slept with someone else.\n3. I let you think it was your fault.\nI am sorry for all three.',
    kinds: [],
  },
  { text: 'Sorry, love. I was out of order and I know it.', kinds: [] },
  { text: 'I was a proper coward and I’m sorry.', kinds: [] },
  { text: 'I apologise for my actions and for the humiliation they caused you.', kinds: [] },
  {
    text: 'I keep going back over it and there is no version where it was anything but my choice. I chose to go to her flat. I chose to lie when you asked. I am so sorry for what that did to you, to the way you sleep and the way you check your phone now.',
    kinds: [],
  },
  { text: 'What I did was wrong. I am sorry. I will answer any question you have.', kinds: [] },
  { text: 'I’m sorry for making you feel crazy when you asked me about it.', kinds: [] },
  { text: 'sorry for lying to ur face. u deserved the truth', kinds: [] },
  { text: 'I am sorry that I made you doubt yourself for so long.', kinds: [] },
  {
    text: 'I’m sorry. I’m not going to ask you to forgive me. I just want you to know I see what I did.',
    kinds: [],
  },
  { text: 'Forgive me only if and when you want to. I’m sorry.', kinds: [] },
  { text: 'I am sorry. I have deleted the app, and you can see my phone whenever you want.', kinds: [] },
  { text: 'Is there anything I can do to show you I mean it? I’m so sorry.', kinds: [] },
  {
    text: 'I am sorry for the hurt I caused. I will go to counselling, and I will stop seeing him at all, even at work.',
    kinds: [],
  },
  { text: 'Sorry for everything I put you through with the affair.', kinds: [] },
  { text: 'I hurt you badly and I am sorry. I will not make you wait for the truth again.', kinds: [] },
  { text: 'I am sorry that I betrayed you. You did nothing to deserve it.', kinds: [] },
  { text: 'I’m really sorry, babe. I messed up big time and it’s on me.', kinds: [] },
  {
    text: 'My apology is not conditional on anything. I cheated, I lied, and I am sorry.',
    kinds: [],
  },
  { text: 'i know sorry doesnt fix it. but i am. and ill keep showing u', kinds: [] },
  {
    text: 'Sorry it took me so long to tell you the truth. That delay was its own lie.',
    kinds: [],
  },
  { text: 'I apologise unreservedly. I was unfaithful and dishonest, and you were not to blame.', kinds: [] },
  { text: 'I am very sorry. I understand if you need time, and I will wait.', kinds: [] },
  { text: 'Sorry for the lies, and for the nights you spent wondering where I was.', kinds: [] },
];
