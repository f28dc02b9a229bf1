import type { CorpusItem } from './corpus-item';

// Blind round 8 ("blind7"): written after the blind6 round of changes and measured once, with no tuning
// afterwards, in styles again new: Gen-Z slang ("ngl", "lowkey", "fr"), emoji, all caps, Scottish, South African
// and Singaporean English, asides in brackets, semicolon run-ons, reported dialogue, numbered steps, postscripts.
/** Labelled apology texts, written blind after the blind6 round and never tuned on. */
export const APOLOGY_BLIND7: readonly CorpusItem[] = [
  // blame_shift
  { text: 'ngl i’m sorry but lowkey u stopped caring way before i did', kinds: ['blame_shift'] },
  { text: 'Sorry hen, but ye were never in, whit was I meant tae dae?', kinds: ['blame_shift'] },
  { text: 'I am sorry (though you know the bedroom had been dead for two years).', kinds: ['blame_shift'] },
  { text: 'Sorry. Your constant nagging pushed me out the door.', kinds: ['blame_shift'] },
  { text: 'Sorry lah, but you also never make time for me what.', kinds: ['blame_shift'] },
  // conditional
  { text: 'sorry if that hurt 😬', kinds: ['conditional'] },
  { text: 'IF I HURT YOU I AM SORRY OK', kinds: ['conditional'] },
  { text: 'Apologies for any hurt this may have caused you.', kinds: ['conditional'] },
  { text: 'I’m sorry, assuming any of it upset you.', kinds: ['conditional'] },
  // non_apology
  { text: 'sorry ur so upset fr', kinds: ['non_apology'] },
  { text: 'Sorry it got back to you.', kinds: ['non_apology'] },
  { text: 'There, I said it: sorry. Are we good?', kinds: ['non_apology'] },
  { text: 'I’m sorry you see it that way.', kinds: ['non_apology'] },
  // minimizing
  { text: 'sorry 🙏 it was literally one dm', kinds: ['minimizing'] },
  { text: 'Sorry, it was a wee kiss, nothing to write home about.', kinds: ['minimizing'] },
  { text: 'I am sorry. It was only messages, we never even met.', kinds: ['minimizing'] },
  { text: 'Sorry man. It was not even a real affair, just talking.', kinds: ['minimizing'] },
  // justification
  {
    text: 'Sorry. I was so depressed after the baby, I did not know what I was doing.',
    kinds: ['justification'],
  },
  { text: 'soz, the lockdown did my head in and i went looking for attention', kinds: ['justification'] },
  {
    text: 'I am sorry; the thing is, work was crazy, my mum was sick, I was not sleeping; she was just there.',
    kinds: ['justification'],
  },
  { text: 'Sorry. Had a few too many at the braai and it happened.', kinds: ['justification'] },
  // self_focus
  { text: 'sorry 😭 i literally can’t stop crying, i’m a mess', kinds: ['self_focus'] },
  { text: 'I AM SORRY. I AM THE ONE WHO HAS TO LIVE WITH THIS.', kinds: ['self_focus'] },
  { text: 'I’m sorry. I’ve lost a stone since you found out, I look awful.', kinds: ['self_focus'] },
  { text: 'Sorry. Nobody is harder on me than me right now.', kinds: ['self_focus'] },
  // pressure
  { text: 'sorry!! pls can we move on now 🥺', kinds: ['pressure'] },
  { text: 'Sorry. Please just give me one more chance, I am begging you.', kinds: ['pressure'] },
  { text: 'I said I’m sorry, so you have to forgive me now.', kinds: ['pressure'] },
  { text: 'Sorry. Let’s not let this ruin Christmas for the kids, yeah?', kinds: ['pressure'] },
  // vague
  { text: 'sorry bout all the drama', kinds: ['vague'] },
  { text: 'I regret the events of last spring.', kinds: ['vague'] },
  { text: 'Sorry for all that stuff that went down.', kinds: ['vague'] },
  { text: 'I am sorry for how everything went.', kinds: ['vague'] },
  // mixed
  {
    text: 'I lied about the conference. I’m sorry. P.S. she came onto me, not the other way round.',
    kinds: ['blame_shift'],
  },
  {
    text: '1. I’m sorry.\n2. I was wrong.\n3. Can we put it behind us by the weekend?',
    kinds: ['pressure'],
  },
  // clean
  { text: 'ngl i messed up bad. i lied and i cheated. i’m sorry', kinds: [] },
  { text: 'I AM SORRY. I BROKE YOUR HEART AND I KNOW IT.', kinds: [] },
  { text: 'sorry 💔 i hurt u and u didn’t deserve it', kinds: [] },
  { text: 'I’m sorry, hen. I was a right eejit and I cheated on you.', kinds: [] },
  { text: 'Sorry lah. I lied to you about the trip, it was with her. My fault.', kinds: [] },
  {
    text: 'I am sorry (and I mean sorry, not sorry-but). I lied to you for a year about where I was on Thursdays.',
    kinds: [],
  },
  {
    text: '1. I cheated.\n2. I lied when you asked.\n3. I will answer every question.\n4. I am sorry.',
    kinds: [],
  },
  { text: 'You asked me straight and I lied. I am sorry for that most of all.', kinds: [] },
  { text: 'I’m sorry. I know what I did cost you your sleep and your trust.', kinds: [] },
  {
    text: 'I am sorry; I chose to go back to her flat; I chose to hide it; none of it was your doing.',
    kinds: [],
  },
  {
    text: 'Sorry for the lies and the sneaking around. I have told her it is over and I have blocked her.',
    kinds: [],
  },
  { text: 'I’m sorry I made you feel like you were going mad.', kinds: [] },
  { text: 'I apologise. I betrayed your trust and I am ashamed of it.', kinds: [] },
  { text: 'Sorry. I was selfish and dishonest. You deserved better from me.', kinds: [] },
  { text: 'i’m sorry for cheating. take whatever time u need, i’ll be here', kinds: [] },
  { text: 'I’m sorry for the affair, and for every lie that covered it.', kinds: [] },
  { text: 'I am sorry, truly. I know I have to earn your trust back slowly.', kinds: [] },
  { text: 'I’m sorry I wasn’t honest when you first asked. You were right all along.', kinds: [] },
  {
    text: 'P.S. I know this letter does not fix anything. I am sorry for what I did to you and to us.',
    kinds: [],
  },
  { text: 'Sorry, babe. I was wrong, full stop.', kinds: [] },
  { text: 'I’m sorry I hid the second phone. I’ll show you everything on it if you want.', kinds: [] },
  { text: 'I am sorry I broke our vows. I will keep going to therapy.', kinds: [] },
  { text: 'I hurt you and I’m sorry. Ask me anything, anytime.', kinds: [] },
  { text: 'I’m sorry for humiliating you in front of your friends.', kinds: [] },
];
