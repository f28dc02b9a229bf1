import type { CorpusItem } from './corpus-item';

// Written for the blind13 round by an outside writer who never saw the
// coaches' rules, lexicons or existing corpora.

export const REPLY_BLIND13: readonly CorpusItem[] = [
  { text: "You're right. I did that, and it makes sense that you're angry.", kinds: [] },
  {
    text: "That's not what happened. I told you I'd be late, you just don't remember.",
    kinds: ['defensive'],
  },
  { text: "Thank you for telling me. I'm not going to argue with any of it.", kinds: [] },
  { text: "You're overreacting. It was one text.", kinds: ['minimizing'] },
  {
    text: 'That sounds awful. Do you want to talk about it, or do you want me to just sit with you?',
    kinds: [],
  },
  {
    text: "What about when you flirted with Dan at the barbecue? Nobody's making you grovel for that.",
    kinds: ['counter_attack'],
  },
  { text: "I hear you. Take whatever time you need; I'm not going anywhere.", kinds: [] },
  { text: "I was under so much pressure at work, I didn't know what else to do.", kinds: ['justification'] },
  { text: "You have every reason not to trust me. I'd feel the same.", kinds: [] },
  { text: "Can we please just move on? I've said sorry.", kinds: ['rushing'] },
  { text: "What was the worst part of today? I want to know, even if it's about me.", kinds: [] },
  { text: "It's not that bad. Loads of couples go through worse.", kinds: ['minimizing'] },
  {
    text: "I didn't realise the song did that. I'm so sorry. Do you want me to take the car tomorrow so you don't have to drive?",
    kinds: [],
  },
  { text: "Not tonight. I've had a long day and I can't do this again.", kinds: ['rushing'] },
  { text: "I'll sleep in the spare room for as long as you need. No timeline.", kinds: [] },
  { text: 'I never said that. Stop putting words in my mouth.', kinds: ['defensive'] },
  {
    text: "You're not overreacting. I lied to you for two years. This is a normal reaction to that.",
    kinds: [],
  },
  { text: "You're being paranoid. She's a colleague.", kinds: ['minimizing'] },
  {
    text: "It makes sense that the landline rings and your body remembers. I did that. I'm sorry.",
    kinds: [],
  },
  { text: "Well you weren't exactly easy to live with either.", kinds: ['counter_attack'] },
  { text: "Yes, I saw her after June. Twice. I'm sorry I told you I hadn't.", kinds: [] },
  {
    text: "I only did it because I felt like you didn't want me anymore.",
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "I'll send you the statements on the first of every month. If you want them weekly, just say.",
    kinds: [],
  },
  { text: "It's in the past. Why do we keep dragging it up?", kinds: ['rushing'] },
  {
    text: "I can't imagine how it felt to hear it from my brother instead of me. That was my failure.",
    kinds: [],
  },
  { text: "I'm not the bad guy here. I've been doing everything you asked.", kinds: ['defensive'] },
  {
    text: 'Can you tell me more about what it was like at 3am? I want to understand, not fix it.',
    kinds: [],
  },
  { text: "That's a bit dramatic, isn't it?", kinds: ['minimizing'] },
  { text: "You don't have to forgive me. I mean that.", kinds: [] },
  { text: 'You check my phone every night. How is that healthy?', kinds: ['counter_attack'] },
  {
    text: "I know 'moving on' isn't something I get to ask for. I'm here for however long this takes.",
    kinds: [],
  },
  {
    text: 'The money was for the family. I was trying to fix things before you found out.',
    kinds: ['justification', 'defensive'],
  },
  { text: "You're allowed to be furious. I'd rather you tell me than keep it in.", kinds: [] },
  { text: "Get over it already, it's been a year.", kinds: ['rushing'] },
  { text: "I won't tell your mum anything you don't want me to. What would you like us to say?", kinds: [] },
  { text: "I had a few drinks, it wasn't planned, it just happened.", kinds: ['justification'] },
  {
    text: "That's a fair question. The answer is I was scared and I chose myself. There's no good reason.",
    kinds: [],
  },
  {
    text: "That's not fair. I've changed so much and you don't give me any credit.",
    kinds: ['defensive', 'counter_attack'],
  },
  { text: 'I hear that the check-ins feel like too little. What would help more?', kinds: [] },
  { text: "It was a kiss. A kiss. You're acting like I left you.", kinds: ['minimizing'] },
  { text: "I understand. I'll stay at Dev's tonight so you have the house.", kinds: [] },
  {
    text: "Your friends have been winding you up, that's what this is. You weren't this upset last week.",
    kinds: ['minimizing'],
  },
  { text: "It wasn't nothing. I'm sorry I said that. It was a betrayal and I downplayed it.", kinds: [] },
  { text: "Can we not do this right now? The kids are asleep and I'm knackered.", kinds: ['rushing'] },
  { text: "Thank you for noticing the check-ins. I'll keep doing them.", kinds: [] },
  { text: "You've done things too. Don't act like you're perfect.", kinds: ['counter_attack'] },
  { text: "I get why you can't wear the ring yet. There's no rush.", kinds: [] },
  { text: "I didn't lie exactly, I just didn't mention it.", kinds: ['defensive', 'minimizing'] },
  { text: "I know I can't make it better tonight. I can listen though, if you want that.", kinds: [] },
  {
    text: 'I was lonely. You were always at the hospital with your mum.',
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: 'Is there anything I can take off your plate this week? School run, dinners, anything.',
    kinds: [],
  },
  { text: "We've been over this a thousand times. Can't we just have one normal day?", kinds: ['rushing'] },
  {
    text: "You're right that I went quiet when you needed me. I'll work on telling you what's going on, even if it's 'I'm tired'.",
    kinds: [],
  },
  { text: "It wasn't even that much money.", kinds: ['minimizing'] },
  {
    text: "I'm sorry it all came back tonight. I should have called. I'll text if I'm going to be even ten minutes late.",
    kinds: [],
  },
  { text: 'I hear you, but you have to admit you pushed me away that year.', kinds: ['counter_attack'] },
  { text: "Okay. I'm listening. Take your time.", kinds: [] },
  { text: "That's not fair and you know it. I came home every night.", kinds: ['defensive'] },
  {
    text: "It's okay to ask the same question again. Here's the answer again: the last time I saw him was the 14th of July.",
    kinds: [],
  },
  { text: "Okay but let's be honest, you're blowing this out of proportion.", kinds: ['minimizing'] },
  {
    text: "Of course you checked her profile. I made you feel you had to investigate. That's on me, not you.",
    kinds: [],
  },
  { text: "I was going through a depression and I wasn't thinking straight.", kinds: ['justification'] },
  { text: "I don't have a defence and I'm not going to make one.", kinds: [] },
  { text: 'How long are you going to keep punishing me for this?', kinds: ['rushing', 'counter_attack'] },
  {
    text: "If you want to go to your parents', go. I'll look after the kids and the house and I'll be here when you're back.",
    kinds: [],
  },
  {
    text: "Remember how you used to spend on clothes? This isn't so different.",
    kinds: ['counter_attack', 'minimizing'],
  },
  {
    text: "I hear you about the flowers. I'll stop. I'd rather show up in ways that actually help.",
    kinds: [],
  },
  {
    text: "You know that's not true. I never brought her to the house, she came by once to drop something off.",
    kinds: ['defensive', 'minimizing'],
  },
  { text: "That must have been humiliating at the party. I'm so sorry I put you there.", kinds: [] },
  {
    text: "I did it to protect you. If you'd known how bad the debt was, you'd have been a wreck.",
    kinds: ['justification'],
  },
  { text: "You're right, I did say 'we'. It was me. I did it.", kinds: [] },
  { text: "Let's leave it in the past where it belongs.", kinds: ['rushing'] },
  {
    text: "I don't know how to make this less painful for you, but I want to keep trying. What's one thing that might help this week?",
    kinds: [],
  },
  { text: "You're making me out to be some kind of monster.", kinds: ['defensive'] },
  {
    text: "I know you said you don't want to talk tonight. I'll leave it. Goodnight, I love you.",
    kinds: [],
  },
  { text: 'It was one night. One.', kinds: ['minimizing'] },
  {
    text: "The past isn't past for you yet, and I understand why. I'm not going to pretend it is.",
    kinds: [],
  },
  { text: "It's been months. At some point you have to decide to let it go.", kinds: ['rushing'] },
  { text: "You've told me this before and you can tell me as many times as you need.", kinds: [] },
  { text: "Everyone lies about money a bit, it's normal.", kinds: ['minimizing', 'justification'] },
  { text: "That's really hard. I'm sorry the bank called you and not me.", kinds: [] },
  { text: "Don't start with that again, please. I'm trying to watch the match.", kinds: ['rushing'] },
  {
    text: "I said you were imagining things. You weren't, and I knew you weren't when I said it.",
    kinds: [],
  },
  {
    text: 'My dad walked out when I was nine. I think that messed me up more than I realised.',
    kinds: ['justification'],
  },
  {
    text: 'Thanks for writing it down. I read it twice. The part about feeling like a stranger in your own house — I did that to you.',
    kinds: [],
  },
  {
    text: "So it's all my fault? You had no part in how distant we got?",
    kinds: ['counter_attack', 'defensive'],
  },
  { text: "You don't owe me calm. Shout if you need to.", kinds: [] },
  {
    text: "I wasn't hiding it, I was waiting for the right time to tell you.",
    kinds: ['defensive', 'justification'],
  },
  { text: "I'll go to the test with you if you want, or stay away if you'd rather.", kinds: [] },
  { text: "It's not like I spent it on drugs.", kinds: ['minimizing'] },
  {
    text: "Honestly? I don't know why I did it. I'm working on finding out, and I'll tell you when I do. I'm not going to make something up.",
    kinds: [],
  },
  { text: "You read my private messages. That's a betrayal too.", kinds: ['counter_attack'] },
  { text: "I understand you need your own account. That's completely fair.", kinds: [] },
  { text: "Can we talk about something else? I'm tired of this being our whole life.", kinds: ['rushing'] },
  { text: "I hear how exhausted you are. I'll take the kids every evening this week.", kinds: [] },
  { text: "I've been stressed out of my mind with the business, you know that.", kinds: ['justification'] },
  { text: "What do you want to know? I'll answer anything.", kinds: [] },
  { text: "That's rich coming from you.", kinds: ['counter_attack'] },
  { text: "You're not stupid for not seeing it. I worked hard to hide it. That's on me.", kinds: [] },
  {
    text: "You're twisting everything. I said I'd stopped seeing her, not that I'd stopped talking to her.",
    kinds: ['defensive'],
  },
  { text: "I'm sorry. That's not me asking you to feel better, it's just true.", kinds: [] },
  { text: "Seriously, it was a few messages. You're acting like it was an affair.", kinds: ['minimizing'] },
  { text: 'You can have my phone any time, no warning needed.', kinds: [] },
  { text: "Let's just get through Christmas and deal with it in January.", kinds: ['rushing'] },
  { text: 'Thank you for telling me you laughed today. That made me really happy for you.', kinds: [] },
  { text: "She came onto me. I didn't go looking for it.", kinds: ['justification', 'defensive'] },
  {
    text: "You're right to ask for the timeline and not the details. I'll write it down for you tonight, dates and all.",
    kinds: [],
  },
  {
    text: "You're not the only one who's hurting, you know. Look at what you've put me through since.",
    kinds: ['counter_attack'],
  },
  {
    text: "I'm not going to tell you how to feel about the anniversary. Whatever you want to do, or not do, is okay with me.",
    kinds: [],
  },
  { text: "I don't know why you're crying, nothing's changed since yesterday.", kinds: ['minimizing'] },
  {
    text: 'You asked why I told my brother first. Because I was a coward and he felt safer. You deserved to hear it first.',
    kinds: [],
  },
  { text: "I've told you everything. Stop interrogating me.", kinds: ['defensive', 'rushing'] },
  { text: 'That sounds like a really bad day. Do you want company or space?', kinds: [] },
  { text: "Fine, you win, I'm the worst person alive. Happy?", kinds: ['defensive'] },
  { text: "It's hard to hear, but you're right. Keep telling me.", kinds: [] },
  {
    text: "I needed someone who actually listened, and back then that wasn't you.",
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "I know this isn't a straight line. I'll be patient. You've had to be patient with me for years.",
    kinds: [],
  },
  { text: 'I really think you need to start working on your trust issues.', kinds: ['counter_attack'] },
  {
    text: "Yes. I did bring her to the house, once, in October. I'm sorry I didn't tell you sooner.",
    kinds: [],
  },
  { text: "Let's draw a line under it tonight and start fresh tomorrow.", kinds: ['rushing'] },
  { text: "When you say you feel erased, I understand. I won't say 'it was nothing' again.", kinds: [] },
  { text: "I was young and stupid. I'm not that person anymore.", kinds: ['justification', 'defensive'] },
  { text: "I'll tell my parents myself this weekend. You won't have to do any of it.", kinds: [] },
  { text: "Your mum's been poisoning you against me, that's what this is about.", kinds: ['counter_attack'] },
  {
    text: "You're right that it's always been you who brings it up. I'll start raising it too, so it's not all on you.",
    kinds: [],
  },
  { text: "Come on, it's hardly the end of the world. We still have the house.", kinds: ['minimizing'] },
  { text: "It breaks my heart that I did this to you. I'll keep showing up.", kinds: [] },
  { text: 'I had no choice, the loan sharks were threatening me.', kinds: ['justification'] },
  { text: "Can I ask what 'a scream day' needs from me? Space, or something else?", kinds: [] },
  { text: "Why does this always come up right before bed? I can't do this now.", kinds: ['rushing'] },
  { text: "I understand you're not ready to decide. Neither of us needs to decide anything yet.", kinds: [] },
  { text: "It didn't mean anything. Honestly, you're giving it way too much weight.", kinds: ['minimizing'] },
  { text: "Only you know what you need. Tell me and I'll do it.", kinds: [] },
  {
    text: "You're the one who wanted an open conversation, and now you're shouting at me for being open.",
    kinds: ['counter_attack', 'defensive'],
  },
  { text: "I'm glad your sister knows. You should have people on your side.", kinds: [] },
  {
    text: "I hear you and I'm sorry you had such a hard day. I know I caused this. But honestly, it's been six months — I think part of healing is choosing to stop looking back.",
    kinds: ['rushing'],
  },
  { text: "You're right about the money. I was reckless and I lied about it.", kinds: [] },
  {
    text: "Thank you for telling me how the party felt. That was awful for you. For what it's worth, most people there didn't even know.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry you had to cancel the trip with your mum. That's my debt, and I'll find a way to pay for you two to go in the spring.",
    kinds: [],
  },
  {
    text: "I understand why you're upset about the card. I should have told you. In my defence, I thought I'd have it paid off by June.",
    kinds: ['justification', 'defensive'],
  },
  { text: "I hear that you don't know if you want to stay. I'll respect whatever you decide.", kinds: [] },
  {
    text: "I'm sorry you found the receipt. It was for lunch with a client, I swear, I'm not lying this time. Please don't look at me like that.",
    kinds: ['defensive'],
  },
  { text: "That's fair. I'll be the one who rings the counsellor tomorrow.", kinds: [] },
  {
    text: "You're right that I went quiet. I'm sorry. Mind you, you go quiet too when you're upset.",
    kinds: ['counter_attack'],
  },
  {
    text: "I'm not going to say anything that sounds like an excuse. I'm just going to say I'm sorry and I'm listening.",
    kinds: [],
  },
  {
    text: "I'm listening, I promise. I just think you're reading way too much into a late train.",
    kinds: ['minimizing'],
  },
  {
    text: "It's normal that you're jealous of boring marriages. I'd like to earn us a boring one again, if you'll let me.",
    kinds: [],
  },
  {
    text: "I know you need time and I'm trying to respect that. I just wish you'd let us have a normal weekend without it coming up.",
    kinds: ['rushing'],
  },
  { text: 'i hear you. i did that. im sorry. im here.', kinds: [] },
  {
    text: "I'm sorry. I really am. I was drinking a lot back then and it changed who I was.",
    kinds: ['justification'],
  },
  { text: 'Do you want me to stop contacting her sister too? I will.', kinds: [] },
  {
    text: "I hear you, love. I'll do better. But you have to understand I was doing it for us, to keep the business afloat.",
    kinds: ['justification'],
  },
  {
    text: "I know it's been a year, but a year is nothing compared to what I put you through. There's no deadline.",
    kinds: [],
  },
  {
    text: "Okay, I get it, I'm sorry. Can we please not go over all of it again tonight though?",
    kinds: ['rushing'],
  },
  {
    text: "Sounds like the meeting with the solicitor really shook you. I'm sorry. Want me to come next time, or stay away?",
    kinds: [],
  },
  {
    text: "I'll answer anything you ask. Just so you know, though, I didn't 'plan' it the way you're saying. It wasn't like that.",
    kinds: ['defensive'],
  },
  {
    text: "I'm not going to explain it away. You asked me a direct question and I lied. I'm sorry.",
    kinds: [],
  },
  {
    text: "That's a fair question and I'll answer it. Before I do — you've been messaging your ex too, so let's both be honest.",
    kinds: ['counter_attack'],
  },
  {
    text: "I noticed you flinched when I said 'friend' earlier. I'll be more careful. Thank you for telling me.",
    kinds: [],
  },
  {
    text: "I'm sorry it came back when I was late. It was literally ten minutes though, you can't freak out every time the train is delayed.",
    kinds: ['minimizing'],
  },
  { text: "That makes complete sense. Of course you don't want to go to my work party.", kinds: [] },
  {
    text: "I'm really glad you told me. I think you might be a bit oversensitive at the moment, which is understandable.",
    kinds: ['minimizing'],
  },
  {
    text: "You were on your own with the bills and the kids while I was lying. That's not fair, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'll do the check-ins. Honestly I don't think I deserve to be treated like a suspect forever, but I'll do them.",
    kinds: ['defensive', 'rushing'],
  },
  {
    text: "I'll put my phone on the kitchen table every night. Not as a show — just so you don't have to wonder.",
    kinds: [],
  },
  {
    text: "I want to fix this. I really do. But I was under huge pressure with my mum's illness and nobody was looking after me.",
    kinds: ['justification'],
  },
  { text: "What you're feeling isn't too much. It's proportionate to what I did.", kinds: [] },
  {
    text: "You're right, I lied. Still, it's not like I did it to hurt you. I was trying to keep the peace.",
    kinds: ['justification', 'defensive'],
  },
  { text: "I've got no right to be impatient. Take the time.", kinds: [] },
  {
    text: "I know it hurts, and I'm sorry. Can we agree that after the counselling session on Thursday we close this chapter?",
    kinds: ['rushing'],
  },
  {
    text: 'Thank you for telling me, mi vida. I know it was hard to say. I am here and I listen.',
    kinds: [],
  },
  {
    text: "I love you and I'm here. Although you seem to forget all the good years we had before this.",
    kinds: ['counter_attack'],
  },
  {
    text: "it was a stupid mistake but it's done now. no point crying about it forever",
    kinds: ['minimizing', 'rushing'],
  },
  { text: "Calm down. You're getting hysterical over a text message.", kinds: ['minimizing'] },
  {
    text: "I know. But you're not exactly innocent either, are you, with the way you talk to me now.",
    kinds: ['counter_attack'],
  },
  {
    text: "That's not how I remember it. I think you've built it up in your head.",
    kinds: ['defensive', 'minimizing'],
  },
];
