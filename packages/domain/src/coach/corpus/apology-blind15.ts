import type { CorpusItem } from './corpus-item';

// Written for the blind15 round by someone who never saw the coaches' rules,
// lexicons or existing corpora; labels reflect a couples therapist's reading.
export const APOLOGY_BLIND15: readonly CorpusItem[] = [
  {
    text: "I've been saying sorry for weeks. Do I have to wear a sign?",
    kinds: ['non_apology'],
  },
  {
    text: "I kept telling you the money was 'just a timing thing with payroll.' It wasn't. I'd lost it betting on football.",
    kinds: [],
  },
  {
    text: "I'm sorry, okay? Work was insane, I wasn't sleeping, and she was just there.",
    kinds: ['justification', 'minimizing'],
  },
  {
    text: "What I did was cruel, and you didn't deserve any of it.",
    kinds: [],
  },
  {
    text: "I've said sorry. I've done the counselling. I've given you my passwords. Honestly, what else is there?",
    kinds: ['non_apology'],
  },
  {
    text: 'Mistakes were made on both sides.',
    kinds: ['vague', 'blame_shift'],
  },
  {
    text: "I've told my sister the truth about what I did, so you don't have to carry that secret for me.",
    kinds: [],
  },
  {
    text: "I'm sorry if I made you feel like you weren't enough.",
    kinds: ['conditional'],
  },
  {
    text: "What happened with Priya was an emotional affair. I called it a friendship to make it sound smaller. I'm sorry.",
    kinds: [],
  },
  {
    text: 'I was lonely. You were always at work and I needed someone to talk to.',
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry for hiding the betting. You always made me feel stupid about money, so I didn't want to tell you I was losing.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry that my lies made you question your own memory.",
    kinds: [],
  },
  {
    text: "You always knew something was off, and I always told you it was nothing. I'm sorry I did that to you.",
    kinds: [],
  },
  {
    text: "Thank you for telling me how much it hurt. I won't argue with any of it.",
    kinds: [],
  },
  {
    text: "I'm sorry if it seemed like I was hiding things.",
    kinds: ['conditional'],
  },
  {
    text: "Part of me wants to explain, but you didn't ask for explanations. You asked for honesty, so here it is: I did it, and I hid it.",
    kinds: [],
  },
  {
    text: "I'm sorry I took money from the kids' college fund. I'll tell you exactly how much and where it went whenever you're ready to hear it.",
    kinds: [],
  },
  {
    text: "I've started seeing a counsellor about why I lie. That's mine to fix, not yours.",
    kinds: [],
  },
  {
    text: "I'm sorry I drove the kids home after drinking and then lied to you about it. I put them in danger and I understand why you're furious.",
    kinds: [],
  },
  {
    text: "I'm sorry I spent our savings on scratch cards and then blamed the bank for 'errors' when you asked about the balance.",
    kinds: [],
  },
  {
    text: "Fine. I'm sorry. Happy now?",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry, and I really need you to forgive me. I can't keep living like this.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I can't eat, I can't sleep, I've lost ten pounds. I'm a wreck.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. Full stop.",
    kinds: [],
  },
  {
    text: "It was a stupid fling. It didn't mean anything.",
    kinds: ['minimizing'],
  },
  {
    text: "No excuses. I betrayed you, and I'm sorry.",
    kinds: [],
  },
  {
    text: "You made me feel invisible in my own house for years. I'm not saying that excuses it, but it's true.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I want to earn back your trust, slowly, and on your terms.',
    kinds: [],
  },
  {
    text: 'Please, I need you to forgive me so we can move on.',
    kinds: ['pressure'],
  },
  {
    text: "I lied to you for months about Marcus and I'm sorry. I guess I was just really lonely while you were working nights.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "I'm sorry for what happened. Mistakes happen, we're only human.",
    kinds: ['vague', 'minimizing'],
  },
  {
    text: "I told you I had two glasses of wine at the party. I had most of a bottle before I even got there. I'm sorry I keep lying about drinking, and I've booked an assessment for Monday.",
    kinds: [],
  },
  {
    text: "I'm sorry, I really am. But I need you to decide by the end of the month whether you're staying.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I hurt you, but you read my private messages, and that's a betrayal too.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I sent him money and told you it was for my brother's rent.",
    kinds: [],
  },
  {
    text: "I've been punished enough, don't you think? I'm sleeping on the couch, I've lost my friends. I'm sorry, but I need this to end.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I'm sorry I hid the gambling. I told you I'd stopped in March and I hadn't. I lied to your face more than once.",
    kinds: [],
  },
  {
    text: 'You trusted me with our finances and I used that trust to hide what I was doing.',
    kinds: [],
  },
  {
    text: "I'm so sorry. When can we start sleeping in the same bed again?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I missed Ella's recital because I was at the casino, and that I told you I'd been stuck at work.",
    kinds: [],
  },
  {
    text: "I don't expect you to move on any time soon. I'm here for the long haul.",
    kinds: [],
  },
  {
    text: "I'm sorry about the drinking, but you know how stressful things have been since the move, and honestly you've been nagging me nonstop.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "There's no excuse for it. Not work, not stress, not anything you did. I chose to do it.",
    kinds: [],
  },
  {
    text: 'Do you have any idea how hard it is for me to come home every night and feel you hating me?',
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry if anything I did made you feel betrayed.",
    kinds: ['conditional', 'vague'],
  },
  {
    text: "I lied about the drinking, I lied about the money I spent on it, and I lied when you asked me if I had a problem. I'm sorry for all three.",
    kinds: [],
  },
  {
    text: "I'm sorry for breaking your heart by sleeping with someone else.",
    kinds: [],
  },
  {
    text: "I'm sorry. I've been so depressed since Mum died and I wasn't myself.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry for the money, and even more for the lying about the money.",
    kinds: [],
  },
  {
    text: "I'm sorry I got caught, okay? Is that what you want to hear?",
    kinds: ['non_apology'],
  },
  {
    text: "I opened three credit cards in my name without telling you and ran up about $23,000. You found out from a collections letter, not from me. That's on me.",
    kinds: [],
  },
  {
    text: "I'm sorry for any hurt I may have caused.",
    kinds: ['conditional', 'vague'],
  },
  {
    text: 'You deserved the truth from the start, and I gave you lies instead.',
    kinds: [],
  },
  {
    text: 'We both stopped trying years ago. I just acted on it first.',
    kinds: ['blame_shift', 'minimizing'],
  },
  {
    text: "What more do you want from me? I've apologised a hundred times.",
    kinds: ['non_apology'],
  },
  {
    text: "I made some bad choices with money. I'm sorry.",
    kinds: ['vague'],
  },
  {
    text: "I'm sorry. Can we please just go back to normal now? It's been three months.",
    kinds: ['pressure'],
  },
  {
    text: "Nothing physical ever happened, so I don't see why it's being called an affair.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I hurt you. I just wish you understood it was one stupid night and it meant nothing.",
    kinds: ['minimizing'],
  },
  {
    text: "If you'd just listened to me when I said I was unhappy, none of this would have happened.",
    kinds: ['blame_shift'],
  },
  {
    text: "Hey. No need to reply. I'm thinking about what I did to you today and I'm sorry.",
    kinds: [],
  },
  {
    text: "You don't have to be okay with me. I'll keep doing the work either way.",
    kinds: [],
  },
  {
    text: "If you weren't so cold all the time, I never would've gone looking for attention somewhere else.",
    kinds: ['blame_shift'],
  },
  {
    text: 'Sorry about all of this mess, I really am.',
    kinds: ['vague'],
  },
  {
    text: "I chose her over you for months, and you deserved far better. I'm sorry.",
    kinds: [],
  },
  {
    text: "It wasn't a real affair, we were just talking.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I did what I did. You know what I mean.",
    kinds: ['vague'],
  },
  {
    text: "Everyone watches porn, babe. It's not like I was meeting anyone.",
    kinds: ['minimizing'],
  },
  {
    text: "Whatever you decide about us, I'm going to keep paying this down and keep going to GA meetings.",
    kinds: [],
  },
  {
    text: "For the kids' sake, can we put this behind us before Christmas?",
    kinds: ['pressure'],
  },
  {
    text: "If I've done anything to lose your trust, I'm truly sorry.",
    kinds: ['conditional', 'vague'],
  },
  {
    text: "Honestly, if you hadn't been so controlling about money I wouldn't have needed to hide the card.",
    kinds: ['blame_shift'],
  },
  {
    text: "I've written down everything I owe, who I owe it to, and since when. It's on the kitchen table whenever you want to look. No more surprises.",
    kinds: [],
  },
  {
    text: "I'm so sorry. This whole thing has wrecked me. My therapist says I'm showing signs of burnout.",
    kinds: ['self_focus'],
  },
  {
    text: "Sorry doesn't undo it, but I am sorry, and I'll keep saying it with what I do, not just with words.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel like you weren't enough. You were always enough; the choice to cheat was mine.",
    kinds: [],
  },
  {
    text: 'Sorry you had to see the statement. I was going to sort it out before you ever knew.',
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry. Honestly I don't know how I'll get through this. I have panic attacks at night and I keep thinking about how I ruined my own life.",
    kinds: ['self_focus'],
  },
  {
    text: "I know I hid the debt. But you spend money like water, so I knew you'd freak out.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I let you find out from a stranger's message instead of telling you myself.",
    kinds: [],
  },
  {
    text: "Sorry about the whole money thing. It's honestly not as bad as it looks, we'll be fine.",
    kinds: ['vague', 'minimizing'],
  },
  {
    text: "Stuff went on with someone from the gym. It's over now, I'm sorry.",
    kinds: ['vague'],
  },
  {
    text: "I'm sorry. I broke a promise I made to you and I broke it on purpose, over and over.",
    kinds: [],
  },
  {
    text: 'I was trying to protect you. You had enough on your plate with your dad being ill.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry for everything.",
    kinds: ['vague'],
  },
  {
    text: 'I should have told you the day the first payment bounced. Instead I hid it for a year.',
    kinds: [],
  },
  {
    text: "Please don't throw away twelve years over one mistake.",
    kinds: ['pressure', 'minimizing'],
  },
  {
    text: "I hid the bank statements in the garage so you wouldn't see them. That was deliberate and I'm ashamed of it.",
    kinds: [],
  },
  {
    text: "I hurt you badly and I know it. Take whatever time you need; I'm not going anywhere.",
    kinds: [],
  },
  {
    text: "It's only been a few weeks since you found out. Of course you're not okay. You don't owe me anything.",
    kinds: [],
  },
  {
    text: "I'm sorry I hurt you. Can we please not talk about it anymore tonight? I need us to be okay.",
    kinds: ['pressure'],
  },
  {
    text: "My dad gambled, his dad gambled. It's in my blood, I never really stood a chance.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry if my drinking has been a problem for you.",
    kinds: ['conditional'],
  },
  {
    text: "It wasn't a mistake, it was a series of decisions, and I made every one of them.",
    kinds: [],
  },
  {
    text: "I'm sorry I let you believe you were the problem in our marriage while I was the one lying.",
    kinds: [],
  },
  {
    text: 'It hurt you, and that matters more to me than how it makes me look.',
    kinds: [],
  },
  {
    text: "It was only $4,000. It's not like we're going to lose the house.",
    kinds: ['minimizing'],
  },
  {
    text: "I lied to you about where I was every Thursday for eight months. I was with Dana. I'm sorry, and I'm not going to pretend it was anything smaller than it was.",
    kinds: [],
  },
  {
    text: "This has been the worst year of my life. I've lost my best friend, my reputation, everything.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry if the gambling caused any problems for us.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "I understand if you need to stay at your mum's for a while. I'll look after the dog and the bills.",
    kinds: [],
  },
  {
    text: 'I understand why you checked my phone. I gave you every reason to.',
    kinds: [],
  },
  {
    text: "I've set up a shared login for all my accounts. You can look whenever you want, no need to ask.",
    kinds: [],
  },
  {
    text: "I know the anniversary is going to be hard because of what I did. I'll follow your lead on whether we mark it at all.",
    kinds: [],
  },
  {
    text: 'Things just got out of hand with the betting.',
    kinds: ['vague', 'minimizing'],
  },
  {
    text: 'To the extent that my choices caused you pain, I apologise.',
    kinds: ['conditional'],
  },
  {
    text: 'I should have told you. I just thought I could win it back before you noticed.',
    kinds: ['justification'],
  },
  {
    text: "I'm begging you, please just give me one more chance. I'll do anything.",
    kinds: ['pressure'],
  },
  {
    text: "I cancelled the gym membership I was using as cover. I'm sorry I lied about where I was going three nights a week.",
    kinds: [],
  },
  {
    text: "Look, lines got blurred with him. I'm sorry.",
    kinds: ['vague'],
  },
  {
    text: "If you want to talk tonight, I'm here. If you don't, that's okay too.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you the last person to know.",
    kinds: [],
  },
  {
    text: "I'm sorry you're upset.",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry if I hurt you.",
    kinds: ['conditional'],
  },
  {
    text: "I'd had way too much to drink that night, I barely remember it.",
    kinds: ['justification'],
  },
  {
    text: "I won't ask how long this will take. It takes as long as it takes.",
    kinds: [],
  },
  {
    text: "I'm sorry, love. You know how I get when money's tight, and you'd been so distant that month.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "Sorry if I wasn't the husband you needed. I tried my best.",
    kinds: ['conditional'],
  },
  {
    text: "I'm sorry if my choices upset you. I was going through a lot.",
    kinds: ['conditional', 'justification'],
  },
  {
    text: "I'm so sorry. I know what I did to you, and I'm not going to make this about me.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid a second phone in the car.",
    kinds: [],
  },
  {
    text: "Every time you asked if something was wrong, I said no. I'm sorry I made you feel crazy.",
    kinds: [],
  },
  {
    text: "I know I hurt you. You don't have to answer this.",
    kinds: [],
  },
  {
    text: "I don't get to decide when this is over. You do.",
    kinds: [],
  },
  {
    text: "I'm sorry I gaslit you about the texts. You read them correctly.",
    kinds: [],
  },
  {
    text: 'It was one kiss. One. At a work party, after too many drinks.',
    kinds: ['minimizing', 'justification'],
  },
  {
    text: 'I apologise for the situation.',
    kinds: ['vague'],
  },
  {
    text: "It wasn't a one-time slip. It went on for two years, and I'm sorry I ever let you think otherwise.",
    kinds: [],
  },
  {
    text: "It's been six months. At some point you have to decide to trust me again.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry, but you have to understand how stressed I was with the layoffs.",
    kinds: ['justification'],
  },
  {
    text: "I know I messed up, but we hadn't slept together in almost a year. What did you expect?",
    kinds: ['blame_shift'],
  },
  {
    text: 'Sorry for snapping at you this morning. You asked a fair question about the transfer and I should have just answered it.',
    kinds: [],
  },
  {
    text: 'Sorry if you felt lied to.',
    kinds: ['conditional', 'non_apology'],
  },
  {
    text: "I've made you promises I didn't keep. Here's one I will: no more secrets about money, starting with the statement I'm forwarding you now.",
    kinds: [],
  },
  {
    text: "I feel so alone in this. Nobody at work knows, my family won't speak to me, and you won't even look at me.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry for the nights you lay awake wondering where I was. You weren't being paranoid; you were right.",
    kinds: [],
  },
  {
    text: 'I was in a really dark place and I needed to feel wanted by someone.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry you feel that way about the texts.",
    kinds: ['non_apology'],
  },
  {
    text: "It's only a couple of beers after work. I'm sorry I didn't mention it, but it's hardly a crime.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry. I've apologised every day for a month. I don't know how much longer I can do this.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I'm sorry I looked at that stuff, but a man has needs and we hadn't been close in ages.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "You can ask me anything, any time. I'll tell you the truth, even when it's ugly.",
    kinds: [],
  },
  {
    text: "I'm sorry I wasn't honest with you when you gave me so many chances to be.",
    kinds: [],
  },
  {
    text: "I know you might never forgive me, and I'll accept that if that's where you land.",
    kinds: [],
  },
  {
    text: "I'm really sorry. I miss you so much it physically hurts. I cry in the car every day before work.",
    kinds: ['self_focus'],
  },
  {
    text: 'It was mostly just flirting online, I swear it never went further.',
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry you had to find out that way.",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry this happened to us. It's been just as hard on me, you know.",
    kinds: ['vague', 'self_focus'],
  },
  {
    text: 'I was wrong and you were right.',
    kinds: [],
  },
  {
    text: "Thank you for sitting with me at the counsellor's today. I know it cost you something to be in the same room as me.",
    kinds: [],
  },
  {
    text: "I know you've been lying awake carrying this on your own. I'm sorry I put it there.",
    kinds: [],
  },
  {
    text: "I know sorry isn't enough. I'm going to keep showing up anyway.",
    kinds: [],
  },
  {
    text: "I'm sorry that you think I'm a liar.",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry this is hurting you so much. I wish you could see it wasn't a big deal to me.",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "I'm sorry, I was drunk, I didn't know what I was doing.",
    kinds: ['justification'],
  },
  {
    text: "I never should have kept seeing her after you asked me point blank. I'm so sorry.",
    kinds: [],
  },
  {
    text: "I was unfaithful. I'm sorry. I'll answer any question you have, as many times as you need to ask it.",
    kinds: [],
  },
  {
    text: "I'm sorry for eleven years of lies. I'll tell you everything, including the parts that make me look worse.",
    kinds: [],
  },
  {
    text: "I'm sorry for what happened with Jess.",
    kinds: ['vague'],
  },
  {
    text: "I've stopped drinking and I'm going to meetings. I'm not telling you so you'll trust me again; I'm telling you so you know where I am.",
    kinds: [],
  },
  {
    text: "I'm sorry I called you jealous when you asked about her. You weren't jealous, you were picking up on something true.",
    kinds: [],
  },
  {
    text: "I'm sorry if you think I've been lying about my drinking.",
    kinds: ['conditional', 'non_apology'],
  },
  {
    text: "I'm not asking you to forgive me. I just want you to know I understand that what I did was a choice, not an accident.",
    kinds: [],
  },
  {
    text: 'The debt got away from me. It happens to a lot of people.',
    kinds: ['vague', 'minimizing'],
  },
  {
    text: "I'm sorry you saw the messages before I had a chance to end it.",
    kinds: ['non_apology'],
  },
  {
    text: "I hate myself for this. I look in the mirror and I don't recognise who I am. I feel like the worst person alive.",
    kinds: ['self_focus'],
  },
  {
    text: "Honestly I'm the one who has to live with what I did. You get to be the victim, I get to be the monster.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I brought him into our home. That was your safe place and I took that from you.",
    kinds: [],
  },
  {
    text: "I'm sorry, but you can't keep punishing me forever.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I lied about why I was sleeping on the couch. It wasn't my back. It was so I could message her.",
    kinds: [],
  },
  {
    text: "I'm sorry I watched porn behind your back for years and then told you that you were imagining things when you asked. You weren't imagining anything.",
    kinds: [],
  },
  {
    text: "I used our joint account to pay for hotel rooms. I'm sorry for the betrayal and for how humiliating it must have been to see those charges.",
    kinds: [],
  },
  {
    text: "I'm sorry I rolled my eyes when you cried last night. That was cruel on top of everything else I've done.",
    kinds: [],
  },
  {
    text: "I betrayed you. I'm not going to dress it up.",
    kinds: [],
  },
  {
    text: 'It was only a few messages, nothing happened.',
    kinds: ['minimizing'],
  },
  {
    text: "Sorry for not telling you about the loans. I didn't want to stress you out when you were already struggling at your job.",
    kinds: ['justification'],
  },
  {
    text: "I deleted the app, but that doesn't fix what I did. I'm sorry for using it while we were together and lying about it.",
    kinds: [],
  },
  {
    text: "I'm sorry I said it was in the past when you brought it up last week. For you it isn't, and I get that now.",
    kinds: [],
  },
  {
    text: "Some things happened that I'm not proud of.",
    kinds: ['vague'],
  },
  {
    text: "She kept messaging me and I was too weak to ignore her. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "You asked me straight out whether I was still talking to him and I said no. I was. I'm sorry I made you doubt your own instincts.",
    kinds: [],
  },
  {
    text: 'The loan was $8,400, not the $2,000 I told you. I should have given you the real number the first time.',
    kinds: [],
  },
  {
    text: "I'm sorry I told our friends you were 'being dramatic' when you were reacting to something real that I'd done.",
    kinds: [],
  },
];
