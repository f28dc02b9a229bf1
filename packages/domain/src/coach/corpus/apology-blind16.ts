import type { CorpusItem } from './corpus-item';

// Written for the blind16 round by an outside evaluator who never saw the coaches' rules,
// lexicons or existing corpora. Labels are a couples-therapist reading of each text.
export const APOLOGY_BLIND16: readonly CorpusItem[] = [
  {
    text: "I lied to you about the money for two years. There is no version of that where you did anything wrong. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry. I had an affair with Claire and I hid it from you for eight months. That was my choice and mine alone.",
    kinds: [],
  },
  {
    text: "I know sorry isn't enough, but I want you to hear it anyway: I'm sorry I lied about where I was on Friday nights.",
    kinds: [],
  },
  {
    text: "You asked me straight out in March whether I was still talking to him, and I looked you in the eye and said no. That was a lie, and I'm so sorry.",
    kinds: [],
  },
  {
    text: "I opened the credit cards in my name and hid the statements in my work bag. I did that deliberately so you wouldn't find them.",
    kinds: [],
  },
  {
    text: "I'm not asking you to forgive me. I'm asking for the chance to show you, over however long it takes, that I can be honest.",
    kinds: [],
  },
  {
    text: 'If you ever want to ask me anything about what happened, any detail, any time, I will answer truthfully.',
    kinds: [],
  },
  {
    text: "I gambled away the money we'd saved for the house deposit, and I lied every time you asked about the account. I'm sorry.",
    kinds: [],
  },
  {
    text: "i'm sorry i hid the texts. i deleted them on purpose every night so you wouldn't see them. that was a betrayal and i know it",
    kinds: [],
  },
  {
    text: "I told you I'd stopped drinking and I hadn't. I kept bottles in the garage. I'm sorry for lying to your face.",
    kinds: [],
  },
  {
    text: "You were right to be suspicious. I made you feel like you were imagining things, and you weren't. I'm sorry for that.",
    kinds: [],
  },
  {
    text: "I don't expect things to go back to how they were. Take all the time you need; I'm not going anywhere.",
    kinds: [],
  },
  {
    text: "I'm sorry I missed Mia's recital because I was with her. There's no excuse, and I won't pretend there is.",
    kinds: [],
  },
  {
    text: "I know you only found out because you saw my phone. I should have told you myself, long before that, and I didn't.",
    kinds: [],
  },
  {
    text: "Sorry for the short message, I'm on the train. I just wanted to say I meant everything I said last night about taking responsibility.",
    kinds: [],
  },
  {
    text: "I've booked the counsellor for Thursday at 6. I'll be there whether or not you decide to come, and there's no pressure either way.",
    kinds: [],
  },
  {
    text: "I betrayed you. I chose to keep seeing him even after I promised to end it. I'm sorry for the pain that choice caused you.",
    kinds: [],
  },
  {
    text: "Mate, I've been thinking about what you said. You're right that I kept the debt secret to protect myself, not you. I'm sorry.",
    kinds: [],
  },
  {
    text: 'I want to be clear about what I did, because I think I was vague before: I spent £14,000 on online betting and moved money out of our joint account to cover it.',
    kinds: [],
  },
  {
    text: "I'm sorry I made you doubt your own memory. When you asked about the receipts, I told you that you'd got it wrong. You hadn't.",
    kinds: [],
  },
  {
    text: "The emotional affair was real. I shared things with him that I should have shared with you, and I hid it. I'm sorry.",
    kinds: [],
  },
  { text: "You don't owe me forgiveness. Whatever you decide, I'll respect it.", kinds: [] },
  {
    text: "I never once told you about the loans in three years, even when you asked me directly. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'll always regret lying to you about that weekend in Leeds. I was with him, not at a conference.",
    kinds: [],
  },
  { text: 'I was the one who crossed the line. Not you, not our marriage. Me.', kinds: [] },
  {
    text: "I'm sorry I lied about the drinking. I told you I'd had two beers when I'd had most of a bottle of vodka, and then I drove home with the kids in the car.",
    kinds: [],
  },
  {
    text: "I know trust takes time to rebuild. I've put my phone passcode on the fridge and you can check anything, any time, no questions.",
    kinds: [],
  },
  {
    text: "Last night you said you felt stupid for believing me. You weren't stupid. I lied well and on purpose, and that's on me.",
    kinds: [],
  },
  {
    text: "I was wrong, and I'm sorry. I'd like to listen tonight, if you want to talk, and I'll keep quiet until you're done.",
    kinds: [],
  },
  {
    text: "Just so you know, I've deleted the betting apps and given my sister access to my bank so someone else can see what I spend.",
    kinds: [],
  },
  {
    text: "I'm sorry I hurt you. I went behind your back with Tom for months, and I let you defend me to your friends when you didn't know.",
    kinds: [],
  },
  {
    text: 'Kindly know that I am truly sorry for hiding my debts from you. It was dishonest and you deserved the truth from the start.',
    kinds: [],
  },
  {
    text: 'Reading your letter was hard, but it should be hard. Everything you wrote about how I treated you is true.',
    kinds: [],
  },
  {
    text: "I've stopped contact with her completely. I've blocked her number and told her in writing, and I'll show you the message if you'd like to see it.",
    kinds: [],
  },
  {
    text: "I can't undo it. I can only tell you the truth from now on and let you decide what that's worth.",
    kinds: [],
  },
  {
    text: "I'm sorry I called you paranoid when you asked about the texts. You weren't paranoid, you were right, and I used that word to shut you down.",
    kinds: [],
  },
  { text: "You trusted me with our finances and I abused that. I'm sorry.", kinds: [] },
  {
    text: "What I said last week about needing to move on was wrong. It's not my place to decide when you should be done hurting.",
    kinds: [],
  },
  {
    text: "I'm going to my first GA meeting tonight. I'm not telling you so you'll think better of me; I'm telling you because I said I'd be open about where I am.",
    kinds: [],
  },
  { text: 'I\'m sorry. No "but". I cheated, I lied about it, and you deserved better.', kinds: [] },
  {
    text: "When I said I was working late in October, I was at the casino. Every one of those nights. I'm sorry I lied.",
    kinds: [],
  },
  {
    text: "I lied about where I was on the 14th. I was at his flat. I'm telling you now because you asked me for the full truth, and you have a right to it.",
    kinds: [],
  },
  {
    text: "hey. i know today's the anniversary of when you found out. i'm thinking about what i put you through. no need to reply x",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel like you were the problem in our marriage. You weren't. The affair was my decision.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying about the credit card bill. I told you it was a bank error; it wasn't. It was my spending, and I hid it.",
    kinds: [],
  },
  {
    text: "Please take whatever time you need before answering this. Or don't answer at all. I just wanted you to have it in writing that I'm sorry for the affair and for every lie that protected it.",
    kinds: [],
  },
  {
    text: "I'm sorry I kept messaging my ex after I promised you I'd stopped. I broke a promise on top of breaking your trust.",
    kinds: [],
  },
  {
    text: "You shouldn't have had to find out from a bank letter. I should have sat you down and told you myself. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'd like to write down the whole timeline for you, including the parts I left out before, so you aren't left piecing it together. Would that help, or would you rather I didn't?",
    kinds: [],
  },
  {
    text: "Hey love, I know it's been a rough week. I'm not going to ask where your head's at about us. I'm just here if you want company tonight.",
    kinds: [],
  },
  {
    text: "I'm sorry I drank at the wedding after I promised I wouldn't, and I'm sorry I lied about it the next morning when you asked.",
    kinds: [],
  },
  {
    text: "I betrayed our vows. I'm ashamed of it, but my shame isn't yours to manage. I'll work on that in my own therapy.",
    kinds: [],
  },
  {
    text: "I'm sorry I let you believe the money was stolen. I made up a story about fraud and let you ring the bank. That was cruel.",
    kinds: [],
  },
  {
    text: "What I did with Jess wasn't a slip. It went on for a year, and I chose it over and over.",
    kinds: [],
  },
  {
    text: "I understand if you need to stay at your mum's for a while. I'll look after the dog and the house, and you can come back whenever you want, or not.",
    kinds: [],
  },
  {
    text: 'To be completely honest, I sent her photos too. I left that out last time, and that was another lie. You deserve the whole picture.',
    kinds: [],
  },
  {
    text: "I'm sorry I blamed the stress of my job when you first found out. The stress was real, but it isn't why I cheated. I cheated because I chose to.",
    kinds: [],
  },
  {
    text: "Thank you for telling me how you felt at dinner. I didn't interrupt because I wanted to actually hear it. I'm sorry for every bit of it.",
    kinds: [],
  },
  { text: "You didn't push me into anything. I went looking for it.", kinds: [] },
  {
    text: "I'm so sorry, babe. I lied to you about Vegas. I did gamble, I lost the whole trip budget and more, and I made up that story about the pickpocket.",
    kinds: [],
  },
  {
    text: "I'll answer the same question as many times as you need to ask it. It's not a burden. It's the least I owe you.",
    kinds: [],
  },
  {
    text: 'Sorry is a small word for what I did, but I mean it. I cheated on you with someone from work, and I let you keep inviting her to our parties.',
    kinds: [],
  },
  { text: "I'm sorry I lied about the phone bill. Those were calls to him. Hours of them.", kinds: [] },
  {
    text: 'I should never have told you that you were overreacting. You were reacting exactly as anyone would to finding out their husband had been lying for a year.',
    kinds: [],
  },
  {
    text: "I want to apologise properly for how I behaved after you found out: the door-slamming, the silent treatment, making you chase me for answers. That was me making it about myself, and I'm sorry.",
    kinds: [],
  },
  { text: "I don't have a good reason. There isn't one.", kinds: [] },
  {
    text: 'No excuses: I went to the pub every night I said I was at the gym, and I lied about it for months.',
    kinds: [],
  },
  {
    text: "I'm sorry I hid how bad the debt was. I'm meeting the debt adviser on Monday, and I've put the appointment in our shared calendar so you can come if you want.",
    kinds: [],
  },
  {
    text: "You were right about the Instagram account. I had a second one and I used it to talk to women. I'm sorry I denied it.",
    kinds: [],
  },
  {
    text: "I hear that you don't want to talk about this today. That's okay. I'm sorry, and I'll be around when you're ready.",
    kinds: [],
  },
  {
    text: "I know my apology last month was mostly about how bad I felt. This one is about you: I lied, I cheated, and I left you to find out alone. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for cheating. I'm sorry for lying about it for two years. And I'm sorry for making you feel crazy when you asked.",
    kinds: [],
  },
  {
    text: 'Whatever happens between us, I want you to know the affair said nothing about your worth. It was a failure in me.',
    kinds: [],
  },
  {
    text: "I kept a secret phone. I know how that sounds, and it's exactly as bad as it sounds. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm so sorry for what I put you through at Christmas, sitting in the car texting him while your family was inside.",
    kinds: [],
  },
  {
    text: "honestly i've got no defence. i lied about the overdraft, i lied about the bonus, and i let you take the blame with your dad when the loan bounced. i'm sorry",
    kinds: [],
  },
  {
    text: 'I know the way I talked about "us growing apart" made it sound like it was both of us. It wasn\'t. I\'m the one who had the affair.',
    kinds: [],
  },
  {
    text: "If there's anything I've left out, I'll tell you the moment I remember it, even if it makes things worse for me.",
    kinds: [],
  },
  {
    text: 'I\'m sorry I let you apologise to me last week for "being distant" when the distance was me hiding a relationship with someone else.',
    kinds: [],
  },
  { text: "I did it. I'm sorry. I'm listening.", kinds: [] },
  {
    text: "I've been honest with the counsellor about everything, including the texting that started before we moved. I'll say it to you too: it started in 2021, not last summer like I claimed.",
    kinds: [],
  },
  {
    text: "I owe you an honest apology and not another excuse. I had an emotional affair with someone from my running club. We talked every day for five months, and I told her things about our marriage I had no right to share. I'm sorry. I've ended it and I've left the club. I'll answer anything you ask.",
    kinds: [],
  },
  {
    text: "I've been thinking about the night you found the bank letters. You sat at the kitchen table for an hour and I kept saying it was handled. It wasn't handled. I had £23k on cards you didn't know existed. I'm sorry for the lying, for letting you find it on your own, and for saying \"it's handled\" like you were a nuisance for asking. You deserved a partner, not someone managing what you were allowed to know.",
    kinds: [],
  },
  { text: "I'm sorry if what I did upset you.", kinds: ['conditional', 'vague'] },
  { text: "I'm sorry you feel that way about the texts.", kinds: ['non_apology'] },
  {
    text: "I'm sorry I cheated, but you hadn't touched me in months and I felt invisible in my own home.",
    kinds: ['blame_shift', 'justification'],
  },
  { text: 'It was just a few messages. Nothing physical ever happened.', kinds: ['minimizing'] },
  {
    text: 'Mistakes were made on both sides, and I think we both need to own that.',
    kinds: ['vague', 'blame_shift'],
  },
  {
    text: "I've said sorry a hundred times. What more do you want from me?",
    kinds: ['non_apology', 'pressure'],
  },
  { text: "I'm sorry for everything.", kinds: ['vague'] },
  {
    text: "I was drinking a lot back then and I wasn't myself. That's not who I really am.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. Can we please just put this behind us now? It's been six months.",
    kinds: ['pressure'],
  },
  {
    text: "You have no idea how hard this has been on me. I can't sleep, I can't eat, I've lost a stone.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry if you felt lied to.", kinds: ['conditional', 'non_apology'] },
  {
    text: "I hid the debt because I knew you'd overreact, like you always do about money.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "Things got out of hand with the betting and I'm sorry it ended up affecting you.",
    kinds: ['vague'],
  },
  {
    text: "Honestly I'm gutted you found out the way you did, from her husband of all people.",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry I lied about the casino. I was under insane pressure at work and it was the only thing that switched my head off.",
    kinds: ['justification'],
  },
  {
    text: "I need you to forgive me so we can start healing. Please. I can't keep living like this.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I know I messed up. I'm sorry. It was only the one time and it meant nothing.",
    kinds: ['minimizing'],
  },
  { text: "If I hurt you, I'm truly sorry. That was never my intention.", kinds: ['conditional'] },
  { text: "I'm sorry for my part in all this.", kinds: ['vague', 'blame_shift'] },
  {
    text: "Look, I'm sorry, but you went through my phone without asking, so we both crossed lines here.",
    kinds: ['blame_shift'],
  },
  {
    text: "This whole thing has destroyed me. I hate myself every single day. I just need you to see how much I'm suffering too.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry the way you found out was so painful.", kinds: ['non_apology'] },
  {
    text: "I'm really sorry. I know what I did was wrong. I was lonely while you were deployed and she was there, and one thing led to another.",
    kinds: ['justification', 'vague'],
  },
  {
    text: "Can we have a fresh start on Monday? I'll be better, I promise, but I need us to stop talking about it.",
    kinds: ['pressure'],
  },
  { text: "It's not like I spent our rent money. It was my own savings, mostly.", kinds: ['minimizing'] },
  { text: "I'm sorry that my choices have caused you distress.", kinds: ['vague'] },
  { text: 'Our marriage was dead long before I met him, and you know it.', kinds: ['blame_shift'] },
  {
    text: "I'm sorry if my gambling has caused any problems for the family.",
    kinds: ['conditional', 'minimizing'],
  },
  { text: "I said I'm sorry, okay? I don't know what else you want me to say.", kinds: ['non_apology'] },
  { text: "I'm sorry about what happened with Sarah.", kinds: ['vague'] },
  {
    text: "I'm sorry I lied about the drinking. I've been so depressed since Dad died and it was the only thing getting me through.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. I truly am. I just think after a year you should be able to trust me again. Everyone says the first year is the hardest.",
    kinds: ['pressure'],
  },
  {
    text: "i'm sorry ok. it was one drink. one. and you're acting like i relapsed completely",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "I know I need to apologise. The last few weeks have been the worst of my life: I've had panic attacks at work, I've barely slept, and my mum isn't speaking to me.",
    kinds: ['self_focus'],
  },
  { text: "If I'd known how much it would hurt you, I never would have done it.", kinds: ['conditional'] },
  { text: 'Sorry for any confusion about where I was last weekend.', kinds: ['vague', 'minimizing'] },
  {
    text: "I'm sorry, but you have to understand I was raised around gambling. It's in my family.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I didn't tell you about the credit cards. You'd made it so clear you'd be furious that I felt I couldn't.",
    kinds: ['blame_shift'],
  },
  { text: "Some lines got blurred at work and I didn't handle it well.", kinds: ['vague', 'minimizing'] },
  {
    text: "I've apologised, I've gone to therapy, I've done everything you asked. At some point you have to decide whether you're staying or not.",
    kinds: ['pressure', 'non_apology'],
  },
  {
    text: "I'm sorry. I wish you could see how much I've changed instead of focusing on one bad year.",
    kinds: ['minimizing', 'pressure'],
  },
  {
    text: "I'm sorry if my texting with Dan made you uncomfortable. We're honestly just friends.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "It happened during a really dark time for me and I'd do anything to take it back.",
    kinds: ['vague', 'justification'],
  },
  { text: "I'm sorry you had to see those messages.", kinds: ['non_apology'] },
  {
    text: "I feel like the worst person alive. I keep crying at work. I don't know how to live with myself.",
    kinds: ['self_focus'],
  },
  {
    text: "We both know things hadn't been right for a long time. I'm not saying it's your fault, but it didn't come from nowhere.",
    kinds: ['blame_shift'],
  },
  {
    text: "Please forgive me by the weekend. I can't go to your sister's wedding with this hanging over us.",
    kinds: ['pressure'],
  },
  {
    text: "Sorry about the lies re: the account. Work was mental and I didn't want to add to your stress.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I wasn't honest about Thursday. I was only at the pub for an hour, it's not like I was out all night.",
    kinds: ['minimizing'],
  },
  {
    text: "If you'd talked to me instead of shutting me out, none of this would have happened.",
    kinds: ['blame_shift'],
  },
  { text: "I'm sorry for the hurt that was caused.", kinds: ['vague'] },
  {
    text: "I'm sorry for what I did. I honestly don't think it counts as cheating though, we never even kissed.",
    kinds: ['minimizing'],
  },
  { text: "I'm sorry if I wasn't completely upfront about the money.", kinds: ['conditional', 'minimizing'] },
  {
    text: "I'm sorry I broke your trust. I was in a really bad place mentally, and honestly I needed someone to talk to who wasn't stressed all the time.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "I'm sorry. I'm the one who has to live with this guilt for the rest of my life.",
    kinds: ['self_focus'],
  },
  {
    text: "I'll apologise as many times as you want, but I need you to promise we'll stop bringing it up once counselling ends.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry you feel you can't trust me, but I've been nothing but honest since.",
    kinds: ['non_apology'],
  },
  { text: 'Regrettably, some financial decisions were taken without full disclosure.', kinds: ['vague'] },
  {
    text: "Honestly it was a stupid fling, it's over, it was nothing compared to what we have.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I lied. I panicked because I knew how you'd react, and I was scared of losing you.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "Babe I'm sorry. I'm a mess without you. Please come home, the house is so empty and I can't cope.",
    kinds: ['self_focus', 'pressure'],
  },
  { text: 'Obviously I regret how things turned out.', kinds: ['vague', 'non_apology'] },
  {
    text: "I'm sorry I cheated. But let's be honest, you checked out of this marriage after the baby came.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry, I know I hurt you. Can we just have one normal night without talking about it?",
    kinds: ['pressure'],
  },
  {
    text: "Sorry if I came across as defensive yesterday. I'm just tired of being treated like a criminal.",
    kinds: ['conditional', 'self_focus'],
  },
  { text: 'I never meant for any of this to happen.', kinds: ['vague'] },
  {
    text: "I'm sorry. I thought the gambling was under control, and every time I was sure the next win would fix it.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I kept it from you. It's really not that much money in the scheme of things, and I'm paying it off.",
    kinds: ['minimizing'],
  },
  {
    text: "Honestly I think I've been punished enough. I've lost friends, I've lost my self-respect. I'm sorry, I am, but when does it end?",
    kinds: ['self_focus', 'pressure'],
  },
  { text: "I'm sorry if I've made you feel insecure.", kinds: ['conditional', 'non_apology'] },
  { text: 'I apologise for the misunderstanding about my whereabouts.', kinds: ['vague', 'minimizing'] },
  {
    text: "Yes I lied about the drinking, but you'd have lectured me for hours if I'd told you the truth.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry for the affair and I'm committed to us. I'd like us to set a date, say New Year, after which we agree to stop going over it.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry. It was a moment of weakness during a horrible time at work.",
    kinds: ['justification', 'minimizing'],
  },
  { text: "I'm sorry for what you think I did.", kinds: ['non_apology'] },
  { text: "I'm sorry that I'm not the person you thought I was.", kinds: ['vague', 'non_apology'] },
  {
    text: "Ugh I hate that I've hurt you, I hate it so much, I've been sick to my stomach all week and I just keep thinking what a failure I am.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. I'm done talking about it though. I've answered every question and it's time to move on.",
    kinds: ['pressure', 'non_apology'],
  },
  { text: "I'm sorry we ended up here.", kinds: ['vague', 'blame_shift'] },
  {
    text: "The messages were harmless banter, nothing more, and I'm sorry if they looked bad.",
    kinds: ['minimizing', 'conditional'],
  },
  {
    text: "I'm truly sorry for the lies about the loans. I did it because I didn't want you to worry, and because I honestly believed I could fix it before you found out.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry, I really am. I just need to know if you're ever going to forgive me, because I can't keep waiting forever.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I'm sorry that you were hurt by my decisions. I was going through a lot.",
    kinds: ['justification', 'vague'],
  },
  {
    text: "I'm sorry I snapped when you asked about the receipts. You know how I get when I feel cornered.",
    kinds: ['justification'],
  },
  { text: "It's not like I was planning to leave you. She meant nothing to me.", kinds: ['minimizing'] },
  {
    text: "I'm sorry. I'm a terrible husband and a terrible person and you'd be better off without me.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry if you think I've been hiding things.", kinds: ['conditional', 'non_apology'] },
  {
    text: "I've been sober 40 days. I'm sorry for before. I'd really love it if we could stop treating every night out like a crime scene.",
    kinds: ['vague', 'pressure'],
  },
  {
    text: "The whole thing was blown out of proportion by your friends. I'm sorry it got so messy.",
    kinds: ['blame_shift', 'minimizing'],
  },
  {
    text: "I'm sorry I deceived you. My therapist says I was acting out old childhood wounds, so it wasn't really about you or us.",
    kinds: ['justification'],
  },
  {
    text: "I feel awful. I'm sorry. Also the stress of hiding it gave me a stomach ulcer, so I've been paying for it too.",
    kinds: ['self_focus'],
  },
  {
    text: "I've been trying to work out how to say this properly. I lied to you about the affair for almost a year. I met her in secret, I texted her from the bathroom, I told you I was at football. You asked me more than once and I lied every time. I'm sorry. I know I'll have to earn back your trust and I'm ready to do whatever it takes. I just think it's important you understand it was never about love. It was only ever physical.",
    kinds: ['minimizing'],
  },
  {
    text: "I want to apologise for the gambling and for the lies I told to cover it. You found the statements and I told you they were from an old account. That was a lie. I took money from the kids' savings. I'm going to GA and I've handed you my cards. I know it will take time. I'd just ask that you try to remember that addiction is an illness, and I wasn't really in control of what I was doing.",
    kinds: ['justification'],
  },
  {
    text: "Today in counselling you said you don't know if you'll ever feel safe with me again. I heard that. I'm sorry for the secret phone, for the months of lying, for making you doubt yourself. I want to be someone you can trust. But I also need you to meet me halfway at some point, because I can't be the only one trying.",
    kinds: ['pressure', 'blame_shift'],
  },
  {
    text: "I'm sorry for lying about where I was every Thursday. I was at the casino, not at five-a-side. You deserved the truth. Since you found out I've been in pieces, honestly. I've had to take time off work, I'm on tablets, and most nights I just sit in the car because I can't face coming in.",
    kinds: ['self_focus'],
  },
  { text: 'To whatever extent I hurt you, I apologise.', kinds: ['conditional', 'vague'] },
  {
    text: 'I apologise if anything I said or did came across the wrong way.',
    kinds: ['conditional', 'vague'],
  },
  {
    text: "I know I've been distant and secretive. If I've done something that's made you feel unsafe, I'm sorry. I'd rather you told me than kept it in.",
    kinds: ['conditional'],
  },
];
