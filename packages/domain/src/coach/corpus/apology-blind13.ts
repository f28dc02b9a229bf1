import type { CorpusItem } from './corpus-item';

// Written for the blind13 round by an outside writer who never saw the
// coaches' rules, lexicons or existing corpora.

export const APOLOGY_BLIND13: readonly CorpusItem[] = [
  {
    text: "I lied to you about the money for two years. There's no version of that where I come out okay, and I'm not looking for one. I'm sorry.",
    kinds: [],
  },
  { text: "I'm sorry if what I did upset you.", kinds: ['conditional'] },
  {
    text: "I'm sorry. Not sorry that you found out — sorry that I did it at all, and that I kept doing it.",
    kinds: [],
  },
  {
    text: "You asked me straight out in March if something was going on with Dana and I said no. That was a lie, and I chose it. I'm so sorry.",
    kinds: [],
  },
  { text: "I'm sorry you feel that way about the money.", kinds: ['non_apology'] },
  { text: 'i know sorry doesnt fix anything. but i am. and ill keep showing up', kinds: [] },
  { text: 'Sorry if I hurt you, that was never my intention.', kinds: ['conditional'] },
  { text: "I'm not going to ask you to forgive me. That's yours to decide, whenever or if ever.", kinds: [] },
  { text: "I'm sorry you had to find out like that.", kinds: ['non_apology'] },
  {
    text: "If you want to talk tonight I'm here, and if you'd rather not, I'll still be here tomorrow.",
    kinds: [],
  },
  {
    text: "It was just a few texts. Nothing physical ever happened and I'm sorry you're upset.",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "I hid the credit card statements in my work bag. I did that on purpose so you wouldn't see them. I'm sorry I made you doubt your own memory when you asked.",
    kinds: [],
  },
  { text: "Look, I'm sorry, okay? I don't know what more you want from me.", kinds: ['non_apology'] },
  {
    text: "I keep thinking about the night you called me and I said I was at the gym. I wasn't. I'm sorry for that lie and for every one that came after it.",
    kinds: [],
  },
  {
    text: "I'm sorry I cheated but you have to understand how lonely I was when you were always at your mum's.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "It wasn't just one mistake. It was months of choosing to lie to you, every day. I'm sorry.",
    kinds: [],
  },
  { text: "I was drunk, I barely remember it. I'm sorry.", kinds: ['justification'] },
  {
    text: 'You were never the reason. I was the one who opened that app and I was the one who kept going back.',
    kinds: [],
  },
  { text: "Mistakes were made on both sides and I'm sorry for my part.", kinds: ['vague', 'blame_shift'] },
  {
    text: "Sorry I snapped earlier when you asked about my phone. You have every right to ask, and I'll hand it over whenever you want.",
    kinds: [],
  },
  { text: "I'm sorry for everything.", kinds: ['vague'] },
  {
    text: "I've made an appointment with a debt counsellor for Thursday. I'm telling you because you deserve to know what I'm doing, not to earn points.",
    kinds: [],
  },
  {
    text: "Can we please just put this behind us now? I've said sorry a hundred times.",
    kinds: ['pressure', 'non_apology'],
  },
  {
    text: "I want to say this plainly: I had an affair with Marcus for eight months. I lied to you about where I was. I'm sorry.",
    kinds: [],
  },
  {
    text: "I've been so miserable since you found out. I can't sleep, I can't eat, I've lost a stone. I'm sorry.",
    kinds: ['self_focus'],
  },
  {
    text: "Apologies for the long text, I've been trying to write this for a week. I betrayed you. I told myself stories to make it okay and none of them were true. You did nothing to deserve it.",
    kinds: [],
  },
  { text: "I'm sorry. It only happened the once and I ended it straight away.", kinds: ['minimizing'] },
  { text: "Only you get to decide what happens next. I'll respect whatever it is.", kinds: [] },
  {
    text: "Work was crushing me and the betting was the only thing that switched my head off. I'm sorry I hid it.",
    kinds: ['justification'],
  },
  {
    text: "I always told you I'd never be like my dad, and then I did the exact thing he did. I'm ashamed, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I need you to forgive me by the time we go to your parents' at Easter, I can't pretend in front of them.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for the gambling, for the loan I took out in your name, and for telling you the letters were junk mail.",
    kinds: [],
  },
  { text: "Things happened that shouldn't have, and I regret how it all played out.", kinds: ['vague'] },
  { text: "I broke the promise I made at our wedding. I won't dress it up.", kinds: [] },
  { text: 'To whatever extent my choices caused you pain, I apologise.', kinds: ['conditional', 'vague'] },
  { text: "You don't owe me another chance. If you give me one, I'll spend it being honest.", kinds: [] },
  {
    text: "We'd stopped being a couple long before I met her, you know that as well as I do. But I'm sorry it ended up like this.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "Sorry to text while you're at work — no need to reply. Just wanted you to know I went to my first meeting today and I'm going again Friday.",
    kinds: [],
  },
  { text: "I'm sorry you saw the messages. I never wanted you to go through that.", kinds: ['non_apology'] },
  {
    text: "I was wrong to read your messages to your sister and then use them against you in that fight. That was cruel and I'm sorry.",
    kinds: [],
  },
  {
    text: "Honestly it meant nothing. She meant nothing. You're blowing it up into something it wasn't.",
    kinds: ['minimizing'],
  },
  { text: "The move-on part is up to you, not me. I'll be here doing the work either way.", kinds: [] },
  {
    text: "I'm sorry. I really am. But I'm a human being and I'm falling apart too, and nobody asks how I'm doing.",
    kinds: ['self_focus'],
  },
  { text: "I understand why you don't believe me right now. I haven't given you a reason to.", kinds: [] },
  {
    text: "I'm sorry I got caught up in something stupid. It was a rough patch for everyone.",
    kinds: ['vague', 'minimizing'],
  },
  {
    text: "I'm sorry I lied about the debt. I'm sorry I let you keep budgeting for groceries while I was spending it. That must have felt like being made a fool of, and that's on me.",
    kinds: [],
  },
  {
    text: "You kept checking my phone, so of course I started hiding things. I'm sorry it came to that.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "I'm sorry I moved money out of the joint account and let you think the bank had made an error.",
    kinds: [],
  },
  {
    text: "I've apologised, I've cut contact, I've done counselling. What else do you actually want me to do?",
    kinds: ['non_apology', 'pressure'],
  },
  {
    text: "I've been thinking about what you said, that the lying hurt more than the affair. I get that now. I lied to your face for a year and I'm sorry.",
    kinds: [],
  },
  {
    text: "Sorry if it seemed like I was lying about the account. I just didn't think it was a big deal to mention.",
    kinds: ['conditional', 'minimizing'],
  },
  { text: "There's no because. I did it, and I'm sorry.", kinds: [] },
  {
    text: "I'm sorry. It's been a really hard year for me with my dad being ill, and I wasn't myself.",
    kinds: ['justification'],
  },
  {
    text: "I know the past can't be undone. I'm sorry for what I did in it, and I'm trying to be someone you can trust now.",
    kinds: [],
  },
  { text: "Please say you forgive me. I can't go on like this.", kinds: ['pressure', 'self_focus'] },
  {
    text: "I deleted the account and gave you the password to everything else. That doesn't fix it, I know. I'm sorry.",
    kinds: [],
  },
  {
    text: 'It was only a couple of thousand, and I was going to pay it back before you ever noticed.',
    kinds: ['minimizing', 'justification'],
  },
  {
    text: "When you found the receipts, I told you they were for a client dinner. They weren't. I'm sorry I lied again even then.",
    kinds: [],
  },
  { text: "I'm sorry for whatever I did to make you feel this way.", kinds: ['vague', 'non_apology'] },
  { text: "I hurt you. Not 'if', not 'maybe'. I did.", kinds: [] },
  { text: "I'm sorry that things got so messed up between us.", kinds: ['vague'] },
  { text: "Forgive me or don't — I mean that gently. You get to choose, and I'll respect it.", kinds: [] },
  {
    text: "I think after six months we should be past the point of you bringing it up every day. I'm sorry, but I need us to move forward.",
    kinds: ['pressure'],
  },
  { text: 'Sorry, love. This was me. Not us, not you. Me.', kinds: [] },
  {
    text: "You stopped touching me years ago. I'm not saying it makes it okay, but it's why it happened.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I think about how you must have felt sitting in that car park reading those messages, and I hate that I put you there. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair. Honestly the guilt has been eating me alive and I've been having panic attacks at work.",
    kinds: ['self_focus'],
  },
  {
    text: "I was under a lot of stress at work that year, but that isn't why I did it. Loads of people are stressed and don't lie to their wives. I chose to.",
    kinds: [],
  },
  {
    text: "I'm sorry, I was just so stressed about the redundancy and I didn't know how to tell you, so I hid the debt.",
    kinds: ['justification'],
  },
  { text: "I'm sorry I spent our house deposit. That was our future and I treated it like mine.", kinds: [] },
  { text: 'Sorry if my behaviour came across as deceptive.', kinds: ['conditional', 'minimizing'] },
  { text: "The kids asked why you were crying last night. That was because of me and I'm sorry.", kinds: [] },
  {
    text: "Nothing happened. We kissed once at the party and that's it. I'm sorry you had to hear it from Kate.",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "I was drinking when I first messaged her, but I was sober for every message after that. I'm not going to hide behind the drink.",
    kinds: [],
  },
  {
    text: 'I messed up. Can we just have a nice weekend and not talk about it?',
    kinds: ['pressure', 'vague'],
  },
  {
    text: 'I want to tell you everything you want to know, whenever you want to know it. Ask me anything.',
    kinds: [],
  },
  {
    text: "If you'd told me you were unhappy with how I spent money, I'd have stopped. I'm sorry it got this far.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "I'm so sorry. You trusted me with the bills because you hate paperwork, and I used that against you.",
    kinds: [],
  },
  { text: 'I am sorry for any hurt that may have been caused.', kinds: ['vague', 'conditional'] },
  {
    text: "Hey. I know today's the anniversary of when you found out. I'm thinking of you and I'm sorry for all of it — the lies, the hotel, the months of pretending.",
    kinds: [],
  },
  {
    text: "I was in a dark place and reached for the wrong thing. I'm sorry.",
    kinds: ['justification', 'vague'],
  },
  { text: "I'm sorry I called you paranoid when you were right.", kinds: [] },
  {
    text: "I'm sorry I got found out before I could tell you myself. I was going to, honestly.",
    kinds: ['non_apology'],
  },
  {
    text: "I never should have let it get that far. Actually no — I never should have let it start. I'm sorry.",
    kinds: [],
  },
  {
    text: 'i said sorry already. i dont know why youre still bringing it up. its been weeks',
    kinds: ['pressure', 'non_apology'],
  },
  {
    text: "I know you need space this weekend. I'll take the kids to my mum's. No pressure to talk when we're back.",
    kinds: [],
  },
  {
    text: "I'm the one who has to live with this every day, you know. Every time I look in the mirror.",
    kinds: ['self_focus'],
  },
  {
    text: 'Dear Helen, I have been a coward. For eleven years I told you the business was doing well when it was sinking, and I borrowed against the house without telling you. You deserved a partner and I gave you a performance. I am sorry.',
    kinds: [],
  },
  {
    text: "It was an emotional thing, not a physical one, so it's not like I actually cheated. But I'm sorry you're hurt.",
    kinds: ['minimizing', 'non_apology'],
  },
  { text: "I'm sorry for lying about Jess. I told you she was just a colleague. She wasn't.", kinds: [] },
  {
    text: "I'm sorry. I just need to know if we're going to be okay by the end of the month, because I can't keep living in limbo.",
    kinds: ['pressure', 'self_focus'],
  },
  { text: "You didn't push me away. I walked.", kinds: [] },
  {
    text: "The truth is, when you went back to work full time, I felt invisible. That's not an excuse, just context. I'm sorry.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "I've started seeing someone about why I lie. I'll share what I learn if you want to hear it, and I won't if you don't.",
    kinds: [],
  },
  { text: "We both made choices we're not proud of.", kinds: ['blame_shift', 'vague'] },
  { text: 'im sorry i made you feel stupid for trusting me', kinds: [] },
  { text: "I'm sorry if you feel I betrayed you.", kinds: ['conditional', 'non_apology'] },
  {
    text: "I'm sorry about tonight. You asked a simple question about where the money went and I got defensive. It went to the betting app. All of it.",
    kinds: [],
  },
  { text: "Sorry for the stuff with the cards. I'll sort it.", kinds: ['vague', 'minimizing'] },
  {
    text: "What I did was a betrayal. I'm not calling it a slip or a lapse. It was a betrayal and I'm sorry.",
    kinds: [],
  },
  {
    text: "If your mum hadn't been living with us I wouldn't have needed to escape. Still, I'm sorry.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I owe you an apology for last week too — when you cried at dinner I said 'not this again'. That was awful of me.",
    kinds: [],
  },
  {
    text: "It wasn't an affair, it was a friendship that got a bit too close. I'm sorry it upset you.",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "Sorry for going quiet when you asked about the texts. I was scared of your reaction, but that's my problem to handle, not yours. The answer is yes, I was still talking to him.",
    kinds: [],
  },
  {
    text: "Honestly I've been through hell these past few weeks too. I've lost my best friend and my home basically. I'm sorry for what I did but I'm hurting as well.",
    kinds: ['self_focus'],
  },
  { text: "You have always been honest with me. I haven't returned that. I'm sorry.", kinds: [] },
  { text: "Let's not let one mistake ruin fifteen years.", kinds: ['minimizing', 'pressure'] },
  { text: "I'll do the check-ins you asked for, every evening, for as long as you need them.", kinds: [] },
  {
    text: "I'm sorry, I was lonely when you were deployed and she was there. I never planned any of it.",
    kinds: ['justification'],
  },
  {
    text: "I know I can't ask you to trust me. I can only try to be trustworthy and let you watch.",
    kinds: [],
  },
  { text: "I'm sorry for my part in what happened.", kinds: ['vague', 'blame_shift'] },
  {
    text: 'Mi amor, I am sorry. I lied about the money I was sending to my brother. You should have been part of that decision. It was our money.',
    kinds: [],
  },
  {
    text: "I know I hurt you, and I've apologised every single day. At some point you have to choose to forgive me or we're both stuck.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for the embarrassment at your sister's wedding when everyone already knew but you. I should have told you first.",
    kinds: [],
  },
  {
    text: 'Sorry, but you went through my laptop without asking, so we both crossed lines here.',
    kinds: ['blame_shift'],
  },
  { text: 'The affair was my choice, start to finish.', kinds: [] },
  { text: "Okay I'm sorry!! Happy now?", kinds: ['non_apology'] },
  {
    text: "I'm sorry I hid my phone. I'm sorry I set up a second email. I'm sorry I lied when you asked me at the kitchen table. You deserved the truth at that table.",
    kinds: [],
  },
  { text: "The money thing got out of hand. I'm sorry.", kinds: ['vague', 'minimizing'] },
  { text: "I know 'sorry' is a small word for what I did. I'll keep backing it up.", kinds: [] },
  {
    text: "I wish I could take back the pain you're feeling. I hate seeing you like this. I'm sorry you're going through it.",
    kinds: ['non_apology'],
  },
  {
    text: "I was unfaithful, and then I was dishonest about it for months, which I think hurt you even more. I'm sorry for both.",
    kinds: [],
  },
  {
    text: "I'm sorry, I know I lied, but I did it to protect you. You'd have been so worried about money.",
    kinds: ['justification'],
  },
  {
    text: "It's fine if you don't want to see me at Christmas. I understand and I'm not going to guilt you about it.",
    kinds: [],
  },
  {
    text: "If you can't forgive me by the summer, I think we need to talk about whether this is working.",
    kinds: ['pressure'],
  },
  {
    text: "Thank you for telling me how much the lying about the loans hurt. I'm sorry. I'm listening.",
    kinds: [],
  },
  {
    text: "I'm sorry if my mistakes have hurt you, and I hope you can see how hard I'm trying.",
    kinds: ['conditional', 'self_focus'],
  },
  {
    text: "I'm sorry I made you the one who had to find out. You shouldn't have had to go digging.",
    kinds: [],
  },
  {
    text: "We were going through a lot — the baby, no sleep, your mood. I lost my way. I'm sorry.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "I'm not going to tell you it meant nothing, because that would be another lie. It meant something at the time and that's exactly why it was such a betrayal.",
    kinds: [],
  },
  {
    text: "I'm a terrible person. I don't deserve you. Honestly you'd be better off without me.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I missed your mum's birthday because I was meeting her. I told you I was at work. I wasn't.",
    kinds: [],
  },
  {
    text: "It's not like I spent it on another woman. It was on the business, for us.",
    kinds: ['minimizing', 'justification'],
  },
  {
    text: "sorry. i hid the overdraft letters. i knew you'd be upset and i chose hiding over honesty. i was wrong.",
    kinds: [],
  },
  { text: 'Sorry for what happened in Leeds.', kinds: ['vague'] },
  {
    text: "Whatever you need from me right now — distance, answers, silence — tell me and I'll do it.",
    kinds: [],
  },
  {
    text: "I'm sorry my lies hurt you, I really am, but I can't keep apologising forever. I need us to start living again.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I said 'can we just have a normal evening' on Saturday. You don't get normal evenings right now because of what I did, and I shouldn't have asked.",
    kinds: [],
  },
  {
    text: "I'm sorry if you think I was sneaking around. I just didn't tell you every little thing.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "I lied to you, to your parents, and to our friends. I'm going to tell your parents the truth myself if you want me to, so you don't have to carry that.",
    kinds: [],
  },
  { text: "I'm sorry, it was a moment of weakness. People make mistakes.", kinds: ['minimizing', 'vague'] },
  {
    text: "I won't ever fully understand what this did to you, but I want to try. Will you tell me when you're ready?",
    kinds: [],
  },
  { text: "I'm sorry that my mistake made you feel insecure.", kinds: ['non_apology', 'vague'] },
  {
    text: "Sorry this is late. It should have been the first thing I said: I cheated, and I'm sorry.",
    kinds: [],
  },
  {
    text: "For the kids' sake, we need to be a normal family again by September. I'm sorry, but they deserve that.",
    kinds: ['pressure'],
  },
  {
    text: "The 3am conversations, the checking my location, the questions — I get why. I caused them. I'm sorry.",
    kinds: [],
  },
  {
    text: "I never would have strayed if you'd been more affectionate. I'm not blaming you, I'm just being honest.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry for how I spoke to you when you found the phone. I was angry at being caught and I turned it on you. That was wrong.",
    kinds: [],
  },
  {
    text: "I'm sorry about the credit card. You know how my anxiety gets around money and I panicked.",
    kinds: ['justification'],
  },
  {
    text: "I spent money we didn't have on things I didn't need and then lied about it. That's the plain truth. I'm sorry.",
    kinds: [],
  },
  {
    text: "This whole thing has destroyed me. I've had to start therapy, I've lost friends. I'm paying for it too.",
    kinds: ['self_focus'],
  },
  { text: "Hi love. No agenda with this message. I just love you and I'm sorry.", kinds: [] },
  {
    text: "Sorry you're upset that I'm still in touch with her. She's a friend and nothing is going on.",
    kinds: ['non_apology', 'minimizing'],
  },
  {
    text: "I'm sorry I kept in touch with her after I promised you I'd stopped. That was the second betrayal, and maybe the worse one.",
    kinds: [],
  },
  { text: 'Errors of judgement were made, and I accept that.', kinds: ['vague'] },
  {
    text: "I'm sorry I took the money from your savings. I told myself I'd put it back before you noticed. I didn't, and that was stealing.",
    kinds: [],
  },
  { text: "I'm sorry to have disappointed you.", kinds: ['vague'] },
  {
    text: "I know I've said 'never again' before. This time I'm not asking you to believe the words. Watch what I do.",
    kinds: [],
  },
  { text: "If it makes you feel better, I'm sorry.", kinds: ['conditional', 'non_apology'] },
  { text: "I'm sorry. Take all the time you need. There's no clock on this.", kinds: [] },
  {
    text: "It's been a year. I really think it's time for you to let it go. I'm sorry but I can't be punished forever.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I'm sorry I told the kids you were 'being dramatic'. That wasn't fair to you and it wasn't true. I'll tell them that myself.",
    kinds: [],
  },
  {
    text: "Sorry for lying. I was just scared of losing you, that's the only reason I did it.",
    kinds: ['justification'],
  },
  {
    text: "ok I'm going to say it without excuses this time. I slept with Tom. Twice. I lied about it when you asked. I am sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry. I know this is hard for you, but it's hard for me too — I gave her up, and nobody sees that.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry I let you defend me to your friends when I knew they were right about me.", kinds: [] },
  {
    text: 'I messaged him a few times. It was harmless, really, we just talked about music.',
    kinds: ['minimizing'],
  },
  { text: "Every time I said I was working late, I was with her. I'm sorry.", kinds: [] },
  { text: 'I apologise for any confusion around the finances.', kinds: ['vague', 'minimizing'] },
  {
    text: "I should have told you about the second credit card the day I opened it. I'm sorry I didn't.",
    kinds: [],
  },
  { text: 'Sorry if I was a bit distant this year. Stuff was going on.', kinds: ['conditional', 'vague'] },
  {
    text: "Forgiveness isn't something I get to ask for on a timeline. I'm sorry, and I'm staying, and I'm doing the work.",
    kinds: [],
  },
  {
    text: "You pushed me away for months and then act shocked when I found someone who listened. I'm sorry, but that's the truth.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "Please forgive me, I'm begging you, I'll do anything, I can't lose you, I can't breathe without you.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "What happened happened. I'm sorry, and I'd rather look forward than keep digging.",
    kinds: ['vague', 'pressure'],
  },
  {
    text: "I'm sorry. My ex did the same thing to me and I guess I never dealt with it, so I repeated it.",
    kinds: ['justification'],
  },
  { text: 'If anything I said or did made you feel lied to, I apologise.', kinds: ['conditional', 'vague'] },
  {
    text: "Sorry if I wasn't as upfront as I should've been about the loan.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "I've been thinking a lot about what I did, and about the night at the station when you first asked me. I lied then, and I kept lying. I've cut contact, and I've shown you the messages. I'm sorry if some of it was hard to read.",
    kinds: ['conditional'],
  },
  {
    text: "I've been going to my Tuesday group and I'm learning a lot about why I hid the spending. I know I took eleven thousand from our joint account and lied about where it went. I'm sorry. I'd like us to be back to normal by your birthday, that would mean the world to me.",
    kinds: ['pressure'],
  },
  {
    text: "I want to own this properly. I started talking to Rachel in January, it became physical in March, and I lied to you about both. You didn't deserve any of it. In fairness, you'd been so wrapped up in your course that I felt like a flatmate.",
    kinds: ['blame_shift'],
  },
  {
    text: "I was unfaithful. I know that. I've told my brother and my closest friend the truth so you don't have to carry the secret. I'm sorry. I've barely slept in a month and my work is suffering, so I hope we can find a way through soon.",
    kinds: ['self_focus', 'pressure'],
  },
];
