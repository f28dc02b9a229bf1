import type { CorpusItem } from './corpus-item';

// Written for the blind15 round by someone who never saw the coaches' rules,
// lexicons or existing corpora; labels reflect a couples therapist's reading.
export const REPLY_BLIND15: readonly CorpusItem[] = [
  {
    text: "I hear that 'sorry' isn't landing. What would feel more real to you?",
    kinds: [],
  },
  {
    text: 'Tell me more. I want to understand what it was like for you.',
    kinds: [],
  },
  {
    text: "I can hear how angry you are. You're allowed to be.",
    kinds: [],
  },
  {
    text: "You're being really dramatic right now.",
    kinds: ['minimizing'],
  },
  {
    text: "At least I never spent thousands on clothes we didn't need.",
    kinds: ['counter_attack'],
  },
  {
    text: "I was going to tell you, I just hadn't found the right moment.",
    kinds: ['defensive', 'justification'],
  },
  {
    text: "I hear you. But honestly, you're blowing this out of proportion.",
    kinds: ['minimizing'],
  },
  {
    text: "I don't want to keep rehashing it every weekend.",
    kinds: ['rushing'],
  },
  {
    text: 'It was a really dark time for me after I lost the job.',
    kinds: ['justification'],
  },
  {
    text: 'I thought it would help us get out of debt faster.',
    kinds: ['justification'],
  },
  {
    text: "I'm trying my best here, okay? Nothing I do is ever right.",
    kinds: ['defensive'],
  },
  {
    text: "You're right to ask. Yes, she messaged me on Tuesday. I didn't reply, and I've blocked the number.",
    kinds: [],
  },
  {
    text: 'Honestly, you pushed me away first.',
    kinds: ['counter_attack'],
  },
  {
    text: "I'm not a liar. I just left some things out.",
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: "I'm not going anywhere. Say whatever you need to say.",
    kinds: [],
  },
  {
    text: 'When you say you feel like a fool, I want you to know the foolishness was mine, not yours.',
    kinds: [],
  },
  {
    text: "That's not what happened and you know it.",
    kinds: ['defensive'],
  },
  {
    text: 'Do you want me to just listen, or do you want me to answer questions?',
    kinds: [],
  },
  {
    text: "You're the one who stopped wanting to be close.",
    kinds: ['counter_attack'],
  },
  {
    text: 'She was going through a divorce and needed someone. I was just being kind.',
    kinds: ['justification', 'minimizing'],
  },
  {
    text: 'It hurts to hear, but I need to hear it.',
    kinds: [],
  },
  {
    text: "Of course you checked my phone. I'd have done the same.",
    kinds: [],
  },
  {
    text: "I hear you. I'm not going to argue.",
    kinds: [],
  },
  {
    text: "Okay. I'll stop talking and listen.",
    kinds: [],
  },
  {
    text: 'I understand that every late text from me feels like a threat now.',
    kinds: [],
  },
  {
    text: "I understand you're upset, and that makes sense. I'm just saying I never actually met up with him, so it's not the same as cheating.",
    kinds: ['minimizing', 'defensive'],
  },
  {
    text: "You're allowed to bring it up as often as you need to. Every time.",
    kinds: [],
  },
  {
    text: "You're overthinking it. It's a few hundred quid.",
    kinds: ['minimizing'],
  },
  {
    text: "Technically we weren't even together that week.",
    kinds: ['defensive'],
  },
  {
    text: 'I was lonely, what did you expect me to do?',
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "I get it, and I'm sorry. Can we stop talking about it now though?",
    kinds: ['rushing'],
  },
  {
    text: "I did it because I didn't want you to worry about money.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I went quiet when you cried. I'm still here, and I'm listening now.",
    kinds: [],
  },
  {
    text: "You were never home. You were always at your mum's.",
    kinds: ['counter_attack'],
  },
  {
    text: "Babe, it's over. It's done. You have to stop living in the past.",
    kinds: ['rushing'],
  },
  {
    text: "You're right that I minimised it. It was an affair, not 'a few texts.'",
    kinds: [],
  },
  {
    text: "Honestly it's not a big deal. It was forty quid.",
    kinds: ['minimizing'],
  },
  {
    text: 'What about you going through my emails? Are we going to talk about that?',
    kinds: ['counter_attack'],
  },
  {
    text: 'Well, you flirt with the neighbour right in front of me.',
    kinds: ['counter_attack'],
  },
  {
    text: 'I want to hear it, even the parts that are hard for me to hear.',
    kinds: [],
  },
  {
    text: "What I did made you feel small. I'm sorry, and you're not small.",
    kinds: [],
  },
  {
    text: "Tell me what it felt like. I won't interrupt.",
    kinds: [],
  },
  {
    text: "It's just porn. It's not like I'm cheating.",
    kinds: ['minimizing'],
  },
  {
    text: 'I was stressed out of my mind, okay?',
    kinds: ['justification'],
  },
  {
    text: 'Lots of couples go through way worse than this.',
    kinds: ['minimizing'],
  },
  {
    text: "You're making a huge deal out of a couple of beers.",
    kinds: ['minimizing'],
  },
  {
    text: "Everyone's under stress right now. I made a bad call because of it.",
    kinds: ['justification'],
  },
  {
    text: "You're right, I did drink at the wedding. I told you I didn't. I'm sorry.",
    kinds: [],
  },
  {
    text: "I thought we'd already dealt with this.",
    kinds: ['rushing'],
  },
  {
    text: "I don't know why you'd even think that about me.",
    kinds: ['defensive'],
  },
  {
    text: "You don't owe me an easy evening.",
    kinds: [],
  },
  {
    text: 'Thank you for trusting me with that, even a little.',
    kinds: [],
  },
  {
    text: 'I needed to blow off steam. The casino was the only place I could switch off.',
    kinds: ['justification'],
  },
  {
    text: 'Do you want a hug, or do you want me to give you some space?',
    kinds: [],
  },
  {
    text: "Maybe if you were nicer to me I wouldn't have needed to go elsewhere.",
    kinds: ['counter_attack', 'justification'],
  },
  {
    text: 'You always do this, you always make me the bad guy.',
    kinds: ['counter_attack', 'defensive'],
  },
  {
    text: "It's in the past. Why do you keep dragging it up?",
    kinds: ['rushing'],
  },
  {
    text: "You're being paranoid. I was at the gym.",
    kinds: ['minimizing', 'defensive'],
  },
  {
    text: "I'm not the monster you're making me out to be.",
    kinds: ['defensive'],
  },
  {
    text: "I didn't 'hide' anything, the statements were in the drawer the whole time.",
    kinds: ['defensive'],
  },
  {
    text: "I'm sorry. I made you feel like you were losing your mind, and you weren't.",
    kinds: [],
  },
  {
    text: "I wasn't with her that night. I was at Dave's. Ask him.",
    kinds: ['defensive'],
  },
  {
    text: "Because of what I did, you don't feel safe. That's on me to repair.",
    kinds: [],
  },
  {
    text: 'We talked about this yesterday. Can we drop it?',
    kinds: ['rushing'],
  },
  {
    text: 'My dad drank, my grandad drank. What did you think was going to happen?',
    kinds: ['justification'],
  },
  {
    text: "That's ridiculous. Nobody loses sleep over a few messages.",
    kinds: ['minimizing'],
  },
  {
    text: "I was honest with you when you asked the second time. Doesn't that count for anything?",
    kinds: ['defensive'],
  },
  {
    text: "I'm sorry, but it's been a year. I want to focus on the future now.",
    kinds: ['rushing'],
  },
  {
    text: 'I understand why seeing her name brought all of that back.',
    kinds: [],
  },
  {
    text: "If you need to go to your sister's, I'll take care of the kids. Take as long as you need.",
    kinds: [],
  },
  {
    text: 'What would help right now?',
    kinds: [],
  },
  {
    text: "You're just as bad, you just hide it better.",
    kinds: ['counter_attack'],
  },
  {
    text: "I did it for us. I thought if I could win it back, you'd never have to know.",
    kinds: ['justification'],
  },
  {
    text: "You're reading way too much into it.",
    kinds: ['minimizing'],
  },
  {
    text: 'Can we just have one normal evening without this?',
    kinds: ['rushing'],
  },
  {
    text: "Not tonight. I'm exhausted.",
    kinds: ['rushing'],
  },
  {
    text: "I'm not getting into this again. I've got an early start.",
    kinds: ['rushing'],
  },
  {
    text: "I never said she was just a friend. You're twisting my words.",
    kinds: ['defensive'],
  },
  {
    text: "Yes, I lied when you asked me in June. I'm sorry.",
    kinds: [],
  },
  {
    text: 'It was wrong. Not complicated, not understandable. Wrong.',
    kinds: [],
  },
  {
    text: "You're too sensitive about this stuff.",
    kinds: ['minimizing'],
  },
  {
    text: "I can see how much that hurt. I'm not going to make it smaller than it was.",
    kinds: [],
  },
  {
    text: "That makes sense. I'd be furious too.",
    kinds: [],
  },
  {
    text: 'That was a lie, and you caught it. I should have told you myself.',
    kinds: [],
  },
  {
    text: "You're not exactly perfect either.",
    kinds: ['counter_attack'],
  },
  {
    text: "You have every reason not to believe me. I'll keep showing you.",
    kinds: [],
  },
  {
    text: "You're overreacting.",
    kinds: ['minimizing'],
  },
  {
    text: "I don't have a good answer for why. I only know it was wrong.",
    kinds: [],
  },
  {
    text: "It wasn't an affair, it was a friendship that got a bit close.",
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: 'I was trying to protect you from the stress.',
    kinds: ['justification'],
  },
  {
    text: 'I was drunk and she kept topping up my glass.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. Look, I'd just started antidepressants, I wasn't myself.",
    kinds: ['justification'],
  },
  {
    text: "I can't imagine how it felt to read that. I'm sorry.",
    kinds: [],
  },
  {
    text: "I did hide it. There's nothing to defend.",
    kinds: [],
  },
  {
    text: "I understand. I'll sleep in the spare room.",
    kinds: [],
  },
  {
    text: "It makes sense that you don't believe me about the meetings. Would it help to see the attendance sheet?",
    kinds: [],
  },
  {
    text: "That's a fair question. The honest answer is I don't know why I kept going, and I'm working on finding out with my therapist.",
    kinds: [],
  },
  {
    text: 'You have every right to be angry with me.',
    kinds: [],
  },
  {
    text: "I know you don't want to move on yet, and I'm not going to push.",
    kinds: [],
  },
  {
    text: "I've been doing everything you asked and it's still not enough.",
    kinds: ['defensive'],
  },
  {
    text: "It was cruel of me to say you were overreacting. You weren't.",
    kinds: [],
  },
  {
    text: 'Can we please just move on?',
    kinds: ['rushing'],
  },
  {
    text: 'It happened two years ago. Let it go.',
    kinds: ['rushing'],
  },
  {
    text: "You haven't exactly been easy to live with.",
    kinds: ['counter_attack'],
  },
  {
    text: "It's how I was raised. I never learned to talk about money.",
    kinds: ['justification'],
  },
  {
    text: "I understand if you can't look at me right now.",
    kinds: [],
  },
  {
    text: "I didn't lie, I just didn't bring it up.",
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: "I know being 'stressed' was never the reason. I'm not going to hide behind that.",
    kinds: [],
  },
  {
    text: 'Remember when you lied about your credit card? I forgave you.',
    kinds: ['counter_attack'],
  },
  {
    text: "You've got your own problems with drinking, let's be honest.",
    kinds: ['counter_attack'],
  },
  {
    text: "I understand it hurts. I also think after six months it's time to let it go.",
    kinds: ['rushing'],
  },
  {
    text: "You're right, I always had an excuse ready. I want to stop doing that.",
    kinds: [],
  },
  {
    text: "It's really not that bad. We'll have it paid off in a year.",
    kinds: ['minimizing'],
  },
  {
    text: "Would it help to talk in the morning instead, when you're rested? Only if you want to.",
    kinds: [],
  },
  {
    text: "You're right, I was defensive just now. Let me try again.",
    kinds: [],
  },
  {
    text: 'Fine, I messed up, now can we move on?',
    kinds: ['rushing'],
  },
  {
    text: 'What about the guy from your work you text every night?',
    kinds: ['counter_attack'],
  },
  {
    text: 'What was the worst part of today?',
    kinds: [],
  },
  {
    text: "I'm sorry this is taking so much out of you. You shouldn't have had to go through any of it.",
    kinds: [],
  },
  {
    text: "Why is it always about what I did? You never ask how I'm doing.",
    kinds: ['counter_attack'],
  },
  {
    text: 'Yes. I was with him that night. I lied to you about it.',
    kinds: [],
  },
  {
    text: "I know I don't get to decide when you're done being hurt.",
    kinds: [],
  },
  {
    text: 'It was one text. Calm down.',
    kinds: ['minimizing'],
  },
  {
    text: "You're right. I did lie about that, and I'm sorry.",
    kinds: [],
  },
  {
    text: 'I can stay up and talk, or I can give you space. Whichever you need tonight.',
    kinds: [],
  },
  {
    text: "That's not fair. I've apologised so many times.",
    kinds: ['defensive'],
  },
  {
    text: "I'll take the kids to school tomorrow so you can sleep in.",
    kinds: [],
  },
  {
    text: 'You never deserved to find out like that.',
    kinds: [],
  },
  {
    text: "I should have been the one to tell you. You shouldn't have had to find it.",
    kinds: [],
  },
  {
    text: "I don't blame you for being suspicious.",
    kinds: [],
  },
  {
    text: 'That must have been awful, seeing the charges on your own at the bank.',
    kinds: [],
  },
  {
    text: 'Would you like me to call the counsellor tomorrow and book a session?',
    kinds: [],
  },
  {
    text: 'Is there anything you want me to do differently tomorrow?',
    kinds: [],
  },
  {
    text: "You're right that I've been counting the days since I stopped, like it should earn me something. It doesn't.",
    kinds: [],
  },
  {
    text: "I'm listening. Keep going.",
    kinds: [],
  },
  {
    text: 'Thank you for saying that out loud. I know it cost you.',
    kinds: [],
  },
  {
    text: "I'll cancel the trip. You matter more than the trip.",
    kinds: [],
  },
  {
    text: "I know I can't fix this tonight. I can stay with you while you feel it.",
    kinds: [],
  },
  {
    text: "That sounds exhausting. I'm sorry I'm the reason you're carrying it.",
    kinds: [],
  },
  {
    text: "You're right that I changed the subject last time. Ask me again; I'll answer.",
    kinds: [],
  },
  {
    text: "I was lonely for years in this marriage, that's why it happened.",
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "It's not in the past for you, and I won't treat it like it is.",
    kinds: [],
  },
  {
    text: "That's completely fair. I'd feel the same in your shoes.",
    kinds: [],
  },
  {
    text: "I didn't realise how much the lies about small things hurt too. I do now.",
    kinds: [],
  },
  {
    text: "Yes, it was more than the $5,000 I told you. It was $14,300. I'll show you the statements.",
    kinds: [],
  },
  {
    text: "You went through my phone without asking. That's a violation too.",
    kinds: ['counter_attack'],
  },
  {
    text: 'You need to get over it at some point.',
    kinds: ['rushing'],
  },
  {
    text: "You're imagining things again.",
    kinds: ['minimizing'],
  },
  {
    text: "Would it help if I wrote out the whole timeline, so you don't have to drag it out of me piece by piece?",
    kinds: [],
  },
  {
    text: "Work's been insane, I needed some way to unwind.",
    kinds: ['justification'],
  },
  {
    text: "I'm not going to argue with your memory of that night. You were there, and I was lying.",
    kinds: [],
  },
  {
    text: "I'm sorry. I'm not saying it to end the conversation. Keep talking if you want.",
    kinds: [],
  },
  {
    text: "It's not that deep. She's a colleague.",
    kinds: ['minimizing'],
  },
  {
    text: "What do you need to know? I'll answer honestly.",
    kinds: [],
  },
  {
    text: "Take all the time you need. I'll be here tomorrow and the day after.",
    kinds: [],
  },
  {
    text: "You're the one who said you didn't care what I did on my nights out.",
    kinds: ['counter_attack'],
  },
  {
    text: "Let's not go there again, please.",
    kinds: ['rushing'],
  },
  {
    text: "I'm sorry you're hurting. You know I'd never have done it if you'd been there for me.",
    kinds: ['counter_attack', 'justification'],
  },
  {
    text: "I already explained that. I'm not going through it again.",
    kinds: ['defensive', 'rushing'],
  },
  {
    text: "It's okay not to know whether you want to stay. I'm not going to rush you.",
    kinds: [],
  },
  {
    text: 'I get why the anniversary brings everything back. Do you want to skip it this year?',
    kinds: [],
  },
  {
    text: "I keep wanting to explain, and I know that's not what you need. So I'm just going to say: you're right, and I'm sorry.",
    kinds: [],
  },
  {
    text: "You're not being paranoid. I gave you reasons to check.",
    kinds: [],
  },
  {
    text: "I'd had a few drinks, I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: 'How long are we going to keep doing this?',
    kinds: ['rushing'],
  },
  {
    text: 'Thank you for telling me instead of keeping it in.',
    kinds: [],
  },
  {
    text: 'I hate that I did this to you. Keep telling me.',
    kinds: [],
  },
  {
    text: 'I hear you, I really do. But you have to admit I was under a lot of pressure.',
    kinds: ['justification'],
  },
  {
    text: 'Your feelings about this make complete sense to me.',
    kinds: [],
  },
  {
    text: "I'm here. Take your time.",
    kinds: [],
  },
  {
    text: 'Do we have to do this on my birthday?',
    kinds: ['rushing'],
  },
  {
    text: "I'll forward you the statement as soon as it arrives, unopened.",
    kinds: [],
  },
  {
    text: "You've asked me that four times and I'll answer it a fifth: no, there's no one else.",
    kinds: [],
  },
];
