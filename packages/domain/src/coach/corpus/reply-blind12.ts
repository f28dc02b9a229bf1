import type { CorpusItem } from './corpus-item';

// Written for the blind12 round by an outside evaluator who never saw the coaches' rules,
// lexicons or existing corpora; labels reflect a couples-therapist reading of each text.

export const REPLY_BLIND12: readonly CorpusItem[] = [
  {
    text: 'That must have been terrifying, opening those letters on your own. I should have been the one to tell you.',
    kinds: [],
  },
  { text: "You're being way too sensitive about this.", kinds: ['minimizing'] },
  { text: "That's not fair. I apologised the minute you found out.", kinds: ['defensive'] },
  { text: "That's fair, and I'm not going to pretend otherwise.", kinds: [] },
  { text: 'I was in a really dark place. I needed to feel wanted by someone.', kinds: ['justification'] },
  { text: "You're not overreacting. This is a big deal and I caused it.", kinds: [] },
  {
    text: "I know the texts hurt you. I'm sorry. I was in a bad place then and she happened to be there, that's all.",
    kinds: ['justification', 'minimizing'],
  },
  {
    text: "I can't undo it. I wish I could. What I can do is be honest from here on, and I will be.",
    kinds: [],
  },
  { text: "It was a few hundred quid, it's hardly the end of the world.", kinds: ['minimizing'] },
  { text: "Thank you for telling me. I know that wasn't easy to say.", kinds: [] },
  { text: "Let's just focus on the future, yeah?", kinds: ['rushing'] },
  {
    text: "I can see how upset you are and I want to help. I honestly think you're being a bit paranoid about the gym, though.",
    kinds: ['minimizing'],
  },
  {
    text: "It wasn't a date. We had one coffee and I've told you that a hundred times.",
    kinds: ['defensive', 'minimizing'],
  },
  { text: "That's not what happened and you know it.", kinds: ['defensive'] },
  { text: "You deserve answers, and you'll get them. Ask me anything.", kinds: [] },
  { text: "I'm listening. Keep going.", kinds: [] },
  {
    text: "That's a fair question. The answer is yes, I saw her twice after I said it was over. I'm sorry.",
    kinds: [],
  },
  { text: "That's a lot to carry. Do you want a hug, or do you want me to give you some room?", kinds: [] },
  {
    text: "You're right. I did lie about the weekend. I'm not saying it was okay. I'm saying I was terrified of losing you, and that's why I panicked.",
    kinds: ['justification'],
  },
  { text: "You're being paranoid. He's a colleague.", kinds: ['minimizing'] },
  { text: 'I hear you. Do you want me to just listen, or do you want me to answer?', kinds: [] },
  {
    text: 'I never realised how much the money side of it had frightened you. Thank you for telling me.',
    kinds: [],
  },
  { text: "You're not being paranoid. I gave you every reason to wonder.", kinds: [] },
  {
    text: "That's fair. I should have been home. I was out with the lads, not with her, so at least it's not what you think.",
    kinds: ['defensive', 'minimizing'],
  },
  { text: "And you've never kept a secret from me? Really?", kinds: ['counter_attack'] },
  {
    text: "Thank you for telling me how you feel. I can see it's been building. But I was working sixty-hour weeks back then, you know what it was like.",
    kinds: ['justification'],
  },
  { text: "Can we not do this tonight? I'm knackered.", kinds: ['rushing'] },
  { text: "Don't you think you're blowing this a bit out of proportion?", kinds: ['minimizing'] },
  {
    text: 'If you want to go through the statements again, we can do it tonight or whenever suits you.',
    kinds: [],
  },
  { text: "I don't want to rush you. Whenever you're ready, and not before.", kinds: [] },
  {
    text: "I understand you need to check the accounts. Here's my login, and I've added you to everything.",
    kinds: [],
  },
  { text: "That sounds awful. I'm so sorry I put you through that.", kinds: [] },
  { text: "We agreed to start fresh. Dragging it up again isn't helping anyone.", kinds: ['rushing'] },
  { text: 'Pot, kettle. You had that whole thing with Ben from work.', kinds: ['counter_attack'] },
  { text: "Thank you for telling me it felt like I was rushing you. I was. I'll stop.", kinds: [] },
  {
    text: "I was under a huge amount of pressure at work. I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: "I'm glad you told me. It's hard to hear, but I want to know. It's just that you seem to bring it up whenever we're having a nice time.",
    kinds: ['rushing', 'counter_attack'],
  },
  {
    text: 'I know the anniversary is going to be hard. We can do whatever you want that day, including nothing.',
    kinds: [],
  },
  { text: 'It started when my dad was ill and I needed someone to talk to.', kinds: ['justification'] },
  {
    text: "I know I hurt you in a way I can't fully understand. Tell me what you need me to know.",
    kinds: [],
  },
  { text: 'You have every reason not to trust me. I gave you those reasons.', kinds: [] },
  { text: "I'm not hiding anything, I promise. There's nothing else.", kinds: ['defensive'] },
  { text: 'I thought we were past this.', kinds: ['rushing'] },
  {
    text: "Thank you for being honest that you're not sure you want to stay. I'd rather know. Whatever you decide, I'll respect it.",
    kinds: [],
  },
  { text: "I was depressed, I've told you that. I wasn't myself.", kinds: ['justification', 'defensive'] },
  {
    text: "You're being cruel to me right now, you know that? This is emotional abuse.",
    kinds: ['counter_attack'],
  },
  {
    text: "Don't lecture me about honesty when you lied to your mum about us for years.",
    kinds: ['counter_attack'],
  },
  {
    text: "I don't fully know why I did it. I'm working on that with my therapist, and I'll tell you what I find, without dressing it up as an excuse.",
    kinds: [],
  },
  { text: "I know my words don't count for much right now. I'll keep showing you.", kinds: [] },
  { text: "I hid the debt because I didn't want to worry you.", kinds: ['justification'] },
  {
    text: "I know you're hurting and I hate that I caused it. I'm listening. I just think it would be better for both of us if we stopped going over the details.",
    kinds: ['rushing'],
  },
  { text: 'How long are you going to keep bringing this up?', kinds: ['rushing'] },
  { text: "That's completely fair. I broke it, so it's on me to rebuild it.", kinds: [] },
  {
    text: "I'm doing everything I can here. Counselling, the phone, the accounts. I don't know what more you want.",
    kinds: ['defensive'],
  },
  { text: "You don't have to forgive me. I'm not going anywhere either way.", kinds: [] },
  { text: 'Please can we just have one normal evening without talking about her?', kinds: ['rushing'] },
  { text: "I know 'sorry' is getting old. I'm still sorry, and I'll keep proving it.", kinds: [] },
  { text: "That makes sense. I hid it from you for months, of course you don't believe me yet.", kinds: [] },
  { text: "It's just a bit of flirting, everyone does it.", kinds: ['minimizing'] },
  { text: "I've said I'm sorry! I don't know what else I can say!", kinds: ['defensive'] },
  {
    text: "I love you and I'm so sorry for what I did. I can see you're still in pain. Can we try to put it behind us for the holidays, though?",
    kinds: ['rushing'],
  },
  {
    text: "You're allowed to change your mind about what you need. Just tell me and I'll adjust.",
    kinds: [],
  },
  {
    text: 'The gambling was a way to cope with everything after the business failed.',
    kinds: ['justification'],
  },
  { text: "You read my messages without asking. That's a betrayal too.", kinds: ['counter_attack'] },
  {
    text: "You're right. I haven't been answering your questions properly. Ask me again and I'll answer straight.",
    kinds: [],
  },
  {
    text: "You're right, I should have told you about the redundancy. Not telling you was a lie too.",
    kinds: [],
  },
  { text: "I'm sorry I got defensive earlier. You asked a fair question. Can we try again?", kinds: [] },
  {
    text: "I didn't realise how alone you felt at the funeral. Thank you for telling me. I'm sorry I wasn't really there.",
    kinds: [],
  },
  { text: "It's been a year. At some point you've got to let it go.", kinds: ['rushing'] },
  {
    text: "It's okay to bring it up as many times as you need to. I'd rather you ask than carry it alone.",
    kinds: [],
  },
  { text: "I'm sorry. You shouldn't have had to find out that way, and that's on me.", kinds: [] },
  {
    text: "Yes, you're right, I told your brother before I told you. I'm sorry. That must feel like a second betrayal.",
    kinds: [],
  },
  {
    text: "I'm sorry I brought up work stress last night. It wasn't the time, and it isn't an excuse.",
    kinds: [],
  },
  { text: 'Can you tell me more about what that night was like for you? I want to understand.', kinds: [] },
  { text: 'I was trying to fix it myself before you ever had to know.', kinds: ['justification'] },
  {
    text: "I hear that the late nights at work still scare you. I'll text you when I leave the office, every day, for as long as you want.",
    kinds: [],
  },
  {
    text: "I hear that you're not ready to tell your friends we're trying again. That's fine. It's your call.",
    kinds: [],
  },
  { text: 'Every time things are good you drag us back there.', kinds: ['rushing', 'counter_attack'] },
  {
    text: 'What would rebuilding trust look like for you? I want to know what matters most to you.',
    kinds: [],
  },
  {
    text: "I can tell today's been a hard one. Do you want to talk, or would you rather I just sat with you?",
    kinds: [],
  },
  {
    text: "It's fine to be upset about it again today. It doesn't have to be 'getting better' on any schedule.",
    kinds: [],
  },
  {
    text: "Thanks for letting me know you need a break from talking about it tonight. I'm here whenever you want to come back to it.",
    kinds: [],
  },
  { text: "We've talked about it enough, surely. Let's draw a line.", kinds: ['rushing'] },
  { text: "Not now. I really don't want to get into all this again.", kinds: ['rushing'] },
  { text: "Of course you're suspicious. I'd be the same in your shoes.", kinds: [] },
  { text: "When you're ready to tell me what today was like, I want to hear it, all of it.", kinds: [] },
  { text: 'You need to get over it at some point.', kinds: ['rushing'] },
  {
    text: "I can see you're exhausted. Let me put the kids to bed, and we can talk whenever you've got the energy, tonight or tomorrow, your call.",
    kinds: [],
  },
  {
    text: "I'd had a lot to drink that night. I'm not making excuses, but that's what happened.",
    kinds: ['justification'],
  },
  { text: "I lied because I knew you'd react like this.", kinds: ['justification', 'counter_attack'] },
  { text: "Take all the time you need. I'll be here when you're ready to talk.", kinds: [] },
  { text: "It's not cheating if nothing physical happened.", kinds: ['minimizing'] },
  { text: "I'm not going through the whole thing again. It's done.", kinds: ['rushing'] },
  {
    text: "I get why the flowers felt empty. I'll stop trying to fix it with gestures and just keep being honest.",
    kinds: [],
  },
  { text: "It's in the past. I don't see the point in going over it again.", kinds: ['rushing'] },
  { text: "You don't have to explain why you're upset. I know why, and you're right.", kinds: [] },
  { text: "What you're feeling makes total sense to me.", kinds: [] },
  {
    text: "I hear how scared you are about the money and I'm sorry. I'll show you everything. I only took the loan because the business was going under and I panicked.",
    kinds: ['justification'],
  },
  {
    text: "I understand why you're upset. I'd feel the same. That said, I never actually lied to you, I just didn't bring it up.",
    kinds: ['defensive', 'minimizing'],
  },
  { text: "It's honestly not as bad as you're making it sound.", kinds: ['minimizing'] },
  {
    text: "What you said about feeling invisible, I've been thinking about it all day. You weren't invisible. I just wasn't looking, and that's on me.",
    kinds: [],
  },
  { text: "I did that. I lied to you. You're not imagining it.", kinds: [] },
  { text: 'You can be as angry as you need to be. I can take it.', kinds: [] },
  {
    text: "I'm sorry you had to be the one to drag the truth out of me. That should have come from me.",
    kinds: [],
  },
  {
    text: "I didn't tell you about the loan because we were already arguing so much.",
    kinds: ['justification'],
  },
  {
    text: "I said I'd be home at six and I was late without calling. I understand why that frightened you. It won't happen again.",
    kinds: [],
  },
  {
    text: "I'm sorry you found the receipts like that. I'll talk about it. You did go through my wallet though, which I don't love.",
    kinds: ['counter_attack'],
  },
  {
    text: "You said you feel like you're going crazy. You're not. I made you feel that way by lying, and I'm sorry.",
    kinds: [],
  },
  { text: "You're right, I did say I'd stopped, and I hadn't. I'm sorry.", kinds: [] },
  { text: "Honestly love, you're making a mountain out of a molehill.", kinds: ['minimizing'] },
  { text: "It's only money. We'll earn it back.", kinds: ['minimizing'] },
  {
    text: "I told you about the cards myself, remember? You didn't find out, I came clean.",
    kinds: ['defensive'],
  },
  {
    text: "You said 'always' and part of me wanted to argue, but you're right that it's happened too many times. I'm sorry.",
    kinds: [],
  },
  { text: "I wasn't lying, I just didn't tell you everything.", kinds: ['defensive', 'minimizing'] },
  { text: "That's completely valid. I don't blame you for wanting to see my phone.", kinds: [] },
  {
    text: "I understand why seeing her name on my phone set everything off again. I'll change my number if that helps.",
    kinds: [],
  },
  { text: 'Relax, it was ages ago.', kinds: ['minimizing', 'rushing'] },
  { text: "You're not exactly perfect yourself.", kinds: ['counter_attack'] },
  {
    text: "I understand. I'm sorry. It's just that I didn't think a few drinks with an ex counted as cheating.",
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: "It's completely understandable that you don't want me touching you right now. I won't push.",
    kinds: [],
  },
  { text: "It's not your job to make this easier for me.", kinds: [] },
  { text: 'I understand why you checked my phone. You can look whenever you want.', kinds: [] },
  {
    text: "I hadn't thought about how the kids' questions land on you. That's a lot. What can I take off your plate?",
    kinds: [],
  },
  {
    text: 'What about when you were messaging your ex last year? Did I make this much of a fuss?',
    kinds: ['counter_attack', 'minimizing'],
  },
  { text: "I'm not going to argue with how you feel. You feel it, so it's real.", kinds: [] },
  { text: "You're right to be angry. I'd be angry too.", kinds: [] },
  {
    text: "You're twisting my words. I didn't say it was your fault, I said it was complicated.",
    kinds: ['defensive'],
  },
  {
    text: "I can hear how much it hurt when I said it was in the past. It isn't in the past for you, and I shouldn't have said that.",
    kinds: [],
  },
  { text: "You're reading way too much into a couple of texts.", kinds: ['minimizing'] },
  {
    text: "Maybe if you'd shown me any affection I wouldn't have needed to look elsewhere.",
    kinds: ['counter_attack', 'justification'],
  },
  { text: "Whatever you need to say to me, say it. I won't interrupt.", kinds: [] },
  {
    text: "You spend money on clothes every week and I'm the one who gets interrogated?",
    kinds: ['counter_attack'],
  },
  { text: "I can hear you're furious with me. You have every right. I'm listening.", kinds: [] },
  { text: "Yes, I was with her that weekend. I'm sorry I lied when you asked.", kinds: [] },
  {
    text: "Hang on, I've been completely honest with you since the day you found out.",
    kinds: ['defensive'],
  },
  { text: "You're right that I keep making it about me. I'm going to stop and just listen.", kinds: [] },
  { text: "Okay but that's not fair, I've been home every night for three months.", kinds: ['defensive'] },
  {
    text: 'She was going through a divorce and she needed a friend. It just escalated.',
    kinds: ['justification', 'minimizing'],
  },
  { text: "I'm so sorry. Of course you feel betrayed. I betrayed you.", kinds: [] },
  { text: 'Loads of couples go through worse than this.', kinds: ['minimizing'] },
  {
    text: "Funny how you're so worried about trust when you've been cold to me for years.",
    kinds: ['counter_attack'],
  },
  { text: "I never said that. I said I'd think about it.", kinds: ['defensive'] },
  {
    text: "You have every right to be angry. I get it. But I've apologised so many times, I don't know how much longer we can keep living in it.",
    kinds: ['rushing', 'defensive'],
  },
  {
    text: "You were the one who stopped talking to me, so don't act all shocked.",
    kinds: ['counter_attack'],
  },
  { text: 'I was going to tell you. I was literally about to.', kinds: ['defensive'] },
  {
    text: "Reading what you wrote was hard, and I know living it was much harder. Thank you for trusting me with it. I'm here, and I'm not going to argue with a word of it.",
    kinds: [],
  },
  { text: 'Do we have to talk about this on my birthday?', kinds: ['rushing'] },
  { text: 'What would help most right now? Space, or me staying close?', kinds: [] },
  {
    text: "Okay. I'm sorry, I hear you. I'm literally doing everything right now and it still isn't good enough.",
    kinds: ['defensive'],
  },
  { text: "I won't ask you to move on. You get to set the pace.", kinds: [] },
  {
    text: "It's not fair on you that the kids keep asking why I'm sleeping on the sofa. I'll talk to them with you, however you want to do it.",
    kinds: [],
  },
  {
    text: "I'm sorry it came up at dinner with your parents. That must have been horrible to sit through. Do you want to talk about it?",
    kinds: [],
  },
  { text: "I can't imagine how much that hurt. I'm so sorry.", kinds: [] },
  {
    text: 'I only did it because I was lonely. You were never home.',
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "You asked if there's anything else. There is one more card. I'll bring the statement home tonight.",
    kinds: [],
  },
  { text: "You're the one who wanted separate accounts in the first place.", kinds: ['counter_attack'] },
  {
    text: "I can see that it's not just the affair, it's the lying on top of it. I'm sorry for both.",
    kinds: [],
  },
  { text: "You're overreacting. It was one message.", kinds: ['minimizing'] },
  { text: "You've been carrying this by yourself for too long. I'm here now, properly.", kinds: [] },
  {
    text: "I hear you, and I'm sorry. But let's be honest, you weren't exactly easy to live with last year either.",
    kinds: ['counter_attack'],
  },
  {
    text: "I understand if you don't want me at your sister's this weekend. I'll stay home with the dog.",
    kinds: [],
  },
  { text: "You're right to ask. Here's the whole answer, even the bits I'm ashamed of.", kinds: [] },
  {
    text: "It's the way I was brought up. You just didn't talk about money problems in our house.",
    kinds: ['justification'],
  },
  { text: 'What about all the times you chose your friends over me?', kinds: ['counter_attack'] },
  {
    text: "I get it, and I'm not trying to shut you down, but honestly I think it's time we both stopped looking backwards.",
    kinds: ['rushing'],
  },
  { text: "I know you said you hate me today. I understand. I'll still be here tomorrow.", kinds: [] },
  {
    text: "You're right that I should have told you about the overdraft. I'm sorry. To be honest, though, it's not that much, and I've got a plan to clear it.",
    kinds: ['minimizing'],
  },
  { text: "I've answered that already. Can we move on?", kinds: ['rushing', 'defensive'] },
  { text: "Come on, it's not like I slept with her.", kinds: ['minimizing'] },
  {
    text: "I didn't plan it. It was a work trip, we were stuck there for a week, and things just happened.",
    kinds: ['justification', 'minimizing'],
  },
  { text: "At least I'm trying. What are you doing to fix this?", kinds: ['counter_attack', 'defensive'] },
  { text: "I'm trying my best! What else do you want me to do?", kinds: ['defensive'] },
  {
    text: "I understand why you don't believe me about the timeline. I'd feel the same. I'll answer anything, and I'll show you whatever you want to see.",
    kinds: [],
  },
  { text: "Do you want me to sleep downstairs tonight? I'm happy to.", kinds: [] },
  { text: "I don't think that's fair. I've done everything you've asked.", kinds: ['defensive'] },
  { text: "ok. i hear you. i'm sorry. i'm not going anywhere", kinds: [] },
];
