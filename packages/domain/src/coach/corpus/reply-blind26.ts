import type { CorpusItem } from './corpus-item';
// Written for blind26 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const REPLY_BLIND26: readonly CorpusItem[] = [
  // ---- flawed: defensive ----
  {
    text: "I already told you, I was at Mark's. How many times do we have to go through this?",
    kinds: ['defensive', 'rushing'],
  },
  {
    text: "That's not what happened and you know it. I never said I'd stop seeing her at work, I said I'd keep it professional.",
    kinds: ['defensive'],
  },
  { text: "I'm not a bad person. I'm not some monster who set out to hurt you.", kinds: ['defensive'] },
  { text: "Technically I never lied to you, I just didn't mention it.", kinds: ['defensive'] },
  {
    text: "go through my phone then, you wont find anything because there's nothing to find. im sick of being treated like a criminal in my own house",
    kinds: ['defensive'],
  },
  {
    text: "If you look at the dates properly you'll see it started after we'd already talked about separating.",
    kinds: ['defensive', 'justification'],
  },
  {
    text: "Well, I did mention the overdraft back in May. Maybe you weren't listening.",
    kinds: ['defensive', 'counter_attack'],
  },
  {
    text: "I said I was sorry, didn't I? I don't know why you're acting like I never apologised.",
    kinds: ['defensive'],
  },
  { text: "Do you honestly think I'd still be here if I didn't care? Come on.", kinds: ['defensive'] },
  {
    text: 'I must point out that the figure you gave your sister is inaccurate. The debt was closer to eight thousand than twelve.',
    kinds: ['defensive'],
  },
  // ---- flawed: minimizing ----
  { text: "You're overreacting. It was a work dinner, there were six of us there.", kinds: ['minimizing'] },
  { text: "babe ur being paranoid, she's literally my cousin's mate", kinds: ['minimizing'] },
  { text: "It's not a big deal, we only messaged for like two weeks.", kinds: ['minimizing'] },
  {
    text: 'it was only once and i was absolutely wasted, it didnt mean anything',
    kinds: ['minimizing', 'justification'],
  },
  { text: "It's just porn. Pretty much every guy watches it.", kinds: ['minimizing'] },
  { text: "Aren't you being a bit dramatic? It was a song in a supermarket.", kinds: ['minimizing'] },
  {
    text: "Honestly the money's mostly paid back now, so I don't see why it still has to be this huge thing between us.",
    kinds: ['minimizing', 'rushing'],
  },
  {
    text: "Nothing physical ever happened, so I don't really get why you're treating it like an affair.",
    kinds: ['minimizing'],
  },
  {
    text: 'At least I told you in the end. That has to count for something.',
    kinds: ['minimizing', 'defensive'],
  },
  { text: 'Strewth, it was one flutter on the footy, not the end of the world.', kinds: ['minimizing'] },
  {
    text: "I get that it stung, but it was a few texts. Let's keep some perspective.",
    kinds: ['minimizing'],
  },
  { text: "Bit sensitive today, aren't we?", kinds: ['minimizing'] },
  // ---- flawed: counter_attack ----
  {
    text: "What about you and Jake at the Christmas party? Don't act like you're a saint.",
    kinds: ['counter_attack'],
  },
  { text: "You're not perfect either, you know.", kinds: ['counter_attack'] },
  {
    text: "You always bring this up right when things are finally good. It's like you want to hurt me.",
    kinds: ['counter_attack'],
  },
  {
    text: "Funny how you only care about honesty when it's my phone we're looking at.",
    kinds: ['counter_attack'],
  },
  {
    text: "Maybe if you'd asked how I was once in a while, I wouldn't have needed someone else to.",
    kinds: ['counter_attack', 'justification'],
  },
  { text: "You're using this to control me and everyone can see it.", kinds: ['counter_attack'] },
  {
    text: "Right, so you get to bring up the debt, but I can't mention the grand you spent on that holiday?",
    kinds: ['counter_attack'],
  },
  { text: "I'm sorry, ok? But you weren't exactly an angel that year either.", kinds: ['counter_attack'] },
  {
    text: "You keep saying you want honesty and then you punish me every time I'm honest.",
    kinds: ['counter_attack', 'defensive'],
  },
  { text: 'lol ok says the one who still follows her ex on insta', kinds: ['counter_attack'] },
  // ---- flawed: justification ----
  {
    text: 'I was lonely. You were never home, you know how work was for you that year.',
    kinds: ['justification', 'counter_attack'],
  },
  { text: 'We never talked anymore. I needed someone to talk to.', kinds: ['justification'] },
  {
    text: 'I only did it because I was so stressed about the business going under.',
    kinds: ['justification'],
  },
  {
    text: "You have to understand, I was drinking a lot back then. I wasn't myself.",
    kinds: ['justification'],
  },
  {
    text: "I hid the debt because I knew you'd freak out. I was trying to protect you.",
    kinds: ['justification'],
  },
  {
    text: "Things hadn't been right between us since the baby, and I suppose I went looking for something that felt easy.",
    kinds: ['justification'],
  },
  {
    text: "It's not like I went looking for it. She was the one who kept messaging me.",
    kinds: ['justification', 'defensive'],
  },
  {
    text: "With my dad's history, the gambling was always going to catch up with me sooner or later.",
    kinds: ['justification'],
  },
  {
    text: "The pressure from my family to send money home every month was too much, that's why I took the loan without telling you.",
    kinds: ['justification'],
  },
  {
    text: 'The app was how I got through the night shifts. I was so isolated out there.',
    kinds: ['justification'],
  },
  // ---- flawed: rushing ----
  { text: "Can we please just move on? It's been a year.", kinds: ['rushing'] },
  { text: "At some point you're going to have to get over it.", kinds: ['rushing'] },
  { text: "Not tonight, I'm knackered.", kinds: ['rushing'] },
  { text: "That's all in the past now. I'm not that person anymore.", kinds: ['rushing'] },
  { text: "How long is this going to take? I feel like I'm on probation forever.", kinds: ['rushing'] },
  { text: "Can we drop it? It's our anniversary.", kinds: ['rushing'] },
  { text: "I thought we'd agreed to put this behind us.", kinds: ['rushing'] },
  { text: 'Yeah I know. Anyway, what do you want for dinner?', kinds: ['rushing'] },
  { text: "If you can't forgive me by now, I honestly don't know what we're doing.", kinds: ['rushing'] },
  { text: "Let's not go round in circles tonight, babe. Can it wait till the weekend?", kinds: ['rushing'] },
  // ---- clean ----
  {
    text: 'You\'re right that I said "I already told you" last night, and that was me shutting the door on you. Ask it as many times as you need, and I\'ll answer every time.',
    kinds: [],
  },
  {
    text: "I'm not going to say \"that's not what happened.\" You remember that night the way you lived it, and I'm the one who made it that way.",
    kinds: [],
  },
  {
    text: 'i keep wanting to type that im not a bad person and thats not the point rn. you found the messages and your stomach dropped. im here. tell me the rest',
    kinds: [],
  },
  {
    text: "I can feel the urge to defend myself coming up. I'm going to sit on it and listen instead. Go on.",
    kinds: [],
  },
  {
    text: "You called me a liar earlier and I flinched, yet it's a fair word for what I did for eight months. I'd rather hear it than have you swallow it.",
    kinds: [],
  },
  {
    text: 'The word "technically" should probably be banned from my mouth for a while. You asked whether I\'d been on the app since Christmas. Yes. Twice, in January. I deleted it for good on the 14th, and I\'ll show you the account page.',
    kinds: [],
  },
  {
    text: "I didn't answer you properly this morning, so here it is properly: yes, she texted me on your birthday, and yes, I replied.",
    kinds: [],
  },
  {
    text: 'It\'s not true that you\'re "too much". Every word you said was fair, and I needed to hear all of it.',
    kinds: [],
  },
  {
    text: "Asking where I was on Thursday isn't an accusation, it's a completely reasonable question after what I did. I was at the site till six, then at Dave's. Ring him, I won't be offended.",
    kinds: [],
  },
  {
    text: "I'm not going to say 'trust me'. I haven't earned that yet. My phone's on the counter, the code hasn't changed and it won't.",
    kinds: [],
  },
  {
    text: "You asked to see the banking app. I used to hide behind the word privacy. That word doesn't get to cover what I did. Open it whenever you want, love.",
    kinds: [],
  },
  {
    text: "I could walk you through how it started, and I will whenever you want that. You asked whether I've ended it. I have. No contact since the 3rd of June, and I'll tell you straight away should she reach out.",
    kinds: [],
  },
  {
    text: "It wasn't a misunderstanding, and you didn't misread anything. You read exactly what was there.",
    kinds: [],
  },
  {
    text: "Hearing you say you're scared the kids will find out from someone at school... I won't hide behind being a good dad. A good dad doesn't lie to their mum, and I did. When you're ready, let's work out together what we tell them.",
    kinds: [],
  },
  {
    text: 'Some of what I said at dinner I want back. You were telling me it was the same restaurant and I got sharp with you. That was on me, not on you for noticing.',
    kinds: [],
  },
  {
    text: "I don't get to announce that I've changed. You get to decide that, slowly, by watching what I do.",
    kinds: [],
  },
  {
    text: "you're not exaggerating. 11k is a lot of money and i hid it for two years. the panic makes complete sense",
    kinds: [],
  },
  {
    text: "Even where I remember the dates differently, I don't want to win an argument about a calendar. What matters is you were lied to, and I was the one lying.",
    kinds: [],
  },
  { text: "There's no 'my side' I need you to hear tonight. Yours is the side that got hurt.", kinds: [] },
  {
    text: "You asked whether you're overreacting about the gym. No. She goes at seven and I used to go at seven; of course it got to you. I'll switch to the evening class from Monday.",
    kinds: [],
  },
  {
    text: "Checking my location isn't paranoid, it's what happens when someone's been lied to. Keep it on for as long as you like.",
    kinds: [],
  },
  {
    text: "It's a big deal. I won't pretend otherwise, and I'm glad you told me it's still eating at you.",
    kinds: [],
  },
  {
    text: "You asked whether it was only once. It wasn't. It was four times between October and December. I'm sorry I let you believe the smaller number for so long.",
    kinds: [],
  },
  {
    text: "Please don't let anyone, me included, call it 'just texting'. It was months of closeness I should have been giving to you.",
    kinds: [],
  },
  {
    text: 'I\'ve said "it meant nothing" before, and I can see now it made your pain sound like it was about nothing. It meant enough for me to lie about it. I\'m ready to talk about what, whenever you are.',
    kinds: [],
  },
  {
    text: "There's nothing small about what happened to you in Tesco when that song came on. Thank you for texting me from the car instead of holding it in. Do you want me to come and get you?",
    kinds: [],
  },
  {
    text: "You said maybe you're making it out to be worse than it is. You're not. It's exactly as bad as it feels.",
    kinds: [],
  },
  {
    text: "I told myself the betting was harmless fun. It wasn't harmless to you, to us, or to the savings we'd put aside for the twins. I'm not going to soften that.",
    kinds: [],
  },
  {
    text: "crying in the car park isnt dramatic babe. its what anyone's heart would do after what i did. on my way, stay there x",
    kinds: [],
  },
  {
    text: "You're not being oversensitive. Any mention of Vegas is going to land hard, and I should have thought before suggesting the trip.",
    kinds: [],
  },
  {
    text: '"A little white lie" is what I called it at the time. I\'m naming it properly now: I lied to you about how much I was drinking, every night, for a year.',
    kinds: [],
  },
  {
    text: "You're not crazy for noticing that I'd deleted the thread. You noticed it because it happened.",
    kinds: [],
  },
  {
    text: "You weren't imagining the distance last spring. It was real, and it was coming from me.",
    kinds: [],
  },
  { text: "This isn't blown out of proportion. The proportion is the size of what I did.", kinds: [] },
  {
    text: "I know plenty of people say porn is normal. Me hiding it, lying when you asked me straight out, and spending our money on it was not normal, and that's what hurt you. I get it.",
    kinds: [],
  },
  {
    text: 'I won\'t say "at least nothing physical happened". The secrecy was the betrayal, and I kept it up for months.',
    kinds: [],
  },
  {
    text: "Yes, I was drunk that night, and that doesn't make it smaller. I chose to keep drinking and I chose to go back to hers.",
    kinds: [],
  },
  {
    text: "You said \"it's fine, forget it\", and I don't think you're fine, and that's allowed. I'm not going to forget it. Can we sit together once the kids are down?",
    kinds: [],
  },
  {
    text: "When you asked 'what about you, do you even feel bad?', the answer is yes. Every day. I feel sick when I see you check my phone before bed, knowing I'm the reason you do that.",
    kinds: [],
  },
  {
    text: "You said \"I know I'm not perfect either\". Please don't pick up any of this. You didn't cause the lie I told.",
    kinds: [],
  },
  {
    text: "You said it feels like you're always the one bringing it up. Bring it up as often as you need. I'd rather hear it a hundred times than have you carry it on your own.",
    kinds: [],
  },
  {
    text: 'None of this is your fault. Not the weight, not the night shifts, not the baby. I did it.',
    kinds: [],
  },
  {
    text: "Nobody made me do it. I know I used to say you'd pushed me away. That was a lie as well, and I'm taking it back.",
    kinds: [],
  },
  {
    text: "You're not a hypocrite for being furious with me and still wanting to hold my hand. Both can be true at once.",
    kinds: [],
  },
  {
    text: "Asking me to text when I leave the pub isn't nagging. It's an easy thing for me to do, and it's done from now on.",
    kinds: [],
  },
  {
    text: "I don't feel punished when you ask questions. I feel like you're still trying with me, and I'm grateful for it.",
    kinds: [],
  },
  {
    text: "Go through my phone as often as you like. I'm not going to get funny about it, today or in six months.",
    kinds: [],
  },
  {
    text: "You said you feel petty keeping track of the nights I'm late home. It's not petty. I broke the trust between us, and keeping track is how you check whether it's mending.",
    kinds: [],
  },
  {
    text: "I don't think you're using this as a weapon. I think you're in pain and it comes out sharp sometimes, and that's fair.",
    kinds: [],
  },
  {
    text: "I love you too. And I heard all of it, including the part about not being sure yet. I won't push you towards the rest.",
    kinds: [],
  },
  {
    text: "Your mum's comment at lunch stung, and you're right that she knows because I went and told her my side before you'd even decided who to tell. That was unfair to you, and I'll tell her so.",
    kinds: [],
  },
  {
    text: "You also asked whether I ever compared you to him. No. Not once. I'll answer that one as many times as it comes back to you.",
    kinds: [],
  },
  {
    text: "Being jealous of a woman you've never met isn't silly. She was given time and attention that belonged to you.",
    kinds: [],
  },
  {
    text: "It doesn't feel like an attack when you tell me what hurts. It feels like you letting me back in a little.",
    kinds: [],
  },
  { text: "You've been cold with me this week and I can see why. I'm not owed warmth right now.", kinds: [] },
  {
    text: "It's not controlling to want the passwords. I offered them, and I'm glad you took them.",
    kinds: [],
  },
  {
    text: "I was lonely that year. So were you, and you didn't lie to me. That's the difference, and it's mine to own.",
    kinds: [],
  },
  {
    text: "You asked whether work was the reason. I'd love it to be, it would make me look better. It wasn't. Plenty of people have brutal jobs and don't do what I did.",
    kinds: [],
  },
  {
    text: "Maybe we weren't talking much back then. That was something for us to fix together, not a licence for me to start confiding in someone else.",
    kinds: [],
  },
  {
    text: "You want to know why. I'll tell you what I've worked out with Dr Amin, and none of it is a get-out: I ran from anything hard, and lying became part of the running.",
    kinds: [],
  },
  {
    text: "My dad's gambling isn't an excuse and I won't use it as one. I'll bring him up when you want to understand where it came from, never to get myself off the hook.",
    kinds: [],
  },
  {
    text: "Stress didn't open that account. I did. Stress is the thing I'm learning to bring to you instead of hiding.",
    kinds: [],
  },
  {
    text: 'I was depressed, and I still chose to lie. I want you to hear both of those, especially the second one.',
    kinds: [],
  },
  {
    text: "My therapist and I spend whole sessions on my childhood, and I don't want you to think I'm handing you that as a reason. You asked a simple question: did I see him after the wedding. Yes, once, for coffee, in April. I'll tell you everything about it.",
    kinds: [],
  },
  {
    text: 'There was a lot of pressure with the mortgage, and I still had a choice every month. Each month I chose to hide the statements.',
    kinds: [],
  },
  {
    text: "I know some people would say we were on a break. We weren't, not in any way you'd agreed to, and I knew that at the time.",
    kinds: [],
  },
  { text: "The wine doesn't get the blame. I do.", kinds: [] },
  {
    text: "Yes, I liked the attention. That's the honest answer to your question. It's an ugly one, and you deserved to hear it anyway.",
    kinds: [],
  },
  {
    text: "You were exhausted with the baby and needed me, and I went looking for something easy instead. I'm ashamed of that. I don't want to dress it up.",
    kinds: [],
  },
  {
    text: 'There was distance between us, and I made it worse by lying instead of telling you I was struggling.',
    kinds: [],
  },
  {
    text: "Boredom doesn't explain it. I've tried that story on myself and it doesn't hold. I'll keep looking for the real answer, with you should you want that, and I'm not going anywhere in the meantime.",
    kinds: [],
  },
  {
    text: "When I told the counsellor I'd felt ignored back then, I wasn't blaming you. I was naming something I should have said to your face years ago, instead of doing what I did.",
    kinds: [],
  },
  {
    text: "I'm not going to ask you to move on. Take whatever time you need; I'll still be here in a year, and the year after.",
    kinds: [],
  },
  {
    text: "You said you're scared you'll never get over it. You don't have to, on anyone's timetable. We'll work out together what 'over' even means.",
    kinds: [],
  },
  {
    text: "I'm shaking a bit and I want to answer this properly, and I can't do that tonight while I'm this flooded. Can we sit down tomorrow at 10 after the school run? I promise I won't dodge it.",
    kinds: [],
  },
  { text: "It isn't in the past for you, so it isn't in the past for us.", kinds: [] },
  {
    text: "You asked how long this will take. I don't know either. I'll be here while we find out.",
    kinds: [],
  },
  { text: "I won't drop it. If you want to keep talking at 2am, we keep talking at 2am.", kinds: [] },
  {
    text: "I'm not asking you to forgive me. That's yours to give, if it ever comes, whenever it comes.",
    kinds: [],
  },
  {
    text: "You asked whether our anniversary could be a fresh start. I'd love that, as long as it's what you want too. A quiet dinner where you're still sad is fine by me as well.",
    kinds: [],
  },
  {
    text: "I'm not going to tell you to let it go. Hold onto it for as long as it's useful to you.",
    kinds: [],
  },
  {
    text: "Can I ring you back in 20 mins? I'm on the shop floor and I want to give you all of my attention, not half of it. I'll call at 3:15, promise.",
    kinds: [],
  },
  {
    text: "We haven't talked about it enough. Whatever 'enough' turns out to be, we're not there yet.",
    kinds: [],
  },
  { text: "I'd love for this to be behind us one day. That day is yours to call, not mine.", kinds: [] },
  { text: "Ask me again. I'll give you the same answer, and I'll give it gently.", kinds: [] },
  {
    text: 'It might feel like the same conversation to you, but each time you ask I understand a bit more about what it did to you.',
    kinds: [],
  },
  { text: "I'm not done listening. Keep going.", kinds: [] },
  {
    text: "The anniversary dinner can wait, or we can cancel it. I'll rebook it when it feels right to you, not before.",
    kinds: [],
  },
  {
    text: "I need a few minutes to cool off before I answer, because I can feel myself getting defensive and you deserve better than that. Give me half an hour and I'll come and find you in the garden.",
    kinds: [],
  },
  {
    text: "I won't forget that you had to find out from a bank letter. And you don't have to forget it either.",
    kinds: [],
  },
  { text: "You're not dwelling. You're healing, and healing is slow, and that's ok.", kinds: [] },
  { text: "I'm tired, and I'm still here. Tell me about the dream.", kinds: [] },
  { text: "I'd hate for you to rush your healing for my sake. It takes what it takes.", kinds: [] },
  { text: "If you're still not over it in five years, I'll still be sitting here answering.", kinds: [] },
  {
    text: "tomorrow's a big day at work for me, that can wait tho. what did she say to you at the school gates?",
    kinds: [],
  },
  {
    text: "Your dad said it's all water under the bridge now. It isn't, and I'm sorry he said that in front of you.",
    kinds: [],
  },
  { text: "You've always been the honest one in this marriage. I want to learn that from you.", kinds: [] },
  {
    text: 'Tell me what you need tonight: company, space, or me making the tea and keeping quiet.',
    kinds: [],
  },
  {
    text: "lol you're allowed to call me an idiot, I was one. seriously tho, are you ok after seeing him at the bar?",
    kinds: [],
  },
  {
    text: "Relax is the last thing I'd ask of you after what you found. I'll take the boys to football this morning so you can have the house to yourself.",
    kinds: [],
  },
  { text: 'nah you dont need to chill out. be as angry as you are. im listening', kinds: [] },
  {
    text: "Whatever you decide about Christmas at my parents', I'll back you. Should being around my family be too much this year, we stay home.",
    kinds: [],
  },
  {
    text: "It's ok not to be ok about it. That date is going to sting for a long while, and I'll be gentle around it.",
    kinds: [],
  },
  { text: 'Enough about my day. You said the gym thing got to you. Tell me.', kinds: [] },
  { text: 'I take it seriously. Every single time you raise it.', kinds: [] },
  {
    text: "Honestly? Yes, I still think about her sometimes, less than before. You asked for the truth and that's it.",
    kinds: [],
  },
  {
    text: 'At the time I told myself I was protecting you from the debt. I can see now I was protecting me.',
    kinds: [],
  },
  {
    text: 'Calling it a mistake makes it sound like I tripped. I made choices, lots of them, across months.',
    kinds: [],
  },
  { text: "I'm not going to say 'I understand, but'. There's no but. I understand.", kinds: [] },
  {
    text: "You shouldn't have to be the one managing my recovery. I'll call my sponsor after work and tell you after how it went.",
    kinds: [],
  },
  {
    text: "You're not overthinking it. A dating app notification popping up on the family iPad would make anyone's mind race. Let's delete the account together right now, and you can see the last login date for yourself.",
    kinds: [],
  },
  {
    text: 'What do you want from me this evening? I mean that as a real question: a hug, quiet, answers, or me out of the room for a bit?',
    kinds: [],
  },
  { text: "I'm not the one who gets to feel like the victim here.", kinds: [] },
  {
    text: "I don't fully get it, and I won't pretend to. Help me see what the supermarket was like for you.",
    kinds: [],
  },
  {
    text: "You asked whether anything happened on the work trip. No. I was in my room by ten and messaging you most of the evening. I get why you had to ask, and I'm glad you asked instead of sitting with it.",
    kinds: [],
  },
  {
    text: "It's over with him. That's a fact I'll keep proving, not a door I'm closing on your questions.",
    kinds: [],
  },
  {
    text: "We've been through this before, yes, and we'll go through it as many times as you need.",
    kinds: [],
  },
  {
    text: 'I am not wanting you to feel small. What I did with the money is big, and I am the one carrying it, not you. Please say more, I am listening.',
    kinds: [],
  },
  {
    text: 'You asked why I kept the loan from you and your parents. There is no good answer, yaar. I was ashamed and I kept quiet. That is my failure, not yours.',
    kinds: [],
  },
  {
    text: "Ag, I hear you. The braai with your cousins was a lot, with everyone knowing. I won't pretend it was easy. Next braai we can leave early, I'll drive.",
    kinds: [],
  },
  {
    text: "You're not being a sook. Seeing her car outside Woolies would rattle anyone. Stay put, I'll come to you.",
    kinds: [],
  },
  {
    text: "Ah love, you've every right to be giving out. I'd be raging too. Tell me the whole of it.",
    kinds: [],
  },
  {
    text: "What I'm hearing is that the anniversary brought the whole discovery back into your body, and my suggesting a party felt like I'd forgotten. That makes sense. I hadn't forgotten, and I should have asked you instead of planning.",
    kinds: [],
  },
  {
    text: 'Dear Helen, I have read your letter three times. You wrote that you no longer know which of my words to believe. That is a just consequence of what I did, and I will not argue with it. I will keep writing, and keep showing up, for as long as you allow me to.',
    kinds: [],
  },
  {
    text: "The second phone is in the kitchen drawer, smashed. It's yours to keep. You asked whether there's a third. There isn't, and I know that answer isn't worth much yet.",
    kinds: [],
  },
  {
    text: "He's not 'just an ex' and I shouldn't have called him that when you asked. I lied about meeting him twice, and that's what makes him matter to you.",
    kinds: [],
  },
  {
    text: "I can hear how exhausted you are from asking. You don't need to apologise for asking again.",
    kinds: [],
  },
  {
    text: "You said you were stupid for believing me. You weren't stupid. You trusted someone who was lying well, and that was me.",
    kinds: [],
  },
  {
    text: "Yes, I did delete the messages before you saw them. You're right about that, and I should have said so when you first asked.",
    kinds: [],
  },
  {
    text: "Let's not rush the conversation about sex. I'd rather wait until you want to than have you feel you owe me anything.",
    kinds: [],
  },
  { text: "you don't owe me a calm voice. shout, cry, swear, i can take it.", kinds: [] },
  {
    text: "I caught myself wondering how long until you trust me again, and then remembered that's my impatience to sit with, not your job to fix. No hurry from me.",
    kinds: [],
  },
  {
    text: "It really is fine that you cancelled on my parents. I'd have done the same. I'll let them know it was my doing, not yours.",
    kinds: [],
  },
];
