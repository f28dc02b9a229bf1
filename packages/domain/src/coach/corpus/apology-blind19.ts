import type { CorpusItem } from './corpus-item';

// Written for blind19 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.
// Held out: measured once, never tuned on.
export const APOLOGY_BLIND19: readonly CorpusItem[] = [
  // ---- clean ----
  {
    text: "I lied to you about the money. I've been gambling since March and I hid the statements in my work bag so you wouldn't see them. That was wrong and I'm sorry.",
    kinds: [],
  },
  {
    text: "I slept with Dan's sister. I'm not going to dress it up. I'm sorry, and I know I've hurt you more than I can put in a text at 1am.",
    kinds: [],
  },
  { text: "I'm sorry. I cheated on you.", kinds: [] },
  {
    text: "For months I was texting Mel every night and telling you it was work emails. I lied to your face while you were lying next to me. I'm so sorry.",
    kinds: [],
  },
  {
    text: "I won't ask you to forgive me. I just want you to know I understand what I did, and I'm going to keep showing up whether you forgive me or not.",
    kinds: [],
  },
  {
    text: "It wasn't just a kiss. It was months of lying to you about where I was and who I was with, and I'm sorry for every one of those lies.",
    kinds: [],
  },
  {
    text: "There's no excuse. I was lonely, but that's not why I did it. I did it because I chose to, and I'm sorry.",
    kinds: [],
  },
  {
    text: 'babe i know sorry doesnt cover it. i hid the betting app and lied about where the rent money went. thats on me, not anyone else. ive booked in with the GP tmrw to get help',
    kinds: [],
  },
  {
    text: "I had a Hinge profile the whole time we were together. I set it up in January and kept it from you, and even when you asked me about it I didn't come clean. I'm ashamed of that and I'm sorry.",
    kinds: [],
  },
  {
    text: "I told you I hadn't seen Sarah since the breakup. That was a lie. I met her twice for coffee and hid it, and then I made you feel silly for asking. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for the porn and for lying about it. You asked me straight out and I said no. You deserved the truth and I gave you a lie.",
    kinds: [],
  },
  {
    text: "I sent those photos to someone from work. I saw your face when you read them and I know what that did to you. I'm sorry. I've asked to be moved off her team on Monday.",
    kinds: [],
  },
  { text: "I'm sorry. No buts.", kinds: [] },
  {
    text: "What I did with Kate was a betrayal of you and of your friendship with her. I'm not going to ask you to get past it on any timeline of mine.",
    kinds: [],
  },
  {
    text: "I know you'll need time, maybe a lot of it. I'm not going anywhere and I won't rush you.",
    kinds: [],
  },
  { text: "I hurt you. Not 'if', not 'maybe'. I did, and I'm sorry.", kinds: [] },
  {
    text: "I keep starting to write an explanation and then deleting it, because the explanation doesn't matter. I had an affair. I lied about it for a year. I'm sorry.",
    kinds: [],
  },
  {
    text: 'Im so sorry love. I was sexting that girl from the gym and I told you she was my cousin. Thats a disgusting lie and you didnt deserve any of it.',
    kinds: [],
  },
  {
    text: "I owe you the real number. The credit card isn't 4k, it's 19k. I could tell you I was scared but that doesn't excuse it, I chose to lie to you. I'm sorry. I'll put every statement on the kitchen table tomorrow.",
    kinds: [],
  },
  {
    text: "I'm sorry I was such a coward about telling you. I should have told you the night it happened, not let you hear it from Priya.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel crazy. You kept asking and I kept telling you that you were imagining things. You weren't. I was seeing him.",
    kinds: [],
  },
  {
    text: 'I am very sorry for hiding the loan from you and from your parents. I took it without telling you and I lied when you asked me about the EMI. It was wrong of me. I will repay it and show you every paper.',
    kinds: [],
  },
  {
    text: "I cheated. I'm sorry. I'll answer anything you want to ask, whenever you want to ask it, as many times as you need.",
    kinds: [],
  },
  {
    text: "I'm not asking for anything tonight. I only wanted to say I'm sorry, and that I know how much I've broken.",
    kinds: [],
  },
  {
    text: "Nothing I say is going to make this smaller and I'm not trying to. I had sex with someone else and I lied about it for weeks.",
    kinds: [],
  },
  {
    text: "I'm sorry I went behind your back with Jess. She's Liam's girlfriend, he's one of your oldest mates, and I've put you in an awful spot with all of them.",
    kinds: [],
  },
  {
    text: "I'm sorry for the app, for the lies, and for the way I looked you in the eye while I told them.",
    kinds: [],
  },
  {
    text: "You were right to be suspicious. I'm sorry I called you paranoid. I was hiding things and I knew it.",
    kinds: [],
  },
  { text: "I'm sorry. I don't expect a reply.", kinds: [] },
  {
    text: "I should have told you about the debt before we signed for the car. I let you put your name on that loan without knowing the truth. I'm deeply sorry.",
    kinds: [],
  },
  {
    text: "I've deleted the account, but I know that doesn't fix anything. I had it for two years. I'm sorry for the lying, and for how small it must have made you feel.",
    kinds: [],
  },
  {
    text: 'im sorry. i know its 2am and you probably wont read this till the morning. i lied about meeting up with my ex. i met her three times. im not going to pretend it was nothing',
    kinds: [],
  },
  {
    text: "I don't have a good reason because there isn't one. I chose to cheat and I chose to hide it. I'm sorry.",
    kinds: [],
  },
  {
    text: "Forgiveness is yours to give or keep. I'm not going to push for it. I'm sorry for what I did with Tom.",
    kinds: [],
  },
  { text: "I betrayed you. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry I turned it round on you when you first asked. That was cruel. What you found was real, and I'd been lying to you.",
    kinds: [],
  },
  {
    text: "I'm sorry for the months of messages with Rachel. They were flirty, they were secret, and I knew exactly what I was doing every time I sent one.",
    kinds: [],
  },
  {
    text: "The gambling took the holiday fund and it took your trust in me. I'm so sorry. I've self-excluded from every site I used and I'll hand you the banking logins.",
    kinds: [],
  },
  {
    text: "I'm sorry I watched that stuff again after promising you I'd stopped. I broke a promise and then I lied about breaking it.",
    kinds: [],
  },
  {
    text: "I know your mum is going to ask and you'll have to decide what to tell her. I'm sorry I've put you in that position.",
    kinds: [],
  },
  { text: 'Sorry hun. I was on Tinder. No excuses, I know how bad this is.', kinds: [] },
  {
    text: "I'm sorry. The affair was my decision and every lie after it was my decision too. I'll go to counselling on my own as well as with you, if you want that.",
    kinds: [],
  },
  {
    text: "I'd been drinking, but I'm not going to hide behind that. I knew what I was doing when I kissed her and I knew what I was doing when I lied about it the next morning. I'm sorry.",
    kinds: [],
  },
  { text: "You didn't do anything to cause this. It was me, all of it.", kinds: [] },
  {
    text: "I'm sorry, and I'm not saying it so you'll forgive me. I'm saying it because it's true.",
    kinds: [],
  },
  { text: "I know I hurt you and I know it's going to keep hurting for a long time. I'm sorry.", kinds: [] },
  {
    text: "I lied about the bet slips, about the overdraft, and about where I was every Saturday afternoon. I'm sorry for all of it.",
    kinds: [],
  },
  {
    text: "I'm sorry I sexted him. I'm sorry I hid my phone. I'm sorry I let you find out over my shoulder instead of telling you myself.",
    kinds: [],
  },
  {
    text: "I'm so sorry. What I did with Amy at the conference was a betrayal and I have no defence for it.",
    kinds: [],
  },
  {
    text: "I'm sorry for promising I'd never speak to my ex again and then speaking to her every week behind your back.",
    kinds: [],
  },
  {
    text: "I'm not going to call it a one-off because it wasn't. It went on for four months. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm really sorry babe. I know the word sorry is the smallest part of this. The rest is me being honest every day, so here's the first bit: I still have her number. I'll delete it in front of you tomorrow.",
    kinds: [],
  },
  {
    text: "I understand if you need me to stay at my brother's for a while. I'll go tonight. I'm sorry for what I did.",
    kinds: [],
  },
  { text: "I can't undo it. I'm sorry I cheated and I'm sorry I lied.", kinds: [] },
  {
    text: "It wasn't only the night with him, it was every lie I told afterwards to cover it. I'm sorry for all of it.",
    kinds: [],
  },
  {
    text: "I let Claire's flirting go on for months and I encouraged it. I liked the attention and I hid it from you. I'm sorry.",
    kinds: [],
  },
  { text: 'Sorry for lying x', kinds: [] },
  {
    text: "I know you've heard sorry from me before about the betting. I'm not asking you to believe me this time. I'll show you instead.",
    kinds: [],
  },
  {
    text: "I'm sorry that I spent our joint savings on the casino site and told you the bank had made an error.",
    kinds: [],
  },
  {
    text: "I had an emotional affair with Sam. I told him things I should have been telling you, and I hid it. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I blamed you for being distant when you asked about her. You weren't the problem. I was hiding something.",
    kinds: [],
  },
  {
    text: "I'm so sorry for what I did at the Christmas do. I kissed Ben and then let you stand next to him all evening without knowing. That was humiliating for you and I'm the one who did it.",
    kinds: [],
  },
  { text: "I'm sorry. I was wrong, I was dishonest, and I hurt the person I love most.", kinds: [] },
  {
    text: "There was no gap in our relationship I was filling. It was just me being selfish. I'm sorry.",
    kinds: [],
  },
  { text: "I know you're exhausted by all of this. I'm sorry I've put you through it.", kinds: [] },
  { text: "Take whatever time you need. I'm sorry, truly.", kinds: [] },
  { text: "I'm sorry I lied about seeing Emma. I told you it ended in June. It didn't.", kinds: [] },
  {
    text: "I'm sorry for the loan I took out in your name. That wasn't an accident, I did it on purpose and I know how serious it is. I'll sit with you and the bank and sort it properly.",
    kinds: [],
  },
  {
    text: "I cheated on you with someone from my course. I'm sorry. I'll tell you whatever you want to know about it.",
    kinds: [],
  },
  { text: "I'm sorry I kept the dating profile up after we moved in together.", kinds: [] },
  {
    text: "I'm ashamed of what I did and I'm sorry. I was on those sites every night and then lying next to you in bed like nothing was wrong.",
    kinds: [],
  },
  {
    text: "I won't say it meant nothing, because that would be another lie. It meant something at the time and it was wrong. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm so sorry I made you the last to know. Half my office knew about me and Steph before you did.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied about the texts with your sister's husband. It was wrong and it's wrecked things between you and her as well.",
    kinds: [],
  },
  { text: "I'm sorry, and I'll keep saying it with what I do, not just in messages.", kinds: [] },
  { text: "You didn't deserve any of it. I'm sorry I cheated.", kinds: [] },
  {
    text: "I've been hiding the overdraft for a year and I'm sorry. I'll book the debt advice appointment in the morning. You can come or not, it's your call.",
    kinds: [],
  },
  {
    text: "I betrayed your trust by reading and answering his messages every night. I'm sorry. I can see it's made you question everything about us.",
    kinds: [],
  },
  { text: "I'm sorry for what I did to you and to us.", kinds: [] },
  {
    text: "There's nothing to explain away. I had an affair with Nadia and lied about it until you found the hotel receipt. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry, love. I kissed someone at Aoife's wedding and I didn't tell you for three weeks. You'd every right to be raging when you found out.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel like you weren't enough. That came from what I did, not from anything about you.",
    kinds: [],
  },
  {
    text: "I know an apology is the very least I owe you. I'm sorry for the lies about the betting.",
    kinds: [],
  },
  {
    text: "I'm sorry for sleeping with her, for the lies, and for making you wonder whether you'd imagined the whole thing.",
    kinds: [],
  },
  {
    text: 'I am sorry, Meera. I was chatting with my ex on Instagram for months and deleting the chats so you would not see. That was deceit and I take full responsibility for it.',
    kinds: [],
  },
  { text: "I'm sorry. You shouldn't have had to find receipts to get the truth out of me.", kinds: [] },
  {
    text: "No deadline, no 'can we be normal again'. I'm sorry and I'll wait as long as you need.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied to you for so long. I'm going to stop hiding things and start answering.",
    kinds: [],
  },
  { text: "I broke your trust. I'm sorry, and I know words aren't enough.", kinds: [] },
  {
    text: "Been sat in the car for an hour trying to write this. I lied about the gambling, I lied about the debt, I lied when you asked me straight. I'm sorry. I'm going to the GA meeting on Thursday and I'll tell you what happens there.",
    kinds: [],
  },

  // ---- blame_shift ----
  {
    text: "I'm sorry, but you'd stopped touching me months ago. What did you honestly expect to happen?",
    kinds: ['blame_shift'],
  },
  {
    text: "I wouldn't have gone looking elsewhere if you'd ever made any time for me.",
    kinds: ['blame_shift'],
  },
  {
    text: "Sorry. I am. But you pushed me away every time I tried to talk to you about us, for like two years, so I don't know what you thought would happen.",
    kinds: ['blame_shift'],
  },
  {
    text: "We were basically flatmates by then. The relationship was already dead long before Chloe, that's the real reason it happened.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I lied about the money, but you'd have gone mental if I'd told you, so you kind of made lying the only option.",
    kinds: ['blame_shift'],
  },
  {
    text: 'yeah i cheated ok. you were always at your mums, always on your phone. im sorry but its partly on you too',
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry about Josh, I am. But your jealousy is what drove me to him in the end.",
    kinds: ['blame_shift'],
  },
  {
    text: "If you'd been honest with me about how unhappy you were last year, none of this would have happened. Still, I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry, but our marriage had been broken for ages and you know it as well as I do. It didn't start with her.",
    kinds: ['blame_shift'],
  },
  {
    text: "You made me feel like nothing for years. I'm sorry I went to someone who didn't.",
    kinds: ['blame_shift'],
  },
  {
    text: "Sorry for the sexting. You kept saying you weren't in the mood, what was I supposed to do?",
    kinds: ['blame_shift'],
  },
  {
    text: 'The way you went through my phone every night pushed me into hiding things. I am sorry about the app, though.',
    kinds: ['blame_shift'],
  },

  // ---- conditional ----
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  { text: 'If anything I did upset you, I apologise.', kinds: ['conditional'] },
  { text: "I'm sorry if my friendship with Lucy came across the wrong way to you.", kinds: ['conditional'] },
  { text: "If you feel betrayed then I'm sorry for that.", kinds: ['conditional'] },
  { text: 'sorry if i made u feel bad about the bets', kinds: ['conditional'] },
  { text: 'I apologise if the messages with my ex caused you any hurt.', kinds: ['conditional'] },
  {
    text: "If I've done something to damage your trust, then I am truly sorry for it.",
    kinds: ['conditional'],
  },
  {
    text: "Look, if I crossed a line with Ellie then I'm sorry, alright? I've been going over it all night.",
    kinds: ['conditional'],
  },
  {
    text: "I'm sorry, babe, if any of this has hurt you. You know I'd never mean to.",
    kinds: ['conditional'],
  },
  { text: "To whatever extent I've let you down, I'm sorry.", kinds: ['conditional'] },
  {
    text: "Should anything I've done have caused you pain, please accept my apologies.",
    kinds: ['conditional'],
  },
  { text: "I'm sorry if it looked like I was keeping the credit card from you.", kinds: ['conditional'] },

  // ---- non_apology ----
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  { text: "I'm sorry you had to see those messages.", kinds: ['non_apology'] },
  { text: "I've said sorry like fifty times now. What more do you want from me?", kinds: ['non_apology'] },
  { text: "I'm sorry you found out like that, from her of all people.", kinds: ['non_apology'] },
  {
    text: "I'm sorry I got caught, ok? That's the honest answer, you wanted honest.",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry you're so upset about the Hinge thing, I really am.", kinds: ['non_apology'] },
  { text: 'I regret that you ever had to see that chat.', kinds: ['non_apology'] },
  {
    text: "Sorry it's been such a rough week for you since you found the statements.",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry this whole thing has upset you so much.", kinds: ['non_apology'] },
  { text: 'Fine. Sorry. Happy now?', kinds: ['non_apology'] },
  { text: "Honestly I'm gutted my phone lit up when it did. I'm sorry.", kinds: ['non_apology'] },
  { text: 'Im sorry u feel hurt by the Tinder thing', kinds: ['non_apology'] },

  // ---- minimizing ----
  { text: "I'm sorry. It was just a kiss, it didn't mean anything.", kinds: ['minimizing'] },
  {
    text: 'Nothing actually happened with Chloe, we only talked on the phone a few times. Sorry.',
    kinds: ['minimizing'],
  },
  { text: "It's only porn, babe. Sorry I hid it but it's hardly cheating.", kinds: ['minimizing'] },
  { text: 'Sorry about the bets, it was only a few hundred quid really.', kinds: ['minimizing'] },
  { text: "I'm sorry. It was a one-time thing and it's over.", kinds: ['minimizing'] },
  {
    text: "It was a bit of harmless flirting and I'm sorry it went as far as it did.",
    kinds: ['minimizing'],
  },
  {
    text: "Sorry for the couple of photos. It's not like we ever met up or anything.",
    kinds: ['minimizing'],
  },
  { text: "I only had a coffee with my ex, sorry I didn't mention it.", kinds: ['minimizing'] },
  {
    text: 'I apologise for the messages. They were silly and completely meaningless.',
    kinds: ['minimizing'],
  },
  {
    text: "Sorry. It's a little bit of debt, we'll sort it, it's not the end of the world.",
    kinds: ['minimizing'],
  },
  {
    text: "I know you keep calling it an affair but it was literally one drunk night. I'm sorry, I am, but it's not an affair.",
    kinds: ['minimizing'],
  },
  {
    text: 'The app was just a bit of an ego boost, I never actually met anyone off it. Sorry.',
    kinds: ['minimizing'],
  },

  // ---- justification ----
  { text: "I'm sorry. I'd been so lonely for months and he listened to me.", kinds: ['justification'] },
  {
    text: "I was really drunk, I'm so sorry, I barely knew what I was doing that night.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. Work has been insane since April and the betting was how I coped with the stress.",
    kinds: ['justification'],
  },
  {
    text: "I went on the app because I was feeling so low about myself. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "Sorry I lied about seeing my ex. I did it because I didn't want to ruin your birthday week.",
    kinds: ['justification'],
  },
  {
    text: "After Dad died I wasn't myself and I reached out to Holly for comfort. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. I was under so much pressure with the business going under, and I honestly thought I could win it back before you noticed.",
    kinds: ['justification'],
  },
  {
    text: 'Sorry babe, I was off my face on the stag do, you know what the lads are like.',
    kinds: ['justification'],
  },
  {
    text: 'I am sorry. I hid the loan because I wanted to protect you from worrying.',
    kinds: ['justification'],
  },
  {
    text: "I'm so sorry. I'd had such a hard year with my health and I think I needed someone to make me feel wanted.",
    kinds: ['justification'],
  },
  {
    text: "Sorry for the sexting. I was bored out of my mind and away for work for three weeks, it's not easy being on your own that long.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. It started because she was going through a divorce and I was the one at work she could talk to, and I understood what she was going through.",
    kinds: ['justification'],
  },

  // ---- self_focus ----
  {
    text: "I'm sorry. I honestly hate myself right now, I haven't slept in days and I can't eat.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry. You've no idea how hard this has been for me.", kinds: ['self_focus'] },
  {
    text: "I'm sorry, I feel like the worst person alive and I don't know how I'm going to live with this.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. Do you know what it's like carrying this guilt around every single day? It's destroying me.",
    kinds: ['self_focus'],
  },
  {
    text: "Sorry for everything. I've lost my best friend, my home, maybe my job. I'm at rock bottom.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. I'm in pieces. My therapist says I'm spiralling and I need you to know how much I'm struggling.",
    kinds: ['self_focus'],
  },
  { text: "I know I hurt you but I'm hurting too, probably more than you realise.", kinds: ['self_focus'] },
  {
    text: 'im sorry. ive been crying in the car every lunch break, my boss asked me if someone had died. i feel sick all the time and i cant even look at myself in the mirror',
    kinds: ['self_focus'],
  },
  { text: "I'm so sorry. I keep thinking about how I've ruined my own life.", kinds: ['self_focus'] },
  { text: "I'm sorry, and honestly this has been the hardest time of my whole life.", kinds: ['self_focus'] },
  {
    text: "I'm sorry. My anxiety has gone through the roof since you found out and I'm barely coping at work.",
    kinds: ['self_focus'],
  },

  // ---- pressure ----
  { text: "I'm sorry. Can we please just put this behind us now?", kinds: ['pressure'] },
  { text: "I've apologised. I need you to forgive me so we can move on.", kinds: ['pressure'] },
  {
    text: "I'm sorry. Let's not let this ruin Christmas, yeah? Can we draw a line under it?",
    kinds: ['pressure'],
  },
  { text: "I'm so sorry. Please forgive me, please, I'm begging you.", kinds: ['pressure'] },
  { text: 'Sorry. Can we have one normal weekend and not talk about it?', kinds: ['pressure'] },
  {
    text: "I'm sorry about the debt. Can we agree that once we've seen the advisor on Friday it's dealt with and we don't bring it up again?",
    kinds: ['pressure'],
  },
  {
    text: "I'm truly sorry. I'd like us to be past this by the time we go to your parents in August.",
    kinds: ['pressure'],
  },
  { text: "I'm sorry. I think it's time we moved forward now, it's been three months.", kinds: ['pressure'] },
  {
    text: "I know I messed up and I've said sorry every day for a month. Now please can we just go back to how we were, I miss us.",
    kinds: ['pressure'],
  },
  { text: 'Sorry babe. Forgive me? 🙏', kinds: ['pressure'] },
  {
    text: "I'm sorry, I really am. Tell me you forgive me and we can start fresh tomorrow.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry. I need an answer by the weekend about whether you can forgive me.",
    kinds: ['pressure'],
  },

  // ---- vague ----
  { text: "Mistakes were made, and I'm sorry for them.", kinds: ['vague'] },
  { text: "I'm sorry things happened the way they did.", kinds: ['vague'] },
  { text: 'Lines got crossed with a colleague and I regret it.', kinds: ['vague'] },
  { text: "I'm sorry for everything that went on.", kinds: ['vague'] },
  { text: "I'm sorry about what happened with Sophie.", kinds: ['vague'] },
  { text: "Things got out of hand with the money and I'm sorry.", kinds: ['vague'] },
  { text: 'Sorry for the situation. It all got complicated.', kinds: ['vague'] },
  { text: "Some boundaries weren't respected and I apologise for that.", kinds: ['vague'] },
  { text: "I'm sorry for how things unfolded over the summer.", kinds: ['vague'] },
  {
    text: "I've been lying here awake trying to work out how to say this. Stuff happened at the conference that shouldn't have, and I'm sorry.",
    kinds: ['vague'],
  },
  { text: "I'm sorry it came to this.", kinds: ['vague'] },
  { text: 'Regrettable choices were made on that trip and I own that.', kinds: ['vague'] },

  // ---- two kinds ----
  {
    text: "I'm sorry if you were hurt, but it was only a few messages.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "You were never home, that's the truth of it. Sorry, but can we move on now?",
    kinds: ['blame_shift', 'pressure'],
  },
  { text: "I'm sorry you're upset. It was just a bit of texting.", kinds: ['non_apology', 'minimizing'] },
  {
    text: "I was so stressed with work, I wasn't thinking. I'm sorry. I'm in bits about it, I can't sleep, I can't eat.",
    kinds: ['justification', 'self_focus'],
  },
  { text: "Stuff happened, I'm sorry. Can we leave it in the past now?", kinds: ['vague', 'pressure'] },
];
