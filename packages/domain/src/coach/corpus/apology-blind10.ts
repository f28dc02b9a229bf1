import type { CorpusItem } from './corpus-item';
// Written for the blind10 round by an outside evaluator who never saw the coaches' rules,
// lexicons or existing corpora; texts and labels come from general knowledge of how people write.

export const APOLOGY_BLIND10: readonly CorpusItem[] = [
  {
    text: "I lied to you about where I was on Friday nights for four months. I was with her. There's no softer way to say it and I won't try to. I'm sorry.",
    kinds: [],
  },
  {
    text: "I opened two credit cards in my name and hid the statements from you. That was a choice I made again and again, not an accident. I'm sorry, and I've booked a session with the financial counsellor for Tuesday so you can see every account.",
    kinds: [],
  },
  { text: "I'm sorry I cheated. You trusted me and I broke that.", kinds: [] },
  {
    text: "I know sorry doesn't fix this, but I want to say it plainly: I'm sorry for lying to you about the money.",
    kinds: [],
  },
  {
    text: "I kept texting him after I promised you I'd stopped. That was a second betrayal on top of the first, and I own both of them.",
    kinds: [],
  },
  {
    text: "You asked me straight out in March whether something was going on, and I looked you in the eye and said no. That lie is mine. I should have been the one to tell you, and I wasn't.",
    kinds: [],
  },
  {
    text: "There's no excuse for what I did. I gambled away the house deposit and then lied about it for a year. I'm not going to ask you for anything tonight. I just want you to know I see what it cost you.",
    kinds: [],
  },
  {
    text: 'I was wrong. Not a little wrong, not "we both made mistakes" wrong. I had an affair, and I\'m sorry.',
    kinds: [],
  },
  {
    text: "Been thinking about what you said at the kitchen table. You're right, I didn't just hide the pokies losses, I lied every single time you asked where the money went. I'm sorry. I've handed you the bank cards and I rang Gambling Help this arvo.",
    kinds: [],
  },
  {
    text: "Sorry for lying about the messages. I deleted them because I didn't want you to see them, and that's exactly the problem.",
    kinds: [],
  },
  {
    text: "I'm not asking you to forgive me. Take whatever time you need. I'm going to keep showing up either way.",
    kinds: [],
  },
  {
    text: 'Dear Anna, I am writing this because I think you deserve to read it in my own words rather than hear it in a rush. For eleven months I was in a relationship with a colleague. I hid it from you, I lied when you asked, and I let you doubt yourself when your instincts were right. That last part may be the worst of it. I am sorry. I have ended all contact, I have asked to move teams, and I will answer any question you ask me, for as long as you need to ask it.',
    kinds: [],
  },
  {
    text: "I made you feel crazy for noticing. I'm sorry for that as much as for the affair itself.",
    kinds: [],
  },
  {
    text: "I'm sorry. I hid the debt from you, I lied about the loan, and I let you sign for the car without knowing. That was wrong.",
    kinds: [],
  },
  { text: 'I was the one who chose to lie. Nothing you did made me do it.', kinds: [] },
  {
    text: "I am very sorry for what I did. I took the money from our joint account for my brother's business and told you it was for the car service. I lied to you directly. I have written down every amount and I will give you the full statement tonight itself.",
    kinds: [],
  },
  {
    text: "Ag, I've been sitting here trying to find the right words and there aren't any good ones. I lied to you about the casino, not once, many times. I'm sorry. I'll phone the helpline now now and tell you what they say.",
    kinds: [],
  },
  {
    text: "I'm sorry I hurt you. I'm sorry I kept it going after I knew it was wrong. I'm sorry I made you the last to know.",
    kinds: [],
  },
  {
    text: "I want to acknowledge the harm I caused. I broke our agreement to be monogamous, I concealed it, and when you asked, I gaslit you. I take full responsibility, and I'm committed to doing my own work in individual therapy, not just in our sessions together.",
    kinds: [],
  },
  {
    text: "I know you keep replaying the night you saw the texts. I put that picture in your head, and I'm sorry. It's on me.",
    kinds: [],
  },
  { text: "I won't pretend it was a one-time slip. It went on for almost two years. I'm sorry.", kinds: [] },
  {
    text: "You were right to be suspicious. I'm sorry I told you that you were imagining things.",
    kinds: [],
  },
  {
    text: "I am ashamed of what I did, but this isn't about my shame, it's about what I did to you. I'm sorry.",
    kinds: [],
  },
  {
    text: "I broke a promise I made to you in front of everyone we love. I'm sorry. I'm not going to rush you on any of this.",
    kinds: [],
  },
  {
    text: "Sorry doesn't cover it, but it's where I have to start: I cheated, I lied about it, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I read back through what I said to you the night you found out, all the \"it's complicated\" stuff. It wasn't complicated. I lied and I cheated. I'm sorry for both, and for the way I spoke to you that night.",
    kinds: [],
  },
  {
    text: "If you want to see my phone, it's yours, any time, no questions. I'm sorry I ever gave you a reason to need to.",
    kinds: [],
  },
  {
    text: "I should have told you about the debt the first month it happened. Instead I let it grow for three years and hid the letters. I'm sorry for the lying even more than the money, because the lying is what you can't trust now.",
    kinds: [],
  },
  {
    text: "I'm sorry for what I did with Jess, and for every lie I told to cover it. I'm not asking you to feel any particular way about it.",
    kinds: [],
  },
  { text: "I cheated on you. I'm sorry. No excuses.", kinds: [] },
  { text: "I'm sorry I lied about the betting.", kinds: [] },
  {
    text: "I know you're up at the cottage with your sister and I don't want to crowd you. I wanted to say, properly, that I'm sorry I hid the line of credit. I took out $38,000 and lied to you about it, and you deserved to know before we refinanced. I'll be here when you're back.",
    kinds: [],
  },
  { text: "You didn't deserve any of this. I'm sorry.", kinds: [] },
  {
    text: "I know you said you never want to hear the word sorry from me again unless it comes with changes. So: I've blocked her number, I'm staying at my mum's for now like you asked, and I've started seeing someone about why I lie. And I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I missed our anniversary dinner to see him and told you I was at work. I keep thinking about you sitting at that table waiting.",
    kinds: [],
  },
  {
    text: 'I owe you an apology that doesn\'t have a "but" in it. Here it is: I\'m sorry I had the affair.',
    kinds: [],
  },
  {
    text: "I've been going over and over this and the truth is simple. I chose to hide the money and I chose to keep hiding it. You had every right to be furious.",
    kinds: [],
  },
  {
    text: "My behaviour was wrong. I lied to you and to our kids about why I wasn't home. I'm sorry, and I'll apologise to them too when you think the time is right.",
    kinds: [],
  },
  { text: 'I hurt you badly, and I know an apology is only the beginning.', kinds: [] },
  {
    text: "What I did was a betrayal, plain and simple. I'm sorry, and I'll keep saying it in what I do, not just in what I say.",
    kinds: [],
  },
  {
    text: "I'm so sorry. I know those words are small next to a year of lying about the affair, but I mean them.",
    kinds: [],
  },
  {
    text: "Thank you for telling me how it felt to find the hotel receipt. I'm sorry I put you in that position. I should have told you myself.",
    kinds: [],
  },
  {
    text: "I messaged my ex behind your back for months and said things I should only ever say to you. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry, love. I lied to you about the drink and about the money I spent on it, and I let you think you were going mad counting the bottles. That's on me. I'm going to the meeting tonight and I'll tell you how it went if you want to hear.",
    kinds: [],
  },
  {
    text: "I know you need to hear this more than once, so I'll keep saying it: I'm sorry I was unfaithful.",
    kinds: [],
  },
  {
    text: "I keep wanting to explain, and I'm going to stop myself, because explanations aren't what you need from me right now. I'm sorry.",
    kinds: [],
  },
  {
    text: "Hi. I know we agreed to keep things in writing for a few weeks, so here it is. I'm sorry for hiding the second phone. I'm sorry for the lies I told when you asked about it. You don't need to reply.",
    kinds: [],
  },
  {
    text: "You asked me a direct question and I gave you a dishonest answer, more than once. I'm sorry I lied to you.",
    kinds: [],
  },
  {
    text: "I'm not going to tell you how hard this has been for me. It's been harder for you, and I'm the one who did it. I'm sorry.",
    kinds: [],
  },
  {
    text: "Every time you've asked me a question this week I've answered, and I'll keep doing that. I'm sorry for all the months I didn't.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair and for every time I made you feel like you were the problem. You weren't.",
    kinds: [],
  },
  {
    text: "I've been thinking about what a real apology has to include. So: I slept with someone else, I lied about it, I let you blame yourself, and I'm going to spend as long as it takes showing you that's not who I'll be.",
    kinds: [],
  },
  {
    text: "I'm sorry I spent our savings without telling you. That money was ours, and so was the decision.",
    kinds: [],
  },
  {
    text: "Sorry, I know this is a text and you deserve better than a text. I'm sorry I lied about the loan. Can we talk in person whenever you're ready?",
    kinds: [],
  },
  {
    text: "I'm sorry for hurting you. I had an emotional affair with Priya and I hid how close we'd become. I've stopped all contact and I've told her why.",
    kinds: [],
  },
  {
    text: 'I don\'t want to hide behind "I made a mistake." I made a choice, repeatedly, and it was wrong.',
    kinds: [],
  },
  {
    text: "I lied to you about the overtime and spent those nights with someone else. I let you down, and I let the kids down. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I was dishonest with you about my drinking and the money. You should never have had to find out from the bank.",
    kinds: [],
  },
  {
    text: "I know my sorry isn't worth much to you right now. That's fair. I'll keep earning it back.",
    kinds: [],
  },
  { text: "You can be angry at me for as long as you need. I'm sorry I cheated.", kinds: [] },
  {
    text: "I'm sorry, hen. I lied about where the money went and let you think it was your spending. It wasnae. It was me at the bookies.",
    kinds: [],
  },
  { text: "I betrayed you. I'm sorry. I'll answer anything you want to ask.", kinds: [] },
  {
    text: "I went behind your back and I'm sorry. I've told my sister the truth too, so you don't have to keep my secret for me.",
    kinds: [],
  },
  {
    text: "You trusted me with our finances because I told you I had it handled. I didn't, and I lied about it. I'm sorry.",
    kinds: [],
  },
  {
    text: "I want to own this without dressing it up. I had sex with someone at the conference and lied about it. I'm sorry for the lie and I'm sorry for the act.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied for so long. I'm sorry for the nights you lay awake knowing something was wrong while I told you everything was fine. I'm sorry I made you doubt your own judgement. I know apologising is the easy part. The hard part is the next year, and I'm ready to do it.",
    kinds: [],
  },
  { text: "I didn't just break a rule, I broke your trust. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry I never told you about the loans. You should have been part of that decision from the start.",
    kinds: [],
  },
  {
    text: "I've still been texting her, even after I swore to you it was over. I'm telling you now because you deserve the truth, not because I got caught. I'm sorry.",
    kinds: [],
  },
  { text: "My choices broke this, not yours. I'm sorry.", kinds: [] },
  { text: "I'm sorry for the affair, full stop.", kinds: [] },
  {
    text: 'Please know I am truly sorry. I kept the loan a secret from you and from your parents, and I lied when you asked about the EMI. I have made a full list of what I owe and I will go through it with you whenever you say.',
    kinds: [],
  },
  {
    text: "I'm sorry. I lied. From now on I'll tell you the truth, even the parts that make me look bad.",
    kinds: [],
  },
  {
    text: 'I realise now that what I called "keeping the peace" was lying. I hid the credit card debt because I didn\'t want to face the conversation, and that was cowardly. I\'m sorry.',
    kinds: [],
  },
  {
    text: "I'm sorry for the way I spoke to you when you confronted me. I got angry so I wouldn't have to answer you. That wasn't fair.",
    kinds: [],
  },
  {
    text: "Whatever you decide about us, I'm sorry for the affair, and I'll respect your decision.",
    kinds: [],
  },
  {
    text: "I'm sorry for having an affair with Mark. I know it's affected how you sleep, how you work, how you feel in your own house.",
    kinds: [],
  },
  {
    text: "I'm so sorry. You gave me every chance to tell you the truth and I didn't take a single one.",
    kinds: [],
  },
  {
    text: "Look, I'm not good at this, but here goes. I cheated. I lied about it. I'm sorry. That's it, there's no \"but.\"",
    kinds: [],
  },
  { text: "I'm sorry I put our family at risk by hiding the debt.", kinds: [] },
  { text: "I'm sorry I lied about being at the gym. I was at his flat.", kinds: [] },
  { text: "I'm sorry I hid the texts. I was wrong, and you were right to be angry.", kinds: [] },
  {
    text: 'im so sorry i lied about the money. u didnt deserve that. ill show u every statement tmrw, all of it',
    kinds: [],
  },
  {
    text: "I'm sorry I broke your trust. I'll be patient while you decide whether you can give it again.",
    kinds: [],
  },
  { text: "I took your trust for granted and had an affair behind your back. I'm sorry.", kinds: [] },
  {
    text: "I know it's not enough, but I'm sorry I went to the casino after I promised you I'd stopped. I've self-excluded, and I've put the paperwork on the fridge so you can see it.",
    kinds: [],
  },
  {
    text: "What I did with your savings was theft, and I'm not going to call it anything gentler. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for the lies, the secret account and the way I acted when you found it. You deserved honesty and you got the opposite.",
    kinds: [],
  },
  {
    text: "Hey. I know you don't want to talk yet and that's okay. I just want you to have this in writing: I'm sorry I slept with Tom. It was my choice and it was wrong.",
    kinds: [],
  },
  {
    text: "I lied to you about the payday loans, and when you found the texts from the lender I lied again. I'm sorry. I'm not going to explain it away.",
    kinds: [],
  },
  {
    text: "It's not your job to make me feel better about this. I'm sorry I had the affair, and I'm sorry you're the one left dealing with what I did.",
    kinds: [],
  },
  {
    text: "I know you might never trust me the way you used to. I'm sorry I did that to you, and I'll accept whatever comes.",
    kinds: [],
  },
  {
    text: "I'm sorry, but you have to admit you'd stopped noticing me long before any of this.",
    kinds: ['blame_shift'],
  },
  {
    text: "I know I messed up. But if you'd actually talked to me instead of shutting me out for a year, I wouldn't have gone looking elsewhere.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "We'd been falling apart for ages, and I think the affair was a symptom of that. I'm sorry it happened.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "I'm sorry I hid the money, but you made it impossible to talk about money without it turning into a fight.",
    kinds: ['blame_shift'],
  },
  {
    text: "You pushed me away and I ended up somewhere I shouldn't have been. I'm sorry.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "I take responsibility for my part. Now you'll have to take responsibility for yours.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry for what I did, but it takes two to get a marriage to this point.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry. I just felt like you'd chosen the kids and your job over me for years.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "Sorry about the credit cards. You're the one who wanted the big wedding and the new kitchen, though, so it's not like the debt came from nowhere.",
    kinds: ['blame_shift'],
  },
  {
    text: "I acknowledge that my choices were harmful. I also think it's important that we explore the dynamics in our relationship that created the conditions for the affair.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I lied. You react so badly to everything that lying felt safer.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry I cheated. I know I hurt you more than I can put into words. But I need you to see that I'd been lonely in this marriage for a long time, and you never once asked how I was.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "Honestly, if you hadn't gone through my phone none of this would have blown up like it has. I'm sorry though.",
    kinds: ['blame_shift', 'non_apology'],
  },
  {
    text: "I'm sorry, I am. But you were never there, were you? Always at your mum's or at the office.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry about the texts. Your constant suspicion kind of drove me to have someone I could just chat to.",
    kinds: ['blame_shift', 'minimizing'],
  },
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  { text: 'If anything I did upset you, I apologise.', kinds: ['conditional', 'vague'] },
  { text: "I'm sorry if you felt lied to.", kinds: ['conditional', 'non_apology'] },
  { text: 'Sorry if the whole thing with Sarah came as a shock.', kinds: ['conditional', 'non_apology'] },
  { text: 'To whatever extent my actions caused you pain, I am sorry.', kinds: ['conditional'] },
  {
    text: 'I apologise if my handling of our finances has damaged your trust in me.',
    kinds: ['conditional'],
  },
  {
    text: "I'm sorry if that came across as lying. I honestly didn't think of it as lying at the time.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "Look, if I hurt you, I'm sorry, OK? Can we please stop talking about it now?",
    kinds: ['conditional', 'pressure'],
  },
  {
    text: "Sorry if I've been a bit distant and secretive lately.",
    kinds: ['conditional', 'minimizing', 'vague'],
  },
  { text: 'If I have hurt your feelings in any way, kindly forgive me.', kinds: ['conditional', 'pressure'] },
  {
    text: "I'm sorry for anything I might have done that made you feel this way.",
    kinds: ['conditional', 'vague', 'non_apology'],
  },
  {
    text: "I've been thinking about everything you said last night and I want to say something properly. I know this has been the worst year of your life. I never wanted that for you. I'm sorry if the way I handled things with Dan made it harder.",
    kinds: ['conditional', 'vague'],
  },
  {
    text: 'Should my actions have caused you distress, please accept my sincere apologies.',
    kinds: ['conditional'],
  },
  { text: 'sorry if i upset u babe. wasnt my intention', kinds: ['conditional'] },
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  { text: "I'm sorry you had to see those messages.", kinds: ['non_apology'] },
  { text: "Honestly, I'm mostly sorry you found out the way you did.", kinds: ['non_apology'] },
  { text: "I've said sorry about fifty times. What more do you want from me?", kinds: ['non_apology'] },
  { text: "Fine. I'm sorry. Happy now?", kinds: ['non_apology'] },
  {
    text: "I've apologised, I've done the counselling, I've given you every password I have. I honestly don't know what else I'm supposed to do.",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry that my honesty about the affair has caused you so much pain.", kinds: ['non_apology'] },
  { text: "Sorry not sorry, but I'm not going to grovel forever.", kinds: ['non_apology', 'pressure'] },
  { text: 'I apologise for any upset this has caused.', kinds: ['non_apology', 'vague'] },
  { text: "Sorry you're feeling crook about it, mate. Wasn't my intention.", kinds: ['non_apology'] },
  { text: "I'm sorry for my part in how you're feeling.", kinds: ['non_apology', 'vague'] },
  {
    text: "I know I've been quiet. I've been thinking. I do regret lying about the loan, truly. I'm sorry you feel you can't trust me anymore.",
    kinds: ['non_apology'],
  },
  { text: "Okay, I'm sorry, I said it. Are we done?", kinds: ['non_apology', 'pressure'] },
  { text: "It was just a few messages. I'm sorry.", kinds: ['minimizing'] },
  { text: "I'm sorry. It was one kiss and it didn't mean anything.", kinds: ['minimizing'] },
  {
    text: "Nothing actually happened between us, but I'm sorry I let it get that far.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry about the credit card. It's only a few grand and I'll have it paid off by summer.",
    kinds: ['minimizing'],
  },
  { text: "I'm sorry I wasn't completely upfront about the money.", kinds: ['minimizing', 'vague'] },
  {
    text: "I shouldn't have downloaded the app. It was more of a distraction than anything real, and I'm sorry.",
    kinds: ['minimizing'],
  },
  {
    text: "I know it looks bad, but it was really only an emotional thing. We never even met up. I'm sorry.",
    kinds: ['minimizing'],
  },
  {
    text: "Sorry, babe. It was a once-off at the year-end function and I was dronk. It won't happen again.",
    kinds: ['minimizing', 'justification'],
  },
  { text: 'Sorry I fibbed about the overdraft.', kinds: ['minimizing'] },
  {
    text: "Compared to what some people do, this was honestly pretty minor, but I'm still sorry.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry. I know it feels like the end of the world to you, but it was a couple of drinks with an ex.",
    kinds: ['minimizing'],
  },
  {
    text: "I've spent a lot of time this week thinking about what I did and how I'd feel in your shoes. I'd be devastated too. I lied about the debt and I'm sorry for that. It's not as bad as it sounds, most of it is on a card with a low rate, but I still should have told you.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I let things get a bit flirty with Chloe. It never went anywhere.",
    kinds: ['minimizing'],
  },
  { text: "I'm sorry. I was drunk and I wasn't thinking straight.", kinds: ['justification'] },
  {
    text: "I'm sorry I hid the debt. I was under so much pressure at work and I didn't know how to tell you.",
    kinds: ['justification'],
  },
  { text: "I only did it because I was lonely. I'm sorry.", kinds: ['justification'] },
  {
    text: "I know it's no excuse, but I was going through a lot with my depression at the time.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry about the money. I was trying to fix things before you found out. I genuinely thought I could win it back.",
    kinds: ['justification'],
  },
  {
    text: "Being away on tour for three months does things to your head. I'm sorry it happened.",
    kinds: ['justification', 'vague'],
  },
  {
    text: "I'm sorry I lied. I lied because I knew you'd leave, and I couldn't bear to lose you.",
    kinds: ['justification'],
  },
  {
    text: 'I would like to apologise for my conduct. In fairness to myself, I was working eighty-hour weeks and barely sleeping, which clouded my judgement considerably.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry. She was going through a hard time, I was the only one she could talk to, and it went too far.",
    kinds: ['justification', 'vague'],
  },
  {
    text: "I'm sorry, I really am. I grew up in a house where nobody talked about money, so hiding it was all I knew.",
    kinds: ['justification'],
  },
  {
    text: "Sorry for hiding the loan. With the layoffs coming, I figured I'd sort it out myself so you'd never have to stress about it.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I cheated. I've been thinking a lot about why, and I think part of it was the stress of the move and the baby not sleeping. That's not an excuse, I just want you to understand.",
    kinds: ['justification'],
  },
  { text: "I'm sorry. I hate myself for what I did and I can't sleep or eat.", kinds: ['self_focus'] },
  { text: "You have no idea how much I've been suffering since this came out.", kinds: ['self_focus'] },
  { text: "I'm sorry. Honestly, these have been the worst few months of my life.", kinds: ['self_focus'] },
  {
    text: "I'm so sorry. I feel like the worst person in the world and I don't know how to live with myself.",
    kinds: ['self_focus'],
  },
  {
    text: "I've lost my best friend, my reputation and my home. I'm sorry for what I did, but I'm paying for it every single day.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry. Please don't hate me, I couldn't handle that.", kinds: ['self_focus', 'pressure'] },
  {
    text: "I know I hurt you, but I'm hurting too, and nobody seems to care about that.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. I keep crying at work and my manager has started asking questions. I'm falling apart.",
    kinds: ['self_focus'],
  },
  { text: "I wish you could see how guilty I feel. It's eating me alive.", kinds: ['self_focus'] },
  {
    text: "I'm sorry for lying about the account. You didn't deserve it. I need you to know I've been in a really bad way, though. My anxiety is through the roof and I had a panic attack on the train yesterday.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. It's been so hard carrying this secret on my own for so long, and honestly it's a relief that it's finally out.",
    kinds: ['self_focus'],
  },
  { text: "I've been to hell and back over this. I'm sorry.", kinds: ['self_focus'] },
  {
    text: "I'm really struggling to hold space for your pain when I'm also processing so much shame. I need you to understand that I'm doing the best I can.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry. Can we please just move past this now?", kinds: ['pressure'] },
  { text: "I've apologised. At some point you have to let it go.", kinds: ['pressure', 'non_apology'] },
  { text: "I'm sorry. Let's put it behind us and focus on the kids.", kinds: ['pressure'] },
  {
    text: "I'm sorry. Christmas is in two weeks and I really don't want this hanging over us, so can we call it done?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for what I did. It's been three months, though. I need to know whether you're ever going to forgive me.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry, and I promise it's over. Now can we please stop bringing it up every night?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for the affair. I'm asking you to forgive me so we can move forward as a family.",
    kinds: ['pressure'],
  },
  { text: "I'm sorry and I love you. Tell me we're okay?", kinds: ['pressure'] },
  {
    text: "I've told you everything. I've ended it, I've changed my number, I've shown you every message. I'm sorry, I'm really sorry. But I think it would be good for both of us to draw a line under it after Thursday's session.",
    kinds: ['pressure'],
  },
  { text: "Forgive me? Please? I can't stand this anymore.", kinds: ['pressure', 'self_focus'] },
  {
    text: "I'm sorry. The past is the past, let's not let it ruin our future.",
    kinds: ['pressure', 'vague'],
  },
  {
    text: "I'm sorry I lied about the loan. I'd really love it if we could have a normal weekend and leave all this alone for a while.",
    kinds: ['pressure'],
  },
  { text: "I'm sorry for everything.", kinds: ['vague'] },
  { text: "Mistakes were made, and I'm sorry for my part in them.", kinds: ['vague'] },
  { text: "I'm sorry things happened the way they did.", kinds: ['vague'] },
  { text: "Lines got blurred with a coworker and I'm sorry.", kinds: ['vague', 'minimizing'] },
  { text: 'I apologise for the situation with the accounts.', kinds: ['vague'] },
  { text: "I know I haven't been the best partner lately, and I'm sorry.", kinds: ['vague', 'minimizing'] },
  { text: "I'm sorry for, you know, all of it.", kinds: ['vague'] },
  {
    text: "Some boundaries were crossed that shouldn't have been, and I take that very seriously.",
    kinds: ['vague'],
  },
  { text: "I'm sorry for how things have gone. I never meant for any of it.", kinds: ['vague'] },
  {
    text: "I've been doing a lot of soul searching. I know I've let you down, and I want you to know I'm committed to us and to counselling. I'm sorry for what went on last year.",
    kinds: ['vague'],
  },
];
