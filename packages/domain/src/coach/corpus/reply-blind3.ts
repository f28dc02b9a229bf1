import type { CorpusItem } from './corpus-item';

// Blind round 4 ("blind3"): written after the blind2 generalisation and before any further tuning, in
// styles still new (voice-to-text run-ons, line breaks, emoji, capitals, letters, regional slang,
// therapy-speak, English as a second language). Its first figure is our estimate for unseen writing.
/** Labelled reply texts, written blind after the blind2 rules. */
export const REPLY_BLIND3: readonly CorpusItem[] = [
  // defensive
  { text: 'I’ve answered every single question you’ve asked.', kinds: ['defensive'] },
  { text: 'That is completely untrue.', kinds: ['defensive'] },
  { text: 'i never did anything with her, i swear on my life', kinds: ['defensive'] },
  { text: 'I’m doing everything you asked and it’s still not enough.', kinds: ['defensive'] },
  { text: 'You’re twisting my words again.', kinds: ['defensive'] },
  { text: 'Hang on, I didn’t lie about that part.', kinds: ['defensive'] },
  { text: 'Why are you looking at me like that? I haven’t done anything.', kinds: ['defensive'] },
  // minimizing
  { text: 'Babe you’re spiralling again 🙄', kinds: ['minimizing'] },
  { text: 'It was one drink with a colleague, relax.', kinds: ['minimizing'] },
  { text: 'You’re making a drama out of a text.', kinds: ['minimizing'] },
  { text: 'Honestly it’s not worth getting upset over.', kinds: ['minimizing'] },
  { text: 'you’re being a bit oversensitive tbh', kinds: ['minimizing'] },
  { text: 'Lots of couples go through worse than this.', kinds: ['minimizing'] },
  // counter_attack
  { text: 'Funny how you never mention your own mistakes.', kinds: ['counter_attack'] },
  { text: 'Well you weren’t exactly a model wife either.', kinds: ['counter_attack'] },
  { text: 'You’re the one who went through my phone.', kinds: ['counter_attack'] },
  { text: 'You kissed Dan at the Christmas party, or have you forgotten?', kinds: ['counter_attack'] },
  {
    text: 'If you’d been home once in a while, maybe none of this would have happened.',
    kinds: ['counter_attack'],
  },
  { text: 'u can’t talk, u flirt with everyone', kinds: ['counter_attack'] },
  // justification
  { text: 'I needed someone who actually wanted to hear about my day.', kinds: ['justification'] },
  { text: 'I was drinking a lot back then, you know that.', kinds: ['justification'] },
  { text: 'The job was killing me and she made it bearable.', kinds: ['justification'] },
  { text: 'I only went because I felt so shut out at home.', kinds: ['justification', 'counter_attack'] },
  { text: 'There were reasons, it was a complicated time.', kinds: ['justification'] },
  { text: 'I was grieving my dad and not thinking straight.', kinds: ['justification'] },
  // rushing
  { text: 'Can we just have one day off from this?', kinds: ['rushing'] },
  { text: 'Are we really doing this again tonight?', kinds: ['rushing'] },
  { text: 'I’d rather focus on the future than keep digging up the past.', kinds: ['rushing'] },
  { text: 'It’s been 8 months, surely we can stop now.', kinds: ['rushing'] },
  { text: 'Let’s put a pin in this and talk at the weekend.', kinds: ['rushing'] },
  { text: 'idk how much longer i can keep going over the same stuff', kinds: ['rushing'] },
  { text: 'You said you’d forgiven me. Why are we still talking about it?', kinds: ['rushing'] },

  // clean
  { text: 'I’m really sorry. I can hear how much this hurts.', kinds: [] },
  { text: 'You’re right, and I should have told you straight away.', kinds: [] },
  { text: 'i know. i did that. i’m sorry', kinds: [] },
  { text: 'It makes sense you’d still be checking. I broke your trust.', kinds: [] },
  { text: 'I won’t tell you to calm down. Say whatever you need to say.', kinds: [] },
  { text: 'Thank you for telling me it still hurts. I want to know when it does.', kinds: [] },
  { text: 'Yes, I saw her at the conference. I should have told you before you found out.', kinds: [] },
  { text: 'I can stay up and talk as long as you want tonight.', kinds: [] },
  { text: 'You have every right to ask me that again.', kinds: [] },
  { text: 'I’m here 💛 take your time', kinds: [] },
  { text: 'That sounds like a really painful moment. What was it like for you?', kinds: [] },
  { text: 'Of course you don’t trust me yet. I haven’t earned it.', kinds: [] },
  { text: 'I hear that the dinner brought it all back. I’m sorry.', kinds: [] },
  { text: 'I understand. I’ll text when I leave work every day this week.', kinds: [] },
  { text: 'You don’t have to explain why you’re upset. I know why.', kinds: [] },
  { text: 'I’m sorry I laughed earlier. It wasn’t funny and it wasn’t fair to you.', kinds: [] },
  { text: 'It’s okay to be angry with me. I can take it.', kinds: [] },
  { text: 'Would you like me to sleep in the other room tonight?', kinds: [] },
  { text: 'What do you need from me right now?', kinds: [] },
  { text: 'I know this won’t be fixed by a conversation. I’ll keep showing up.', kinds: [] },
  { text: 'I was wrong to get defensive just now. Please go on.', kinds: [] },
];
