import type { CorpusItem } from './corpus-item';

// Round 1 was measured blind after the first rules; round 2 (from the line "round 2" on) was measured blind
// after tuning on round 1. Both figures are in docs/decisions/020-coach-rules-and-lexicons.md.
/** Labelled apology texts, written after the rules were done, measured before any tuning. */
export const APOLOGY_BLIND: readonly CorpusItem[] = [
  {
    text: "Hey. I know you're mad. I'm sorry for whatever I did to make you feel this way.",
    kinds: ['conditional', 'non_apology'],
  },
  { text: 'I realise my behaviour may have upset you and for that I apologise.', kinds: ['conditional'] },
  { text: "If I've caused you pain, I'm truly sorry.", kinds: ['conditional'] },
  {
    text: "I'm sorry that you saw those photos. They were never meant for you to see.",
    kinds: ['non_apology'],
  },
  { text: "OK I'm sorry!!! Are you happy now?", kinds: ['non_apology'] },
  {
    text: "Look, I've said sorry like fifty times. I don't know what you want me to say anymore.",
    kinds: ['non_apology'],
  },
  {
    text: "It was a couple of drinks and a dance, that's all. I'm sorry it upset you.",
    kinds: ['minimizing', 'non_apology'],
  },
  { text: 'We never even had sex, it was purely emotional. Still, sorry.', kinds: ['minimizing'] },
  { text: 'It was a dumb fling that lasted like two weeks.', kinds: ['minimizing'] },
  {
    text: 'Truthfully, I felt like a roommate in my own marriage, and she made me feel seen.',
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "My dad cheated on my mum, so I guess I never learned how to do better. I'm sorry.",
    kinds: ['justification'],
  },
  { text: 'I was away for work for so long and it got lonely. I apologize.', kinds: ['justification'] },
  { text: "I'm so so sorry baby, I was high and I don't remember half of it.", kinds: ['justification'] },
  {
    text: "You stopped touching me two years ago. I'm not saying that makes it right, but it's part of the story.",
    kinds: ['blame_shift'],
  },
  {
    text: 'Be honest, you were checked out of this marriage long before I did anything.',
    kinds: ['blame_shift'],
  },
  { text: "Honestly she pursued me for months and I finally gave in. I'm sorry.", kinds: ['blame_shift'] },
  { text: "I think we both let this relationship slide. I'm sorry for what I did.", kinds: ['blame_shift'] },
  { text: "I'm begging you, please give us one more chance.", kinds: ['pressure'] },
  { text: 'Can we just go back to how things were? I miss us.', kinds: ['pressure'] },
  {
    text: "I've said I'm sorry. Now I need you to let it go so we can heal.",
    kinds: ['pressure', 'non_apology'],
  },
  { text: "When are you going to forgive me? It's been three months.", kinds: ['pressure'] },
  { text: "It's time we both looked to the future instead of the past.", kinds: ['pressure'] },
  { text: "Some things happened on that trip that I'm not proud of.", kinds: ['vague'] },
  { text: "I'm sorry for how everything turned out.", kinds: ['vague'] },
  { text: 'There was some inappropriate messaging, and I regret it.', kinds: ['vague'] },
  { text: "What happened, happened. I'm sorry for my part in it.", kinds: ['vague', 'blame_shift'] },
  { text: "I'm sorry for all of it.", kinds: ['vague'] },
  {
    text: "Do you know what it's like to wake up every day hating yourself? I'm sorry, I really am.",
    kinds: ['self_focus'],
  },
  {
    text: "I've lost 10 kilos, I'm on antidepressants, my life is in ruins. I'm sorry.",
    kinds: ['self_focus'],
  },
  { text: "I feel like the lowest piece of garbage on earth. I'm sorry.", kinds: ['self_focus'] },
  { text: "This whole thing is destroying me. I'm so sorry.", kinds: ['self_focus'] },
  { text: "i'm sorry but u know how things were between us", kinds: ['non_apology', 'blame_shift'] },
  { text: 'I apologize if I came across as dishonest.', kinds: ['conditional'] },
  { text: 'Sorry for any confusion about where I was last weekend.', kinds: ['non_apology', 'vague'] },
  { text: "To be honest it wasn't really cheating, we just talked a lot. But sorry.", kinds: ['minimizing'] },
  { text: "I'm sorry, I was weak and she was persistent.", kinds: ['justification', 'blame_shift'] },
  {
    text: "I hope someday you'll understand why I did it, and forgive me.",
    kinds: ['pressure', 'justification'],
  },
  {
    text: 'I messed up, ok? Can we not make this a whole thing?',
    kinds: ['non_apology', 'pressure', 'minimizing'],
  },
  {
    text: "Sorry I wasn't honest but you would have freaked out if I told you.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry, I just needed to feel wanted again after everything with the baby.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. I had an emotional affair with Chris for most of last year, and I lied every time you asked me about him.",
    kinds: [],
  },
  { text: "I was unfaithful to you, and I am ashamed of it. You didn't deserve any of this.", kinds: [] },
  { text: 'Nothing you did caused this. I made the choice, more than once.', kinds: [] },
  {
    text: "i cheated. i lied about it. i'm sorry. i'll answer whatever you want to know, whenever you want",
    kinds: [],
  },
  {
    text: "I know I've broken something that took us fifteen years to build. I'm sorry for that.",
    kinds: [],
  },
  {
    text: "I won't rush you, and I won't ask you to forgive me. I just want you to know I'm sorry.",
    kinds: [],
  },
  {
    text: "When you asked me whether something was going on and I said no, I was lying. I'm sorry for that lie and for every one after it.",
    kinds: [],
  },
  {
    text: "I’ve cut off all contact with her, blocked her number, and told my manager I need to change teams. I know that doesn't fix anything.",
    kinds: [],
  },
  {
    text: "I'm sorry that you've had to carry this alone while I pretended everything was normal.",
    kinds: [],
  },
  { text: "I know you feel like a fool for trusting me. You weren't a fool. I was a liar.", kinds: [] },
  { text: "Saying 'I was drunk' would be a lie. I knew exactly what I was doing, and I'm sorry.", kinds: [] },
  {
    text: "I hid the dating app on my phone and I went on dates while you were at your mum's. I'm sorry.",
    kinds: [],
  },
  {
    text: 'I am truly sorry for betraying your trust and for the months of lies that came with it.',
    kinds: [],
  },
  {
    text: "I'll be transparent with my phone, my email and my whereabouts for as long as you need.",
    kinds: [],
  },
  { text: "There's nothing you could have done differently. This was me.", kinds: [] },
  {
    text: "I'm sorry I made you question your own judgement. Your instincts were right all along.",
    kinds: [],
  },
  { text: "I don't deserve your forgiveness, and I'm not going to ask for it.", kinds: [] },
  {
    text: "I'm sorry. I stole from our savings to pay for the hotel rooms and I lied about where the money went.",
    kinds: [],
  },
  { text: "You trusted me, and I used that trust to hide what I was doing. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry for the affair, for the lying, and for making you feel like you were losing your mind.",
    kinds: [],
  },
  { text: "I'm so sorry I hurt you. I know words are small next to what I did.", kinds: [] },
  { text: "I know sorry isn't enough. I want to show you, day by day, that I've changed.", kinds: [] },
  { text: 'I sent those messages. I went to meet him. I chose to keep it from you. I am sorry.', kinds: [] },
  { text: "I'm sorry I let you down, and I'm sorry I wasn't the person you deserved.", kinds: [] },
  { text: 'Sorry for lying about the trip to Leeds. I was with her the whole weekend.', kinds: [] },
  { text: "What I did to you was wrong, plainly wrong, and I'm sorry.", kinds: [] },
  { text: "I'm deeply sorry. I know this has cost you your sense of safety at home.", kinds: [] },
  { text: 'I am sorry for breaking our vows. It was my decision and mine alone.', kinds: [] },
  { text: 'I take full responsibility for the affair. I’m sorry for every lie.', kinds: [] },
  { text: "No excuses: I cheated, and I'm sorry.", kinds: [] },
  // round 2
  {
    text: "I'm sorry for hurting you, but you have to admit things haven't been great between us for years.",
    kinds: ['blame_shift', 'non_apology'],
  },
  { text: 'sorry if it came off like i didnt care. i do', kinds: ['conditional'] },
  { text: 'To whatever extent my actions caused you pain, I am sorry.', kinds: ['conditional'] },
  { text: 'I apologize that you had to learn about it from Facebook.', kinds: ['non_apology'] },
  { text: 'It was honestly just a silly online thing, we never even met.', kinds: ['minimizing'] },
  {
    text: "It lasted three weeks and it's completely over now, so it's really not as bad as you think.",
    kinds: ['minimizing'],
  },
  { text: "I know I'm not perfect. I was going through a lot after my mum died.", kinds: ['justification'] },
  { text: "The drinking made me do things I'd never normally do.", kinds: ['justification'] },
  { text: 'She reminded me of who I used to be, and I got swept up in it.', kinds: ['justification'] },
  {
    text: "Maybe if we'd had more date nights this wouldn't have happened. I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "You've been so wrapped up in the kids that I felt like I didn't exist.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry. But you kept pushing me to talk and I just shut down.",
    kinds: ['blame_shift', 'non_apology'],
  },
  {
    text: "I've been crying every day. I'm so depressed I can barely function. I'm sorry.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry, I really am, but I can't take you being like this anymore, it's breaking me.",
    kinds: ['self_focus', 'non_apology'],
  },
  { text: "Please, I'm asking you for one more chance.", kinds: ['pressure'] },
  { text: 'Forgive me? I love you so much.', kinds: ['pressure'] },
  { text: 'We owe it to the kids to get past this.', kinds: ['pressure'] },
  { text: "I'll never do it again, so can we please stop talking about it?", kinds: ['pressure'] },
  { text: "Things just sort of spiralled with Tom. I'm sorry.", kinds: ['vague'] },
  { text: 'I regret the choices that were made last summer.', kinds: ['vague'] },
  { text: "I'm sorry about what went on with work stuff.", kinds: ['vague'] },
  { text: 'sorry for being an idiot lol', kinds: ['minimizing', 'vague'] },
  {
    text: "I really am sorry, you know I'd never intentionally hurt you.",
    kinds: ['non_apology', 'minimizing'],
  },
  { text: 'Sorry I got weird and secretive. Work has been crazy.', kinds: ['justification', 'vague'] },
  {
    text: 'Dear Sam, I am sorry. I hope that in time we can both forget this chapter and start again.',
    kinds: ['pressure'],
  },
  {
    text: "I lied to you about the phone bill because I was hiding calls to Elena. I'm sorry. The lie was mine and so was the choice.",
    kinds: [],
  },
  {
    text: "I'm sorry. I broke your trust and I know it will take a long time to rebuild, if you want to.",
    kinds: [],
  },
  {
    text: "I slept with an old friend while I was away for work. I'm not going to hide behind the trip. I chose to.",
    kinds: [],
  },
  { text: "I'm sorry for the lies I told your parents to cover for myself.", kinds: [] },
  {
    text: "You were right about the messages. I'm sorry I made you feel like you were imagining things.",
    kinds: [],
  },
  {
    text: "I owe you the truth and an apology. I have been seeing someone since January. I've told her it's over and I'm willing to show you anything you want to see.",
    kinds: [],
  },
  { text: "I hurt you in a way I promised I never would. I'm so sorry.", kinds: [] },
  {
    text: 'Im sorry i lied about where i was. i was with him. i know that hurts and i hate that i did it to you',
    kinds: [],
  },
  {
    text: "I'm sorry I spent our savings without telling you. I'll give you full access to every account.",
    kinds: [],
  },
  {
    text: "I deceived you for a long time. I'm sorry, and I will keep saying it with my actions.",
    kinds: [],
  },
  { text: "I am ashamed of what I did, and I'm sorry for what it has done to you.", kinds: [] },
  { text: 'I apologise for breaking your trust. I was unfaithful, and it was my decision.', kinds: [] },
  { text: "I'm sorry for flirting with her in front of you and then lying about it.", kinds: [] },
  { text: "You deserved honesty and I gave you lies. I'm sorry.", kinds: [] },
  { text: "I'm sorry. I cheated. I will answer your questions for as long as you need me to.", kinds: [] },
];
