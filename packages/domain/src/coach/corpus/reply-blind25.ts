import type { CorpusItem } from './corpus-item';
// Written for blind25 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const REPLY_BLIND25: readonly CorpusItem[] = [
  // ---- flawed: defensive ----
  { text: "That's not what happened and you know it.", kinds: ['defensive'] },
  {
    text: "I already told you, I deleted the app in March. Check the phone yourself if you don't believe me.",
    kinds: ['defensive'],
  },
  {
    text: "I'm not a bad person. I don't deserve to be spoken to like a criminal in my own kitchen.",
    kinds: ['defensive'],
  },
  { text: 'i never said that. dont put words in my mouth', kinds: ['defensive'] },
  {
    text: "That's simply not true. I was at the office until eight, you can ask Priya.",
    kinds: ['defensive'],
  },
  {
    text: 'How many times do I have to explain the Visa card? The statements were in the folder on the desk the whole time.',
    kinds: ['defensive'],
  },
  {
    text: "I've been an open book since October. Every password, every receipt. I don't know what else you expect to find.",
    kinds: ['defensive'],
  },
  {
    text: 'My phone was face down because it was charging. Nothing to do with anyone.',
    kinds: ['defensive'],
  },
  {
    text: "You saw a notification from 'Sam Work'. Sam is my manager, she's fifty-three and has four grandkids.",
    kinds: ['defensive'],
  },
  {
    text: 'ok so that screenshot is from 2019, before we were even exclusive. look at the date on it',
    kinds: ['defensive'],
  },
  { text: "I'd like it noted that I was the one who came to you. Nobody caught me.", kinds: ['defensive'] },
  {
    text: "With respect, I don't think 'lied for two years' is accurate. It started last spring.",
    kinds: ['defensive'],
  },
  {
    text: 'Mate I have done every single thing the counsellor asked. Every one. Not sure what more there is to give.',
    kinds: ['defensive'],
  },
  {
    text: "Thank you for writing all that out, I read it twice. I know you feel I've been distant since the counselling started and I'm sorry it's come across that way. I've been trying so hard. Honestly though, I think if you looked at how much I've changed you'd see I'm not the same person who did those things, and it's a bit unfair to keep treating me like I am.",
    kinds: ['defensive'],
  },
  {
    text: "Dear Tom, I have read your email and I understand you are very upset. I accept that concealing the loans was wrong. I would, however, point out that a significant portion of that debt went on household expenses, and I do not think it is fair to characterise it as 'secret gambling'.",
    kinds: ['defensive'],
  },
  {
    text: 'Where exactly was I supposed to have found the time for an affair, between the night shifts and the school run?',
    kinds: ['defensive'],
  },
  // ---- flawed: minimizing ----
  { text: "You're overreacting, it was one coffee.", kinds: ['minimizing'] },
  { text: "It's not a big deal, honestly. It was a few hundred quid.", kinds: ['minimizing'] },
  { text: "you're being paranoid babe, she's just a friend from the gym", kinds: ['minimizing'] },
  { text: 'It was only once. Once, in eleven years.', kinds: ['minimizing'] },
  { text: 'It was just texting. Nothing physical ever happened.', kinds: ['minimizing'] },
  { text: "I think you're making this into something much bigger than it is.", kinds: ['minimizing'] },
  {
    text: "Lots of couples get through far worse than a bit of online stuff. We'll be fine.",
    kinds: ['minimizing'],
  },
  { text: "It's a few videos, love, not a second family.", kinds: ['minimizing'] },
  { text: "I get that it hurts but it's hardly the end of the world, is it?", kinds: ['minimizing'] },
  {
    text: "Forty grand sounds like a lot, but spread over five years it really isn't that much per month.",
    kinds: ['minimizing'],
  },
  { text: 'She was a colleague I had lunch with. People have lunch.', kinds: ['minimizing'] },
  { text: "A couple of beers at the footy isn't a relapse, it's a Saturday.", kinds: ['minimizing'] },
  { text: "You're reading an awful lot into one emoji.", kinds: ['minimizing'] },
  {
    text: "Sweetheart, half the guys at work have Tinder on their phones and never open it. It's like a screensaver.",
    kinds: ['minimizing'],
  },
  {
    text: "I understand it was upsetting to see, truly, and I'm glad you told me rather than stewing on it. I'd just gently say that a message from an ex wishing me happy birthday is about as harmless as it gets.",
    kinds: ['minimizing'],
  },
  // ---- flawed: counter_attack ----
  { text: 'What about you? You were on the phone to Jake every night last year.', kinds: ['counter_attack'] },
  { text: "You're not perfect either, you know.", kinds: ['counter_attack'] },
  { text: 'You always bring this up to hurt me.', kinds: ['counter_attack'] },
  { text: 'Funny how you never mention what you said to my mother.', kinds: ['counter_attack'] },
  {
    text: "Interesting that you're so worried about my phone when yours has a passcode I've never been given.",
    kinds: ['counter_attack'],
  },
  {
    text: "Maybe if you asked questions without screaming I'd actually answer them.",
    kinds: ['counter_attack'],
  },
  { text: 'Says the one who still follows her ex on Instagram.', kinds: ['counter_attack'] },
  { text: "Right, and your spending on the house stuff just doesn't count then?", kinds: ['counter_attack'] },
  { text: "Your sister's been in your ear again, hasn't she.", kinds: ['counter_attack'] },
  { text: "I notice this only ever comes up after you've had a bad day at work.", kinds: ['counter_attack'] },
  {
    text: "Remember the Christmas you left me at your parents' for three days without a word? Because I do.",
    kinds: ['counter_attack'],
  },
  {
    text: "Grand, I'll add it to the list of everything I've done wrong. Shall we do yours next?",
    kinds: ['counter_attack'],
  },
  { text: "And you've never kept a single thing from me, I suppose?", kinds: ['counter_attack'] },
  {
    text: "I hear you, and I know I hurt you badly. I'm not disputing that. But I'd find it a lot easier to be honest if every honest answer didn't get thrown back at me three weeks later in front of your friends.",
    kinds: ['counter_attack'],
  },
  {
    text: "Kinda rich coming from someone who reads my texts while I'm in the shower.",
    kinds: ['counter_attack'],
  },
  // ---- flawed: justification ----
  { text: 'I was lonely. You were never home and I needed someone to talk to.', kinds: ['justification'] },
  { text: 'You know how work was that year. I was drowning.', kinds: ['justification'] },
  { text: 'It happened because we never talked anymore.', kinds: ['justification'] },
  { text: 'I only started betting because of the stress with Dad being ill.', kinds: ['justification'] },
  { text: 'I drank because it was the only way I could get through the week.', kinds: ['justification'] },
  {
    text: "I'm sorry, truly. I was in such a dark place after the redundancy, I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: "I'm not proud of it, but after the baby came it felt like I'd stopped existing, and I went looking for somewhere I did.",
    kinds: ['justification'],
  },
  { text: "When you've been shut out of the bedroom for a year, things happen.", kinds: ['justification'] },
  { text: "The app was a way to feel wanted again. That's the truth of it.", kinds: ['justification'] },
  {
    text: "I hid the loans because I knew you'd panic, and I wanted it fixed before you ever had to know.",
    kinds: ['justification'],
  },
  { text: "Mum had just died. I wasn't myself for most of that autumn.", kinds: ['justification'] },
  { text: "We'd been in separate rooms since March, and she listened to me.", kinds: ['justification'] },
  {
    text: "Growing up the way I did, lying about money was how you survived. It's wired in.",
    kinds: ['justification'],
  },
  {
    text: 'The contract work dried up and the pokies felt like a shot at fixing it quick.',
    kinds: ['justification'],
  },
  {
    text: "I love you, I do, and I'm so sorry about what you found. It's eating me up too. I just think that when someone is working sixty hours a week and coming home to a house where nobody looks up from their phone, you can kind of see how it happens.",
    kinds: ['justification'],
  },
  {
    text: "I want to acknowledge what you've shared and I hear a lot of hurt in it. I also want to hold space for the fact that we had both let the relationship drift, and that the affair grew out of that drift.",
    kinds: ['justification'],
  },
  {
    text: 'Yaar, you know the pressure from my side of the family, every month sending money home. That is why I took the loan and kept quiet.',
    kinds: ['justification'],
  },
  // ---- flawed: rushing ----
  { text: "Can we just move on? It's been six months.", kinds: ['rushing'] },
  { text: 'You need to get over it at some point.', kinds: ['rushing'] },
  { text: "Not tonight. I'm not doing this tonight.", kinds: ['rushing'] },
  { text: "It's in the past. Leave it there.", kinds: ['rushing'] },
  { text: 'How long is this going to take? Honestly, give me a number.', kinds: ['rushing'] },
  { text: 'can we drop it pls', kinds: ['rushing'] },
  { text: "I thought we'd turned a corner. Why are we back on this?", kinds: ['rushing'] },
  { text: "Let's not ruin a nice evening, yeah? We can get into it some other time.", kinds: ['rushing'] },
  {
    text: "We've been through all this with Dr Adeyemi. At some point we have to close the book.",
    kinds: ['rushing'],
  },
  {
    text: "I'd really hoped the anniversary could be about us for once, not about that.",
    kinds: ['rushing'],
  },
  { text: 'Yeah ok. Anyway, what do you want for dinner?', kinds: ['rushing'] },
  { text: "Babe it's Christmas.", kinds: ['rushing'] },
  { text: "Let's draw a line under it and start fresh from Monday.", kinds: ['rushing'] },
  { text: "I'd rather look forward than keep picking at the scab.", kinds: ['rushing'] },
  {
    text: "You'll feel better once the kids are back at school and things get normal again.",
    kinds: ['rushing'],
  },
  // ---- flawed: two kinds ----
  {
    text: "That's not what happened, and honestly you're blowing it way out of proportion.",
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: 'I was lonely and you were never around. And it was only a few messages.',
    kinds: ['justification', 'minimizing'],
  },
  {
    text: "What about all the times you ignored me? Let's just move on.",
    kinds: ['counter_attack', 'rushing'],
  },
  {
    text: 'I already explained this. Can we please not do it again tonight.',
    kinds: ['defensive', 'rushing'],
  },
  {
    text: "It was years ago and it's not like I spent our savings. Let it go.",
    kinds: ['minimizing', 'rushing'],
  },
  {
    text: 'You shut me out for months, what did you expect? You pushed me to it.',
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "Technically I didn't lie, I just left a few bits out. It's really not the same thing.",
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: 'Work was insane and I needed an outlet. Can we leave it now?',
    kinds: ['justification', 'rushing'],
  },
  { text: "I'm not a liar. You're the one who went through my bag.", kinds: ['defensive', 'counter_attack'] },
  {
    text: 'hun its a bit of porn, every guy does it. stop checking my laptop like a cop',
    kinds: ['minimizing', 'counter_attack'],
  },
  {
    text: "Yes I had a punt, because the mortgage was killing us, and no I'm not going through every bet again.",
    kinds: ['justification', 'rushing'],
  },
  {
    text: "I've answered every question you've had for eight months. There's nothing left to say. It's done.",
    kinds: ['defensive', 'rushing'],
  },
  {
    text: "It was a stupid dating profile, it meant nothing, and frankly you've done worse with that guy from your work.",
    kinds: ['minimizing', 'counter_attack'],
  },
  {
    text: "I'm really sorry about today. I know driving past the restaurant was hard, I saw your face the second we turned onto that street, and I should have taken another route. I'll be more thoughtful. But at some point we have to be able to go down George Street without it turning into a whole thing.",
    kinds: ['rushing', 'minimizing'],
  },
  {
    text: "You're right that I should have told you about the calls with Ella. I wasn't hiding anything, it was mostly co-parenting logistics. I hear that it hurt. I'd ask, though, that you think about how often you used to go silent on me for days, because that's part of why I stopped bringing things up.",
    kinds: ['defensive', 'counter_attack'],
  },
  // ---- clean ----
  { text: "I hear you. That sounds awful, and I'm the reason it hurts. I'm here.", kinds: [] },
  {
    text: 'Thank you for telling me instead of keeping it in. What do you need from me right now?',
    kinds: [],
  },
  { text: "You're right to be angry. I lied to you, and that's on me.", kinds: [] },
  { text: "I'm so sorry. I can see how much that moment in the supermarket shook you.", kinds: [] },
  {
    text: 'That makes total sense. Seeing her name on the school contact list would knock anyone sideways.',
    kinds: [],
  },
  { text: "I did that to you. No excuses. I'm listening.", kinds: [] },
  { text: "Yes, I'll answer. I met him four times, and the last time was in June.", kinds: [] },
  { text: 'Do you want me to come home early? I can be there by five.', kinds: [] },
  { text: "I'm not going anywhere. Take all the time you need.", kinds: [] },
  {
    text: "It makes sense you're scared when I'm late. I broke that trust. I'll text when I leave work from now on.",
    kinds: [],
  },
  { text: 'thank u for telling me. that must of been horrible. im here, do u want me to call?', kinds: [] },
  {
    text: "Today's date is going to be hard, mostly for you. Can I hold you, or would you rather be alone for a bit?",
    kinds: [],
  },
  {
    text: "I hid the credit card debt and you found out from a letter addressed to me. That's humiliating, and I caused it.",
    kinds: [],
  },
  { text: "Honest answer: yes, I told her I was unhappy at home. I'm ashamed of that.", kinds: [] },
  { text: 'I want to sit with what you said instead of rushing to reply. It matters too much.', kinds: [] },
  { text: "Your feelings about my mum knowing make complete sense. I'd feel exposed too.", kinds: [] },
  { text: 'Would it help to go through the statements together on Sunday? Only if you want to.', kinds: [] },
  { text: "I'm sorry I made you feel like you weren't enough. You were, the whole time.", kinds: [] },
  { text: "That anniversary photo popping up must have been a gut punch. I'm so sorry.", kinds: [] },
  { text: 'I want to hear all of it, even the parts that are hard for me to hear.', kinds: [] },
  {
    text: "You have every right to ask. No, I haven't had a drink since the 4th, and you can ask me every day.",
    kinds: [],
  },
  {
    text: "Cheers for telling me, love. That sounds like a rotten morning, and I'm the one who made that cafe hard for you. I'm here.",
    kinds: [],
  },
  {
    text: "I know you gave up a lot to trust me with the money, and I broke that. I'm really sorry.",
    kinds: [],
  },
  { text: "It's okay to not be okay about this. I'm staying.", kinds: [] },
  { text: "Shall I take the kids to your mum's on Saturday so you get a morning to yourself?", kinds: [] },
  { text: "Ngl that's fair. i'd be furious too. im sorry", kinds: [] },
  {
    text: "Dear Aoife, I've read your letter three times. Everything you wrote about the way I left you to find out on your own is true, and I won't argue with a word of it. I'm here whenever you want to talk it through.",
    kinds: [],
  },
  {
    text: "I owe you an apology for how I reacted last night. You brought up something painful and I got short with you. That wasn't okay, and I'd like another go at that conversation whenever you're ready.",
    kinds: [],
  },
  {
    text: "I'm sorry the school gate stuff brought it all back. Do you want to tell me what happened?",
    kinds: [],
  },
  {
    text: "I know the bedroom still feels like a hard place for you. We'll go at your pace, whatever that is.",
    kinds: [],
  },
  { text: "I won't tell you to move on. You get to take as long as this takes.", kinds: [] },
  { text: "You're not overreacting. Anyone would feel sick finding those messages.", kinds: [] },
  { text: "I'm not going to say 'it was only once', because once was enough to break something.", kinds: [] },
  {
    text: "I was drunk when I called her, but that doesn't excuse it. I chose to pick up the phone.",
    kinds: [],
  },
  {
    text: "I've asked myself why I did it a hundred times, and there's no reason that makes it okay. There isn't one.",
    kinds: [],
  },
  { text: 'You always deserved better than the lies I told you.', kinds: [] },
  { text: 'I never want you to feel you have to hide your bad days from me.', kinds: [] },
  { text: "Sorry isn't enough, I know. I'll keep showing up anyway.", kinds: [] },
  {
    text: "If you need to ask me the same question a hundred times, I'll answer it a hundred times.",
    kinds: [],
  },
  { text: "It's not in the past for you, and I won't act like it is.", kinds: [] },
  {
    text: "I did feel lonely back then, and I want to be really clear that it's not an excuse. Plenty of people feel lonely and don't do what I did.",
    kinds: [],
  },
  { text: "I'm not going to ask you to forgive me. I'm going to try to earn it.", kinds: [] },
  { text: "Just so you know, you don't owe me a calm conversation. Shout if you need to.", kinds: [] },
  { text: 'The only person who made that choice was me.', kinds: [] },
  {
    text: 'Because I lied about the money for so long, of course you check the account. Check it whenever you want.',
    kinds: [],
  },
  {
    text: "You said you feel paranoid. You're not paranoid. I gave you real reasons to doubt me.",
    kinds: [],
  },
  {
    text: "I need twenty minutes to calm down so I don't say something defensive. I'll come back at nine and we'll keep talking.",
    kinds: [],
  },
  {
    text: "I don't want to get over this quickly either. I want to get through it properly, with you.",
    kinds: [],
  },
  { text: "You're allowed to bring it up every day if that's what it takes. It's not a burden.", kinds: [] },
  {
    text: "What about the rest of the weekend, do you want me to stay at Dan's or would you rather I'm here? Either is fine.",
    kinds: [],
  },
  { text: "It's a big deal. Don't let anyone, including me, tell you it isn't.", kinds: [] },
  {
    text: "I keep wanting to explain, and I'm noticing that explaining right now would only be about protecting myself. So: you're right, and I'm sorry.",
    kinds: [],
  },
  {
    text: "'Not tonight' isn't the answer you deserve. Let's talk tonight, for as long as you want.",
    kinds: [],
  },
  {
    text: "'You're not perfect either' is what I'd have said a year ago. I'm not saying it now. You didn't do this, I did.",
    kinds: [],
  },
  {
    text: "Never again is easy to say, so I won't just say it. Here's what I'm doing: therapy on Tuesdays, the app is gone, and you have my location.",
    kinds: [],
  },
  { text: "I know you're tired of hearing sorry. I'm sorry anyway, and I'll keep proving it.", kinds: [] },
  {
    text: 'Of course you got triggered in Tesco. It was our song playing, the one I ruined. Come here.',
    kinds: [],
  },
  { text: "I did it because I was selfish. That's the only honest 'because' I've got.", kinds: [] },
  { text: "You're right that I always changed the subject before. I'm not changing it now.", kinds: [] },
  {
    text: "It's in the past only in the sense that it's stopped. For you it's still happening every day, and I get that.",
    kinds: [],
  },
  {
    text: "My stomach dropped reading that. Not for me, for you, standing in the car park with the kids. I'm so sorry I put you there.",
    kinds: [],
  },
  {
    text: 'You asked if I still think about him. Sometimes, yes, and mostly with shame. You can ask me anything about that.',
    kinds: [],
  },
  {
    text: "She messaged me on Thursday. I didn't reply, and I've screenshotted it for you. I'd rather you hear it from me.",
    kinds: [],
  },
  {
    text: 'I just want to say, even if you never forgive me, you were right to leave that night.',
    kinds: [],
  },
  {
    text: "Honestly, I'd be paranoid too if I were you. That isn't a flaw in you, it's what my lying did.",
    kinds: [],
  },
  {
    text: "Your mum's comment was cruel, and she only said it because I handed her the ammunition. I'll ring her tomorrow.",
    kinds: [],
  },
  {
    text: "I got defensive in therapy today and I'm sorry. You were sharing something hard and I made it about me.",
    kinds: [],
  },
  { text: "I remember the date too. I won't pretend it's just a Tuesday.", kinds: [] },
  {
    text: "When you said you can't look at our wedding photos, something in me broke too. I'm not telling you so you'll comfort me, I just don't want to hide how much I understand it.",
    kinds: [],
  },
  {
    text: "It wasn't a one-off, you're right to call that out. It went on for four months and I'm done pretending otherwise.",
    kinds: [],
  },
  { text: "I'd love to give you a hug but only if you want one. No pressure either way.", kinds: [] },
  {
    text: "I've cancelled poker on Friday. Not as a punishment, just because you matter more than a card game.",
    kinds: [],
  },
  {
    text: "The old me would have said you're overreacting. You're not. You're reacting exactly as much as this deserves.",
    kinds: [],
  },
  {
    text: "bro i get it. if u need space tonight i can crash at marcus's and we talk tmrw after work, i promise i'll be there",
    kinds: [],
  },
  {
    text: "I can't answer that right now without getting heated. Can we take an hour? I'll knock on the study door at half seven and answer everything.",
    kinds: [],
  },
  {
    text: "Yeah I was drinking that night. I'd had five. I told you two, and that was a lie as well.",
    kinds: [],
  },
  {
    text: "You found the second phone in the glovebox. There's nothing I can say to make that smaller, and I'm not going to try.",
    kinds: [],
  },
  {
    text: "It is a lot of money. Thirty-two thousand. I'm not going to round it down. The full list is on the fridge.",
    kinds: [],
  },
  {
    text: 'Ja, I understand why you went quiet at the braai. Seeing her there must have been horrible. We can leave early next time, you just say the word.',
    kinds: [],
  },
  {
    text: 'I know the in-laws asking about the loan made you feel so small. That was my doing, not yours. I will speak to Papa myself this week.',
    kinds: [],
  },
  { text: "Yes, we did meet at the hotel. Twice. I know that's not what I told you in March.", kinds: [] },
  {
    text: "I'm scared of losing you, and I know that's my fear to carry, not yours to fix. What are you feeling right now?",
    kinds: [],
  },
  {
    text: "I don't think you're being dramatic. I think you're being honest, which is more than I was.",
    kinds: [],
  },
  {
    text: "Thank you for not letting me off the hook at the counsellor's. It stung, and I needed it.",
    kinds: [],
  },
  {
    text: "You're right, I checked out when you brought it up at dinner. I'm back now. Say it again and I'll listen properly.",
    kinds: [],
  },
  { text: "I'll sleep on the couch for as long as you want. There's no deadline from my side.", kinds: [] },
  {
    text: "Mate, I'm not going to pretend that was a slip. I hid the bottles behind the paint tins. That's planning, not a slip.",
    kinds: [],
  },
  {
    text: 'Me too I am feeling very ashamed when you tell me this. I will not make excuse. What you want me to do now, I will do.',
    kinds: [],
  },
  {
    text: "Grand, I'll come with you to the GP for the tests. I'm sorry you even have to think about that because of me.",
    kinds: [],
  },
  {
    text: 'You asked whether I deleted anything before you looked. I did, two threads. I should have said so yesterday.',
    kinds: [],
  },
  {
    text: "Honestly? I don't know why I kept the bracelet. I'll give it to you and you decide what happens to it.",
    kinds: [],
  },
  { text: "It's not a small thing to you, so it's not a small thing.", kinds: [] },
];
