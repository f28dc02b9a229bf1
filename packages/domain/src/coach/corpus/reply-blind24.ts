import type { CorpusItem } from './corpus-item';
// Written for blind24 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const REPLY_BLIND24: readonly CorpusItem[] = [
  // ---- flawed: defensive ----
  {
    text: 'i never said i was at the gym, i said i MIGHT go. stop putting words in my mouth',
    kinds: ['defensive'],
  },
  { text: 'That is not how it went and you know it. She messaged me first.', kinds: ['defensive'] },
  { text: 'I already answered that three times tonight, Dana.', kinds: ['defensive'] },
  { text: 'im not some monster ok. i made a mistake but im not a monster', kinds: ['defensive'] },
  {
    text: "I hear you about the supermarket, and I'm really sorry that song came on while you were in the queue, that must have knocked the wind out of you. For the record I never actually took her there, it was the other Tesco, but I get why it hit you. Do you want me to come and get you?",
    kinds: ['defensive'],
  },
  {
    text: "With respect, the bank statement you screenshotted doesn't show what you think it shows. Half of those are transfers between my own accounts.",
    kinds: ['defensive'],
  },
  {
    text: 'i dont know why you keep asking about the phone. i told you what was on it. what more do u want me to say',
    kinds: ['defensive'],
  },
  { text: 'Is that really what you think of me? After eleven years?', kinds: ['defensive'] },
  {
    text: "I didn't lie about the drinking, I just didn't mention every single one. There's a difference.",
    kinds: ['defensive'],
  },
  {
    text: "Ah here, I wasn't hiding the account. The statements came to the house in my name, same as always, there was no secret about it.",
    kinds: ['defensive'],
  },
  { text: "That's not fair. I've done everything the counsellor asked. Everything.", kinds: ['defensive'] },
  { text: "I'm a good dad. Whatever else I did, don't drag that into it.", kinds: ['defensive'] },
  {
    text: 'cant sleep either. i keep thinking about what you said at dinner. i know i hurt you and ill keep saying sorry as long as it takes. but i need you to know i did NOT meet him at the hotel, we only ever met at his flat, i swear on my mum. love you x',
    kinds: ['defensive'],
  },
  {
    text: "Mate I've told you, the app was already on the phone when I bought it second hand. I don't even know how to use it.",
    kinds: ['defensive'],
  },
  {
    text: "I'm not going to apologise for something I didn't do. I never deleted those messages.",
    kinds: ['defensive'],
  },
  { text: 'you make it sound like i planned it for months. it wasnt like that at all', kinds: ['defensive'] },
  // ---- flawed: minimizing ----
  { text: 'babe it was a couple of texts, nothing physical ever happened', kinds: ['minimizing'] },
  { text: "It's a bit much to be crying in Aldi over a perfume, no?", kinds: ['minimizing'] },
  {
    text: "Honestly the debt is like 4k, people have way bigger credit cards than that. We'll be fine.",
    kinds: ['minimizing'],
  },
  { text: "It was a kiss. I know it was wrong but it was a kiss, that's it.", kinds: ['minimizing'] },
  { text: 'I think you might be reading a lot into one photo.', kinds: ['minimizing'] },
  { text: "Lots of guys look at that stuff. It's not like I was meeting anyone.", kinds: ['minimizing'] },
  {
    text: 'Arre, why you are taking so much tension over small small things? It was some chatting only, nothing more.',
    kinds: ['minimizing'],
  },
  {
    text: "Thank you for telling me the anniversary was hard. I should have planned something, and I'm sorry I left it all to you. I know it's tangled up with what happened, even though realistically it was a few weeks out of eighteen years, and I want to make the next one different. Can we talk at the weekend about what you'd like?",
    kinds: ['minimizing'],
  },
  {
    text: "You're spiralling a bit. Deep breath. It's one missed call from an old number.",
    kinds: ['minimizing'],
  },
  { text: 'a flutter on the horses isnt a crime love', kinds: ['minimizing'] },
  { text: "it's been blown way out of proportion tbh", kinds: ['minimizing'] },
  {
    text: "Shame, I know you're cross, but it was a few drinks at Jason's braai, it's not like I was paralytic.",
    kinds: ['minimizing'],
  },
  { text: "Don't be so dramatic, I was home by twelve.", kinds: ['minimizing'] },
  {
    text: "Most couples go through something like this at some point, I read that somewhere. We're pretty normal really.",
    kinds: ['minimizing'],
  },
  {
    text: "Hun you're being paranoid, he's a colleague. I sit next to him, that's literally it.",
    kinds: ['minimizing'],
  },
  { text: 'It was a dating app, not a second family.', kinds: ['minimizing'] },
  {
    text: "I know tonight was a lot and I'm not trying to get out of talking about it. You asked me straight and I answered straight, which is the least you deserve. I'll say this once and then I'll listen: it was a handful of messages on an app I barely opened, and I think in your head it's grown into this enormous thing. Anyway. I'm here, ask me anything.",
    kinds: ['minimizing'],
  },
  // ---- flawed: counter_attack ----
  {
    text: 'what about when you were texting your ex last christmas? or does that not count',
    kinds: ['counter_attack'],
  },
  { text: "You're not exactly easy to live with either.", kinds: ['counter_attack'] },
  { text: "You always bring this up when you're losing an argument.", kinds: ['counter_attack'] },
  {
    text: "Funny how you only remember this stuff when your mother's been round.",
    kinds: ['counter_attack'],
  },
  { text: 'Must be nice never having done anything wrong in your whole life.', kinds: ['counter_attack'] },
  {
    text: "I know I lied about the money and I'm not going to pretend otherwise, you deserved the truth from day one. I'm working with the debt adviser and I'll show you every statement. It would help if you could stop spending like nothing's changed, though, because the shopping bags in the hall don't exactly help. I love you and I'm trying.",
    kinds: ['counter_attack'],
  },
  { text: "you want honesty? fine. you've been cold to me for years.", kinds: ['counter_attack'] },
  {
    text: "Maybe if you spent less time on my phone and more time with the kids, we'd actually get somewhere.",
    kinds: ['counter_attack'],
  },
  { text: "you're using the kids against me now. that's low.", kinds: ['counter_attack'] },
  {
    text: 'You also are not perfect wife. You shout to me in front of my family, this also is hurt. Why only my mistake we talk?',
    kinds: ['counter_attack'],
  },
  { text: 'Do you ever ask yourself why you need to punish me every single day?', kinds: ['counter_attack'] },
  { text: "Pot, kettle. You had a whole Instagram account I didn't know about.", kinds: ['counter_attack'] },
  {
    text: 'Every time I try, you slam the door in my face. Maybe have a look at that.',
    kinds: ['counter_attack'],
  },
  {
    text: 'Righto, and who was it that shot off with the footy boys for a whole weekend without a word? Yeah.',
    kinds: ['counter_attack'],
  },
  { text: "you're enjoying this aren't you", kinds: ['counter_attack'] },
  { text: 'It takes two to wreck a marriage, Helen.', kinds: ['counter_attack'] },
  { text: 'Honestly, you reading my messages is its own kind of betrayal.', kinds: ['counter_attack'] },
  // ---- flawed: justification ----
  { text: 'I was so lonely that year. You were never home.', kinds: ['justification'] },
  {
    text: "It happened because we'd stopped talking. I'm not saying that makes it okay.",
    kinds: ['justification'],
  },
  { text: "You know what work was like then. I wasn't thinking straight.", kinds: ['justification'] },
  { text: 'i was wasted, i didnt even know what i was doing', kinds: ['justification'] },
  {
    text: 'I only started betting because I wanted to fix the money before you noticed.',
    kinds: ['justification'],
  },
  {
    text: 'I kept the debts from you to protect you. You had enough on your plate with your dad.',
    kinds: ['justification'],
  },
  { text: 'Porn was the only way I could switch off after the night shifts.', kinds: ['justification'] },
  {
    text: "I do this because in that time I feel you don't love me anymore, you always tired, always on phone, I am like furniture in the house.",
    kinds: ['justification'],
  },
  {
    text: 'He understood the stuff with my dad in a way nobody else did at the time.',
    kinds: ['justification'],
  },
  { text: 'After Mum died I went off the rails a bit, I think you know that.', kinds: ['justification'] },
  {
    text: 'Dear Rob, thank you for your letter. I have read it several times. You are right that I owe you a full account, and I will give you one when we see Dr Amin on Thursday. I would only ask you to remember that I was under enormous pressure at the firm that spring, and that I was not myself. None of this is your fault.',
    kinds: ['justification'],
  },
  { text: 'it started as a way to deal with stress and it got out of hand', kinds: ['justification'] },
  {
    text: "Our marriage had been dead for a long time before any of this, if we're being honest.",
    kinds: ['justification'],
  },
  {
    text: 'Tbh I think part of me wanted to get caught. I wanted you to finally see how unhappy I was.',
    kinds: ['justification'],
  },
  // ---- flawed: rushing ----
  { text: 'can we not do this tonight, i have work at 6', kinds: ['rushing'] },
  { text: "It's been two years. At some point we have to move forward.", kinds: ['rushing'] },
  { text: 'How long is this going to take? Honestly, I need a rough idea.', kinds: ['rushing'] },
  { text: "Let's just draw a line under it, yeah?", kinds: ['rushing'] },
  { text: 'i said sorry. can we drop it now', kinds: ['rushing'] },
  {
    text: "I'm really glad you told me about the dream, and I'm sorry it left you shaky all morning. It makes sense your brain is still processing everything. I was thinking we could go to the coast on Saturday, just us, and leave all of this behind us for good, a proper fresh start. What do you reckon?",
    kinds: ['rushing'],
  },
  { text: "It's in the past. I'm not that person anymore.", kinds: ['rushing'] },
  { text: 'Can we please have one normal weekend without this coming up', kinds: ['rushing'] },
  { text: "Mum's coming Sunday, so can we have it all sorted and put away by then?", kinds: ['rushing'] },
  { text: 'I thought we were past this', kinds: ['rushing'] },
  {
    text: 'Please, we finish with this topic now. Already we talk many times, is enough.',
    kinds: ['rushing'],
  },
  { text: "Not this again. It's 1am.", kinds: ['rushing'] },
  {
    text: 'I think it would be healthier for both of us if we set a date after which we stop revisiting the details.',
    kinds: ['rushing'],
  },
  { text: 'You said you forgave me. So why are we still here?', kinds: ['rushing'] },
  { text: "I'd love it if we could just get back to how things were before.", kinds: ['rushing'] },
  {
    text: 'cmon its our anniversary, can we give the whole affair thing a rest for one night',
    kinds: ['rushing'],
  },
  { text: 'Time to let it go, sweetheart. For both our sakes.', kinds: ['rushing'] },
  {
    text: "Okay I've read it all. I'm not going to argue with any of it, you're right about the lies, you're right about Christmas, you're right that I should have told your dad myself. I'm sorry for all of it. I just think we're going to have to find a way to stop living in it at some point, for the kids if nothing else. Love you.",
    kinds: ['rushing'],
  },
  // ---- flawed: two kinds ----
  {
    text: 'Please, I am not liar in everything. Only this one thing I hide, the other things I tell you is true always.',
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: "I want to gently push back on the idea that I've been dishonest throughout the whole marriage. There was one period where I wasn't truthful, and I think it's important we're accurate about that.",
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: "I get you're upset but calling it an affair is a stretch. We had lunch twice.",
    kinds: ['defensive', 'minimizing'],
  },
  {
    text: "What did you expect me to do, we hadn't slept together in over a year.",
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "I lied about the drinking because I knew you'd react exactly like this.",
    kinds: ['justification', 'counter_attack'],
  },
  {
    text: "I was in a really dark place and she was there. That's all it was.",
    kinds: ['justification', 'minimizing'],
  },
  { text: 'It was one night, three years ago. We need to let it go.', kinds: ['minimizing', 'rushing'] },
  { text: 'You just love dragging this up. Can we move on for once?', kinds: ['counter_attack', 'rushing'] },
  {
    text: "I've answered every question you've ever asked. There's nothing left to say, so let's stop.",
    kinds: ['defensive', 'rushing'],
  },
  {
    text: "I didn't lie, you just never asked. If you'd ever looked at the joint account you'd have seen it yourself.",
    kinds: ['defensive', 'counter_attack'],
  },
  {
    text: "You're acting like I killed someone. You flirt with waiters all the time.",
    kinds: ['minimizing', 'counter_attack'],
  },
  {
    text: 'i was lonely, it happened, its done. we cant keep going round in circles every night',
    kinds: ['justification', 'rushing'],
  },
  {
    text: "I'm not a cheater, Sam. I was in a terrible place after losing the job and I made a bad call.",
    kinds: ['defensive', 'justification'],
  },
  {
    text: 'the betting was mostly to unwind after work, its not like i lost the house',
    kinds: ['minimizing', 'justification'],
  },
  // ---- clean ----
  { text: "I'm so sorry. I'm coming home now. Stay on the phone with me if you want.", kinds: [] },
  {
    text: "You're right to be angry. I lied to you for months about the money and you found out from a letter. That's on me.",
    kinds: [],
  },
  { text: "i'm here. take as long as you need, i'm not going anywhere", kinds: [] },
  {
    text: "I'm not going to tell you you're overreacting. You found out your husband had a second phone. Of course you're shaking.",
    kinds: [],
  },
  {
    text: "You asked if it was only once. It wasn't. It was four times, between March and May. I'm sorry I let you believe otherwise.",
    kinds: [],
  },
  { text: "I was drunk that night, but that's not why it happened. I chose it.", kinds: [] },
  {
    text: 'I never want you to feel like you have to hide being upset from me. Tell me anything, any time.',
    kinds: [],
  },
  {
    text: "You don't have to forgive me. Not now, not ever, if you can't. I'll still be here doing the work.",
    kinds: [],
  },
  {
    text: "I know you're scared I'll ask you to 'move on'. I won't. This takes the time it takes.",
    kinds: [],
  },
  {
    text: "I feel ashamed reading this, and that's mine to deal with, not yours. What you're feeling makes complete sense.",
    kinds: [],
  },
  { text: "That song. God, I'm sorry. Do you want me to pick you up from the shop?", kinds: [] },
  {
    text: "I need twenty minutes to calm down because I can feel myself getting defensive, and you don't deserve that. I'll come back and we'll finish this, I promise.",
    kinds: [],
  },
  {
    text: "You always deserved the truth. I'm sorry it took you finding the statements for me to give it.",
    kinds: [],
  },
  { text: "It's not in the past for you, and that means it's not in the past for us.", kinds: [] },
  { text: 'Just tell me what you need tonight. Space, company, answers, any of it.', kinds: [] },
  {
    text: "If you want to see the messages, I'll show you all of them. I'm not going to argue about it.",
    kinds: [],
  },
  {
    text: 'I understand you are very hurt. I lie to you about the casino and this is my fault, not yours. I will go with you to the meeting on Tuesday, I promise.',
    kinds: [],
  },
  { text: 'still awake. you can call me if you want. or not. either is ok x', kinds: [] },
  {
    text: "I read your message three times before answering because I didn't want to rush it. You said that seeing her name in the school newsletter made you feel sick and then angry at yourself for feeling sick. I don't think you should be angry at yourself at all. That reaction is because of what I did. I'm going to email the school about changing the twins' pick-up so you don't have to see her, and if you want to talk tonight I'm here.",
    kinds: [],
  },
  {
    text: "What I'm hearing is that the anniversary felt like a lie, because last year's was during the affair. That makes sense to me. I'd like to hear more if you're willing.",
    kinds: [],
  },
  { text: "Sorry isn't enough, I know that. I'm not saying it to close the conversation.", kinds: [] },
  {
    text: 'Because I lied, you have every reason to check. Keep checking for as long as you need.',
    kinds: [],
  },
  {
    text: "You're not paranoid. You were right the whole time, and I told you that you were imagining things. I'm so sorry I did that to you.",
    kinds: [],
  },
  {
    text: "Ah love. I'm so sorry. That's a rotten thing to walk into on a Tuesday. Come here to me, I'll put the kettle on and you can tell me all of it.",
    kinds: [],
  },
  {
    text: "Fair enough you're filthy with me, you've every right. I'll be home in twenty and I'll take the kids to the park so you can have a breather if you want.",
    kinds: [],
  },
  {
    text: 'You are correct, I hid the loan from you and from your parents also. I will tell them myself this weekend, you should not have to do it.',
    kinds: [],
  },
  {
    text: "I know I said 'it was just texting' back in March. That was me minimising, and it was wrong. It was an affair.",
    kinds: [],
  },
  {
    text: "You've never once been the cause of this. Not the hours you worked, not the baby, nothing.",
    kinds: [],
  },
  { text: 'I used to say you overreact. I was wrong, and I was saying it to protect myself.', kinds: [] },
  {
    text: "Yes, I did take her to the restaurant we went to for your birthday. Once. I'm sorry, I know that's awful to hear.",
    kinds: [],
  },
  { text: 'How are you doing right now? Not in general, right now.', kinds: [] },
  { text: "Thank you for telling me instead of holding it in. I know that wasn't easy.", kinds: [] },
  {
    text: "I'm lonely without you in the house, but that's the consequence of what I did and I'm not asking you to fix it.",
    kinds: [],
  },
  {
    text: "You asked if I'd ever do it again. I can't make you believe me, but no. And I'll keep showing you that rather than just saying it.",
    kinds: [],
  },
  {
    text: 'Of course it still hurts. It was only eight months ago, and it broke eleven years of trust.',
    kinds: [],
  },
  { text: "I'll cancel the trip. It's not worth you feeling like this.", kinds: [] },
  { text: "you don't have to be ok. i'm not going to rush you", kinds: [] },
  { text: "I won't say 'get over it'. I said that once and I hate that I did.", kinds: [] },
  { text: 'I hear you. The lying about the drinking hurt more than the drinking. I get that.', kinds: [] },
  {
    text: "I'm not asking you to be calm or fair about this. Be angry, be messy, whatever you need.",
    kinds: [],
  },
  {
    text: "What about you? How are you holding up? I've been going on about the counselling all evening and didn't even ask.",
    kinds: [],
  },
  {
    text: "The past isn't something I get to close the door on. You decide when we talk about it.",
    kinds: [],
  },
  {
    text: "Dear Margaret, I received your letter and I have read it carefully. You are right on every point. I deceived you for the better part of two years about the investments, and I let you believe the losses were the market's fault. I am ready to answer any question you have, in writing or in person, and I will sign whatever the adviser recommends.",
    kinds: [],
  },
  {
    text: "If you need to go to your sister's for a few days, go. I'll hold the fort and I'll be here when you're ready.",
    kinds: [],
  },
  {
    text: "I'm sorry you had to see that notification. I'll delete the account in front of you tonight.",
    kinds: [],
  },
  { text: "There's no excuse. I've tried to find one in my own head and there isn't one.", kinds: [] },
  { text: "Never again will I ask you to keep your voice down when you're talking about this.", kinds: [] },
  { text: "I am so sorry my love. You don't do nothing wrong. I am the one who break this.", kinds: [] },
  {
    text: 'i saw your text. im not going to sleep on it, im getting up. want me to come sit with you downstairs?',
    kinds: [],
  },
  {
    text: "You're allowed to be angry about this for as long as it lasts. I'm not putting a clock on it.",
    kinds: [],
  },
  {
    text: 'I told you it was only once because I was scared. It was more than that and you deserve the whole truth.',
    kinds: [],
  },
  { text: "Tell me what happened at the supermarket. I'm listening.", kinds: [] },
  {
    text: "I know Christmas at your mum's is going to be hard with everyone knowing. I'll be by your side all day, and if you want to leave early we leave.",
    kinds: [],
  },
  {
    text: "Your mum has every right to hate me. I'm not going to defend myself to her or to you.",
    kinds: [],
  },
  {
    text: "Move on? No. I don't want you to skip past this, I want us to get through it properly.",
    kinds: [],
  },
  {
    text: "Yes. I lied about seeing Kev. I told you I was at the gym and I was at his. I'm sorry.",
    kinds: [],
  },
  {
    text: "Babe I get it. Seeing Grindr on some guy's phone on the train would have wrecked me too, after what I did. Want me to meet you off the train?",
    kinds: [],
  },
  {
    text: "You asked whether she ever stayed over when you were at your mum's. Yes, twice. I should have told you when you first asked.",
    kinds: [],
  },
  {
    text: "Sorry, I'm rubbish at writing this stuff. But I read every word you sent and I understand why you're hurting.",
    kinds: [],
  },
  { text: "I just want you to know I'm not going anywhere, however long this takes.", kinds: [] },
  { text: "That sounds awful. I'm sorry I'm the reason a stranger's perfume can do that to you.", kinds: [] },
  {
    text: "You said I always disappear when you bring it up. You're right, I do. I'm going to stay in the room this time.",
    kinds: [],
  },
  {
    text: "Thank you for telling me about the payday loan letter before you opened it. I'll sit with you and we'll open it together.",
    kinds: [],
  },
  { text: "I'm tired too, but this matters more than sleep. Talk to me.", kinds: [] },
  { text: 'Nobody who found what you found would be overreacting. Not one person.', kinds: [] },
  {
    text: "I notice I want to explain, and I'm going to not do that. I'm going to say: you're right, and I'm sorry.",
    kinds: [],
  },
  {
    text: "Because of me, you can't trust your own instincts anymore. That's one of the worst parts of this and I know it.",
    kinds: [],
  },
  { text: "No, I don't think you're crazy. You noticed something was off and you were right.", kinds: [] },
  {
    text: "I'm angry at myself, not at you. Please don't read my quiet as being annoyed with you.",
    kinds: [],
  },
  { text: "I'll ring the bank first thing and get your name on every account.", kinds: [] },
  {
    text: "Ag, I'm so sorry, my love. You shouldn't have had to hear it from Thandi at work. I should have told you myself. Can I come round after my shift?",
    kinds: [],
  },
  { text: "Drunk or not, I made that choice. I'm not going to hide behind the wine.", kinds: [] },
  {
    text: "You're right that I can't promise the kids won't find out. I can promise I'll tell them the truth with you, in a way that fits their age, when you're ready and not before.",
    kinds: [],
  },
  {
    text: "Your dad's right to be cold with me at lunch. I'll take it. You don't need to protect me from him.",
    kinds: [],
  },
  {
    text: "There's no timeline on being close again. If you never want to, we'll talk about that honestly, but I won't pressure you.",
    kinds: [],
  },
  {
    text: "I don't expect you to forgive me because I did the course. I did it because I needed to change.",
    kinds: [],
  },
  {
    text: "I keep wanting to say that it meant nothing, and I know why that's tempting: it makes it sound smaller. But it did mean something, that's why it's so bad. It meant I was willing to lie to you every single day. I'm not going to soften that. Ask me whatever you want.",
    kinds: [],
  },
  { text: 'The only person who should feel ashamed here is me.', kinds: [] },
  { text: 'im sorry. im awake. im here.', kinds: [] },
  {
    text: "I read your message. You are right. I was not honest about my ex, she was not 'just friend'. Tomorrow I show you all the chat, and if you want, I block her in front of you.",
    kinds: [],
  },
  { text: 'You never asked for any of this.', kinds: [] },
  {
    text: "If it helps to ask the same question again, ask it again. I'll answer it the same way, honestly, every time.",
    kinds: [],
  },
  { text: "I'm not going to pretend I don't know why you're upset. I do.", kinds: [] },
  {
    text: "You're right, I said I'd stopped and I hadn't. I've put the self-exclusion on today and sent you the screenshot.",
    kinds: [],
  },
  {
    text: "I want to fix this tonight, but that's about my discomfort, not what you need. So tell me what you need.",
    kinds: [],
  },
  {
    text: "You said it feels like it's never going to be in the past. It's okay that it doesn't feel that way. I'll keep showing up.",
    kinds: [],
  },
  {
    text: "Sorry it took me so long to reply. I wanted to think instead of reacting. You're right about the lie.",
    kinds: [],
  },
  { text: "You said you felt lonely in the same bed as me. I did that. I'm so sorry.", kinds: [] },
  { text: "I'm glad you told your therapist. You deserve someone in your corner who isn't me.", kinds: [] },
  {
    text: "I understand why finding the history made you feel like you weren't enough. That's not true, and it's also not on you to believe me right now. I'll keep going to the group.",
    kinds: [],
  },
  {
    text: "You always said you'd leave if I ever cheated. Whatever you decide now, I'll respect it.",
    kinds: [],
  },
  {
    text: "Okay. I'm raising my voice and I don't want to. I'm going to stop, sit down, and listen. Go on.",
    kinds: [],
  },
  { text: "Yes, she was at the conference in Leeds. I told you she wasn't. I'm sorry.", kinds: [] },
];
