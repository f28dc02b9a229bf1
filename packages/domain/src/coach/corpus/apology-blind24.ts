import type { CorpusItem } from './corpus-item';
// Written for blind24 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const APOLOGY_BLIND24: readonly CorpusItem[] = [
  // ---- flawed: blame_shift ----
  {
    text: 'im sorry ok. but u checked out of us way before i ever downloaded that app. i was basically living with a flatmate',
    kinds: ['blame_shift'],
  },
  {
    text: "[voice note, 2:14] hey um. so I know I messed up with the credit cards, I know that, and I'm sorry. but like, every time I tried to bring up the budget you'd roll your eyes and change the subject, so I kind of stopped telling you stuff. anyway. I love you. call me back.",
    kinds: ['blame_shift'],
  },
  {
    text: "I am sorry for the woman from my work. But since the baby you don't look at me, always you are with your mother and not with me.",
    kinds: ['blame_shift'],
  },
  {
    text: "Dear Ruth, I've started this letter four times. I want to say clearly that I lied to you about the drinking for most of last year: the bottles in the garage, the Thursday nights I said I was at five-a-side. I know the kids heard us rowing and I know you've been doing the school runs and the bills on your own. I'm sorry. I think if we'd been honest with each other years ago about how unhappy we both were, I'd never have ended up drinking like that. I'm going to my meeting on Tuesday and I've given Dave the garage key.",
    kinds: ['blame_shift'],
  },
  {
    text: 'Sorry about the texts with Jess. Maybe ask yourself why I felt I could talk to her and not to you though.',
    kinds: ['blame_shift'],
  },
  {
    text: 'i know i lied about seeing him. i know. but ur so jealous about him, what was i meant to do, tell u and have a week long fight?',
    kinds: ['blame_shift'],
  },
  {
    text: "Yeah I stuffed up with the pokies money and I'm sorry. Can't pretend you didn't make it bloody hard to be honest though, you go off like a frog in a sock every time the balance drops.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I acknowledge that I maintained a correspondence with my former partner without your knowledge, and I apologise for that. I would only add that our marriage had, by then, become a partnership in name only.',
    kinds: ['blame_shift'],
  },
  {
    text: "I am sorry for hiding the loan from you. But you only were telling me na, see how well your brother is doing, why can't you also start some business. So I took the loan to show you. Please try to see that side also.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I went on Grindr. I am. But we haven't had sex since March, Tom, and you know that.",
    kinds: ['blame_shift'],
  },
  {
    text: "Lying about seeing my ex was wrong, and I'm sorry. I did it because I knew exactly how you'd react.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "I'm sorry for my part in everything that's gone wrong between us, and I hope one day you can look honestly at yours.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "[voice note] you pushed me away for a whole year, so yeah, I went to someone else and I'm sorry, but can we please just get on with our lives now",
    kinds: ['blame_shift', 'pressure'],
  },
  {
    text: 'Sorry but is only messages with my ex, nothing more. And you also stopped to talk to me, so is not only my fault.',
    kinds: ['minimizing', 'blame_shift'],
  },
  // ---- flawed: conditional ----
  { text: 'if i hurt u by going to see her im sorry', kinds: ['conditional'] },
  {
    text: "[voice note] okay so. I, um, I wanted to say, the Vegas trip, the forty grand on the card, if that upset you then I'm really sorry, like genuinely sorry.",
    kinds: ['conditional'],
  },
  { text: "I'm sorry to whatever extent my messages with Carla hurt you.", kinds: ['conditional'] },
  { text: "Sorry if my lie about the casino make you sad. I don't want you sad.", kinds: ['conditional'] },
  {
    text: 'Should it turn out that keeping the ISA withdrawals from you caused you pain, I apologise without reservation.',
    kinds: ['conditional'],
  },
  { text: "I'm sorry for any hurt my drinking may have caused you and the boys.", kinds: ['conditional'] },
  {
    text: "If you felt betrayed when you saw the photos, that's on me and I'm sorry.",
    kinds: ['conditional'],
  },
  {
    text: "Mum asked me yesterday whether I'd actually apologised properly and I realised I hadn't, not really, not in words. So here it is. I slept with Anna twice in October while you were at your dad's. I lied about it for four months. I'm sorry if that's made you feel like you can't trust anything I say, and I understand why you moved into the spare room. I've booked the appointment with Dr Hale for both of us and I'll go on my own if you don't want to come.",
    kinds: ['conditional'],
  },
  { text: 'sorry if i was shady about the second phone babe x', kinds: ['conditional'] },
  {
    text: "I'm sorry if I wasn't straight with you about meeting Ciara in Galway, I am, honestly.",
    kinds: ['conditional'],
  },
  { text: "I'm sorry if you think I lied to you about Sarah.", kinds: ['conditional', 'non_apology'] },
  { text: 'If anything I did back then upset you, I apologise.', kinds: ['conditional', 'vague'] },
  {
    text: "Sorry if the gambling hurt you. It's wrecked me too, honestly.",
    kinds: ['conditional', 'self_focus'],
  },
  // ---- flawed: non_apology ----
  {
    text: 'sorry you had to see the texts like that, on the kids ipad of all places',
    kinds: ['non_apology'],
  },
  { text: "I'm sorry you feel I've betrayed you.", kinds: ['non_apology'] },
  {
    text: "What more do you actually want from me? I've said sorry for the cards like fifty times.",
    kinds: ['non_apology'],
  },
  { text: 'I regret that you found out from your sister rather than from me.', kinds: ['non_apology'] },
  {
    text: "[voice note] look, I'm sorry it's been such a rubbish week for you, I am, with work and your mum's hip and then finding the betting app on top of that. I'll make it up to you at the weekend, yeah?",
    kinds: ['non_apology'],
  },
  {
    text: 'I am sorry that you are upset for the money. It was never my wish that you are upset.',
    kinds: ['non_apology'],
  },
  {
    text: 'Sorry the letter from the bank got to the house before I could explain it.',
    kinds: ['non_apology'],
  },
  {
    text: "Hey. I've been sitting in the car outside for twenty minutes trying to work out how to start this, so I'll write it instead. I've been going to the casino on Thursdays since last summer, not to football training like I said. I took money from the holiday fund twice and put it back once. You asked me in January straight out and I said no. I'm sorry you had to find the receipts in my jacket the way you did. I've filled out the self-exclusion form and I'll bring it in with me.",
    kinds: ['non_apology'],
  },
  { text: "Honestly I'm sorry you ever had to know about her.", kinds: ['non_apology'] },
  {
    text: "Ag, I'm sorry you're so cross with me about Kirsten, my love. I hate seeing you like this.",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry you're still upset about the money. But we really need to move forward for the kids' sake.",
    kinds: ['non_apology', 'pressure'],
  },
  {
    text: 'sorry u had to find out about the cam site like that. its literally just a website',
    kinds: ['minimizing', 'non_apology'],
  },
  // ---- flawed: minimizing ----
  { text: 'it was a few messages babe. i never even met him', kinds: ['minimizing'] },
  { text: "I'm sorry about the porn. It's not like I was meeting anyone.", kinds: ['minimizing'] },
  {
    text: "[voice memo, 1:47] hey. it's me. I know you're not picking up. I'm sorry about the card, okay, I'm sorry. it was a couple of grand, it's not like we're losing the house. I'll sort it. love you.",
    kinds: ['minimizing'],
  },
  {
    text: 'I say sorry again. With Marek was only coffee two times, nothing more. I lie about it, this is true, and I am sorry for the lie.',
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I kept the account from you. In the grand scheme of things it's a number on a screen, and numbers can be fixed.",
    kinds: ['minimizing'],
  },
  {
    text: "Yes I lied about having a drink at Sophie's. One glass of prosecco, hardly a relapse, but I'm sorry I lied.",
    kinds: ['minimizing'],
  },
  {
    text: "Hi love, I'm writing this on the train because I think I say it better written down. I reactivated my Hinge account in January, I talked to three women on it and I met one of them for a drink in Leeds. I told you I was at the conference dinner. That was a lie and I'm sorry. I know you found the screenshots before I had the guts to tell you, and that makes it worse. It was a drink and a walk back to the station, nothing more than that, but I should never have been there. I've deleted the account and you can have my phone whenever you want it.",
    kinds: ['minimizing'],
  },
  { text: "Babe it was a kiss. A kiss. I'm sorry but come on.", kinds: ['minimizing'] },
  { text: "I'm sorry, I am, but it was an emotional thing, it never got physical.", kinds: ['minimizing'] },
  { text: 'Look, I had a flutter. Bit more than a flutter, fine. Sorry.', kinds: ['minimizing'] },
  { text: 'it was 2 messages. can we drop it now pls', kinds: ['minimizing', 'pressure'] },
  {
    text: "I was hammered, it was one kiss at the Christmas do, I'm sorry.",
    kinds: ['justification', 'minimizing'],
  },
  {
    text: "I'm sorry. It was a few texts and I've been punished for them for two months, I've lost half a stone and I'm barely functioning.",
    kinds: ['self_focus', 'minimizing'],
  },
  // ---- flawed: justification ----
  {
    text: 'i was so drunk that night i barely remember her face. not an excuse but',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I lied about the loans. I was trying to protect you from the stress, you had enough on with your dad.",
    kinds: ['justification'],
  },
  {
    text: "[voice note] I know, I know. I'm sorry about Laura. But work was insane, I was doing seventy-hour weeks and she was the one still in the office at eleven at night, and it sort of grew from that.",
    kinds: ['justification'],
  },
  {
    text: 'I am sorry for the gambling. In my family my father also did this, it is in our blood, I grew up watching him.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I went back on the apps. After the miscarriage I didn't know how to be in my own head.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I lied about the drinking. The anxiety meds weren't working and it was the only thing that took the edge off.",
    kinds: ['justification'],
  },
  {
    text: "Priya, I owe you more than a text, but you've asked for space, so this is what I have. I hid the credit card from you for eighteen months. I used it for the flights to Rahul's wedding and then to pay off the other card. I was raised to believe a man doesn't burden his wife with money problems, and that's why I couldn't bring myself to tell you. I'm sorry. I've spoken to a debt adviser and I'm sending you the statements tonight so you can see every line.",
    kinds: ['justification'],
  },
  {
    text: "Sorry for being on the dating site. I was lonely, I wasn't sleeping, and it was something to do at 3am.",
    kinds: ['justification'],
  },
  {
    text: "Sorry about the second phone. I was under so much pressure with the business going under that I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: 'Im sorry i cheated. The stress of the wedding planning got to me i think, it was a mad few months',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I lied about drinking again. Being an alcoholic is a prison, you don't know what it's like in my head.",
    kinds: ['self_focus', 'justification'],
  },
  {
    text: "Things happened on the stag do that shouldn't have. It was a messy weekend, everyone was wasted.",
    kinds: ['vague', 'justification'],
  },
  // ---- flawed: self_focus ----
  {
    text: 'its 3am and i cant sleep. i keep replaying the night u found the texts over and over. im so sorry',
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I lied about the loan. You have no idea how much I hate myself right now.",
    kinds: ['self_focus'],
  },
  {
    text: "[voice note] I'm sorry about the casino, I'm so sorry, I've been sick to my stomach all day, I threw up at work, my boss sent me home, I'm honestly a mess.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I cheated. But I'm the one who has to look at himself in the mirror every morning.",
    kinds: ['self_focus'],
  },
  {
    text: 'Sorry for my lie about the money. Also for me is very hard, I lose weight, I cry every night, my heart is broken too.',
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I slept with Dan. I've lost my best friend, my reputation at work and probably you too, so believe me, I'm paying for it.",
    kinds: ['self_focus'],
  },
  {
    text: "Dear Mike, I'm writing this because when I try to say it out loud I start crying and you end up comforting me, which isn't fair on you. I had an affair with Chris from the running club for five months. I lied about the Saturday long runs, I lied about the weekend in the Lakes, I let you pay for the new trainers. I'm sorry. Honestly these have been the worst weeks of my life and some mornings I don't know how I'm going to get out of bed. I know you don't owe me anything. I've told Chris it's over and I've left the club.",
    kinds: ['self_focus'],
  },
  { text: "This is eating me alive. I'm sorry about the app.", kinds: ['self_focus'] },
  {
    text: "Sorry about the money. Sorry, sorry, sorry. I feel like the worst person on the planet and I don't know how to live with myself.",
    kinds: ['self_focus'],
  },
  {
    text: 'Sorry for hiding the loan, dear. From that day my BP has gone up, doctor is saying I should not take so much tension.',
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I slept with Emma. I need you to forgive me, I can't do this limbo much longer.",
    kinds: ['pressure', 'self_focus'],
  },
  // ---- flawed: pressure ----
  {
    text: 'im sorry i lied about the bet. can we please move past it now its been 3 weeks',
    kinds: ['pressure'],
  },
  {
    text: "I've apologised for the affair. At some point you're going to have to trust me again or what are we even doing.",
    kinds: ['pressure'],
  },
  {
    text: "[voice note] babe, I'm sorry about the phone, I am. Please just forgive me, I'll do anything, please just say you forgive me.",
    kinds: ['pressure'],
  },
  {
    text: 'I am sorry I kissed Julia. Now please we forget this and be like before, yes? For the children.',
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I hid the debt. Let's make Christmas a fresh start, no more talking about it after the 25th?",
    kinds: ['pressure'],
  },
  {
    text: "Sorry about the app. Can I have my phone password back now? It's been a month and I've done everything you asked.",
    kinds: ['pressure'],
  },
  {
    text: "Sam, I've been thinking a lot since the session on Thursday. I lied about my ex. I kept messaging her for a year after we moved in together and I told you she'd blocked me. That was a deliberate lie and I'm sorry for it. I know it made you doubt yourself, and I know it's why you kept asking if you were being paranoid. You weren't. I want us to go to Cornwall in August like we planned, and I'd really like us to have this behind us by then. I've given you my passwords and I'll keep doing that.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for lying about the overdraft, and I'm ready to move on whenever you are. Which I hope is soon.",
    kinds: ['pressure'],
  },
  { text: 'Sorry I lied about the drinking. Are you going to hold it over me forever?', kinds: ['pressure'] },
  {
    text: "Sorry I was on Tinder. I reckon we're good now yeah? Don't want it hanging over the footy trip.",
    kinds: ['pressure'],
  },
  // ---- flawed: vague ----
  { text: "Mistakes were made on my end and I'm sorry for them.", kinds: ['vague'] },
  { text: 'im sorry for everything. truly', kinds: ['vague'] },
  {
    text: "[voice note, 0:58] hey... I'm sorry about what happened at Christmas. I know things got out of hand. I'm sorry. ring me.",
    kinds: ['vague'],
  },
  {
    text: 'I am sorry for the situation with my ex. Some things happened which should not happen.',
    kinds: ['vague'],
  },
  { text: "I'm sorry for how the last few months have gone.", kinds: ['vague'] },
  { text: 'Sorry that things ended up where they did with Kate.', kinds: ['vague'] },
  {
    text: "Dear Ellie, I wanted to write this properly rather than fire off another text at midnight. Thank you for letting me stay at my brother's without making it a big thing for the girls, and for still doing the Saturday swimming handover with me. I know that costs you. I'm sorry that lines got blurred between me and Hannah at the office. I've asked to be moved to the Bristol team and HR have said yes. I'll be at the pool at nine.",
    kinds: ['vague'],
  },
  { text: 'Sorry about how things got with the joint account.', kinds: ['vague'] },
  { text: 'Sorry for the way things went down in Dublin.', kinds: ['vague'] },
  { text: "I'm sorry a boundary got crossed with Leon.", kinds: ['vague'] },
  // ---- clean ----
  { text: 'I lied to you about the money and that was wrong.', kinds: [] },
  { text: 'i slept with someone else and lied about it for months. im sorry. no excuses', kinds: [] },
  {
    text: "I'm sorry I hid the credit card debt from you. You deserved to know where our money was going.",
    kinds: [],
  },
  {
    text: "[voice note, 0:41] hey, it's me. I'm not ringing to ask you for anything. I just wanted to say out loud that I lied about where I was on Friday. I was at the casino, and I'm sorry. I'll be home by six with the kids' tea.",
    kinds: [],
  },
  {
    text: "I'm not going to say 'if I hurt you'. I did hurt you. I had an affair with Mark and I'm sorry.",
    kinds: [],
  },
  { text: "There's no 'but' coming. I cheated on you and I'm sorry.", kinds: [] },
  {
    text: "You're not overreacting about the supermarket. Seeing her there would knock anyone sideways, and that's because of what I did with her, not because of you.",
    kinds: [],
  },
  {
    text: "I drank again last night and told you I hadn't. I'm not going to blame stress or work. I chose to lie to you, and I'm sorry.",
    kinds: [],
  },
  {
    text: 'I want to say it clear: I lied to you about my debts, 14,000 euro. It was my choice and my fault. I am sorry. Tomorrow I bring you all the papers from the bank.',
    kinds: [],
  },
  {
    text: 'still up so texting, dont feel u have to reply. i was on the apps and lied about it, and u found out from ur friend instead of from me. thats on me. im sorry',
    kinds: [],
  },
  {
    text: "I'm sorry I lied about my ex. You asked me straight out and I looked you in the eye and said no. That's why you're checking my phone, and you can keep checking it.",
    kinds: [],
  },
  {
    text: "I gambled away our savings, and I won't ask you to forgive me for it. I'll keep showing up and you can decide in your own time.",
    kinds: [],
  },
  {
    text: "I know the anniversary is Saturday and it's the first one since you found out about Claire. I'm not expecting it to feel normal. I'll follow your lead on whether we mark it at all.",
    kinds: [],
  },
  {
    text: "I'm sorry I went behind your back with the loans. I made that decision, only me. You didn't push me into it.",
    kinds: [],
  },
  {
    text: "You were always honest with me about money. I wasn't with you. I'm sorry for hiding the betting account.",
    kinds: [],
  },
  { text: "I will never again open an account you don't know about. I'm sorry I did it.", kinds: [] },
  {
    text: "Jo, I'm writing this at the kitchen table after you've gone up, because I keep getting it wrong when I say it. For two years I watched porn most nights after you went to bed and I lied to you every time you asked. I told you you were imagining it. You weren't, and I made you feel like you were going mad, and that might be the worst part. I'm sorry. I've started seeing the counsellor on Wednesdays, I've put the blocker on the laptop and given you the password, and I'll tell you if I slip rather than make you find it. You don't have to answer this.",
    kinds: [],
  },
  {
    text: "I am sorry for taking the gold to the pawn shop without telling you. It was your mother's gold and I had no right. I have the receipt and I will get it back before Diwali.",
    kinds: [],
  },
  {
    text: "I lied to you about the bond payments for six months and let you believe we were fine. I'm sorry, my skat. The statements are on the table for you.",
    kinds: [],
  },
  {
    text: "I did the wrong thing by you. I kept a Tinder profile going the whole time we were engaged and I lied when you asked. I'm sorry.",
    kinds: [],
  },
  {
    text: "I want to take responsibility for the emotional affair I had with Nadia. I shared things with her that belonged in our marriage, and I hid it from you. I understand it has made you question the last two years, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying about being sober. You poured out my bottles for a good reason and I'm not going to argue about it.",
    kinds: [],
  },
  {
    text: 'you asked earlier whether im only sorry because i got caught. fair question. im sorry because i lied to you for a year about her, and you deserved the truth from day one.',
    kinds: [],
  },
  {
    text: "I'm not going to tell you to move on. It's been three weeks since you found my messages to Rachel and of course it's still raw.",
    kinds: [],
  },
  {
    text: "It isn't in the past for you and I won't treat it like it is. I cheated, and I'm sorry.",
    kinds: [],
  },
  {
    text: "You must have felt so lonely these last months while I was sneaking off to see him. I'm sorry I did that to you.",
    kinds: [],
  },
  {
    text: "Last night you said I only cheat when I'm drunk. I was stone cold sober when I texted her. I'm not hiding behind drink any more. I'm sorry.",
    kinds: [],
  },
  {
    text: "I booked that hotel to meet her. You found the receipt because I was careless, not because you were snooping, and you had every right to look. I'm sorry.",
    kinds: [],
  },
  {
    text: "Please don't apologise for 'overreacting' in Tesco. I'm the reason that song hits you like that. I'm sorry I cheated.",
    kinds: [],
  },
  {
    text: 'i just want to own it plainly. i took 3k from the joint account for betting and lied when you asked where it went. im sorry.',
    kinds: [],
  },
  {
    text: "If you want to ring me at lunch, I'll answer. If you don't, that's okay too. I lied to you about Helen, and I'm sorry.",
    kinds: [],
  },
  {
    text: "My sister asked if you'd forgiven me yet. I told her that's not a question for her, or for me. I hid the second phone, and that's what I'm accountable for.",
    kinds: [],
  },
  {
    text: "I never told you about the debts because I didn't want to face them. That was cowardly, and I'm sorry.",
    kinds: [],
  },
  {
    text: "Your mum is right to be angry with me. I lied to you both about the house deposit. I'd like to apologise to her myself on Sunday, if you're okay with that.",
    kinds: [],
  },
  {
    text: 'Sorry. I make the account on the dating site in March, when you was in hospital with your father. I lie when you ask me. I know this is very bad. I delete it and I show you.',
    kinds: [],
  },
  {
    text: 'I want to say sorry for real. I was talking with my ex every day for two months and I said you it was my cousin. This was a lie and I did it. I understand why you are angry.',
    kinds: [],
  },
  {
    text: 'u dont have to answer this tonight. i was on that cam site again and lied about it when u asked at dinner. im sorry. ill talk to u properly tmrw whenever suits u',
    kinds: [],
  },
  {
    text: "[voice note transcript] right, okay, it's me. I'm in the car outside the meeting. I wanted to tell you before I go in, I had two cans in the garage on Sunday and I told you I hadn't. I'm sorry. I'm going to tell them in there too. Love you. Bye.",
    kinds: [],
  },
  {
    text: "The kids are picking up on the tension, and that's on me, because I'm the one who lied about the gambling. I'm sorry. I'll do the talk with them however you want to do it.",
    kinds: [],
  },
  {
    text: "I know your dad won't look at me at Sunday lunch. I lied to his daughter for a year, so that's fair. I'll keep coming if you want me there, and I won't make it your job to smooth it over.",
    kinds: [],
  },
  {
    text: "I'm not going to push about sex. After my affair with Lauren you get to set the pace, completely, and I'm sorry I've made that part of us so hard for you.",
    kinds: [],
  },
  {
    text: "Checking in like we agreed. Nothing new on the phone, it's on the kitchen side if you want to look. I'm still sorry about the messages to Zoe.",
    kinds: [],
  },
  {
    text: "I saw your face when we walked past the wine aisle. I'm sorry I lied to you about the drinking for so long that a supermarket does that to you now.",
    kinds: [],
  },
  {
    text: "I hid a gambling debt of 22,000 pounds from you and lied about it repeatedly. I accept full responsibility. I have self-excluded from every site, I've asked StepChange to help with a plan, and you will see every letter.",
    kinds: [],
  },
  {
    text: "Jamie, I'm sorry I lied about going to Daniel's. I was on a date with someone I met on an app. You trusted me and I used that.",
    kinds: [],
  },
  {
    text: "I'm sorry I kept talking to Becca after I promised you I'd stopped. I broke a promise I made to you in our therapist's office, and I know that cuts deeper than the first time.",
    kinds: [],
  },
  {
    text: "Margaret, forty-one years and I lied to you about the shares. I lost the money and I let you think it was still there. I'm sorry, love. The adviser is coming Tuesday and you'll sit in on all of it.",
    kinds: [],
  },
  {
    text: 'ngl i dont know how to say this right so im just gonna say it. i was snapping my ex the whole time we were together and i lied to u. im sorry. u didnt deserve that',
    kinds: [],
  },
  { text: "I'm sorry for lying about Greg. Not sorry that I got caught. Sorry that I did it.", kinds: [] },
  {
    text: "The only reason you found out is that you saw the notification. That should have been me telling you. I'm sorry I hid the affair.",
    kinds: [],
  },
  { text: "I lied about seeing Simon. I'm sorry.", kinds: [] },
  { text: "I took the car money and lost it at the bookies. I'm so sorry.", kinds: [] },
  { text: "You didn't do anything to cause this. I chose to lie about my ex, and I'm sorry.", kinds: [] },
  {
    text: "You can't trust me right now because I haven't been trustworthy. I'm sorry I hid the loans.",
    kinds: [],
  },
  {
    text: "People keep telling you to move on. I won't be one of them. I'm sorry for the affair, and I'll be here for as long as it takes you.",
    kinds: [],
  },
  {
    text: "Ask me anything about the trip with Leah and I'll answer it honestly. I'm sorry I lied about it.",
    kinds: [],
  },
  {
    text: "You keep saying 'what happened in Berlin' to spare me. Let me say it plainly: I slept with a colleague in Berlin and lied to you about it. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm not calling it a mistake, because a mistake is something you do once by accident. I lied to you about the debt for three years, on purpose. I'm sorry.",
    kinds: [],
  },
  {
    text: "I told you nothing happened with Tom. That was a lie. We slept together twice. I'm sorry I lied to you.",
    kinds: [],
  },
  { text: "I can't undo the affair and I won't pretend I can. I'm sorry.", kinds: [] },
  {
    text: "Take whatever time you need. I'm sorry I lied about the money, and there's no deadline on you.",
    kinds: [],
  },
  {
    text: "People ask if I was lonely, like that explains it. It doesn't. I went on the app and I lied to you about it. I'm sorry.",
    kinds: [],
  },
  {
    text: "Work wasn't the reason. I'd love to say it was. I gambled because I wanted to and I hid it from you, and I'm sorry.",
    kinds: [],
  },
  {
    text: "My therapist and I are looking at my childhood, but that's my work to do, not an excuse I'm handing you. I lied about the affair and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry, Aoife. I told you I was off the drink since Easter and I wasn't. I was drinking in the car after work. You were right when you smelt it on me.",
    kinds: [],
  },
  {
    text: "I've been a liar about the money, plain and simple. Sorry, hen. I'll bring the statements round Saturday.",
    kinds: [],
  },
  {
    text: "[voice message] hiya, just confirming I'll get Ollie at four. And, um, I meant what I said last night. I lied to you about Sophie and I'm sorry. Okay. Bye.",
    kinds: [],
  },
  {
    text: 'I am sorry for hiding my phone. There was a woman, Agata, and I was writing with her every night. It was wrong and it was my decision.',
    kinds: [],
  },
  {
    text: "Habibti, I lied to you about the money I sent to my brother. It was our money and I didn't ask you. I am sorry. From now we decide together.",
    kinds: [],
  },
  {
    text: 'I have been lying to you about the trading losses since last year. Sorry yaar, it was wrong. I have closed the account, you can check on my phone.',
    kinds: [],
  },
  {
    text: "Okay I'm going to try and get this right because I've been drafting it on the bus for three days. Last April I started messaging Kyle from the gym. It went from memes to telling him things about us I'd never told anyone, and I hid my phone from you every night. When you asked if something was going on I said you were being insecure. That was cruel and it was a lie. I'm sorry for the messages and I'm sorry for making you doubt yourself. I've left that gym, I've blocked him, and if you want to read the messages I'll sit there while you do.",
    kinds: [],
  },
  {
    text: "Hi love, sorry this is long. I'm sat in the car park because the song from our wedding came on inside the shop and I thought about you hearing it last week and having to leave your trolley. That's what my lying does to you, it follows you round the shops. I hid the payday loans for two years. I took money from the kids' savings to cover one of them. I'm sorry. I've rung the debt charity, the appointment is Thursday at 10, and I've put it in the shared calendar so you can see I've gone.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied about the bar tab. I told you it was work drinks. It was me, three nights a week.",
    kinds: [],
  },
  {
    text: "You always said the one thing you couldn't get past was lying. I lied about Jess anyway. I'm sorry.",
    kinds: [],
  },
  { text: "I know you're hurting, and I know I caused it by sleeping with Ben.", kinds: [] },
  {
    text: "I hid how much I was drinking from you, and I drove the kids after drinking. That's the part I'm most sorry for.",
    kinds: [],
  },
  {
    text: "1.40am and I'm sat on the stairs. I won't send anything else tonight. I lied about who I was texting. It was Mel. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for calling you paranoid when you asked about my phone. You were right. I was hiding my messages with Ruby.",
    kinds: [],
  },
  {
    text: "You said you'd overreacted this morning. You didn't. My affair is why a name on a dentist's form set you off, and I'm sorry.",
    kinds: [],
  },
  { text: "Forgiveness isn't something I'm owed. I lied about the money, and I'm sorry.", kinds: [] },
  {
    text: "Happy anniversary. I know today is complicated because of my affair, and I'm sorry it has put a shadow over it. No pressure to do anything at all.",
    kinds: [],
  },
  {
    text: "I told you I'd blocked my ex and I hadn't. I'm sorry. I'll block her tonight with you sat next to me.",
    kinds: [],
  },
  {
    text: "Not just sorry for the gambling. I'm going to the GA meeting on Thursday and I'll bring you the leaflet after.",
    kinds: [],
  },
  {
    text: "You weren't wrong about me being drunk at your sister's wedding. I lied about it the next morning. I'm sorry I embarrassed you and lied to your face.",
    kinds: [],
  },
  {
    text: "I'm sorry because I know how much you trusted me with the business account, and I used it to hide the betting.",
    kinds: [],
  },
  { text: "I lied about the dating app. Twice. I'm sorry.", kinds: [] },
  {
    text: 'I am very sorry. I borrowed money from my friend for playing mahjong and I tell you it is for my mother. You trust me and I break this. I will pay it back and I will not play anymore.',
    kinds: [],
  },
  {
    text: "I've been thinking about what you said in session, that you need me to name it. I had a sexual relationship with Erin for eight months. I lied to you throughout. I'm sorry, and I understand you may not be able to hear that yet.",
    kinds: [],
  },
  {
    text: "I'm not sorry 'you feel that way'. I'm sorry I did the thing that made you feel that way. I lied to you about Anton.",
    kinds: [],
  },
  {
    text: "I'm not going to ask you to put this behind us. I hid the porn and lied when you asked, and I'm sorry.",
    kinds: [],
  },
  {
    text: "It wasn't 'just a few messages' like I said on Sunday. It was months of messages with Holly, and I'm sorry I tried to make it sound small.",
    kinds: [],
  },
  {
    text: "I said I only slept with Nick once. It was four times. I'm sorry I lied to you again.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel stupid for asking about the money. You weren't stupid. I was hiding the debt.",
    kinds: [],
  },
];
