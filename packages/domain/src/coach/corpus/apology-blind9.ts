import type { CorpusItem } from './corpus-item';
// Written for the blind9 round by an outside evaluator who never saw the coaches' rules,
// lexicons or existing corpora; labels reflect a couples-therapist reading of each text.

export const APOLOGY_BLIND9: readonly CorpusItem[] = [
  {
    text: "I lied to you about the money I moved out of our savings. That was wrong, and I'm not going to dress it up. I'll sit down with you and the statements this weekend and answer every question you have.",
    kinds: [],
  },
  {
    text: "I'm sorry I cheated, but you have to admit you'd checked out of this marriage long before I did.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I had an affair with Jess. I broke our vows and I made you doubt your own judgement for months. You didn't deserve any of it.",
    kinds: [],
  },
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  {
    text: "I'm not asking you to forgive me. I just want you to know I understand what I did and I'm going to keep showing up.",
    kinds: [],
  },
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  {
    text: "I hid the credit card from you for two years. There's no reason that makes that okay. I've booked the appointment with the financial counsellor and I'll bring every statement.",
    kinds: [],
  },
  {
    text: "It was just texting. Nothing physical ever happened, and I'm sorry it upset you.",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "sorry I lied about where I was on friday. I was at her place. you asked me straight out and I looked you in the eye and lied, and that's on me",
    kinds: [],
  },
  {
    text: "I'm sorry. I was so lonely after Dad died and she was there for me when I needed someone.",
    kinds: ['justification'],
  },
  {
    text: "I won't ask you to move on. Take whatever time you need. I'll be here and I'll keep answering your questions, even the ones that are hard for me.",
    kinds: [],
  },
  {
    text: "I can't sleep, I can't eat, I hate myself for what I did. This is killing me.",
    kinds: ['self_focus'],
  },
  {
    text: "If you want to see my phone, you can see it, any time, no questions asked. I know I'm the one who made that necessary.",
    kinds: [],
  },
  { text: "I'm sorry. Can we please just put this behind us now?", kinds: ['pressure'] },
  {
    text: "I was wrong to gaslight you when you asked about the messages. You weren't imagining it. You were right and I made you feel crazy, and I'm so sorry.",
    kinds: [],
  },
  { text: "Mistakes were made, and I'm sorry for my part in them.", kinds: ['vague'] },
  {
    text: "I know saying sorry doesn't fix this. I broke your trust by lying about the gambling, and I'll earn it back with what I do, not what I say.",
    kinds: [],
  },
  {
    text: "If you'd paid me even a bit of attention this last year, none of this would have happened. I'm sorry it did though.",
    kinds: ['blame_shift'],
  },
  {
    text: 'Dear Priya, I am writing because I could not say this properly last night. I deceived you about the loan I took against the house. I made a decision that affected both of us without telling you, and then I lied for months to cover it. I am truly sorry for the fear and humiliation this has caused you.',
    kinds: [],
  },
  { text: 'If anything I did upset you, I apologise.', kinds: ['conditional'] },
  {
    text: "Mate, I'm sorry. I lied to you about the pokies and about where the money went. You trusted me with our account and I blew it. I've joined the GA group on Tuesdays and I've handed you the card.",
    kinds: [],
  },
  { text: "I'm sorry you had to find out like this.", kinds: ['non_apology'] },
  {
    text: "I cheated on you. I keep wanting to soften that word and I won't. I'm sorry for what it's done to you and to us.",
    kinds: [],
  },
  { text: "I'm sorry. It was only once and it didn't mean anything.", kinds: ['minimizing'] },
  {
    text: "You have every right to be angry. I betrayed you and I'm not going to argue with how you feel about it.",
    kinds: [],
  },
  {
    text: "I'd had way too much to drink that night. I'm so sorry, it's not who I am.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I kept talking to him after I promised you I'd stopped. Breaking that promise was a second betrayal on top of the first, and I understand why it's hit you even harder.",
    kinds: [],
  },
  { text: "I'm sorry. You have no idea how much I've suffered since you found out.", kinds: ['self_focus'] },
  {
    text: "I always told myself I'd never be the kind of person who lies to their partner. I was, and I'm sorry. From now on I will always tell you the truth, even when it's uncomfortable.",
    kinds: [],
  },
  { text: "I've apologised. I need you to forgive me so we can move on.", kinds: ['pressure'] },
  {
    text: "I'm sorry for the lies about the debt, for the hidden post, and for letting you find out from the bank rather than from me.",
    kinds: [],
  },
  { text: "I'm sorry for everything.", kinds: ['vague'] },
  {
    text: "I don't expect you to trust me just because I've apologised. I'll keep my location on, I'll tell you when she contacts me, and I'll keep doing it for as long as you need.",
    kinds: [],
  },
  {
    text: "We'd grown apart and I think we both know that. I'm sorry it ended up with me and Lisa.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "What I did was not a mistake that happened to me. I chose to lie, over and over, and I'm sorry.",
    kinds: [],
  },
  { text: "I'm sorry if the whole thing with Rachel came across badly.", kinds: ['conditional'] },
  {
    text: "I know it's not just about the affair. It's the months of lying to your face and making you think you were paranoid. I'm sorry for all of it, and especially for that.",
    kinds: [],
  },
  { text: "I've said I'm sorry. What more do you want from me?", kinds: ['non_apology'] },
  {
    text: "I am sorry. No 'but'. I hurt you badly when I kept the second phone and I'm going to live with the consequences of that.",
    kinds: [],
  },
  {
    text: "I know I shouldn't have, but it's a few grand, not the end of the world. We'll pay it off.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I spent the money we'd saved for the IVF. I know what that money meant to you, and I know this isn't just about money. I'll tell you everything I spent it on, line by line.",
    kinds: [],
  },
  {
    text: "I'm sorry about the debt. Work has been insane and I was trying to keep everything afloat without stressing you out.",
    kinds: ['justification'],
  },
  {
    text: "Hi love. I've been thinking about what you said last night about feeling like a fool at your sister's wedding because everyone knew before you. You're right. I put you in that position and I'm so sorry.",
    kinds: [],
  },
  {
    text: "I'm the worst person alive. I don't deserve you. I don't know how I'm going to live with myself.",
    kinds: ['self_focus'],
  },
  { text: 'I take full responsibility for the affair. You did nothing to cause it.', kinds: [] },
  { text: "I'm really sorry. Can we just get back to normal? I miss us.", kinds: ['pressure'] },
  {
    text: "I understand if you need space from me right now. I'll stay at my brother's for as long as you want, and I'll keep paying the bills.",
    kinds: [],
  },
  { text: "Things happened that shouldn't have happened. I'm sorry.", kinds: ['vague'] },
  {
    text: "I'm sorry I lied about having quit drinking. I hid bottles in the garage and told you I was sober. I've told my sponsor and I'll be honest with you about every slip.",
    kinds: [],
  },
  {
    text: "I'm sorry, I really am. But you pushed me away every time I tried to talk to you, and I needed someone.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "It wasn't 'just a kiss'. It was a betrayal, and I'm sorry I ever described it to you that way.",
    kinds: [],
  },
  {
    text: "Sorry if I wasn't as upfront as I could have been about the card.",
    kinds: ['conditional', 'vague'],
  },
  {
    text: "I'm sorry. I've been thinking about how you must have felt reading those messages alone in the car. I can't undo that, but I can make sure you never have to find things out that way again.",
    kinds: [],
  },
  { text: "I'm sorry you're upset. I never wanted you to see those messages.", kinds: ['non_apology'] },
  {
    text: "I'm sorry I let you apologise to me for being 'suspicious'. You had nothing to apologise for. I did.",
    kinds: [],
  },
  {
    text: "I'm sorry about the flirting. It honestly wasn't a big deal, it was banter at work.",
    kinds: ['minimizing'],
  },
  {
    text: "Babe I'm sorry I lied about the Tinder account. It wasn't old, I was using it. You deserved the truth the first time you asked.",
    kinds: [],
  },
  {
    text: 'I apologise. I was going through a lot at the time with my health and I made some poor choices.',
    kinds: ['justification', 'vague'],
  },
  {
    text: "I owe you an apology for the way I reacted when you found the receipts. I got angry at you for looking, when the real problem was what I'd been hiding. That was unfair and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm so sorry. I've been crying every night and I feel like I'm falling apart.",
    kinds: ['self_focus'],
  },
  {
    text: 'I am so sorry for taking the loan in your name without your consent. It was a serious breach of trust and possibly of the law, and I will co-operate with whatever you decide to do about it.',
    kinds: [],
  },
  {
    text: "I'm sorry, I truly am. But I need to know by the end of the month whether you're going to forgive me or not.",
    kinds: ['pressure'],
  },
  {
    text: "Sorry isn't a big enough word for what I did, but it's where I have to start. I had an affair for eight months and lied to you every day of it.",
    kinds: [],
  },
  { text: 'I know some lines were crossed. I regret that.', kinds: ['vague'] },
  {
    text: "You asked me whether I'd been honest about everything. I hadn't. There was another woman before Claire, in 2019. I'm telling you now because you deserve the full truth, and I'm sorry it's coming so late.",
    kinds: [],
  },
  {
    text: 'Sorry about the money, but you never let me have any say in our finances so I felt like I had to hide it.',
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry I made you feel like you were overreacting. You weren't. You were responding to a real betrayal.",
    kinds: [],
  },
  { text: 'I apologise if my actions caused you any distress.', kinds: ['conditional', 'vague'] },
  {
    text: 'I am very sorry, Ananya. I lied to you and your parents about losing my job, and I let you defend me in front of them. That was wrong of me and it put you in a terrible position.',
    kinds: [],
  },
  { text: 'Sorry that you saw the texts. That must have been a shock.', kinds: ['non_apology'] },
  { text: "I'm sorry. I broke your trust and I know I don't get to decide when it comes back.", kinds: [] },
  {
    text: "It was one kiss at a Christmas party. I'm sorry, but I think we're making it into more than it was.",
    kinds: ['minimizing'],
  },
  {
    text: "Honestly, I'm sorry. The texts with Sam weren't innocent and I knew it at the time. I've blocked her number and I've told her why.",
    kinds: [],
  },
  { text: "I only lied because I knew how you'd react.", kinds: ['justification', 'blame_shift'] },
  {
    text: "I'm sorry I said 'nothing happened' when you first asked. Something did happen, and pretending otherwise made it worse for you.",
    kinds: [],
  },
  {
    text: "I'm sorry. I've lost my wife, my home, and my kids barely talk to me. I'm paying for it every day.",
    kinds: ['self_focus'],
  },
  {
    text: "I betrayed you. I'm so sorry. Whatever you need from me, answers, space, counselling, tell me and I'll do it.",
    kinds: [],
  },
  {
    text: "I'm sorry about everything. Let's not let this ruin Christmas for the kids, okay?",
    kinds: ['pressure', 'vague'],
  },
  {
    text: "I never want you to feel again the way you felt when you found that email. I'm sorry I caused that.",
    kinds: [],
  },
  { text: "What happened happened. I can't change it, but I'm sorry.", kinds: ['vague'] },
  {
    text: "I'm sorry for the affair, and for every time I told you that you were being jealous when you were actually right.",
    kinds: [],
  },
  {
    text: "I apologise for the affair. However, I think it's important we acknowledge that the relationship was not meeting either of our needs.",
    kinds: ['blame_shift'],
  },
  {
    text: "I know you might not be able to forgive me, and I'll accept that if it's where you land. I'm still going to be honest with you from here on.",
    kinds: [],
  },
  { text: "If you feel I've betrayed you, then I'm sorry.", kinds: ['conditional', 'non_apology'] },
  {
    text: "Hey. I wanted to say properly: I'm sorry I hid the payday loans. I knew we were behind and I kept telling you everything was fine. You were making decisions based on lies I told you.",
    kinds: [],
  },
  {
    text: "I'm sorry you're hurting, I really am. I just wish you'd believe that I'm a good person.",
    kinds: ['non_apology', 'self_focus'],
  },
  {
    text: "I'm sorry for what I did with Mark. I know it's changed how you see our whole marriage, and I understand why.",
    kinds: [],
  },
  { text: 'Sorry babe, it was a stupid little app, I barely used it', kinds: ['minimizing'] },
  { text: "There's no excuse for what I did. I'm not going to give you one.", kinds: [] },
  {
    text: "I'm sorry I hid the gambling. I was trying to win it back before you noticed.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I lied about being at the pub with Gaz when I was with her. You rang me and I lied to you on the phone while she was sat next to me. That's an awful thing to have done to you.",
    kinds: [],
  },
  { text: "Sorry. I'm literally a mess, I've had panic attacks all week", kinds: ['self_focus'] },
  {
    text: "I know I've apologised before and then done it again. I understand why my words don't mean much right now. I've started seeing a therapist on my own, and I'll keep going whether or not you stay.",
    kinds: [],
  },
  {
    text: "I've said sorry every day for six months. At some point you have to let it go.",
    kinds: ['pressure'],
  },
  {
    text: "You didn't push me to do this. Nothing you did or didn't do made me cheat. That was my choice.",
    kinds: [],
  },
  { text: "I'm sorry for the situation we're in.", kinds: ['vague'] },
  {
    text: "I'm sorry I told the kids you were 'being dramatic' when you were upset. You were hurting because of me, and I made you look like the problem in front of them.",
    kinds: [],
  },
  {
    text: "You were always at your mum's or on your phone. I'm not saying it's your fault, but I was alone a lot.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm really sorry I read your messages to your friend last week. I know I'm the one who's meant to be rebuilding trust, and I crossed your boundary anyway.",
    kinds: [],
  },
  { text: "sorry if i messed up. i didn't mean for any of this to happen", kinds: ['conditional', 'vague'] },
  { text: "I lied to you. I'm sorry.", kinds: [] },
  { text: "Fine. I'm sorry. Happy now?", kinds: ['non_apology'] },
  {
    text: "I'm sorry I broke my promise about contacting her. I told you it was over and then I replied to her on your birthday. I understand that feels like a knife.",
    kinds: [],
  },
  {
    text: "I'm sorry I didn't mention the credit card. It's really not as bad as it looks.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry for making you carry this alone for so long. You knew something was wrong and I kept telling you it was in your head.",
    kinds: [],
  },
  {
    text: "I'm sorry. I think I was having some kind of midlife crisis and I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: "I want to apologise properly, without asking anything of you. I had an emotional affair with a colleague. I shared things with her that belonged to us. I'm sorry.",
    kinds: [],
  },
  {
    text: 'I apologise for the affair. Nobody could be more disgusted with me than I am with myself.',
    kinds: ['self_focus'],
  },
  {
    text: 'Sorry I was short with you when you asked about the bank statement this morning. You have every right to ask, and I should have just answered.',
    kinds: [],
  },
  { text: "I'm sorry. Please, please forgive me. I can't lose you.", kinds: ['pressure', 'self_focus'] },
  {
    text: "I'm sorry for hiding how much I owed. I know you feel stupid for not seeing it, but you weren't stupid. I worked hard to hide it from you.",
    kinds: [],
  },
  { text: 'I regret the way things unfolded.', kinds: ['vague'] },
  {
    text: "I'm so sorry, sweetheart. I know it's not enough. I cheated on you and lied about it when you asked me. You were right to ask.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied about the debt. To be fair you do go off the deep end whenever money comes up, so I didn't feel I could tell you.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'll answer anything you want to ask tonight, and I won't get defensive. I'm sorry I shut you down last time.",
    kinds: [],
  },
  { text: "I'm sorry if I made you feel like you couldn't trust me.", kinds: ['conditional'] },
  {
    text: "I've been a liar in this marriage, and I'm sorry. I'm going to be honest with you from now on, including about the small things.",
    kinds: [],
  },
  {
    text: "I'm sorry it came out the way it did. I was going to tell you eventually.",
    kinds: ['non_apology', 'vague'],
  },
  {
    text: "I'm sorry I made you doubt your own memory. When you said I'd told you I was in Leeds, I had told you that. I lied, and then I lied about lying.",
    kinds: [],
  },
  {
    text: "I've been thinking about everything you said, and you're right that I broke your trust. I'm sorry I lied about meeting her. It was only coffee a few times, but I should have told you.",
    kinds: ['minimizing'],
  },
  {
    text: 'Please accept my sincere apology for deceiving you about my finances. I concealed approximately £14,000 of debt and misled you whenever you asked. I recognise the harm this has caused to your sense of security, and I have arranged full disclosure with our advisor.',
    kinds: [],
  },
  {
    text: "I'm sorry I cheated. I was in a really dark place with my depression and I wasn't myself.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I slept with someone else while we were engaged. You planned a wedding believing things about me that weren't true.",
    kinds: [],
  },
  {
    text: "I lied to you about the debt for three years and I'm sorry. I know how scared you must be. Honestly I've been so ashamed I can barely look at myself in the mirror and I don't know how much more of this I can take.",
    kinds: ['self_focus'],
  },
  {
    text: "Sorry for lying about the gym. I was meeting him. I know you'll be wondering what else I've lied about, and I'll answer anything you ask.",
    kinds: [],
  },
  {
    text: "I apologise sincerely for the affair. I believe it's time we both focused on the future rather than dwelling on the past.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I went behind your back with the crypto. I told you I'd stopped, and I hadn't. Here are my logins. Check whatever you want, whenever you want.",
    kinds: [],
  },
  { text: "I'm sorry about, you know. All of it.", kinds: ['vague'] },
  {
    text: "I should never have let it get that far with him, and I should have told you the moment it started. I'm sorry I didn't.",
    kinds: [],
  },
  { text: "Look I'm sorry yeah but you made it very hard to be honest with you", kinds: ['blame_shift'] },
  {
    text: "I'm sorry. I know I can't ask you to feel better, and I'm not going to try. I'll just be here.",
    kinds: [],
  },
  {
    text: "I'm genuinely sorry for lying about the loans. I've set up a repayment plan and I'll show you every statement. And if I hurt you by not telling you sooner, I'm sorry for that too.",
    kinds: ['conditional'],
  },
  {
    text: "Long text, sorry. I've been trying to work out how to say this without making it about me. I had an affair with Tom for most of last year. I lied to you about late meetings, about the trip to Bristol, about why I was on my phone so much. You asked me more than once and I told you that you were imagining things. You weren't. I'm sorry for the affair, and I'm sorry for every time I made you feel unreasonable for noticing. I'm going to keep going to counselling and I'll answer whatever you want to know, when you want to know it.",
    kinds: [],
  },
  {
    text: 'I apologise that you were made aware of the situation in such a distressing manner.',
    kinds: ['non_apology', 'vague'],
  },
  { text: "I'm sorry I lied to you about Dubai. There was no conference. I went with her.", kinds: [] },
  {
    text: "Nothing actually happened with Chris. I'm sorry I let it get a bit emotional, that's all.",
    kinds: ['minimizing'],
  },
  {
    text: 'I apologise for the way I spoke to you when you confronted me. I called you paranoid, and you were right about everything.',
    kinds: [],
  },
  {
    text: "I want to start by saying I am sorry for the affair and for lying to you. You didn't deserve any of it. I've been trying to understand it myself, and I think it's because I'd been so stressed with the business failing that I just wanted to escape for a while. I'll go to counselling and do whatever you need.",
    kinds: ['justification'],
  },
  { text: "I know you never asked for any of this. I'm sorry I brought it into our home.", kinds: [] },
  { text: "I'm sorry. I feel like such a failure as a husband and a father.", kinds: ['self_focus'] },
  {
    text: "I'm sorry I broke your heart. You trusted me completely and I used that trust to hide what I was doing.",
    kinds: [],
  },
  {
    text: "I know I hurt you badly by lying about the money, and I'm sorry. I've shown you all the accounts and I've cut up the cards. I'd really like it if we could stop talking about it after this weekend.",
    kinds: ['pressure'],
  },
  {
    text: "G'day love, I know a text isn't the way to do this but I can't wait till you're home. I'm sorry about the money. I lied about the bonus and I spent it on the races. All of it. I'll tell you the rest tonight.",
    kinds: [],
  },
  { text: 'I apologise for the choices that were made last year.', kinds: ['vague'] },
  {
    text: "I'm sorry, and I mean the whole thing: the affair, the lying, and the way I tried to make you feel it was your fault when you found out.",
    kinds: [],
  },
  {
    text: "I hate that I hurt you. But if you hadn't been so cold after the baby, I don't think I'd have looked elsewhere.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry I let you believe the rumours at work were nonsense. They weren't. You deserved to hear the truth from me, not from them.",
    kinds: [],
  },
  {
    text: "I'm sorry if my friendship with Dan ever made you uncomfortable.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "I am sorry for breaking our agreement about money. I spent over the limit we set together and then hid the statement. I understand why you're worried about what else I might be hiding, and I'll show you everything.",
    kinds: [],
  },
  { text: "I'm sorry you think I'm a liar.", kinds: ['non_apology'] },
  {
    text: "I'm sorry I hurt you. I'm sorry I lied. I'm sorry you've had to question everything about the last three years because of me.",
    kinds: [],
  },
  { text: "It meant nothing to me, you're the one I love. I'm sorry.", kinds: ['minimizing'] },
  {
    text: "I'm sorry it took you finding the hotel booking for me to tell you the truth. I should have come to you myself.",
    kinds: [],
  },
  {
    text: "Sorry for lying about the drinks after work. Everyone was going and I didn't want to be the odd one out.",
    kinds: ['justification'],
  },
  {
    text: "I've told my mum the truth about what I did, so you don't have to keep covering for me at family dinners. I'm sorry I put you in that position for so long.",
    kinds: [],
  },
  { text: "I know I hurt you, but I'm hurting too. This has wrecked me.", kinds: ['self_focus'] },
  {
    text: "I'm sorry. I know I've been acting as though you should be further along by now. That's not my call to make, and I'm sorry I made you feel rushed.",
    kinds: [],
  },
  { text: "I'm sorry. Let's draw a line under it and start fresh tomorrow.", kinds: ['pressure'] },
  {
    text: "Today's the anniversary of the day you found out. I know it's a hard day for you, and I'm sorry I'm the reason it's a hard day.",
    kinds: [],
  },
  { text: "I'm sorry it all got so messy.", kinds: ['vague', 'minimizing'] },
  { text: "I'm sorry for the lies about Kayla. Every single one of them.", kinds: [] },
  {
    text: "I'm so sorry for the affair. I know how much it hurt you to find those messages. Honestly though, you stopped wanting to be close to me years ago. I'll do whatever it takes to fix this.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I used the kids' savings. I'll pay it back, and I've set up the transfers already, but I know that doesn't undo the fact that I lied to you.",
    kinds: [],
  },
  {
    text: "I'm sorry if you're hurt, but it was only a few messages and you'd been so distant I was lonely. Can we please just move past it?",
    kinds: ['minimizing', 'blame_shift', 'conditional', 'justification', 'pressure'],
  },
  { text: "I'm not sorry because I got caught. I'm sorry because of what I did to you.", kinds: [] },
  {
    text: "I'm sorry you found out that way, I really am. It didn't mean anything. Can we not do this tonight?",
    kinds: ['non_apology', 'minimizing', 'pressure'],
  },
  { text: "It was more than once, and I'm sorry I let you believe it was only once.", kinds: [] },
  {
    text: 'Mistakes were made on both sides, and I think we both need to forgive and move on.',
    kinds: ['vague', 'blame_shift', 'pressure'],
  },
  {
    text: "I know the apology I gave last week was full of excuses. Here is the one I should have given: I lied to you about the affair, I hurt you deeply, and I'm sorry.",
    kinds: [],
  },
  { text: "I was drunk and it was one time. I'm sorry.", kinds: ['justification', 'minimizing'] },
  {
    text: "I'm sorry I lied about the debt collectors' letters. I told you they were junk mail. I'll open every letter in front of you from now on if that helps.",
    kinds: [],
  },
  {
    text: "I'm sorry. I'm not a bad person, I was just stressed and things got out of hand. Please don't leave.",
    kinds: ['justification', 'vague', 'self_focus', 'pressure'],
  },
  {
    text: "I'm sorry for everything, honestly. I hate myself for it. Can we just go back to how we were?",
    kinds: ['vague', 'self_focus', 'pressure'],
  },
  { text: 'Sorry you had to see that. It was just harmless flirting.', kinds: ['non_apology', 'minimizing'] },
  {
    text: "If you hadn't gone through my phone you'd never have been hurt by it. I'm sorry you saw it.",
    kinds: ['blame_shift', 'non_apology'],
  },
  {
    text: "I've been destroyed by this, and honestly we've been drifting for years. I'm sorry.",
    kinds: ['self_focus', 'blame_shift'],
  },
];
