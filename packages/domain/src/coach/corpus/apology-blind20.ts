import type { CorpusItem } from './corpus-item';

// Written for blind20 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const APOLOGY_BLIND20: readonly CorpusItem[] = [
  // ---- clean ----
  {
    text: "I lied to you about where I was on Friday nights for three months. I was with Dana. That was my choice, and I know it has made you question everything I've told you. I'll answer any question you ask, for as long as you need.",
    kinds: [],
  },
  {
    text: "I had an emotional affair with someone from work. I told her things I should have been telling you, and I hid it. I can see how much it has hurt you, and I've asked to be moved to another team so I'm not working with her.",
    kinds: [],
  },
  {
    text: "I slept with someone else while you were away. There's no excuse for it. I broke the promise I made to you, and you're the one carrying the damage. I've booked a test, and I've started seeing a counsellor on my own.",
    kinds: [],
  },
  {
    text: "I ran up twelve thousand on credit cards and hid the statements from you. That was dishonest and it put our home at risk. I've printed everything out for you, and I'll hand over the online logins tonight.",
    kinds: [],
  },
  {
    text: "I've been gambling again and I lied when you asked. I'm sorry. You trusted me with our savings and I spent them. I've signed up for self-exclusion on every site and I'll be at the meeting on Thursday. You're welcome to check.",
    kinds: [],
  },
  {
    text: "I told you I'd deleted the dating app. I hadn't. I was still messaging people on it. That was a lie on top of a betrayal, and I understand why it feels worse than the first time. The account is gone now and you can see my phone whenever you want.",
    kinds: [],
  },
  {
    text: "I was sexting someone I met online. I hid it, I lied about it, and when you found it I lied again. I'm sorry for all three. You felt stupid for believing me, and you weren't stupid; I was deceiving you.",
    kinds: [],
  },
  {
    text: "Sorry I lied about seeing my ex. I met her for coffee twice and told you I was at the gym. You had every right to know, and I took that choice away from you. If she contacts me again, you'll hear it from me first.",
    kinds: [],
  },
  {
    text: "I kept watching porn behind your back after we agreed I'd stop, and I lied when you asked me straight out. The lying is mine to own. I know it's left you feeling like you're not enough, and that comes from what I did, not from anything about you.",
    kinds: [],
  },
  {
    text: "I flirted with your best friend's husband at the party and then messaged him afterwards. I crossed a line with someone you love and trust. I'm so sorry. I've stopped all contact, and I'll tell her myself if you want me to.",
    kinds: [],
  },
  {
    text: "I'm truly sorry. I went behind your back with Tom from the office: the late drinks, the texts, all of it. It was wrong and it was my doing. I can see it's knocked the ground out from under you. I've told my manager I need a different project, and I'll show you every message if you want to see them.",
    kinds: [],
  },
  {
    text: "I stuffed up badly and I'm not going to dress it up. I hid the pokies losses from you for a year. That's our money and I lied about it. I've handed my cards to you and rung the gambling helpline. Whatever you need to see, I'll show you.",
    kinds: [],
  },
  {
    text: "I'm sorry, love. I lied to you about the loan from my brother and about where the money went. You found out from him instead of from me, and that must have been mortifying. From now on you'll see every bank statement before I do.",
    kinds: [],
  },
  {
    text: 'I am very sorry. I was chatting with my ex-fiancée for months and I kept it from you. You are my wife and you deserved honesty. I have blocked her number, and I will tell my parents the truth also if you want.',
    kinds: [],
  },
  {
    text: "I'm sorry, hey. I was on Tinder while we were together and I lied about it when your cousin saw my profile. It was my doing, not hers and not yours. I've deleted it and you can ask me anything, any time.",
    kinds: [],
  },
  {
    text: "im so sorry. i lied abt snapchatting her and i kept lying when u asked. u didnt deserve that. deleted the app, u can see my phone whenever. i'll keep showing u, not just saying it",
    kinds: [],
  },
  {
    text: "I have been dishonest with you about the money I lent to Gerald and the debts I took on because of it. Forty years married and I kept this from you. I am ashamed, and I understand that you are angry. I've made an appointment with the bank for both of us on Monday.",
    kinds: [],
  },
  {
    text: "ok i'm not gonna make excuses. i kissed jordan at the party and then told you nothing happened. that was a lie and i'm sorry. i know it made you look like an idiot for defending me to your mates. i'll tell them the truth myself.",
    kinds: [],
  },
  {
    text: "I keep wanting to say it was just texting, and I know that word is doing a lot of dishonest work. It wasn't just anything. I was building something with her and hiding it from you. I'm sorry.",
    kinds: [],
  },
  {
    text: "I cheated because I chose to. Nothing about our marriage made me do it. I'm sorry, and I'm in counselling to work out how I let myself get there, not to find something to blame.",
    kinds: [],
  },
  {
    text: "I'm not asking you to forgive me. I don't have the right to ask that. I lied to you about the affair for eight months, and I'll keep being honest with you whether you stay or not.",
    kinds: [],
  },
  {
    text: "I won't tell you to move on or put a date on when you should feel better. I broke your trust by hiding the debt, and this takes as long as it takes. I'll answer the same questions as many times as you need.",
    kinds: [],
  },
  {
    text: "If you have questions at three in the morning, wake me. I lied to you about the affair and you deserve answers whenever they come. I'm sorry for what I did and for how long I hid it.",
    kinds: [],
  },
  {
    text: "I'm not going to say 'sorry you feel that way.' I'm sorry I did the thing that made you feel that way: I lied about seeing him, twice.",
    kinds: [],
  },
  {
    text: "I was stressed at work, but plenty of people are stressed and don't lie to their partners. The stress isn't the reason. I chose to hide the loans, and I'm sorry.",
    kinds: [],
  },
  {
    text: "People say 'it meant nothing' and I'm not going to say that. It means a great deal to you, and that's what matters. I slept with someone else and I'm sorry.",
    kinds: [],
  },
  {
    text: "It was a choice, not a mistake. I went on that app, I met her, and I hid it. Calling it a mistake would let me off the hook. I'm sorry, and I'm going to earn your trust back one day at a time.",
    kinds: [],
  },
  {
    text: "I lied to you about the messages with Sam. I can see it's made you doubt yourself and your memory of this whole year. That's the worst part, and it's mine to repair. I'm sorry.",
    kinds: [],
  },
  {
    text: "I told you she was just a colleague when I had feelings for her and was acting on them. I let you feel paranoid for asking. I'm sorry for the affair and for making you doubt your own instincts.",
    kinds: [],
  },
  {
    text: "I spent our holiday fund on online betting and told you the bank had frozen the account. I'm sorry. That lie sent you ringing the bank in a panic. I've set up shared access to every account and given you my passwords.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied about still following my ex and liking her photos. You asked me directly and I said no. You deserved a true answer. I've unfollowed her, and I'll answer honestly whenever you ask.",
    kinds: [],
  },
  {
    text: "What I did was sleep with your sister's friend and then look you in the eye at dinner. I'm sorry. I know it has poisoned places and people you love, not only us. I'll go along with whatever you need about seeing her.",
    kinds: [],
  },
  {
    text: "I hid a credit card from you and maxed it out. I'm sorry. You've been careful with money for both of us and I went behind your back. I've booked us in with a debt adviser and I'll bring every statement.",
    kinds: [],
  },
  {
    text: "I've been paying for cam sites and hiding the charges as 'software'. I lied to you about it and I'm sorry. I know it's left you feeling humiliated as well as betrayed. I've cancelled everything and I'll go through the card with you line by line.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair, and I'm sorry for every time I told you that you were imagining things. You weren't. You saw what was happening and I made you doubt it.",
    kinds: [],
  },
  {
    text: "I'm so sorry. I had feelings for Priya, I let it go much further than it should have, and I hid it. You trusted me and I broke that. I'm going to be completely open with you from here.",
    kinds: [],
  },
  {
    text: "I owe you a proper apology, not a mumbled one. I was messaging Claire for months and lying to you about it. It was deceitful and it was my choice. I can see how much it's hurt you, and I'm committed to being fully transparent from now on.",
    kinds: [],
  },
  {
    text: "I'm sorry I went to the strip club on the stag do and then lied about it. You asked me straight out and I lied to your face. I understand why you're questioning other nights too, and I'll answer about any of them.",
    kinds: [],
  },
  {
    text: "I kept a second phone. That alone tells you how deliberately I was hiding things. I'm sorry. I've handed it to you unlocked, and I'll answer anything about what's on it.",
    kinds: [],
  },
  {
    text: "I need to own this fully. I had sex with a man I met through work, more than once, and I lied about the trips. I'm sorry. Your whole picture of our last year has been turned upside down. I've told work I won't travel with him again.",
    kinds: [],
  },
  {
    text: "There's no deadline on this. I'll keep apologising through what I do, not only what I say. I'm sorry I lied about the debt collectors calling.",
    kinds: [],
  },
  {
    text: "I'm sorry. We agreed on one rule about my ex, no contact in secret, and I broke it again and again. I understand that's why this feels so much bigger than one conversation.",
    kinds: [],
  },
  {
    text: "I lied about being at my mum's. I was with Lee. I'm sorry for the lie and for the affair. It's made you feel like a fool, and you are not the one who should feel ashamed.",
    kinds: [],
  },
  {
    text: "I know sorry isn't enough on its own. I sent sexual photos to someone else and hid it from you. I've deleted the account, I've told you everything there was, and I'll keep being honest whenever you ask.",
    kinds: [],
  },
  {
    text: "I messed up, and I mean I did it, not that it happened to me. I was on Bumble behind your back. I'm sorry. I get that you're replaying every late night now. Ask me anything and I'll tell you.",
    kinds: [],
  },
  {
    text: "I'm sorry, properly sorry. I was seeing someone from the footy club and I lied to you every Saturday for two months. You didn't deserve that, and I'm stepping away from the club.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid the loan I took from my colleague and lied when you asked about the missing gold. That was wrong of me. I understand you feel you cannot trust me in our own home now. I will give you full access to my accounts and return the gold by next month.",
    kinds: [],
  },
  {
    text: "I'm sorry. I pretended my ex was helping me with my CV when we were actually meeting for dinner. You had every reason to be suspicious and I made you feel bad for it. That was cruel, and it stops now.",
    kinds: [],
  },
  {
    text: "I was wrong to go on the dating app 'just to look'. Looking was already a betrayal of what we'd agreed. I'm sorry, and I've deleted it in front of you.",
    kinds: [],
  },
  {
    text: "I've spent the last week explaining and defending, and that isn't an apology. So, plainly: I cheated, I lied, and I hurt you. I'm sorry. I'm going to stop talking and start listening.",
    kinds: [],
  },
  {
    text: "I'm sorry I didn't tell you the truth when you first asked. Finding out from her partner instead of from me added a humiliation you never should have had. That's on me.",
    kinds: [],
  },
  {
    text: "I lied to you about how much I've lost gambling. It's nearer forty thousand than four. I'm sorry. I know that number changes your plans, not just mine. I've blocked gambling on my cards and I'm seeing a counsellor on Tuesday.",
    kinds: [],
  },
  {
    text: "I'm sorry for the emotional affair with Mark. I shared parts of myself with him that belonged to us. I know it hurts in a different way from a physical affair, not a smaller way. I've ended contact and told him why.",
    kinds: [],
  },
  {
    text: "I'm sorry. I was chatting to a girl off Instagram and saying things I'd no business saying. I hid it and lied when you asked. I can see it's knocked your confidence, and I'll do whatever's needed to put it right.",
    kinds: [],
  },
  {
    text: "I should have told you about the letters from the bank years ago. I hid them, and I hid them deliberately. I'm sorry, and I understand why you feel you no longer know what's true. We'll go through the box together, tonight if you like.",
    kinds: [],
  },
  {
    text: "I'm sorry I hurt you by lying about the texts to Jess. I know the lies were worse for you than the texts. No more lies, not even small ones.",
    kinds: [],
  },
  {
    text: "I was unfaithful. I'm sorry. I'm not going to tell you what was going on with me unless you ask, because this is about what I did to you.",
    kinds: [],
  },
  {
    text: "I went back on my word about the porn and I hid it. I'm sorry. I've put blocks on my devices and given you the password, and I've started seeing someone about it.",
    kinds: [],
  },
  {
    text: "I'm sorry I said we were on a break when you found out. We weren't, and I knew it. I cheated and then I tried to wriggle out of it. I'm owning it now.",
    kinds: [],
  },
  {
    text: "I'm ashamed of what I did, but my shame isn't yours to fix. I slept with Chris and lied to you about it. I'm sorry. The work of rebuilding this is mine to carry.",
    kinds: [],
  },
  {
    text: "I'm sorry. I hid that I've been in touch with my ex-husband, and I let you believe it was my sister calling. I know you feel deceived. I'll keep my phone open to you and tell you whenever he calls.",
    kinds: [],
  },

  // ---- blame_shift ----
  {
    text: "I'm sorry I cheated, but you'd stopped touching me months before. What did you expect?",
    kinds: ['blame_shift'],
  },
  {
    text: "I wouldn't have needed to hide the money if you didn't go mental every time I spent a tenner.",
    kinds: ['blame_shift'],
  },
  {
    text: "Sorry, but if you'd actually listened to me once in a while I'd never have ended up talking to her.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry about the messages. Our marriage had been dead for a year, and that's on both of us, really.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I own my part, but you pushed me away for so long that something like this was always going to happen.',
    kinds: ['blame_shift'],
  },
  {
    text: "Sorry, but you were always at your mother's place. What was I supposed to do alone every evening?",
    kinds: ['blame_shift'],
  },
  {
    text: 'apologies but ur jealousy is what made me start hiding stuff in the first place',
    kinds: ['blame_shift'],
  },

  // ---- conditional ----
  { text: "I'm sorry if anything I did upset you.", kinds: ['conditional'] },
  { text: 'If the texts with Mia hurt you, then I apologise.', kinds: ['conditional'] },
  { text: 'I apologise if my friendship with Jake crossed a line for you.', kinds: ['conditional'] },
  { text: "To whatever extent I may have hurt you, I'm sorry.", kinds: ['conditional'] },
  { text: 'if i upset u with the snap stuff then im sorry', kinds: ['conditional'] },
  { text: "If I've caused you any distress over the money, I'm sorry for that.", kinds: ['conditional'] },

  // ---- non_apology ----
  { text: "I'm sorry you feel that way about the texts.", kinds: ['non_apology'] },
  { text: "I'm sorry you had to find out like that.", kinds: ['non_apology'] },
  { text: "I'm sorry you saw those messages.", kinds: ['non_apology'] },
  { text: "I've said sorry a hundred times. What more do you want from me?", kinds: ['non_apology'] },
  { text: "Fine, I'm sorry. Happy now?", kinds: ['non_apology'] },
  { text: "I'm sorry you're upset. I don't know what else I can say.", kinds: ['non_apology'] },
  { text: 'I regret that you found the receipts.', kinds: ['non_apology'] },
  { text: 'I apologise for your hurt feelings.', kinds: ['non_apology'] },
  { text: "Look, I'm sorry I got caught. That's what you want to hear, isn't it?", kinds: ['non_apology'] },
  {
    text: "Righto, I'm sorry you're cranky about the pokies. What else do you want me to say?",
    kinds: ['non_apology'],
  },
  {
    text: "Okay, I'm sorry you came to know from my cousin. What more should I do now?",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry my phone lit up when it did.", kinds: ['non_apology'] },
  { text: "I'm sorry you feel betrayed. That was never my intention.", kinds: ['non_apology'] },
  { text: "Sorry you're taking it so hard, pet. I've said it, what more is there?", kinds: ['non_apology'] },
  {
    text: "Ag, I'm sorry you're so upset about it, shame. I've apologised already, what more do you want?",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry it hurt you to read them.", kinds: ['non_apology'] },
  { text: 'Everyone keeps telling me to apologise, so: sorry.', kinds: ['non_apology'] },

  // ---- minimizing ----
  { text: "I'm sorry. It was only a few messages, nothing physical happened.", kinds: ['minimizing'] },
  { text: "I'm sorry about the kiss. It was one kiss and it didn't mean anything.", kinds: ['minimizing'] },
  { text: "Sorry about the porn thing. It's just something loads of guys do.", kinds: ['minimizing'] },
  {
    text: "I apologise for the overspend. It's a bit of debt, we'll have it cleared in no time.",
    kinds: ['minimizing'],
  },
  { text: "I'm sorry I had a little flutter with the savings.", kinds: ['minimizing'] },
  { text: 'sorry babe, it was literally just a harmless chat with my ex', kinds: ['minimizing'] },
  { text: "I'm sorry. It was a moment of madness, one night, it meant nothing.", kinds: ['minimizing'] },

  // ---- justification ----
  {
    text: "I'm sorry. I'd been so lonely since the move, and he actually listened to me.",
    kinds: ['justification'],
  },
  {
    text: "I'd had way too much to drink at the Christmas do. That's the only reason it happened. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I hid the debt. I was under so much pressure at work I couldn't think straight.",
    kinds: ['justification'],
  },
  { text: "I only lied because I didn't want to hurt you. I'm sorry.", kinds: ['justification'] },
  {
    text: "I'm sorry. My dad had just died and I wasn't myself. That's why I started talking to her.",
    kinds: ['justification'],
  },
  {
    text: "I kept betting because I thought I could win it back before you noticed. I'm sorry.",
    kinds: ['justification'],
  },
  { text: 'sorry but i was wasted, i didnt even know what i was doing', kinds: ['justification'] },
  {
    text: 'I apologise. I went on the app because I needed to feel wanted again after the baby.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. You have to understand I grew up in a house where nobody talked about money, so hiding it is what I know.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. I was depressed, and the porn was the only thing that made me feel anything.",
    kinds: ['justification'],
  },
  {
    text: 'Sorry, na. The pressure from my family about money was too much, that is why I took the loan without telling you.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry, I was off my face at the bucks' and things got out of hand.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. Sure, I'd a few pints in me and she was all over me, I wasn't thinking.",
    kinds: ['justification'],
  },
  {
    text: 'I apologise. Retirement hit me harder than I let on, and the betting gave me something to do with the days.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. It started because my ex was going through a really hard time and needed someone to lean on.",
    kinds: ['justification'],
  },
  {
    text: 'Sorry, I was so stressed with the load-shedding and work and everything, I just needed an escape.',
    kinds: ['justification'],
  },

  // ---- self_focus ----
  {
    text: "I'm sorry. I've barely slept since you found out and I feel like the worst person alive.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. Do you have any idea how hard it's been for me to carry this secret?",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry. I hate myself for this more than you ever could.", kinds: ['self_focus'] },
  {
    text: "I know I hurt you, but I'm hurting too. I've lost my best friend and my marriage in one week.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. Every time I look in the mirror I feel sick. I don't know how I'm going to live with myself.",
    kinds: ['self_focus'],
  },
  {
    text: "i'm sorry. i cried the whole way home. i feel so disgusting. i can't even eat",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. Please don't tell anyone, I couldn't bear the embarrassment at work.",
    kinds: ['self_focus'],
  },
  { text: 'I apologise. This has been the hardest month of my life.', kinds: ['self_focus'] },
  {
    text: "I'm so sorry. I'm honestly falling apart here; my therapist says I'm in crisis.",
    kinds: ['self_focus'],
  },
  {
    text: "Sorry. I've lost her too, you know. I can't even grieve that properly because of all this.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. I'm the one who has to live with knowing what I did, every single day.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. I've been in bits, honestly, I've not been in to work all week.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. I'm absolutely gutted. I feel like such a dog and I can't stop thinking about how I've wrecked my own life.",
    kinds: ['self_focus'],
  },
  {
    text: 'I am sorry. My mental peace is totally gone, I am not able to concentrate on anything.',
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. I keep thinking about how everyone at church is going to look at me now.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry about the debt. You don't know how scary it's been for me, dodging those calls on my own for months.",
    kinds: ['self_focus'],
  },

  // ---- pressure ----
  { text: "I'm sorry. Can we please just put this behind us now?", kinds: ['pressure'] },
  { text: "I've apologised. I need you to forgive me so we can move on.", kinds: ['pressure'] },
  {
    text: "I'm sorry. But it's been six months, and at some point you have to let it go.",
    kinds: ['pressure'],
  },
  { text: "I'm sorry. Please just tell me you forgive me.", kinds: ['pressure'] },
  { text: "I'm sorry. Let's not ruin Christmas over this, yeah?", kinds: ['pressure'] },
  { text: "I'm sorry. Can we agree not to bring it up again after tonight?", kinds: ['pressure'] },
  { text: 'sorry. can we just go back to normal now pls', kinds: ['pressure'] },
  { text: "I'm sorry. I need to know by the weekend whether you're staying.", kinds: ['pressure'] },
  { text: "I've said sorry. Surely we can draw a line under it now.", kinds: ['pressure'] },
  { text: "I'm sorry. I'll do anything, just promise me you won't leave.", kinds: ['pressure'] },
  {
    text: "I'm sorry. The kids need us to be okay, so we need to get past this quickly.",
    kinds: ['pressure'],
  },
  { text: 'Sorry. Now please forgive and forget, for the sake of the family.', kinds: ['pressure'] },
  { text: 'Sorry, love. Can we just crack on now? No point dwelling on it.', kinds: ['pressure'] },
  {
    text: "I'm sorry. Now can we leave it at that and not be dragging it up every week?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry. I've done everything you asked. When are we going to be done with this?",
    kinds: ['pressure'],
  },
  { text: "I apologise. I'd like us to be back to how we were by our anniversary.", kinds: ['pressure'] },
  { text: "I'm sorry. Real love means forgiving, doesn't it?", kinds: ['pressure'] },

  // ---- vague ----
  { text: "Mistakes were made, and I'm sorry for my part in them.", kinds: ['vague'] },
  { text: "I'm sorry for everything that happened.", kinds: ['vague'] },
  { text: "I'm sorry things got out of hand.", kinds: ['vague'] },
  { text: 'Sorry for what went on with the money side of things.', kinds: ['vague'] },
  { text: 'I regret how things turned out with her.', kinds: ['vague'] },
  { text: "Things were said and done that shouldn't have been. I'm sorry.", kinds: ['vague'] },

  // ---- two kinds ----
  {
    text: "I'm sorry if I hurt you, but I was drinking a lot back then.",
    kinds: ['conditional', 'justification'],
  },
  {
    text: "It was only a bit of flirting and it's been a month. Can we please move on?",
    kinds: ['minimizing', 'pressure'],
  },
  {
    text: "I'm sorry you're upset, but I'm the one who can't sleep at night.",
    kinds: ['non_apology', 'self_focus'],
  },
  {
    text: "I'd been drinking too much since Dad died, that's why I went to her. I'm sorry. Can we please just move forward now?",
    kinds: ['justification', 'pressure'],
  },
  {
    text: "I feel terrible, I'm a total wreck, so please just forgive me so we can both start healing.",
    kinds: ['self_focus', 'pressure'],
  },
  { text: 'Mistakes were made on both sides.', kinds: ['vague', 'blame_shift'] },
];
