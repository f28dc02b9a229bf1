import type { CorpusItem } from './corpus-item';

// Written for blind21 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const APOLOGY_BLIND21: readonly CorpusItem[] = [
  {
    text: "I know I messaged her. I'm sorry. But you'd stopped looking at me months ago and I think part of you knows that.",
    kinds: ['blame_shift'],
  },
  {
    text: "sorry about the texts with jess. honestly if you'd been home more it never would of started",
    kinds: ['blame_shift'],
  },
  {
    text: 'I apologise for the betting. Our house had become so tense that I needed somewhere to escape, and we both let it get that way.',
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry I lied about the drinking. You get so angry whenever I have a beer that hiding it felt like the only option.",
    kinds: ['blame_shift'],
  },
  {
    text: "I am sorry for the affair, but our marriage had been dead for a long time before Tom came along. It didn't come out of nowhere.",
    kinds: ['blame_shift'],
  },
  {
    text: 'Sorry for keeping the second phone. You check everything I do, so of course I wanted one thing that was mine.',
    kinds: ['blame_shift'],
  },
  {
    text: "I shouldn't have hidden the loan. Then again, you made it very clear you didn't want to hear about money problems, so I stopped telling you.",
    kinds: ['blame_shift'],
  },
  {
    text: "I regret what happened with Priya. We'd both checked out of this marriage, you included, and I went looking for what I wasn't getting at home.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I lied about losing the job. You put so much pressure on me to be the provider that I couldn't face telling you.",
    kinds: ['blame_shift'],
  },
  {
    text: "i'm sorry for the porn thing. but you've not been interested in me for ages so what did you expect",
    kinds: ['blame_shift'],
  },
  {
    text: "Sorry I kept talking to my ex. You were the one who said we needed space, so I didn't think I owed you a report on every conversation.",
    kinds: ['blame_shift'],
  },
  { text: "I'm sorry for my part in all of it.", kinds: ['vague', 'blame_shift'] },
  {
    text: "I'm sorry if you were hurt, but you have to admit you weren't exactly around much.",
    kinds: ['conditional', 'blame_shift'],
  },
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  {
    text: 'If anything I said or did over the last year upset you, I apologise for that.',
    kinds: ['conditional'],
  },
  { text: 'sorry if hiding the overdraft has stressed you out', kinds: ['conditional'] },
  { text: "If I've let you down, I'm sorry, genuinely.", kinds: ['conditional'] },
  { text: "To whatever extent my drinking has affected you, I'm sorry.", kinds: ['conditional'] },
  { text: 'If my gambling has put a strain on the family then I want to say sorry.', kinds: ['conditional'] },
  { text: "I'm sorry if I crossed a line with Kemi at the retreat.", kinds: ['conditional'] },
  {
    text: 'Should anything I have done have caused you pain, please know that I am sorry.',
    kinds: ['conditional'],
  },
  { text: "if i made you feel like you weren't enough then im sorry babe", kinds: ['conditional'] },
  { text: 'I apologise if lying about the job made things harder for you.', kinds: ['conditional'] },
  { text: "I'm sorry if you feel I betrayed you.", kinds: ['conditional', 'non_apology'] },
  {
    text: "Sorry if the betting worried you. Let's not dwell on it, it's done.",
    kinds: ['conditional', 'pressure'],
  },
  { text: "I'm sorry you feel so hurt by all this.", kinds: ['non_apology'] },
  { text: "I'm sorry you had to find out from her sister.", kinds: ['non_apology'] },
  {
    text: "I've said sorry a hundred times. What more do you actually want from me?",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry you saw those messages. I never wanted you to see that.", kinds: ['non_apology'] },
  { text: "Sorry that you're upset about the betting.", kinds: ['non_apology'] },
  {
    text: "honestly i wish you'd never found out, it would've saved us both all this",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry you feel like you can't trust me anymore.", kinds: ['non_apology'] },
  {
    text: "I don't know how many ways there are to say sorry. Tell me what you want me to say and I'll say it.",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry the bank letter came when it did. That was really bad luck.", kinds: ['non_apology'] },
  { text: "Fine, I'm sorry. Happy now?", kinds: ['non_apology'] },
  { text: "I'm sorry this whole situation has upset you.", kinds: ['non_apology', 'vague'] },
  {
    text: "I'm sorry you're upset, but honestly I'm the one who's been falling apart.",
    kinds: ['non_apology', 'self_focus'],
  },
  { text: "I'm sorry. It was only a few messages and it never went anywhere.", kinds: ['minimizing'] },
  {
    text: "I know I shouldn't have kissed him but it was one kiss, nothing else happened.",
    kinds: ['minimizing'],
  },
  {
    text: "Sorry about the overdraft. It's a couple of grand, we'll have it paid off by summer.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I watched that stuff. Loads of guys do it, it's not like I was cheating.",
    kinds: ['minimizing'],
  },
  {
    text: 'sorry i had a few drinks when i said i wouldnt. it was literally two pints',
    kinds: ['minimizing'],
  },
  {
    text: 'I apologise for the app. I never met anyone from it, it was just chatting.',
    kinds: ['minimizing'],
  },
  { text: "It meant nothing to me, I swear. I'm sorry I slept with her.", kinds: ['minimizing'] },
  {
    text: "I'm sorry I've still been texting my ex a bit. We're basically just mates now.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry, it was a stupid lapse, one night out of eleven years together.",
    kinds: ['minimizing'],
  },
  {
    text: "I know it looks bad but it was an emotional thing only, nothing physical ever happened between us. I'm sorry.",
    kinds: ['minimizing'],
  },
  {
    text: "Sorry for whatever went on while I was drinking, I know it wasn't great.",
    kinds: ['vague', 'minimizing'],
  },
  {
    text: "It was just a bit of texting because I was bored and lonely, I'm sorry.",
    kinds: ['minimizing', 'justification'],
  },
  {
    text: "I'm sorry I slept with Ada. I was alone in Abuja for six months and I was so lonely I couldn't think straight.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I lied about the drinking. Work has been crushing me and it was the only thing that took the edge off.",
    kinds: ['justification'],
  },
  {
    text: "Sorry for hiding the debt. I did it because I didn't want to worry you while your mum was sick.",
    kinds: ['justification'],
  },
  {
    text: "I'd had far too much to drink at the Christmas party and I honestly wasn't myself. I'm so sorry.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry about the betting. I was trying to win back what I'd lost so you'd never have to know.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I went back on that site. I've been under huge stress with the exams and it's how I cope.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I kept in touch with Claire. She was going through a divorce and needed someone, I couldn't just cut her off.",
    kinds: ['justification'],
  },
  {
    text: "Sorry about the second phone. With my job I've always needed a separate number, so having one didn't feel like hiding anything.",
    kinds: ['justification'],
  },
  {
    text: "My dad had just died and I wasn't in my right mind when I slept with Sipho. I'm sorry.",
    kinds: ['justification'],
  },
  { text: "I'm sorry. The meds I was on made me do things I'd never normally do.", kinds: ['justification'] },
  {
    text: "I'm sorry about Jen. I'd been so stressed I didn't know what I was doing, and honestly I'm a wreck now too.",
    kinds: ['justification', 'self_focus'],
  },
  {
    text: "I'm sorry. I haven't slept properly in weeks, I feel sick all the time, I can't even look at myself.",
    kinds: ['self_focus'],
  },
  { text: "You have no idea how much I hate myself right now. I'm sorry.", kinds: ['self_focus'] },
  {
    text: "I'm sorry about the affair. This has been the worst month of my life, honestly I don't know how much more I can take.",
    kinds: ['self_focus'],
  },
  {
    text: "sorry for everything. im a mess, ive lost my job, my mates wont talk to me, i've got nothing left",
    kinds: ['self_focus'],
  },
  {
    text: "I apologise for lying about the debt. The shame of it has been eating me alive and I'm barely functioning at work.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm so sorry. I keep crying in the car before I come in because I can't bear what I've become.",
    kinds: ['self_focus'],
  },
  {
    text: "I know I hurt you but I'm being punished too, every single day, my own head won't let me rest.",
    kinds: ['self_focus'],
  },
  {
    text: 'Sorry for the gambling. Nobody understands how hard it is to be me right now, with everyone looking at me like a criminal.',
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I lied. I've lost my best friend in you and I'm so lonely now, I don't know who to talk to.",
    kinds: ['self_focus'],
  },
  {
    text: "I feel like my whole world has collapsed since you found out. I'm sorry. I need you to know how much I'm suffering too.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry. Can we please just put this behind us now?", kinds: ['pressure'] },
  {
    text: "I've apologised, I've done the counselling. I need you to forgive me by the time we go to your parents at Christmas.",
    kinds: ['pressure'],
  },
  {
    text: "I'm truly sorry about the messages. Please don't let this ruin everything we've built — say we can move past it.",
    kinds: ['pressure'],
  },
  {
    text: "Sorry for the debt. For the kids' sake I think we should draw a line under it and get on with things.",
    kinds: ['pressure'],
  },
  {
    text: "I am sorry. It's been three months, surely we can start being normal again?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for what I did with Lena. I'm begging you, tell me tonight that you forgive me.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry about the job lie. I hope we can put it to bed this weekend and start fresh on Monday.",
    kinds: ['pressure'],
  },
  {
    text: "I apologise for the gambling. I've stopped now, so I'd like us to agree it's finished and not bring it up again.",
    kinds: ['pressure'],
  },
  {
    text: "Sorry I lied about seeing Rob. Let's not let this drag on, yeah? Life's too short.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry. I'm asking you to give me an answer by Friday on whether you can forgive me or not.",
    kinds: ['pressure'],
  },
  { text: "I'm sorry things got out of hand. Can we please just move on now?", kinds: ['vague', 'pressure'] },
  { text: "I'm sorry for everything that's happened.", kinds: ['vague'] },
  { text: 'Mistakes were made on my side and I regret them.', kinds: ['vague'] },
  { text: "I know some lines got crossed at the conference. I'm sorry for that.", kinds: ['vague'] },
  { text: 'Sorry for how things went with the money situation.', kinds: ['vague'] },
  { text: 'I apologise for the way things unfolded last year.', kinds: ['vague'] },
  { text: "Some things happened that shouldn't have, and I'm sorry.", kinds: ['vague'] },
  { text: 'sorry for the stuff with the phone n that', kinds: ['vague'] },
  { text: 'I regret that trust was broken between us.', kinds: ['vague'] },
  { text: "I'm sorry it got to the point it did with Kevin.", kinds: ['vague'] },
  { text: 'What happened at the hotel was wrong, and I apologise.', kinds: ['vague'] },
  {
    text: "I lied to you about where I was every Thursday for four months. I was with Sarah. There is no excuse, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I won't ask you to forgive me. I just want you to know I understand what I did and I'm not going to hide from it.",
    kinds: [],
  },
  { text: "I lied because I was a coward, and that's on me, not you.", kinds: [] },
  {
    text: "If you ever want to read the messages, they're yours. I'll hand you the phone whenever you ask.",
    kinds: [],
  },
  {
    text: "I ran up £14,000 on cards you didn't know existed and I lied every time you asked about the post. I'm sorry. I've put every statement on the kitchen table.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied about the drinking. You asked me straight out and I looked you in the eye and said no. That was a choice I made.",
    kinds: [],
  },
  { text: "I know “sorry” is only a word. I'll show you with what I do from here on.", kinds: [] },
  {
    text: 'i cheated on you with someone from work and i lied about it for months. you didnt deserve any of it. im sorry',
    kinds: [],
  },
  {
    text: "I hid that I'd lost my job and pretended to go to work for six weeks. You planned our budget around a salary that didn't exist. I'm so sorry for putting you in that position.",
    kinds: [],
  },
  { text: 'There\'s no "but" coming. I betrayed you and I\'m sorry.', kinds: [] },
  {
    text: "I kept talking to my ex behind your back and deleted the chats so you wouldn't see. That was deceitful, and it's mine to own.",
    kinds: [],
  },
  { text: "You don't have to move on on my timeline, or at all. I'm sorry for what I did.", kinds: [] },
  { text: "I made a choice, not a mistake. I chose to lie to you, over and over, and I'm sorry.", kinds: [] },
  {
    text: "I'm sorry for the gambling, and for the lies I told to cover it. I took money from our joint savings, money we'd put aside for the kids, and I hid it.",
    kinds: [],
  },
  {
    text: "The stress at work is not the reason I did it. I did it because I wanted to, and I'm ashamed of that.",
    kinds: [],
  },
  { text: "I'm not sorry you found out. I'm sorry I did it in the first place.", kinds: [] },
  { text: "Take all the time you need. Whatever you decide about us, I'll respect it.", kinds: [] },
  {
    text: 'I had an emotional affair with Nkechi. I told her things I should have been telling you, and I hid it from you. I am sorry.',
    kinds: [],
  },
  { text: 'If you want me to tell you everything, I will, every detail you ask for.', kinds: [] },
  { text: "I'm sorry. You trusted me with our money and I gambled it away and lied about it.", kinds: [] },
  {
    text: "I watched porn in secret after promising you I'd stopped, and I lied when you asked. I broke a promise I made to you, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I know it wasn't just one lie. It was hundreds of small ones, every day, and each one was a choice.",
    kinds: [],
  },
  {
    text: "You were right to be suspicious. I made you feel like you were going mad, and I'm so sorry for that.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair and for every time I told you that you were imagining things.",
    kinds: [],
  },
  { text: "I don't expect you to forgive me. I'm going to keep going to my meetings either way.", kinds: [] },
  { text: "Only I made this decision. Nobody else. I'm sorry.", kinds: [] },
  {
    text: "I've been lying about how much I drink for two years. I'm sorry for the lies and for the nights you lay awake wondering where I was.",
    kinds: [],
  },
  {
    text: "It wasn't “just a kiss”. I know I said that at first. I was trying to make it smaller than it was, and that was wrong.",
    kinds: [],
  },
  { text: "I'm sorry. I broke your trust and I broke promises I made in front of our families.", kinds: [] },
  {
    text: 'i know theres nothing i can say that fixes this. i slept with someone else and lied to you. im sorry and im here for however long it takes',
    kinds: [],
  },
  {
    text: "I hid the debt because I was ashamed of myself, but being ashamed doesn't make it okay. I should have told you, and I'm sorry.",
    kinds: [],
  },
  { text: "You asked me a direct question in March and I lied. I'm sorry.", kinds: [] },
  { text: "Forgive me or don't — that's yours to decide, and I'll still be doing the work.", kinds: [] },
  {
    text: "I'm sorry I went to the casino again after I swore I wouldn't. I've signed up for self-exclusion today and I'll show you the letter.",
    kinds: [],
  },
  {
    text: "Just so you know, I've told my sponsor everything, including the bit I was too ashamed to say to you last night: I had been drinking at the wedding. I'm sorry.",
    kinds: [],
  },
  { text: "I hurt you badly. You didn't deserve to be lied to by the person you married.", kinds: [] },
  {
    text: "Please don't feel you need to reply to this. I'm sorry for the affair and the months of lies.",
    kinds: [],
  },
  { text: 'I messed up, and I mean I, not we.', kinds: [] },
  {
    text: "I kept up a relationship with my ex online for almost a year while telling you she was long gone. I'm sorry for all of it.",
    kinds: [],
  },
  {
    text: "I'm truly sorry. I lied to you about losing the job, and I let you worry about money in the dark.",
    kinds: [],
  },
  {
    text: "My stress doesn't excuse it. Lots of people are stressed and don't betray their partners.",
    kinds: [],
  },
  {
    text: 'I am very sorry for hiding my gambling from you. I have closed all the accounts and I have asked my brother to hold my bank card.',
    kinds: [],
  },
  {
    text: "I betrayed you with Chidi. I lied to your face about it for months. I'm sorry, and I understand if you need space from me.",
    kinds: [],
  },
  {
    text: "I'm sorry for making you feel stupid when you asked about the phone. You weren't stupid. I was lying.",
    kinds: [],
  },
  {
    text: "It's only been two weeks. I know this is going to take a long time and I'm not going anywhere.",
    kinds: [],
  },
  {
    text: "You asked if I'm only sorry because I got caught. It's a fair question. I should have told you myself, and I didn't.",
    kinds: [],
  },
  { text: "i'm sorry. what i did was wrong and i knew it was wrong while i was doing it", kinds: [] },
  {
    text: "I spent our holiday fund on betting and lied about it. I'm sorry. I know the kids were looking forward to that trip and it's my fault they won't go.",
    kinds: [],
  },
  {
    text: "If it helps to ask me the same questions again, ask. I'll answer them as many times as you need.",
    kinds: [],
  },
  {
    text: "I am sorry I deceived you. You gave me every chance to be honest and I didn't take one of them.",
    kinds: [],
  },
  {
    text: "I'm sorry for the secret account. I've added you to it and there's nothing in it I'm keeping from you now.",
    kinds: [],
  },
  {
    text: "I know moving on isn't something you can do on command, and I'm not going to ask you to.",
    kinds: [],
  },
  { text: "I cheated. I'm not going to dress it up. I'm sorry.", kinds: [] },
  {
    text: "Even though I was drunk, I chose to get drunk and I chose to go back to her room. That's on me.",
    kinds: [],
  },
  {
    text: "I'm sorry I brushed it off when you first found out. It was a huge betrayal and I called it a silly thing. It wasn't.",
    kinds: [],
  },
  {
    text: "Thank you for even reading this. I'm sorry for lying about the money, for the calls from debt collectors you had to take, and for the fear that came with them.",
    kinds: [],
  },
  {
    text: "I lied to you about my drinking, and when you found the bottles I blamed you for snooping. I'm sorry for both.",
    kinds: [],
  },
  {
    text: "I'm sorry for what I did to you and to us. I'll go to counselling on my own as well, starting this week.",
    kinds: [],
  },
  {
    text: 'I know it was more than just messages. It was closeness I gave to someone else that belonged to us.',
    kinds: [],
  },
  { text: "I'm ashamed of the lies. But my shame isn't the point — you are.", kinds: [] },
  {
    text: "Dear Aisling, I'm sorry for the affair with Conor and for all the lies I told to keep it going. You deserved honesty and I gave you the opposite.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid my porn use. I made you feel like you were the problem when it was mine.",
    kinds: [],
  },
  {
    text: "Only tell me you forgive me if you actually do. I'd rather wait than have you say it for my sake.",
    kinds: [],
  },
  {
    text: "When you're ready, and only if you want to, I'd like to tell you the whole truth about the debt in one go, with nothing left out.",
    kinds: [],
  },
  {
    text: "I lied about the job for two months because I couldn't face admitting I'd failed. That's an explanation, not an excuse. You deserved the truth on day one.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair. I know what it did to you, the nights you didn't sleep, the way you stopped eating. I did that.",
    kinds: [],
  },
  { text: 'I was wrong. Full stop.', kinds: [] },
  { text: "I won't go on about how bad I feel. This is about what I did to you.", kinds: [] },
  {
    text: "sorry for lying about the pokies. i lost about 9 grand and told you it was car repairs. i've rung gambling help and i'm going in tuesday",
    kinds: [],
  },
  { text: "I know an apology can't undo it. I'm still sorry, and I'm going to keep showing up.", kinds: [] },
  {
    text: "I'm sorry. I met up with James twice when I told you I was at my sister's. I lied to you, and I dragged her into the lie as well.",
    kinds: [],
  },
  { text: "Your anger makes sense. I'd be angry too. I'm sorry.", kinds: [] },
  { text: "There's no version of this where it's your fault. I did this.", kinds: [] },
  {
    text: "I'm so sorry, love. I kept a second phone to talk to her and lied to you every time you asked, and you deserved so much better from me.",
    kinds: [],
  },
  {
    text: "I take full responsibility for hiding the loans. I'll sit down with you and the financial adviser whenever suits you.",
    kinds: [],
  },
  {
    text: 'I am sorry, my dear. I hid from you that I had been sacked, and I borrowed from my uncle to pretend nothing had changed. It was deceitful and it was wrong.',
    kinds: [],
  },
  {
    text: "I'm not going to call it a one-off mistake, because it went on for months. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair. You can ask me anything, anytime, and I'll answer honestly.",
    kinds: [],
  },
  {
    text: "If you'd like me to move out for a while, I will. I'm sorry for what I've put you through.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied about going to the pub. I'd promised you I'd stopped and I broke that promise.",
    kinds: [],
  },
  {
    text: "I know I can't fix this with one message, but I'm sorry, and I'll keep saying it with my actions.",
    kinds: [],
  },
  {
    text: "I was unfaithful to you. I'm sorry for the pain that caused and for lying to you about it.",
    kinds: [],
  },
  { text: "Sorry doesn't cover it. I lied to you for a year about where our money was going.", kinds: [] },
  { text: "You are not overreacting. What I did was a big deal and I'm sorry.", kinds: [] },
  { text: 'The only person responsible for the affair is me.', kinds: [] },
  {
    text: "I've cancelled the cards and given you every password. It doesn't undo the lie, I know. I'm sorry.",
    kinds: [],
  },
  { text: "I should have ended it with her the first time you asked me to. I didn't. I'm sorry.", kinds: [] },
  {
    text: "I won't rush you. I'm sorry for the lies, and I'll be here when and if you want to talk.",
    kinds: [],
  },
  { text: "I'm sorry. I let you believe you were imagining it when you weren't.", kinds: [] },
  {
    text: 'It doesn\'t matter that it "only" happened once. Once was enough to break your trust, and I\'m sorry.',
    kinds: [],
  },
];
