import type { CorpusItem } from './corpus-item';

// Written for the blind11 round by an outside evaluator who never saw the coaches' rules,
// lexicons or corpora; texts and labels come only from how real people write to a partner.

export const REPLY_BLIND11: readonly CorpusItem[] = [
  { text: "I'm not going to defend myself. You're describing what happened.", kinds: [] },
  { text: 'I only borrowed the money because the business was about to go under.', kinds: ['justification'] },
  { text: "I've done everything the counsellor asked. I'm doing the work, okay?", kinds: ['defensive'] },
  { text: 'It happened because things between us had been bad for a long time.', kinds: ['justification'] },
  { text: 'It was literally just lunch.', kinds: ['minimizing'] },
  {
    text: "Okay. I'll cancel the trip. Your sense of safety matters more than a work conference.",
    kinds: [],
  },
  { text: "Take whatever time you need. I'm not going anywhere.", kinds: [] },
  { text: "I'm not going to argue with you about how you feel. You feel it, and it's real.", kinds: [] },
  {
    text: "That makes sense. Of course you're scared when I'm late. I'll text you every time, no matter what.",
    kinds: [],
  },
  {
    text: "I hear you. You're not overreacting — what I did was a big deal, and your reaction fits it.",
    kinds: [],
  },
  {
    text: "I was trying to fix it myself before you found out. That's why I lied.",
    kinds: ['justification'],
  },
  { text: "I don't have a good answer for why, and I'm not going to make one up. I'm sorry.", kinds: [] },
  {
    text: "I'm really sorry. I know this is a lot. Please don't cry, it was only a couple of messages.",
    kinds: ['minimizing'],
  },
  {
    text: "Thank you for writing this down for me. I've read it twice. I'd like to respond properly rather than quickly, and I'll start by saying you're right about the lies.",
    kinds: [],
  },
  { text: 'I never said she was just a friend, I said she was a colleague.', kinds: ['defensive'] },
  { text: "I'm sorry — that was my fault, not yours.", kinds: [] },
  { text: "I'm trying my best! What else do you want me to do?", kinds: ['defensive'] },
  {
    text: 'I know "move on" felt like a slap when I said it last week. I was wrong. I\'m not asking you to move on.',
    kinds: [],
  },
  { text: "I can see how much this is hurting you. I did that. I'm sorry.", kinds: [] },
  { text: "I'll answer. It started in March. I'm sorry you have to hear it at all.", kinds: [] },
  { text: "That's not what happened and you know it.", kinds: ['defensive'] },
  { text: "You're twisting my words. I never said that.", kinds: ['defensive', 'counter_attack'] },
  {
    text: "I messed up and you're paying for it. I hate that, and I'm not going to ask you to hurry.",
    kinds: [],
  },
  { text: "You're way too sensitive about this stuff.", kinds: ['minimizing'] },
  {
    text: "I know my explanations feel like excuses to you. I'll stop explaining and just listen.",
    kinds: [],
  },
  { text: 'It was two years ago. How long is this going to go on for?', kinds: ['rushing'] },
  { text: 'Do you want me to do all the school pick-ups for a while so you get a break?', kinds: [] },
  { text: "It's done, it's over, I don't know what else there is to say.", kinds: ['rushing'] },
  { text: "It's not that bad. Lots of couples go through worse.", kinds: ['minimizing'] },
  {
    text: "You keep bringing this up like you've never done anything wrong in your life.",
    kinds: ['counter_attack'],
  },
  {
    text: "It makes sense that you'd want to check the account. I've added you to everything so you can look any time.",
    kinds: [],
  },
  {
    text: "I can see why that song would set it off. Do you want to skip it next time we're in the car?",
    kinds: [],
  },
  { text: "I was depressed. I wasn't myself.", kinds: ['justification'] },
  { text: "I'm not the only one who's been texting someone they shouldn't.", kinds: ['counter_attack'] },
  { text: "I'd had a lot to drink that night.", kinds: ['justification'] },
  {
    text: "Thank you for telling me you're struggling with it again. That's not a failure on your part.",
    kinds: [],
  },
  { text: "It's honestly not as serious as you're making it sound.", kinds: ['minimizing'] },
  {
    text: "I answered that question last week. I'm not going to keep going round in circles.",
    kinds: ['defensive', 'rushing'],
  },
  {
    text: "I hear you, and I know you're hurting. I'm sorry for what I did. But you've got to admit you've been really hard to live with lately.",
    kinds: ['counter_attack'],
  },
  { text: 'Honestly, at some point you have to let it go. For both our sakes.', kinds: ['rushing'] },
  { text: "Calm down, it's not like I slept with her.", kinds: ['minimizing'] },
  {
    text: "I'm glad you told me. Honestly, I'd rather know when it's bad than have you carry it alone.",
    kinds: [],
  },
  {
    text: 'I explained this already. It was a work dinner and she happened to be there.',
    kinds: ['defensive', 'justification'],
  },
  { text: "What about you and Mark last summer? You're hardly innocent.", kinds: ['counter_attack'] },
  { text: "You don't need to justify how you feel to me.", kinds: [] },
  {
    text: "I'm sorry. I can hear how exhausted you are. Is there anything I can take off your plate this week?",
    kinds: [],
  },
  { text: "You're just tired, that's why it feels so big tonight.", kinds: ['minimizing'] },
  { text: "My ADHD makes me impulsive. That's part of why this happened.", kinds: ['justification'] },
  {
    text: "Eight months on my own in Dubai, no friends, nobody to talk to. That's how it started.",
    kinds: ['justification'],
  },
  {
    text: "I wasn't there for you when your mum was sick because I was with him. You're right to bring that up. I'm sorry.",
    kinds: [],
  },
  { text: "I didn't tell you because you'd have gone mad.", kinds: ['justification', 'counter_attack'] },
  { text: "You're right that I made it about me last night. I'm sorry. Tonight is about you.", kinds: [] },
  { text: "I'm not going to stand here and be called a liar.", kinds: ['defensive'] },
  { text: "I'm sorry. I'll stop telling you what I meant and start listening to what you heard.", kinds: [] },
  {
    text: 'I get why the anniversary is hard. Do you want to do something different this year, or nothing at all?',
    kinds: [],
  },
  {
    text: 'I only did it because I was lonely. You were always at work.',
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "You're right that I only told you after you found the statement. I should have told you first.",
    kinds: [],
  },
  { text: "You shout at me in front of the kids and I'm the bad guy?", kinds: ['counter_attack'] },
  {
    text: "I hear that you're scared it'll happen again. I'd be scared too. What would help you feel safer day to day?",
    kinds: [],
  },
  { text: "You don't have to be over it. There's no deadline.", kinds: [] },
  {
    text: "I hid the debt because I didn't want to stress you out while you were pregnant.",
    kinds: ['justification'],
  },
  { text: "I've answered that. Let's drop it.", kinds: ['rushing'] },
  {
    text: "You're right to ask. I'll find the statements tonight and we can go through them together.",
    kinds: [],
  },
  { text: "That's a lot to carry. Thank you for trusting me with it, even now.", kinds: [] },
  {
    text: "I'm sorry I got defensive just now. Let me try again: you're hurt, and you have every right to be.",
    kinds: [],
  },
  { text: "Thanks for saying you noticed the effort. I know one good week doesn't fix anything.", kinds: [] },
  {
    text: 'I know the word "sorry" is starting to sound empty. I\'ll try to show it more than say it.',
    kinds: [],
  },
  { text: 'Can we just move on?', kinds: ['rushing'] },
  {
    text: "I didn't realise checking the bank app still makes you panic. Thank you for telling me. Do you want me to send you screenshots each week?",
    kinds: [],
  },
  { text: "You don't have to forgive me to be in the same room as me.", kinds: [] },
  {
    text: "I know it's been two years and it still hurts. That doesn't mean you're doing it wrong.",
    kinds: [],
  },
  {
    text: "Okay, but I didn't lie about everything. The stuff about work was true.",
    kinds: ['defensive', 'minimizing'],
  },
  { text: "Let's just put it behind us and focus on the kids.", kinds: ['rushing'] },
  { text: "Can we not do this right now? We're meant to be having a nice weekend.", kinds: ['rushing'] },
  {
    text: "I understand why you don't want to be intimate right now. There's no pressure from me, whenever or never.",
    kinds: [],
  },
  {
    text: "Don't act like you were some devoted wife. You'd stopped caring about us long before she came along.",
    kinds: ['counter_attack'],
  },
  {
    text: "I hadn't seen it that way before. Thank you for explaining it. It makes a lot of sense.",
    kinds: [],
  },
  {
    text: "I understand that you're scared. I want you to feel safe. I'm just not sure checking my phone every night is healthy — I've done nothing wrong since.",
    kinds: ['defensive'],
  },
  { text: 'Can we talk about something else for once?', kinds: ['rushing'] },
  { text: "That's completely understandable. I'd feel the same if I were you.", kinds: [] },
  {
    text: "You're allowed to ask me the same question as many times as you need. I'll answer it every time.",
    kinds: [],
  },
  {
    text: "Thank you for telling me. I know it's hard to bring up. I just hope we can stop going over it soon.",
    kinds: ['rushing'],
  },
  {
    text: "I want to say something defensive right now and I'm not going to. You're right, and I'm listening.",
    kinds: [],
  },
  {
    text: "I'd like to understand what you meant when you said you feel invisible. Can you say more?",
    kinds: [],
  },
  {
    text: "Thank you for telling me instead of keeping it inside. I know it's not easy to say these things to me.",
    kinds: [],
  },
  { text: 'Come on, I came to nearly every session. That has to count for something.', kinds: ['defensive'] },
  {
    text: "I'm sorry you're having such a rough night. Is there anything I can do, or would you like me to leave you alone for a bit?",
    kinds: [],
  },
  {
    text: "I know I keep saying I understand, and maybe I don't fully. Can you help me understand what the worst part of today was?",
    kinds: [],
  },
  { text: 'You have every right to be angry with me.', kinds: [] },
  { text: "You're the one making this house impossible to live in now.", kinds: ['counter_attack'] },
  { text: "Yes, I did that. There's no excuse. I'm sorry.", kinds: [] },
  { text: "That's fair. I haven't earned the benefit of the doubt yet.", kinds: [] },
  { text: "You're upset over a Facebook like? Really?", kinds: ['minimizing'] },
  { text: "Ask me anything. I'll answer honestly, even if it's hard to hear.", kinds: [] },
  { text: 'You need to get over it at some point.', kinds: ['rushing'] },
  { text: "I'm listening. Keep going.", kinds: [] },
  {
    text: "Why does everything I do have to be wrong? I made you breakfast and you're still upset.",
    kinds: ['defensive'],
  },
  { text: "It's not in the past for you, and I need to stop acting like it is. I'm sorry.", kinds: [] },
  {
    text: 'That must have been awful, seeing her in the supermarket. Do you want to talk about it, or would you rather I just sit with you?',
    kinds: [],
  },
  {
    text: "Maybe if you'd been around more, I wouldn't have had to look elsewhere.",
    kinds: ['counter_attack', 'justification'],
  },
  {
    text: "Don't lecture me about honesty when you hid your overdraft for a year.",
    kinds: ['counter_attack'],
  },
  { text: "Let's not ruin Christmas over this.", kinds: ['rushing'] },
  { text: "That's not an unreasonable ask at all. I'll stop going to that gym.", kinds: [] },
  {
    text: "I'll never be able to take it back, and I won't pretend I can. I'm just going to keep showing up.",
    kinds: [],
  },
  { text: 'We need to start looking forward instead of backwards.', kinds: ['rushing'] },
  { text: 'Babe, it was a few hundred quid, not the end of the world.', kinds: ['minimizing'] },
  { text: "I'm here. We can talk about it as long as you need to, even if it takes all night.", kinds: [] },
  { text: "I gamble when I'm anxious. It's not like I enjoy it.", kinds: ['justification'] },
  {
    text: "I hear that sleeping apart is hard for you too. I'll go along with whatever you decide.",
    kinds: [],
  },
  { text: "I know it's not enough, but I'm here, and I'll keep being here.", kinds: [] },
  {
    text: "I'm sorry you had a bad day. I know seeing her in town was awful. To be fair, though, it's a small town, you were always going to run into her.",
    kinds: ['minimizing'],
  },
  {
    text: 'She was going through a divorce and needed someone to talk to. It started from there.',
    kinds: ['justification'],
  },
  { text: 'And you never lied to me? Come on.', kinds: ['counter_attack'] },
  { text: "Honestly, I don't see how this is still my fault.", kinds: ['defensive'] },
  {
    text: "You're right, I did go quiet last night when you asked. That wasn't fair. I'm ready to answer now.",
    kinds: [],
  },
  { text: "It's in the past. I don't see the point of dragging it up again.", kinds: ['rushing'] },
  { text: "You can be as angry as you need to be. I'd rather you shout at me than hold it in.", kinds: [] },
  { text: "You're not paranoid. You're responding to what I did.", kinds: [] },
  { text: "You're reading way too much into it.", kinds: ['minimizing'] },
  {
    text: "Everyone at work does this on trips, it's just the culture.",
    kinds: ['justification', 'minimizing'],
  },
  { text: "Tell me more about what came up for you today. I'm listening.", kinds: [] },
  { text: 'Look, my dad had just died and I was a mess.', kinds: ['justification'] },
  {
    text: "I know it still hurts and I'm sorry. But you're blowing one missed call way out of proportion.",
    kinds: ['minimizing'],
  },
  {
    text: "When you say you feel like a fool, I want you to know that's on me, not you. You trusted me.",
    kinds: [],
  },
  {
    text: 'I was going to tell you, I swear. I was waiting for the right moment.',
    kinds: ['defensive', 'justification'],
  },
  {
    text: "I'm sorry. That sounds like it was a really bad day, and some of that is because of me.",
    kinds: [],
  },
  {
    text: "I never want you to feel like you can't bring this up. Bring it up whenever you need to.",
    kinds: [],
  },
  { text: "Of course. I'll share my location whenever I'm out.", kinds: [] },
  { text: "i hear you. i'm so sorry. do you want me to come home now?", kinds: [] },
  { text: "I thought we'd dealt with this already.", kinds: ['rushing'] },
  { text: "I get it. You don't owe me trust. I'll earn it back slowly, if you let me.", kinds: [] },
  { text: "I think you're making this into a much bigger deal than it is.", kinds: ['minimizing'] },
  { text: 'What would help right now? Space, or company?', kinds: [] },
  {
    text: "Let me repeat it back so I know I've got it: you felt invisible at the party, because I spent the evening with people who knew. Is that right?",
    kinds: [],
  },
  {
    text: "I'd like to talk about it tonight if you're up for it, but if you're not, that's okay too.",
    kinds: [],
  },
  { text: 'I can tell this is really hard for you to say. Take your time.', kinds: [] },
  { text: "I understand why you can't believe me right now. I gave you every reason not to.", kinds: [] },
  {
    text: "You're so cold with me all the time, what did you expect?",
    kinds: ['counter_attack', 'justification'],
  },
  { text: "I'm not the monster you're making me out to be.", kinds: ['defensive'] },
  {
    text: "I get that you're upset and you have every right. I'm sorry. That said, I'm doing literally everything I can here.",
    kinds: ['defensive'],
  },
  { text: "You're right. I did lie about that, and I'm sorry.", kinds: [] },
  {
    text: "That's completely fair, and I'm sorry. I only did it because I thought you'd leave me if you knew about the debt.",
    kinds: ['justification'],
  },
  { text: "I'm sorry I made you feel like you were imagining things. You weren't.", kinds: [] },
  { text: "You're not perfect either, you know.", kinds: ['counter_attack'] },
  { text: "It's a bit of debt, everyone has debt.", kinds: ['minimizing'] },
  { text: "That's not fair. I told you about the loan eventually.", kinds: ['defensive'] },
  {
    text: "That's a fair question. Yes, I saw her twice after I said it was over. I should have told you then.",
    kinds: [],
  },
  { text: "I'm not having this conversation again.", kinds: ['rushing', 'defensive'] },
  { text: "I was under so much pressure at work, I wasn't thinking clearly.", kinds: ['justification'] },
  {
    text: "You have every right to ask. I'll answer. I just want to point out that I've been completely transparent for months now, and it doesn't seem to count for anything.",
    kinds: ['defensive'],
  },
  { text: "At least I didn't spend our money on clothes I never wear.", kinds: ['counter_attack'] },
  { text: "It's okay that you're still angry. It hasn't been long, and what I did was huge.", kinds: [] },
  {
    text: "That's a reasonable boundary. I'll block her on everything tonight, and you can watch me do it.",
    kinds: [],
  },
  { text: 'I think your friends are getting you worked up over nothing.', kinds: ['minimizing'] },
  {
    text: "I understand if you need to stay at your sister's. Let me know you got there safely, if you're okay with that.",
    kinds: [],
  },
  { text: "Not tonight, please. I'm exhausted.", kinds: ['rushing'] },
  { text: "Yes, I lied about the hotel. I'm not going to dress it up.", kinds: [] },
  {
    text: "It came up again today, and it's going to keep coming up. That's okay. We'll deal with it together.",
    kinds: [],
  },
  {
    text: "I wasn't hiding anything, I just didn't think to mention it.",
    kinds: ['defensive', 'minimizing'],
  },
  { text: "Don't be so dramatic, I said I'm sorry.", kinds: ['minimizing', 'rushing'] },
  { text: "Your mother's been filling your head with this.", kinds: ['counter_attack'] },
  { text: "You're overreacting. It was one text.", kinds: ['minimizing'] },
  {
    text: "I love you and I'm sorry. I will answer whatever you ask. Can we leave it until after my sister's wedding though?",
    kinds: ['rushing'],
  },
  { text: "If you want to see my messages, here's my phone. No conditions.", kinds: [] },
  {
    text: "I hadn't thought about how it felt for you to sit at dinner with my colleagues who knew. That must have been humiliating. I'm sorry.",
    kinds: [],
  },
  { text: "I don't blame you for not believing me. I'd doubt me too.", kinds: [] },
  {
    text: "You're right to be angry. I'd be angry too. I was in such a bad place at that job, though, that I honestly don't think I'd have done it otherwise.",
    kinds: ['justification'],
  },
  {
    text: "I can't undo it. I can stay, and listen, and keep being honest. That's what I'm going to do.",
    kinds: [],
  },
  { text: "You read my diary. Let's talk about that for a change.", kinds: ['counter_attack'] },
  { text: "Funny how you're never this upset when your brother does it.", kinds: ['counter_attack'] },
  {
    text: "I hear that you're hurting and I'm so sorry. I know I did this. Still, you're the one who told me to go out more with my work friends.",
    kinds: ['counter_attack'],
  },
  { text: "You're being paranoid. I was at the shop.", kinds: ['minimizing'] },
];
