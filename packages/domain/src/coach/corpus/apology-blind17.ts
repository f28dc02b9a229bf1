import type { CorpusItem } from './corpus-item';

// Written for the blind17 round by an outside evaluator who never saw the coaches' rules,
// lexicons or existing corpora. Labels are a couples-therapist reading of each text.
export const APOLOGY_BLIND17: readonly CorpusItem[] = [
  // ---- clean ----
  {
    text: "I slept with someone else while you were away in March. I lied about it when you asked me straight out. I'm sorry, and I know sorry doesn't fix it.",
    kinds: [],
  },
  {
    text: 'im sorry i lied about still talking to jess. i knew how much it would hurt u and i did it anyway',
    kinds: [],
  },
  {
    text: 'I hid forty thousand dollars of debt from you. I signed things with both our names on them. That was a betrayal and I own it completely.',
    kinds: [],
  },
  {
    text: "I'm not going to ask you to forgive me. I'm going to keep showing up, and you can decide in your own time.",
    kinds: [],
  },
  {
    text: 'sorry babe. i had the dating app the whole time and told you i deleted it. that was a straight up lie',
    kinds: [],
  },
  {
    text: "I lied to you about the drinking. Every 'I'm fine' was a lie. You were right to worry and I made you feel mad for it.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you doubt yourself. You kept saying something was off and I told you that you were imagining it. You weren't.",
    kinds: [],
  },
  {
    text: "I had a second phone for eight months so I could talk to him. I'm sorry. I've given it to you to do whatever you want with.",
    kinds: [],
  },
  {
    text: "The betting was worse than I told you. It's closer to twelve grand, not three. I'm sorry I lied again even while I was confessing.",
    kinds: [],
  },
  {
    text: "I kept texting my ex and deleted the messages every night. I'm so sorry. You deserved honesty and I gave you a performance.",
    kinds: [],
  },
  {
    text: "i watched porn behind your back after promising i'd stopped and then lied when you asked. im sorry. im starting the counselling on tuesday",
    kinds: [],
  },
  { text: "I betrayed you. There's no version of this where that isn't true.", kinds: [] },
  {
    text: "I'm sorry for the affair, and I'm sorry for every time I let you blame yourself for the distance.",
    kinds: [],
  },
  {
    text: "I get that you need space. I'll be at my brother's, my phone is on, and I'll answer anything you want to ask, whenever.",
    kinds: [],
  },
  { text: 'Sorry. I did it, I lied about it, and I hurt you.', kinds: [] },
  {
    text: "I took money out of our joint account to gamble and told you it was for the car. I've set up self-exclusion and given you access to all my accounts, for as long as you need.",
    kinds: [],
  },
  {
    text: "Your anger makes sense to me. I'd be furious too. I'm sorry I gave you a reason to be.",
    kinds: [],
  },
  {
    text: "I was emotionally involved with Priya for most of last year. I told her things I should have been telling you. I'm sorry I shut you out of my own life.",
    kinds: [],
  },
  {
    text: "I've no excuse, love. I went back to the pub, lied about it and then drove home. I could've killed someone and I made you carry that fear.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied about meeting Sarah for coffee. It wasn't a one-off, it was four times, and I hid every one of them.",
    kinds: [],
  },
  {
    text: 'Im really sorry. I know this wont fix it but i want u to know i understand what i did',
    kinds: [],
  },
  {
    text: "I am sorry for what I did with Dan. I know it broke your trust and I know trust isn't something I can demand back.",
    kinds: [],
  },
  {
    text: "You shouldn't have had to find out from a bank letter. I should have told you myself, years ago. I'm sorry.",
    kinds: [],
  },
  {
    text: "I lied. Repeatedly. About the texts, about where I was, about who I was with. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid the messages from Tom. Whatever you need to feel safe — passwords, location, anything — it's yours.",
    kinds: [],
  },
  { text: "I know you'll be hurting for a long time and I'm not going to put a clock on that.", kinds: [] },
  {
    text: "Hey. I won't text much today because you asked for space. I just want you to know I'm sorry and I'm not going anywhere.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel like you were going crazy when you asked about the second phone. That was cruel of me.",
    kinds: [],
  },
  {
    text: "I made the Tinder account, I used it, and I met two people from it. You deserve the whole truth so that's it. I'm sorry.",
    kinds: [],
  },
  {
    text: 'i cheated. im sorry. i will answer any question you have, no matter how long it takes',
    kinds: [],
  },
  {
    text: "I broke my promise about the pokies. I went back twice last week and lied when you asked. I'm sorry. I've rung Gambling Help and I've got a session Monday arvo.",
    kinds: [],
  },
  {
    text: "I'm so sorry. I kept the credit card secret because I didn't want to face you, and that was cowardly of me.",
    kinds: [],
  },
  {
    text: "I want to understand what this has been like for you. If you want to tell me, I'll listen without arguing.",
    kinds: [],
  },
  {
    text: "I've been lying about how much I drink for over a year. I'm ashamed, but this is about what I put you through, not how I feel.",
    kinds: [],
  },
  {
    text: "I should never have gone to his flat. I knew where it was heading and I went anyway. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I let you think it was your fault. It was never your fault. I made the choices.",
    kinds: [],
  },
  {
    text: 'sorry for lying about the loan. it was 8k not 2k. ive put all the paperwork in the blue folder for you',
    kinds: [],
  },
  {
    text: "You asked me straight if I was still in touch with Claire and I said no. That was a lie. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'll be honest with you from now on even when it's uncomfortable, and I understand you'll need to see that rather than hear it.",
    kinds: [],
  },
  {
    text: "I'm sorry for the hurt I caused by sleeping with Ravi. I'll do the tests, I'll go to counselling, and I'll answer your questions.",
    kinds: [],
  },
  {
    text: "I betrayed your trust by hiding the texts. I understand why you checked my phone; I'd given you every reason to.",
    kinds: [],
  },
  {
    text: "Sorry 🙏 I messed up badly with the Instagram stuff. I was flirting with her and I hid it. I'm deleting nothing, you can see all of it.",
    kinds: [],
  },
  {
    text: "I'm sorry that I lied about going to the casino. You trusted me with our savings and I gambled with them, literally.",
    kinds: [],
  },
  { text: "I'm not sorry you found out. I'm sorry I did it in the first place.", kinds: [] },
  {
    text: "Take whatever time you need. I'll still be here, I'll still be sorry, and I'll still be doing the work.",
    kinds: [],
  },
  {
    text: 'i know sorry is just a word rn. so im going to show you. no more secrets, no more locked phone, nothing',
    kinds: [],
  },
  {
    text: "I had sex with someone from work. I'm not going to dress it up. I'm sorry, and I've asked to move teams so I won't be working with her.",
    kinds: [],
  },
  {
    text: "I kept a secret account so I could spend without you seeing. I'm sorry I treated our money like it was only mine.",
    kinds: [],
  },
  { text: "I'm sorry I broke your heart.", kinds: [] },
  {
    text: "I'm sorry for the lies about my ex. You asked me to be honest about her from day one and I wasn't.",
    kinds: [],
  },
  {
    text: "What I did with Lena was a betrayal, full stop. I'm sorry I did it and I'm sorry for every lie I told to cover it.",
    kinds: [],
  },
  {
    text: "I hid the drinking, I hid the bottles, and I lied to your face. I'm sorry. I've started going to meetings and I'll tell you about them if you want to hear.",
    kinds: [],
  },
  { text: "I'm sorry, and I understand if you don't want to talk to me tonight.", kinds: [] },
  { text: "No excuses. I did it. I'm sorry for what it's doing to you.", kinds: [] },
  {
    text: "When you raised the porn I said it was no big deal. It was a big deal to you and I brushed you off, and then I lied about stopping. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm so sorry I went behind your back with the loans. You've been carrying the stress of the bills and I made it so much harder.",
    kinds: [],
  },
  {
    text: 'I have been unfaithful. I lied to you about it for two years. I am sorry for every day of that.',
    kinds: [],
  },
  { text: "I want to earn back your trust, and I know that's my job, not yours.", kinds: [] },
  {
    text: "Hey love, I'm sorry about the texts with Ciara. They weren't innocent and I knew it. I should have stopped the first night.",
    kinds: [],
  },
  {
    text: "I'm sorry I went on that app. I was looking for attention outside our marriage and I won't pretend that was harmless.",
    kinds: [],
  },
  {
    text: "I understand why you can't believe anything I say right now. I'll let what I do speak for a while.",
    kinds: [],
  },
  { text: "I'm sorry. I lied about being at Gary's. I was at the bookies.", kinds: [] },
  { text: 'U deserve so much better than what i did. im sorry. no more lying, starting now', kinds: [] },
  {
    text: "I'm sorry for the affair, and for months of lying that meant you found it on my laptop instead of hearing it from me.",
    kinds: [],
  },
  {
    text: "I kept in touch with Jamie after I promised I wouldn't. I'm sorry. I've blocked him and I'll show you.",
    kinds: [],
  },
  {
    text: "I'm sorry I used our savings on the betting app. That money was for the baby, and I know what that means to you.",
    kinds: [],
  },
  { text: "You were right. About all of it. I'm sorry I called you paranoid.", kinds: [] },
  {
    text: "I'm sorry for the secret phone, for the lies I told to keep it secret, and for making you feel stupid for asking.",
    kinds: [],
  },
  {
    text: "I cheated on you with someone you know. I'm sorry for that, and for the humiliation of you having to face her.",
    kinds: [],
  },
  {
    text: "I won't tell you how to feel about this. I'm sorry, and I'll keep being sorry in how I act.",
    kinds: [],
  },
  { text: "I'm sorry I broke my promise. I said I'd stop seeing her and I didn't.", kinds: [] },
  {
    text: 'sorry i lied abt the drinking. ive poured the lot down the sink and im calling the clinic tmrw. u dont have to say anything back',
    kinds: [],
  },
  {
    text: "I know an apology doesn't undo the affair. I'm making it anyway because you deserve to hear me say I was wrong.",
    kinds: [],
  },
  { text: "I'm sorry I told you it was a work dinner. It was a date.", kinds: [] },
  {
    text: "I've been hiding how much I owe. It's over fifty thousand. I should have told you years ago, and I'm sorry I didn't.",
    kinds: [],
  },
  { text: "I messed up. I was on the hookup app and I lied about it. I'm sorry.", kinds: [] },
  {
    text: "Forgive me or don't — that's entirely yours to decide. I'll keep doing the work either way.",
    kinds: [],
  },
  { text: "I'm sorry I made our marriage into something you couldn't trust.", kinds: [] },
  {
    text: "I'm sorry for lying about the inheritance money. I spent most of it and hid that, and it was your future too.",
    kinds: [],
  },
  { text: "It was me. I did it. I'm sorry.", kinds: [] },
  { text: "I'm sorry I chose my ex over you every time I answered her messages in secret.", kinds: [] },
  {
    text: 'I am very sorry. I took the loan without telling you and hid it from your parents also. It is fully my fault and I will show you every paper.',
    kinds: [],
  },
  { text: "I'm after lying to you about Aoife for months. I'm sorry. There's no dressing it up.", kinds: [] },
  {
    text: "I cashed out part of my 401k to cover the betting losses and hid it from you. I'm so sorry. I've given you the login to every account.",
    kinds: [],
  },
  { text: "I'm sorry I disappeared into the pokies and lied about where the rent went.", kinds: [] },
  { text: "I let you down, and I lied to cover it. I'm sorry. You can ask me anything.", kinds: [] },
  { text: 'Sorry I hid the texts. Not sorry you saw them — you had every right to.', kinds: [] },
  { text: 'i know im the one who did this. not you. im sorry', kinds: [] },
  {
    text: "I'm really sorry I cheated emotionally. I shared parts of me with her that belonged in our marriage.",
    kinds: [],
  },
  {
    text: "I'm sorry for the porn and the lies around it. I know for you it was the lying as much as the watching, and I hear that.",
    kinds: [],
  },

  // ---- flawed ----
  // blame_shift
  { text: "I'm sorry I cheated but you'd been pulling away from me for months.", kinds: ['blame_shift'] },
  {
    text: "if you'd ever once asked how my day was i wouldn't have gone looking for someone who did",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry about the money. To be fair, you never wanted to talk about finances, so I dealt with it myself.",
    kinds: ['blame_shift'],
  },
  {
    text: "We'd basically been flatmates for two years. I'm not saying it was right but it didn't come out of nowhere.",
    kinds: ['blame_shift'],
  },
  { text: 'sorry. but u made it pretty clear u didnt want me anymore so', kinds: ['blame_shift'] },
  {
    text: 'I hid the second phone because you go through everything I own. What was I supposed to do?',
    kinds: ['blame_shift'],
  },
  {
    text: 'I know I lied about the drinking but living with your constant nagging would drive anyone to the bottle.',
    kinds: ['blame_shift'],
  },
  {
    text: 'Sorry I went back on the app. Our sex life has been dead since the baby and you know it.',
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry, truly. But it takes two to break a marriage, and I wasn't the only one who checked out.",
    kinds: ['blame_shift'],
  },
  {
    text: "Your mum was round ours every single weekend and I had nowhere to breathe. I'm sorry I went to Sophie's.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry about the texts. You've been so cold lately that I needed someone to talk to.",
    kinds: ['blame_shift'],
  },
  { text: 'honestly we both let this marriage rot. im sorry for my part', kinds: ['blame_shift'] },
  // conditional
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  { text: 'if anything i did made you feel disrespected then im sorry', kinds: ['conditional'] },
  { text: 'To whatever extent my choices affected you, I apologise.', kinds: ['conditional'] },
  { text: 'Sorry if the Tinder thing upset you.', kinds: ['conditional'] },
  { text: 'I apologise if my conduct with Helen caused you any distress.', kinds: ['conditional'] },
  { text: "If I crossed a line with the messages, I'm sorry.", kinds: ['conditional'] },
  { text: "I'm sorry if you feel I wasn't honest about the debt.", kinds: ['conditional', 'non_apology'] },
  { text: 'Sorry if I let you down babe x', kinds: ['conditional'] },
  {
    text: "If my drinking has caused problems for you, I'm willing to apologise for that.",
    kinds: ['conditional'],
  },
  { text: "I'm sorry for any hurt I may have caused.", kinds: ['conditional'] },
  {
    text: 'should my behaviour with my ex have made you uncomfortable, i do apologise',
    kinds: ['conditional'],
  },
  // non_apology
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  { text: "i'm sorry you had to see those messages", kinds: ['non_apology'] },
  { text: "I'm sorry you found out like this.", kinds: ['non_apology'] },
  { text: "What more do you want from me? I've apologised every day for a month.", kinds: ['non_apology'] },
  {
    text: "I've said sorry a hundred times, I don't know what else you want me to say.",
    kinds: ['non_apology'],
  },
  { text: "Sorry you're upset about the phone.", kinds: ['non_apology'] },
  { text: 'sorry ur so hurt. i never wanted u to find out about any of it', kinds: ['non_apology'] },
  {
    text: 'I apologise that you went through my emails and saw that.',
    kinds: ['non_apology', 'blame_shift'],
  },
  { text: "Fine. I'm sorry. Happy now?", kinds: ['non_apology'] },
  { text: "I'm sorry this is such a big thing for you.", kinds: ['non_apology', 'minimizing'] },
  { text: "Sorry I got caught, I suppose that's what you want to hear.", kinds: ['non_apology'] },
  { text: "Look, I'm sorry it came out the way it did.", kinds: ['non_apology'] },
  // minimizing
  { text: "I'm sorry, it was only a few texts, nothing physical ever happened.", kinds: ['minimizing'] },
  { text: 'it was just a kiss. im sorry but it honestly meant nothing', kinds: ['minimizing'] },
  {
    text: "Sorry about the card. It's not like it's a huge amount in the grand scheme of things.",
    kinds: ['minimizing'],
  },
  {
    text: "I know I should've told you about the bets but it was only ever small stakes, a bit of fun.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I had the app. I never actually met anyone, I was only looking.",
    kinds: ['minimizing'],
  },
  { text: "It was one drink at lunch, love. I'm sorry I didn't mention it.", kinds: ['minimizing'] },
  { text: "i'm sorry, it was a stupid little fling and its completely over", kinds: ['minimizing'] },
  { text: "Sorry about the porn thing. It's hardly cheating.", kinds: ['minimizing'] },
  { text: "I'm sorry I had coffee with my ex, but it was literally twenty minutes.", kinds: ['minimizing'] },
  { text: "The phone was mostly for work stuff really. Sorry I didn't tell you.", kinds: ['minimizing'] },
  { text: 'I apologise for the emotional thing with Raj. It never went anywhere.', kinds: ['minimizing'] },
  { text: 'sorry 😬 it was a tiny white lie about the overdraft, not a big deal', kinds: ['minimizing'] },
  // justification
  {
    text: "I'm sorry. I was under so much pressure at work and I needed an escape.",
    kinds: ['justification'],
  },
  {
    text: "I'd had way too much to drink at the conference, otherwise it never would have happened. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I hid the loans. I was trying to protect you from the stress.",
    kinds: ['justification'],
  },
  {
    text: 'Sorry about the gambling, I honestly thought I could win it back before you noticed.',
    kinds: ['justification'],
  },
  {
    text: "I grew up in a house where nobody talked about money, so hiding it is all I know. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I messaged him. I was lonely after Dad died and he was there.",
    kinds: ['justification'],
  },
  {
    text: 'i was in a really dark place mentally and bad choices got made. sorry',
    kinds: ['justification', 'vague'],
  },
  {
    text: "I only went on the app because I was curious about what's out there, it's just human nature. Sorry.",
    kinds: ['justification', 'minimizing'],
  },
  {
    text: "I'm sorry I lied about where I was, but I knew you'd overreact if I told you I was seeing Kate.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "The drinking started with my back pain, I was basically self-medicating. I'm sorry I didn't say.",
    kinds: ['justification'],
  },
  {
    text: 'sorry. it was the night shifts, i wasnt myself, i barely knew what day it was',
    kinds: ['justification'],
  },
  {
    text: "I apologise. With everything going on with Mum's illness I wasn't thinking straight.",
    kinds: ['justification'],
  },
  // self_focus
  {
    text: "I'm so sorry. I haven't slept in days and I can barely eat, this is destroying me.",
    kinds: ['self_focus'],
  },
  {
    text: "I hate myself for what I did. I look in the mirror and I don't even recognise the man there. I'm so sorry.",
    kinds: ['self_focus'],
  },
  { text: 'im sorry. u have no idea how hard this has been for me', kinds: ['self_focus'] },
  {
    text: "I'm sorry about the affair. I've lost my best friend, my home, maybe my kids. I feel like my whole life is over.",
    kinds: ['self_focus'],
  },
  {
    text: "Sorry. My therapist says I'm carrying so much shame right now that I need to be gentle with myself.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry for the debt. Honestly the stress of hiding it nearly gave me a breakdown, I've been a wreck.",
    kinds: ['self_focus'],
  },
  {
    text: "I feel sick every time I think about what I did, I cry in the car every morning. I'm sorry.",
    kinds: ['self_focus'],
  },
  {
    text: 'sorry. everyone at work can tell somethings wrong with me, im falling apart',
    kinds: ['self_focus'],
  },
  { text: "I'm sorry. I need you to know how much I'm suffering over this too.", kinds: ['self_focus'] },
  {
    text: "I'm so sorry about the gambling. I feel like the worst person alive and I don't know how to live with myself.",
    kinds: ['self_focus'],
  },
  { text: 'this is killing me. im so sorry', kinds: ['self_focus'] },
  // pressure
  { text: "I'm sorry. Can we please just move past this now?", kinds: ['pressure'] },
  { text: "I've apologised. I need you to forgive me so we can get back to normal.", kinds: ['pressure'] },
  {
    text: "I'm sorry about the phone. Can we put it behind us before the kids notice something's wrong?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry. Please say you forgive me, I can't do another night of this.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: 'im so sorry. its been three months, at some point we have to move on right?',
    kinds: ['pressure'],
  },
  { text: "Sorry about the money. Let's not let this ruin Christmas, yeah?", kinds: ['pressure'] },
  { text: "I'm really sorry. I'd like us to be past all this by our anniversary.", kinds: ['pressure'] },
  {
    text: "I'm sorry about Nadia. Can we draw a line under it and start fresh tomorrow?",
    kinds: ['pressure'],
  },
  { text: 'sorry x can we just be normal again pls', kinds: ['pressure'] },
  { text: "I've said I'm sorry and I mean it. Now I need you to stop bringing it up.", kinds: ['pressure'] },
  { text: "I'm sorry for the drinking. If you loved me you'd give me another chance.", kinds: ['pressure'] },
  // vague
  { text: "I'm sorry for everything that happened.", kinds: ['vague'] },
  { text: 'Mistakes were made on my part and I regret them.', kinds: ['vague'] },
  { text: "I'm sorry for how things went last year.", kinds: ['vague'] },
  { text: 'things got out of hand with the money. im sorry', kinds: ['vague'] },
  { text: "Lines were crossed and I'm sorry about that.", kinds: ['vague'] },
  { text: 'Sorry for all the stuff that went on with Becca.', kinds: ['vague'] },
  { text: 'I regret that some things were kept from you.', kinds: ['vague'] },
  { text: 'sorry for the situation', kinds: ['vague'] },
  { text: "I'm sorry about what went down. I know it's been a lot.", kinds: ['vague'] },
  { text: "There were some choices made around the finances that I'm not proud of.", kinds: ['vague'] },
  { text: "I'm sorry about... all of it. You know what I mean.", kinds: ['vague'] },
  // two kinds
  {
    text: "I'm sorry if I hurt you, but you hadn't touched me in months.",
    kinds: ['conditional', 'blame_shift'],
  },
  { text: "It was just texting and I was so lonely. I'm sorry.", kinds: ['minimizing', 'justification'] },
  { text: 'Sorry for what happened, can we please move on now?', kinds: ['vague', 'pressure'] },
  {
    text: "I'm sorry you're hurt, but honestly it was only a bit of flirting.",
    kinds: ['non_apology', 'minimizing'],
  },
  {
    text: "If you hadn't kept bringing up my ex I'd never have started messaging her again. I'm sorry it happened.",
    kinds: ['blame_shift', 'vague'],
  },
];
