import type { CorpusItem } from './corpus-item';

// Written for the blind12 round by an outside evaluator who never saw the coaches' rules,
// lexicons or existing corpora; labels reflect a couples-therapist reading of each text.

export const APOLOGY_BLIND12: readonly CorpusItem[] = [
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  { text: "It's my fault. Not partly, not mostly. Mine.", kinds: [] },
  {
    text: "If I did anything wrong, and I know you think I did, then I'm sorry.",
    kinds: ['conditional', 'non_apology'],
  },
  {
    text: "The affair lasted eight months, not 'a few weeks' like I told you at first. I'm sorry I made it sound smaller. You deserve the whole truth.",
    kinds: [],
  },
  {
    text: "I hid the credit card statements from you. I'm sorry. You had every right to know where our money was going.",
    kinds: [],
  },
  { text: 'Sorry if finding out the way you did was a shock.', kinds: ['conditional', 'non_apology'] },
  {
    text: "I'm sorry. I can't sleep, I can't eat, I hate myself every single day for this.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm not going to tell you how to feel or when to feel better. I'm just sorry, and I'm here.",
    kinds: [],
  },
  { text: "If you were hurt by the stuff with Dan, I'm sorry.", kinds: ['conditional', 'vague'] },
  {
    text: "I was depressed and I didn't know how to ask for help. That's why I started talking to someone online. I'm sorry.",
    kinds: ['justification'],
  },
  { text: "I'm so sorry about the kiss. It didn't mean anything, I promise.", kinds: ['minimizing'] },
  {
    text: "I'm so sorry. I hate what I've done to you. Honestly though, what more can I say at this point? I've apologised every day for a month.",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry about the texts. I know reading them hurt. They were mostly just banter, but I get why they upset you.",
    kinds: ['minimizing'],
  },
  {
    text: "Love, I'm sorry. I'll do whatever it takes. I just need you to tell me we're going to be okay.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry. I really need to know by the end of the month whether you're staying.",
    kinds: ['pressure'],
  },
  {
    text: "Inventing a business trip so I could see her was a lie I planned in advance. I won't pretend it was a moment of weakness. I'm sorry.",
    kinds: [],
  },
  { text: "There's no 'but' in this apology. I was wrong.", kinds: [] },
  {
    text: "You asked me on the 14th whether anything was going on and I said no. That was a lie. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry. I want to make this right, and I know only you get to decide what that looks like.",
    kinds: [],
  },
  {
    text: "I'm sorry about the photos. I should never have kept them, and I should never have lied when you asked if they existed.",
    kinds: [],
  },
  { text: "I'm sorry you had to find out like that.", kinds: ['non_apology'] },
  {
    text: "I'm so sorry. I know I betrayed you. You were struggling after the baby, I didn't know how to reach you, and that's when I started talking to her.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry I deleted the messages before you could see them. Destroying them was another lie on top of the first one.",
    kinds: [],
  },
  { text: "You have no idea how much I've been suffering since you found out.", kinds: ['self_focus'] },
  {
    text: "There's no excuse for what I did. I cheated on you and then I lied about it when you asked me directly. I'm so sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I said 'it was only a kiss' when you first asked. That was me trying to shrink it. It was a betrayal, whatever happened physically.",
    kinds: [],
  },
  {
    text: "I lied about the job. I was let go in March and I pretended to go to work for three months. I'm sorry for deceiving you and for leaving you to find out from the bank.",
    kinds: [],
  },
  {
    text: "Our marriage had been dead for years. I'm not saying that makes it okay, but it's why it happened.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I know you were trying to tell me for months that something felt off, and I brushed you off. I'm sorry I made you doubt what you saw.",
    kinds: [],
  },
  {
    text: "I've blamed work, I've blamed stress, I've blamed you. None of that was true. I made the choice to cheat and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for all of it: the affair, the lying, and the way I treated you when you found out.",
    kinds: [],
  },
  {
    text: "I'm sorry I broke our agreement about the betting apps. I reinstalled one on Tuesday. I've deleted it again and told my sponsor.",
    kinds: [],
  },
  {
    text: "I'm sorry. I don't want this hanging over us forever, so can we not bring it up anymore?",
    kinds: ['pressure'],
  },
  { text: "Fine. I'm sorry. Happy now?", kinds: ['non_apology'] },
  {
    text: "I'm sorry I spent the money. You didn't know, and you should have. It was a couple of hundred a week, nothing that would've sunk us, but still.",
    kinds: ['minimizing'],
  },
  { text: "I'm truly sorry, love. Your anger makes sense. I'd be angry too.", kinds: [] },
  { text: 'Sorry for all the drama lately.', kinds: ['vague', 'minimizing'] },
  {
    text: "If my texting her was hurtful to you, then I'm sorry. I didn't see it that way at the time.",
    kinds: ['conditional', 'justification'],
  },
  { text: "I told you she was just a colleague. She wasn't. I'm sorry I lied.", kinds: [] },
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  {
    text: "I'm sorry. I just need you to know how ashamed I feel, every minute of every day.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm truly sorry for betraying you. I'll answer every question you have. But please, can we try to get back to normal soon? The kids can feel it.",
    kinds: ['pressure'],
  },
  {
    text: "I'm really sorry, it's my ADHD. I get impulsive and don't think things through.",
    kinds: ['justification'],
  },
  { text: 'If anything I did made you feel unsafe, I apologise.', kinds: ['conditional'] },
  {
    text: "i'm sorry. i was wrong and i know it. i'll be home at 6 and my phone's on the table whenever you want it",
    kinds: [],
  },
  {
    text: "I should have told you the truth the first time you asked. Instead I let you find out from someone else, and that humiliated you. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I kept seeing her after I promised you it was over. You trusted me and I broke that trust twice.",
    kinds: [],
  },
  {
    text: "Looking back, there were so many moments I could have stopped and told you. I didn't, every single time. I'm sorry.",
    kinds: [],
  },
  {
    text: "I lied to you about the affair for nearly a year, and I'm so sorry. You didn't deserve any of it. I just hope we can put it behind us by the summer.",
    kinds: ['pressure'],
  },
  {
    text: "I was wrong and I'm sorry, and I'll keep showing you. Stuff happened while I was away that I'm not proud of, and I should have told you straight away.",
    kinds: ['vague'],
  },
  {
    text: 'Sorry. Three months of lying about where I was after work. I was at the casino. You deserved the truth and I gave you stories.',
    kinds: [],
  },
  { text: "I'm sorry, I really am. Please understand that I'm hurting too.", kinds: ['self_focus'] },
  {
    text: "I'm sorry. I'm sorry. I'm so sorry. I don't know what else to do. I'm falling apart without you.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. I grew up in a house where nobody ever told the truth about money, so hiding it felt normal to me.",
    kinds: ['justification'],
  },
  { text: "I understand why you checked my phone. I gave you every reason to. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry I hid the debt, but you'd have gone mad if I'd told you, so what was I supposed to do?",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I've lost my best friend, my home, my reputation. I'm sorry, I know I did this, but I've paid for it.",
    kinds: ['self_focus'],
  },
  {
    text: "Dear Priya, I'm writing because I can't find the words when we're in the same room. I betrayed you. I lied about where I was, who I was with, and what I was spending. I was under so much pressure at work that I stopped thinking straight. I am so sorry.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry if the credit cards upset you. It really wasn't a huge amount. Can we not let this ruin the weekend?",
    kinds: ['minimizing', 'conditional', 'pressure'],
  },
  { text: "I'm sorry. I understand why you can't look at me right now.", kinds: [] },
  {
    text: "I took £8,000 from our joint savings without telling you and used it to cover my losses. I'm sorry. I've set up the account so you can see every transaction.",
    kinds: [],
  },
  {
    text: "Please don't feel you have to reply to this. I only wanted to say, clearly, that I am sorry for betraying you.",
    kinds: [],
  },
  { text: "I'm so sorry. If you really loved me you'd give me another chance.", kinds: ['pressure'] },
  {
    text: "Sorry for the way I spoke to you yesterday when you were upset. You're allowed to be hurt and I shouldn't have raised my voice.",
    kinds: [],
  },
  { text: 'I am sorry. Not because I got caught, but because I hurt the person I love most.', kinds: [] },
  {
    text: "I'm sorry for the secrets. I'm sorry for the lies. And I'm sorry if I made you feel like you couldn't trust your own judgement.",
    kinds: ['conditional'],
  },
  {
    text: "I know you're doing the school run alone this week because of me. I'm sorry. Tell me whatever would be useful, or tell me to keep out of the way.",
    kinds: [],
  },
  {
    text: "Hey. Just wanted to say sorry again for this morning. I got defensive when you asked about the phone bill and that wasn't fair. Ask me anything tonight.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying about where I was on your birthday. I was with him. I know that day is spoiled for you now and I did that.",
    kinds: [],
  },
  { text: "I've apologised. I think it's time we put this behind us.", kinds: ['pressure'] },
  { text: "Please forgive me. I can't keep living like this.", kinds: ['pressure', 'self_focus'] },
  {
    text: "It was wrong of me to hide the payday loans. I'm sorry. I think if we both try, we can have this sorted and forgotten by the new year.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I told the kids we were 'just having a rough patch' before we'd agreed what to say. That should have been our decision together.",
    kinds: [],
  },
  {
    text: "If I hurt you with any of this, I'm sorry, that's the last thing I'd ever want.",
    kinds: ['conditional'],
  },
  {
    text: "Your mum being in our lives 24/7 drove me out of the house, and I'm sorry about where I ended up.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "I'm sorry I hid the debt. I was trying to protect you from the stress of it.",
    kinds: ['justification'],
  },
  {
    text: "You asked me last week if I was still in touch with him. I said no. I was. I'm sorry, I've stopped now, and you can check.",
    kinds: [],
  },
  {
    text: "Whatever happens with us, I want you to know I'm sorry and that the fault is mine, not yours.",
    kinds: [],
  },
  {
    text: "I know I cheated, but if you'd been around more I wouldn't have gone looking elsewhere.",
    kinds: ['blame_shift'],
  },
  { text: "I'm sorry for everything.", kinds: ['vague'] },
  {
    text: "I lied to you about the money for two years. That was my choice and it was wrong. I'm not asking you to forgive me, I just want you to know I see what I did.",
    kinds: [],
  },
  {
    text: "You have every right to be angry. I cheated on you and lied about it. I'm sorry. I've been a wreck since you found out, I've lost weight, I'm not sleeping.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I let you defend me to your friends when I knew what they were saying was true.",
    kinds: [],
  },
  {
    text: "I cheated. I'm sorry. I'm in counselling on Thursdays now and I'll tell you anything you want to know about it.",
    kinds: [],
  },
  { text: "I know I haven't been perfect. I'm sorry.", kinds: ['vague', 'minimizing'] },
  {
    text: "I was wrong to keep the debt from you and I'm sorry. I'd like to sit down with the statements together this weekend, but only if you want to.",
    kinds: [],
  },
  {
    text: "I'm sorry. I know those words feel thin right now. I'll keep saying them and I'll keep doing the work behind them.",
    kinds: [],
  },
  {
    text: "ik it's late, don't reply. just: I'm sorry for lying to you. I'll say it properly in person.",
    kinds: [],
  },
  {
    text: "I've said sorry. At some point you have to decide to let it go.",
    kinds: ['pressure', 'non_apology'],
  },
  {
    text: "I'm sorry for the night you found the messages and I told you that you were imagining things. You weren't. I was lying, and I made you doubt yourself.",
    kinds: [],
  },
  {
    text: "I'm sorry for the years of small lies: the receipts, the 'working late', the second phone. Every one of them was a choice I made.",
    kinds: [],
  },
  {
    text: "I know this has turned your whole life upside down. I'm sorry for the pain I've caused you and the kids.",
    kinds: [],
  },
  { text: "I'm sorry I made you feel like the problem was you. It was me, and it was the lying.", kinds: [] },
  {
    text: "I'm sorry for what I did, and honestly I'm struggling so much with the guilt that my therapist is worried about me.",
    kinds: ['self_focus'],
  },
  { text: "I'm not going to explain it away. What I did was wrong, full stop.", kinds: [] },
  {
    text: "I know I can't ask you to move on from this, and I won't. I'll carry it with you as long as it takes.",
    kinds: [],
  },
  { text: 'Reckon I stuffed up big time. Sorry.', kinds: ['vague'] },
  {
    text: "My therapist asked me what I'd say if I wasn't afraid. This is it: I'm sorry, I was a coward, and you deserved so much better than what I gave you.",
    kinds: [],
  },
  {
    text: "I'm so sorry. Work was crushing me and she was the only person I could talk to.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. Seeing how much you hate me now is the hardest thing I've ever had to go through.",
    kinds: ['self_focus'],
  },
  {
    text: "I've been sitting here for an hour trying to write this. I'm sorry for what happened with Leah. I was lonely, you were always at the hospital with your mum, and I let it go too far. I know that's no excuse. Please don't give up on us.",
    kinds: ['justification', 'blame_shift', 'vague', 'pressure'],
  },
  {
    text: 'I am very sorry for my behaviour. I should not have hidden the loan from you and your family, and I will not keep any more secrets about money.',
    kinds: [],
  },
  {
    text: 'We both let this marriage fall apart. I take responsibility for my half.',
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry that I wasn't honest with you about Rachel. I should have said something sooner, but I didn't want to rock the boat when we were already arguing so much.",
    kinds: ['justification'],
  },
  {
    text: "I know sorry doesn't fix it. I'll keep showing up and answering whatever you need to ask, for as long as it takes.",
    kinds: [],
  },
  {
    text: "I betrayed you and I betrayed our vows. I'm sorry. I'll answer anything, and I'll wait as long as you need.",
    kinds: [],
  },
  { text: "I'm sorry. Can you please just forgive me so we can go back to normal?", kinds: ['pressure'] },
  {
    text: "I'm sorry for the gambling and for every lie I told to hide it. I'll hand over my bank cards tomorrow if you want me to.",
    kinds: [],
  },
  {
    text: "I was selfish. I put what I wanted ahead of you and the kids, and I lied to cover it. I'm ashamed of that, but it's your hurt that matters here, not my shame.",
    kinds: [],
  },
  { text: "Things happened that shouldn't have, and I'm sorry.", kinds: ['vague'] },
  { text: 'Lines were crossed. I regret that.', kinds: ['vague'] },
  {
    text: "I'm sorry. I'll be in the spare room; come and find me if you want to talk, and if you don't, that's okay too.",
    kinds: [],
  },
  {
    text: "If you ever want to talk about it, day or night, I'll be here. No pressure at all, whenever you're ready, or never.",
    kinds: [],
  },
  { text: "I'm sorry. It was just a few messages, nothing physical ever happened.", kinds: ['minimizing'] },
  {
    text: "Nobody at work will talk to me now that it's out. I'm sorry, I've learned my lesson the hard way.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm so sorry that I spent our holiday fund and let you keep planning the trip. Watching you book things, knowing the money was gone, and saying nothing was cruel.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel crazy for noticing what was right in front of you. Your instincts were right the whole time.",
    kinds: [],
  },
  {
    text: "Dear Sam, I've started this letter a dozen times. What I want to say is simple: I was unfaithful, I lied about it for a year, and I am truly sorry. You did nothing to deserve that. I don't expect anything from you in return for this letter.",
    kinds: [],
  },
  {
    text: "I'm sorry that I made you the last to know. People at my work knew before you did, and that's a humiliation I caused.",
    kinds: [],
  },
  {
    text: "I'm sorry I went behind your back and lent my brother the money we'd saved for the deposit. That was our money and our decision, and I took it away from you.",
    kinds: [],
  },
  {
    text: "Whether you ever forgive me is entirely your decision, and I'll respect it either way. What I owe you is honesty, and you'll have it.",
    kinds: [],
  },
  {
    text: "I'm sorry. I'd had a few drinks, she was there, and one thing led to another.",
    kinds: ['justification', 'vague'],
  },
  { text: 'Sorry about the whole thing with Chloe. It was a blip.', kinds: ['minimizing', 'vague'] },
  {
    text: "I'm sorry I kept hiding the bottles and told you I'd stopped. You were right to be worried, and I made you feel like you were nagging.",
    kinds: [],
  },
  {
    text: "I know I owe you an apology, so here it is. I'm sorry if my choices made things hard for you. I hope we can move forward.",
    kinds: ['conditional', 'vague', 'pressure'],
  },
  {
    text: "I'm sorry I spent years making you feel like you were bad with money when I was the one hiding the debt.",
    kinds: [],
  },
  {
    text: "I feel like the worst person alive. I'm so sorry. I don't know how I'm going to live with myself.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I was texting an ex. We were basically just friends catching up.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry, but you have to admit you'd stopped paying attention to me long before any of this happened.",
    kinds: ['blame_shift'],
  },
  { text: "Mistakes were made, and I'm sorry for my part in them.", kinds: ['vague'] },
  {
    text: "I'm sorry. After Dad died I wasn't myself, and I did things I'd never normally do.",
    kinds: ['justification', 'vague'],
  },
  {
    text: "I'm sorry I hid the loans from you. I know how much that scared you when the letters started arriving. To be fair, though, you never wanted to talk about money, so I didn't know how to bring it up.",
    kinds: ['blame_shift'],
  },
  {
    text: "I've been thinking about what you said last night, that the lying hurt more than the affair. I hear that. I lied to your face over and over, and I'm sorry.",
    kinds: [],
  },
  { text: 'Some bad decisions were made on my end. I own that.', kinds: ['vague'] },
  {
    text: "Babe I know you don't want to hear from me much right now so I'll keep this short. I'm sorry for lying to you about Jess. I love you.",
    kinds: [],
  },
  { text: 'Sorry that you saw those messages. I never wanted you to see them.', kinds: ['non_apology'] },
  {
    text: "I'm sorry. I was drunk and I honestly don't remember half of that night.",
    kinds: ['justification'],
  },
  {
    text: "You pushed me away for months and I ended up finding comfort somewhere else. I'm sorry it went that far.",
    kinds: ['blame_shift', 'vague'],
  },
  { text: "I've said sorry a hundred times. What more do you want from me?", kinds: ['non_apology'] },
  {
    text: "I'm sorry for hiding the gambling. I know the damage it's done. In my defence, I was trying to win back what I'd lost so you'd never have to worry.",
    kinds: ['justification'],
  },
  {
    text: "I hurt you and I'm sorry. There were things going on between us that made it easier for me to stray.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "I'm sorry I lied to you. I'm sorry I made you feel stupid. I'm sorry you're so angry with me.",
    kinds: ['non_apology'],
  },
  {
    text: "I am so sorry for the affair, and for every time you asked and I looked you in the eye and lied. I'm grateful for every bit of patience you've shown me since.",
    kinds: [],
  },
  {
    text: "I'm sorry I wasn't there when you needed me, because I was with her. I'll live with that and I'm not asking you to make it easier for me.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied. But honestly, you make it so hard to tell you the truth. You blow up every time.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I broke my promise. I said I'd end all contact and then I replied to her message. I've blocked her now and I'll show you.",
    kinds: [],
  },
  { text: "Sorry for cheating on you. I know that's blunt but I don't want to dress it up.", kinds: [] },
  { text: "I broke your trust. Not 'things went wrong'. I did it, and I'm sorry.", kinds: [] },
  {
    text: "I know you're hurting and I know I caused it. I'm sorry. I just feel like I've lost everything and I don't know who I am anymore.",
    kinds: ['self_focus'],
  },
  {
    text: "I've written down everything I hid from you, the dates and the amounts. I'm sorry it took me this long. It's in the drawer when you're ready, and not before.",
    kinds: [],
  },
  { text: "I understand if you need space. Take whatever time you need; I'm not going anywhere.", kinds: [] },
  { text: "I'm sorry for whatever I did to make you feel this way.", kinds: ['vague', 'non_apology'] },
  { text: "It was only the once, and I ended it straight away. I'm sorry.", kinds: ['minimizing'] },
  { text: "I'm sorry if the way I handled the money upset you.", kinds: ['conditional'] },
  {
    text: "There's nothing you could have done differently. I'm sorry I ever let you think otherwise.",
    kinds: [],
  },
  {
    text: "I kept the affair going for a year while we were trying for a baby. I know that makes it worse. I'm sorry.",
    kinds: [],
  },
  {
    text: "I hurt you badly, and I won't pretend I know how long it takes to heal from that. I'll follow your lead.",
    kinds: [],
  },
  {
    text: "Reading your letter was hard, but it was harder for you to write it. Thank you for telling me. Every word of it was true, and I'm sorry for each thing you described.",
    kinds: [],
  },
  {
    text: "I'm sorry I cheated. I've ended it, blocked her everywhere, and I'm starting therapy next week. It was only a couple of times, but I know that doesn't make it okay.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry for taking out the loan in your name. I had no right. I've called the lender to move it into mine, and I'll show you every letter.",
    kinds: [],
  },
  {
    text: "I hurt you. I know it, and I'm sorry. Whatever you need from me this week, distance, answers, help with the house, I'll do it.",
    kinds: [],
  },
  {
    text: "I know trust isn't something I can apologise back into existence. I'm sorry, and I'll work to earn it slowly, if you'll let me.",
    kinds: [],
  },
  {
    text: "Sweetheart, I'm sorry. It was a stupid flirtation with someone from the gym and I let it get out of hand. You mean everything to me.",
    kinds: ['minimizing', 'vague'],
  },
  { text: "I'm sorry this is so hard for you. That's all I can really say.", kinds: ['non_apology'] },
  {
    text: "I'm sorry for breaking your heart. I did that, knowingly, and I'll spend as long as it takes showing you I understand it.",
    kinds: [],
  },
  {
    text: "I want to apologise properly, face to face, when you feel up to it. Until then: I'm sorry, and I know this is on me.",
    kinds: [],
  },
  { text: "You didn't cause this. Nothing you did or didn't do made me lie. That was all me.", kinds: [] },
  {
    text: "Should anything I've done have caused you distress, please accept my apologies.",
    kinds: ['conditional', 'vague'],
  },
  {
    text: "I'm sorry I missed the mortgage payments and hid the letters from the bank. I put our home at risk and didn't give you a say.",
    kinds: [],
  },
  {
    text: "I know I should have told you about the card. It's only about three grand, and I'm already paying it off.",
    kinds: ['minimizing'],
  },
  {
    text: "I apologise if you feel I wasn't honest with you about the loans.",
    kinds: ['conditional', 'non_apology'],
  },
  {
    text: "I'm sorry I've been short with you when you bring it up. You have every right to ask questions, even the same ones again.",
    kinds: [],
  },
  {
    text: "I'm sorry you felt neglected, but I felt neglected too, and that's where all this started.",
    kinds: ['blame_shift', 'non_apology'],
  },
  {
    text: "I won't ask you to trust me. I'll just keep being where I say I'll be, and you can decide over time what that means.",
    kinds: [],
  },
  {
    text: "I'm sorry, truly. I was dishonest with you about the overdraft, the loans and the cards, and I let you carry the worry without knowing why.",
    kinds: [],
  },
];
