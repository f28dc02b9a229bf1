import type { CorpusItem } from './corpus-item';
// Written for blind22 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const REPLY_BLIND22: readonly CorpusItem[] = [
  // ---- flawed: defensive ----
  { text: "I never lied to you. I just didn't mention it.", kinds: ['defensive'] },
  { text: "That's not true and you know it.", kinds: ['defensive'] },
  { text: "I didn't do anything wrong by having coffee with her.", kinds: ['defensive'] },
  { text: 'How many times do I have to tell you nothing happened?', kinds: ['defensive'] },
  { text: "I'm not a bad person, okay? I've done a lot for this family.", kinds: ['defensive'] },
  { text: 'Oh, excuse me for having a private life.', kinds: ['defensive'] },
  {
    text: 'I was never hiding the account, it just never felt like the right moment to bring it up.',
    kinds: ['defensive'],
  },
  {
    text: "I don't know why you keep calling it an affair. We never even slept together.",
    kinds: ['defensive', 'minimizing'],
  },
  { text: "Don't put words in my mouth. I never said I'd stop completely.", kinds: ['defensive'] },
  { text: "That's a really unfair thing to say to me.", kinds: ['defensive'] },
  { text: "Oh, so I'm the villain now. Great.", kinds: ['defensive'] },
  {
    text: "I answered every question you asked. If you didn't ask the right ones, that's not lying.",
    kinds: ['defensive'],
  },
  { text: "I'm not going to apologise for something I didn't do.", kinds: ['defensive'] },
  { text: "You're making me out to be some kind of monster.", kinds: ['defensive'] },
  {
    text: "Fine, check my phone, go on. You won't find anything because there's nothing to find.",
    kinds: ['defensive'],
  },
  {
    text: "I didn't technically lie. I said I was at work, and I was at work for part of the evening.",
    kinds: ['defensive'],
  },
  {
    text: 'Everyone keeps treating me like a criminal. I made one bad call.',
    kinds: ['defensive', 'minimizing'],
  },
  { text: "Wow. After everything I've done to fix this, that's what you think of me?", kinds: ['defensive'] },

  // ---- flawed: minimizing ----
  { text: "You're overreacting. It was a few texts.", kinds: ['minimizing'] },
  { text: "It's not that big a deal.", kinds: ['minimizing'] },
  { text: "You're being paranoid, I was literally just at Dave's.", kinds: ['minimizing'] },
  { text: 'Honestly it was like fifty quid, calm down.', kinds: ['minimizing'] },
  { text: "It's porn, every guy watches it.", kinds: ['minimizing'] },
  { text: "You're blowing this way out of proportion.", kinds: ['minimizing'] },
  { text: 'Lots of couples go through far worse than this.', kinds: ['minimizing'] },
  { text: 'It was one kiss. One.', kinds: ['minimizing'] },
  { text: "I think you're letting your imagination run away with you.", kinds: ['minimizing'] },
  { text: "It's a bit dramatic to call it a betrayal, isn't it?", kinds: ['minimizing'] },
  { text: "Babe, it's a couple of drinks, not a relapse.", kinds: ['minimizing'] },
  { text: "You're reading way too much into a like on Instagram.", kinds: ['minimizing'] },
  { text: "You're acting like I robbed a bank. It was one credit card.", kinds: ['minimizing'] },
  { text: "Don't be so sensitive.", kinds: ['minimizing'] },
  { text: "She's a colleague. You're seeing ghosts.", kinds: ['minimizing'] },
  { text: "It's hardly the end of the world. We've still got the house.", kinds: ['minimizing'] },
  { text: "Aren't you being a tiny bit hysterical about this?", kinds: ['minimizing'] },
  { text: "It's been blown up into something it never was.", kinds: ['minimizing'] },

  // ---- flawed: counter-attack ----
  { text: 'What about you and your ex? You still text him.', kinds: ['counter_attack'] },
  { text: "You're one to talk.", kinds: ['counter_attack'] },
  {
    text: "Maybe if you'd been around more, I wouldn't have needed someone else to talk to.",
    kinds: ['counter_attack', 'justification'],
  },
  { text: "And you've never lied to me? Really?", kinds: ['counter_attack'] },
  { text: 'Funny how you remember all my mistakes and none of yours.', kinds: ['counter_attack'] },
  { text: "You went through my phone. That's a violation too, you know.", kinds: ['counter_attack'] },
  {
    text: 'You spend more on clothes every month than I lost, so spare me.',
    kinds: ['counter_attack', 'minimizing'],
  },
  {
    text: "Don't lecture me about trust when you tell your mum all our business.",
    kinds: ['counter_attack'],
  },
  {
    text: "At least I'm not the one who screams every time something goes wrong.",
    kinds: ['counter_attack'],
  },
  { text: "Remember the guy from your gym? Yeah. Let's talk about that.", kinds: ['counter_attack'] },
  {
    text: "You've made my life miserable for years and now you want to play the victim?",
    kinds: ['counter_attack'],
  },
  { text: 'Pot, meet kettle.', kinds: ['counter_attack'] },
  { text: 'You checked out of this marriage long before I did anything.', kinds: ['counter_attack'] },
  { text: 'Honestly, you drink more than I do.', kinds: ['counter_attack'] },
  { text: 'And what did you do when I needed you last year? Nothing.', kinds: ['counter_attack'] },
  { text: "You're not exactly perfect either.", kinds: ['counter_attack'] },
  {
    text: "Interesting that you're suddenly so worried about honesty. Shall we talk about your spending?",
    kinds: ['counter_attack'],
  },
  { text: 'You cheated on me at uni and I got over it.', kinds: ['counter_attack', 'rushing'] },

  // ---- flawed: justification ----
  { text: 'I only did it because I was lonely.', kinds: ['justification'] },
  { text: "I was drunk, I didn't know what I was doing.", kinds: ['justification'] },
  { text: 'The stress at work was crushing me and the betting helped me cope.', kinds: ['justification'] },
  { text: "I hid it because I knew you'd react exactly like this.", kinds: ['justification'] },
  { text: 'She understood me at a time when I felt invisible.', kinds: ['justification'] },
  {
    text: "I didn't tell you about the debt because I was going to fix it before you ever had to know.",
    kinds: ['justification'],
  },
  { text: 'I needed an outlet. Everyone needs something.', kinds: ['justification'] },
  { text: "My dad had just died. I wasn't thinking clearly.", kinds: ['justification'] },
  {
    text: 'I only kept the second phone for work stuff that got a bit personal.',
    kinds: ['justification', 'minimizing'],
  },
  { text: 'I was trying to protect you from worrying.', kinds: ['justification'] },
  {
    text: 'It happened at a really low point in my life, you have to understand that.',
    kinds: ['justification'],
  },
  {
    text: 'I was burned out, I felt like a failure, and he made me feel good about myself for once.',
    kinds: ['justification'],
  },
  {
    text: 'I lied about the job because I was ashamed, and then it just snowballed.',
    kinds: ['justification'],
  },
  { text: "The meds I'm on mess with my head, that's why I drank.", kinds: ['justification'] },
  {
    text: "We hadn't been intimate in months. What did you expect?",
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "Everyone on the team goes to those bars after work, I couldn't exactly say no.",
    kinds: ['justification'],
  },
  {
    text: 'I only messaged my ex because she reached out first and she was going through a rough time.',
    kinds: ['justification'],
  },
  { text: "I was sure I'd win it back. I just needed one good week.", kinds: ['justification'] },

  // ---- flawed: rushing ----
  { text: 'Can we please just move on?', kinds: ['rushing'] },
  { text: 'Get over it, it was months ago.', kinds: ['rushing'] },
  { text: "Not tonight, I'm exhausted.", kinds: ['rushing'] },
  { text: "It's in the past. Let's leave it there.", kinds: ['rushing'] },
  { text: 'How long are we going to keep talking about this?', kinds: ['rushing'] },
  { text: "I've said sorry, I'm not doing this again.", kinds: ['rushing'] },
  { text: 'Can we not ruin the weekend with this?', kinds: ['rushing'] },
  { text: 'At some point you have to let it go.', kinds: ['rushing'] },
  {
    text: "We've been through this already. Nothing new is going to come out of rehashing it.",
    kinds: ['rushing'],
  },
  { text: "Let's just focus on the good stuff from now on, yeah?", kinds: ['rushing'] },
  { text: "I thought we'd dealt with this last week.", kinds: ['rushing'] },
  { text: "You're never going to heal if you keep picking at it.", kinds: ['rushing'] },
  { text: "Let's draw a line under it and start over.", kinds: ['rushing'] },
  {
    text: "I don't want to go over it again. Can we talk about literally anything else?",
    kinds: ['rushing'],
  },
  { text: 'The therapist said we should look forward, not back.', kinds: ['rushing'] },
  { text: "It's been a year. Surely we're past this by now.", kinds: ['rushing'] },
  { text: 'Can this wait? The match is on.', kinds: ['rushing'] },
  { text: "Let's not dig all that up again.", kinds: ['rushing'] },

  // ---- clean ----
  { text: "You have every right to be angry. I'm listening.", kinds: [] },
  { text: "I hear you. I did that, and I'm not going to argue with how it made you feel.", kinds: [] },
  { text: "You're right. I lied to you, and I understand why you can't believe me right now.", kinds: [] },
  { text: "That makes sense. Of course you're checking my phone; I gave you every reason to.", kinds: [] },
  { text: "Take all the time you need. I'm here.", kinds: [] },
  { text: 'Can you tell me more about what today was like for you? I want to understand.', kinds: [] },
  { text: "I didn't think about you when I did it, and that's exactly the problem. I'm sorry.", kinds: [] },
  {
    text: 'You always said you needed honesty from me more than anything, and I broke that. I understand why this hurts so much.',
    kinds: [],
  },
  {
    text: "I know it doesn't feel like the past to you. It's still happening for you every day, and I won't rush that.",
    kinds: [],
  },
  { text: "I don't want us to move on until you feel ready. Whatever that takes, I'll be here.", kinds: [] },
  { text: "Yes, I texted her on Saturday. I should have told you straight away. I'm sorry.", kinds: [] },
  { text: "You're not paranoid. You noticed something was wrong because something was wrong.", kinds: [] },
  { text: "You're not overreacting. This is a completely proportionate response to what I did.", kinds: [] },
  { text: "I didn't tell you the whole truth last week. Here's what I left out.", kinds: [] },
  { text: "It's okay to bring it up tonight. It's okay to bring it up any night.", kinds: [] },
  {
    text: 'I can see how hurt you are. Do you want me to just sit with you, or do you want to talk?',
    kinds: [],
  },
  {
    text: "That's a fair question. The answer is yes, I saw him twice more after I said it had ended.",
    kinds: [],
  },
  { text: "Thank you for telling me that. I know it wasn't easy to say out loud.", kinds: [] },
  {
    text: "You always know when I'm not being straight with you. You were right tonight, too: I hadn't told you about the second loan.",
    kinds: [],
  },
  { text: "I'm not going to defend myself. What I did was wrong.", kinds: [] },
  { text: 'If you need me to sleep in the spare room for a while, I will.', kinds: [] },
  { text: "You're allowed to be furious. I'd be furious too.", kinds: [] },
  { text: "I understand you don't trust me. I haven't earned that back yet.", kinds: [] },
  { text: "I don't have a good reason. There isn't one. I chose to do it.", kinds: [] },
  { text: "That sounds incredibly painful. I'm so sorry I put that image in your head.", kinds: [] },
  { text: 'Would it help if I showed you the bank statements every week?', kinds: [] },
  {
    text: "Whether and when you want to move on is your call, not mine. For now I just want to hear how you're doing.",
    kinds: [],
  },
  {
    text: "You're right, I did get defensive just then. Let me try again: I hear that you feel humiliated, and you have every reason to.",
    kinds: [],
  },
  {
    text: "I didn't realise you'd been carrying that alone for so long. Thank you for telling me.",
    kinds: [],
  },
  {
    text: "I get why the anniversary is hard now. I ruined what it meant, and I'll do whatever you need on the day.",
    kinds: [],
  },
  {
    text: "Yes, I lied about the amount. It was eleven thousand, not four. I'm sorry I gave you a smaller number.",
    kinds: [],
  },
  {
    text: "Those are fair questions, and you'll get honest answers, even the ones that make me look bad.",
    kinds: [],
  },
  {
    text: "You don't owe me a conversation tonight. If you want one, I'm here; if you don't, that's okay too.",
    kinds: [],
  },
  { text: "I hear that you feel like you don't know who I am anymore. That must be terrifying.", kinds: [] },
  { text: "ok. I understand. I'll give you space and I'll be here when you want to talk.", kinds: [] },
  {
    text: "You're right that it wasn't 'just' a friendship. I told you that to make it sound smaller than it was.",
    kinds: [],
  },
  {
    text: "The past isn't something I can change, but I can tell you the truth about it. Ask me anything.",
    kinds: [],
  },
  {
    text: "Of course you're angry about the gym story. I lied to cover for the casino, and that lie was deliberate.",
    kinds: [],
  },
  {
    text: "It's reasonable that you want to know where I am. I'll share my location, and you can ask me any time.",
    kinds: [],
  },
  { text: "I can hear that you're exhausted from all of this. I did that to you.", kinds: [] },
  { text: 'It makes complete sense that you flinch when my phone buzzes.', kinds: [] },
  {
    text: "You're not crazy. I told you that you were imagining things, and that was me protecting my lie.",
    kinds: [],
  },
  { text: "I don't want to make this about me. What do you need right now?", kinds: [] },
  {
    text: "I'm sorry I shut the conversation down last night. Can we pick it up again, whenever you're ready?",
    kinds: [],
  },
  { text: 'You always deserved the truth. I gave you a story instead.', kinds: [] },
  {
    text: "Thank you for telling me how much the birthday thing hurt. I didn't see it, and I should have.",
    kinds: [],
  },
  {
    text: "That's true. I did say I'd stopped drinking, and I hadn't. You were right to pour it away.",
    kinds: [],
  },
  { text: "You don't have to be fair to me right now. You can just be hurt.", kinds: [] },
  {
    text: "Tell me what you're picturing, if you want to. I'll answer honestly, even if it's hard.",
    kinds: [],
  },
  {
    text: "I can't promise it'll never hurt again, but I can promise I'll never lie to you about it again.",
    kinds: [],
  },
  {
    text: "I understand why you'd want to call her yourself. If that's what you need, I'll give you her number.",
    kinds: [],
  },
  {
    text: "It hurts to hear, but you're right: I was choosing the slot machines over our family.",
    kinds: [],
  },
  { text: "I didn't stop when you asked me to the first time. That's on me, not you.", kinds: [] },
  {
    text: "It's not too much to ask. Wanting to know where I'm going is completely reasonable after what I did.",
    kinds: [],
  },
  { text: "You're not overthinking it. I'd be asking the same questions.", kinds: [] },
  { text: "I'm sorry you woke up thinking about it again. Do you want to tell me what came up?", kinds: [] },
  {
    text: "You're right to be suspicious of the new password. Here it is, and here's why I changed it: I was hiding messages from my ex.",
    kinds: [],
  },
  { text: "I know my apology didn't land. I understand why. I'll keep showing up.", kinds: [] },
  { text: "That's a lot of pain, and I caused it. I'm staying right here.", kinds: [] },
  {
    text: "You're right, I shouldn't have said it's in the past. It's in the present for you, and I'm sorry I brushed it off.",
    kinds: [],
  },
  {
    text: "I should have been honest the first time you asked. I'm being honest now: yes, it was physical.",
    kinds: [],
  },
  {
    text: "I hear you saying you don't feel safe. What would help you feel even a little safer this week?",
    kinds: [],
  },
  { text: "Your anger makes sense. I'm not going anywhere because of it.", kinds: [] },
  {
    text: "I didn't mean to hurt you, but that doesn't matter. I did hurt you, and that's what counts.",
    kinds: [],
  },
  { text: "It's fair that you don't want me to go to the work party. I'll skip it.", kinds: [] },
  {
    text: "You're right. I made you feel like your questions were a burden, and they never were.",
    kinds: [],
  },
  {
    text: "No, you're not asking too much. You're asking for the bare minimum I should have given you all along.",
    kinds: [],
  },
  {
    text: 'I know you keep replaying it. You can replay it with me, out loud, as often as you need.',
    kinds: [],
  },
  {
    text: "I understand that a nice dinner doesn't fix this. I'm not trying to paper over anything.",
    kinds: [],
  },
  {
    text: "That's a really painful thing to realise. I'm sorry I made our wedding photos feel like a lie.",
    kinds: [],
  },
  {
    text: "Yes, I did delete the messages before you saw my phone. I'm sorry. I'll tell you what they said.",
    kinds: [],
  },
  { text: "I hear that you want to know everything. I'll tell you everything.", kinds: [] },
  { text: "It's fine to cry. You don't have to hold it together for me.", kinds: [] },
  { text: "You're right that I always change the subject. I'm not going to this time. Go on.", kinds: [] },
  { text: "I understand. You need me to stop saying 'I've changed' and just show it.", kinds: [] },
  {
    text: "I agree that I should get help for the gambling. I'll call the helpline tomorrow morning and tell you how it goes.",
    kinds: [],
  },
  { text: "You always put the family first, and I didn't. That's the honest truth.", kinds: [] },
  {
    text: "I know this isn't in the past for you. It isn't for me either, and I won't pretend it is.",
    kinds: [],
  },
  { text: "Let's talk about it now. The dishes can wait.", kinds: [] },
  {
    text: "It's okay that you don't want to be touched right now. I'll wait until you tell me otherwise.",
    kinds: [],
  },
  {
    text: "What you're feeling is valid, and I want to hear all of it, even the parts that are hard for me to hear.",
    kinds: [],
  },
  { text: 'I did lie about how much I drank that night. I had six pints, not two.', kinds: [] },
  {
    text: "I realise I kept saying 'move on' last month. That wasn't fair to you. We'll go at your pace.",
    kinds: [],
  },
  { text: "That's a horrible feeling to be left with. I'm sorry I did that to you.", kinds: [] },
  { text: "You don't have to forgive me to keep talking to me. I'm here either way.", kinds: [] },
  {
    text: "I can hear how scared you are about money. I'll sit down with you this weekend and show you every debt, even the ones I'm embarrassed about.",
    kinds: [],
  },
  { text: "Hmm, you're right. I was defending myself again. I'll stop. I'm listening.", kinds: [] },
  { text: "Yes. I still follow her on Instagram. I'll unfollow her now, and I'm sorry I hid it.", kinds: [] },
  { text: 'Thank you for not hanging up. I know talking to me right now is hard.', kinds: [] },
  {
    text: "You asked whether I loved her. The honest answer is I don't know what I felt, but I know I chose to betray you, and that's what I'm responsible for.",
    kinds: [],
  },
];
