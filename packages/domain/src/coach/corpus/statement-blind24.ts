import type { CorpusItem } from './corpus-item';
// Written for blind24 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const STATEMENT_BLIND24: readonly CorpusItem[] = [
  // ---- flawed: accusation ----
  {
    text: "you dont even care that im up at 3am crying do you. you're probably asleep like nothing happened",
    kinds: ['accusation'],
  },
  {
    text: "Funny how you're suddenly so interested in the kids' football now that you need to look like a good dad.",
    kinds: ['accusation'],
  },
  {
    text: "I saw the credit card statement. You only told me because you knew I'd find it anyway.",
    kinds: ['accusation'],
  },
  { text: 'Thanks for the flowers. Guilt looks good on you.', kinds: ['accusation'] },
  {
    text: "I've been trying really hard this week. I went to my session, I did the breathing thing when we drove past the hotel, I even laughed at dinner on Friday, and I know you've been trying too. But you're just waiting for me to get over it so you can stop feeling bad, and I can feel that. Anyway, I'm going to bed early, I love you.",
    kinds: ['accusation'],
  },
  {
    text: "Why did you delete the chat if there was nothing in it? Because you wanted to protect her, that's why.",
    kinds: ['accusation'],
  },
  {
    text: 'u want me to forgive u so u can go back to normal and forget it. thats what this is for u',
    kinds: ['accusation'],
  },
  { text: 'You are making the sad face so I feel guilty, I know this trick.', kinds: ['accusation'] },
  { text: "You're enjoying this. Watching me fall apart makes you feel less guilty.", kinds: ['accusation'] },
  {
    text: "Oh sure, you 'forgot' to mention the second loan. Like you forgot the first one.",
    kinds: ['accusation'],
  },
  {
    text: 'Your mum knew. You told her before you told me because you care more about what she thinks.',
    kinds: ['accusation'],
  },
  { text: "You went to the pub tonight on purpose, to see if I'd notice the smell.", kinds: ['accusation'] },
  {
    text: 'The only reason you came to counselling is so you can tell your brother you tried.',
    kinds: ['accusation'],
  },
  {
    text: "You'd still be on that app if I hadn't picked up your phone, let's be honest.",
    kinds: ['accusation'],
  },
  {
    text: "Ah sure you're grand, aren't you, you've your conscience cleared now you've told me, and I'm the one left holding it.",
    kinds: ['accusation'],
  },
  {
    text: "Don't pretend you were 'just mates'. You wanted her and you'd have left if she'd asked.",
    kinds: ['accusation'],
  },
  {
    text: 'Is it even hard for you? Because from here it looks like you switched it off the second I found out.',
    kinds: ['accusation'],
  },
  { text: 'you dont want to fix this, you want me to stop talking about it', kinds: ['accusation'] },
  {
    text: 'I want to name something I noticed in session: you agreed with everything Dr. Patel said because you wanted to look cooperative, not because you meant it.',
    kinds: ['accusation'],
  },
  {
    text: 'So the anniversary dinner was really about making yourself feel better. Got it.',
    kinds: ['accusation'],
  },
  {
    text: 'You picked that restaurant to test me. You knew it was where you took him.',
    kinds: ['accusation'],
  },
  {
    text: "You are only saying sorry because your parents are coming next week and you don't want them to know anything.",
    kinds: ['accusation'],
  },
  {
    text: "I'm sure she was very understanding. More understanding than me, right? That's what you're thinking.",
    kinds: ['accusation'],
  },
  { text: 'You let me think I was crazy for months because it was easier for you.', kinds: ['accusation'] },
  { text: "you're only being nice bc you got caught", kinds: ['accusation'] },
  {
    text: "I went to the supermarket today and they were playing that song, the one from the wedding, and I had to leave my trolley in the cereal aisle and sit in the car for twenty minutes. I'm telling you so you know what today was like. You probably don't even remember which song I mean.",
    kinds: ['accusation'],
  },
  { text: "you'd rather be anywhere than here with me, I can see it on your face", kinds: ['accusation'] },
  {
    text: "You've decided I'm the problem now so you don't have to look at what you did.",
    kinds: ['accusation'],
  },
  { text: 'why u not answer me?? u are with her, i know it. dont tell me work', kinds: ['accusation'] },
  {
    text: 'You never cared about me. You only cared about not getting caught.',
    kinds: ['accusation', 'absolute'],
  },
  { text: 'you lie constantly bc you think im stupid', kinds: ['accusation', 'absolute'] },
  {
    text: "You've never once been honest with me, and you don't even feel bad about it.",
    kinds: ['accusation', 'absolute'],
  },
  { text: 'You only apologise because you want sex, you pig.', kinds: ['accusation', 'character_attack'] },
  {
    text: "I'm not trying to start a fight at midnight. I just can't sleep and I keep seeing the messages. You always do this, you make me feel like I'm too much for asking, and honestly you're doing it on purpose so I'll stop asking. Night.",
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "you're a gambling addict who'd sell the kids' xbox if you thought you could get away with it",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "You don't give a damn about this family, you narcissist.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "Oh you're tired? You're tired? You've been lying to me for two years, every day, and you're the tired one. You just want sympathy.",
    kinds: ['accusation', 'absolute'],
  },
  // ---- flawed: absolute ----
  { text: 'every single time i bring up the money you change the subject', kinds: ['absolute'] },
  { text: "You're on your phone constantly and it's face down. Constantly.", kinds: ['absolute'] },
  { text: "Not once in three months have you asked how I'm doing.", kinds: ['absolute'] },
  { text: "It's always me who has to start these conversations.", kinds: ['absolute'] },
  { text: "You never text when you're running late. Never.", kinds: ['absolute'] },
  { text: "All you ever say is 'I'm sorry' and then the room goes quiet.", kinds: ['absolute'] },
  {
    text: "Each and every weekend there's a reason you have to check your email in the garage.",
    kinds: ['absolute'],
  },
  {
    text: "I appreciated you coming to the school play and I could see you were trying to sit close to me, which I did notice and it meant something. It's just that whenever I need to talk about what happened, you're suddenly too tired, and tonight I need to talk. Can we do twenty minutes after the kids are down?",
    kinds: ['absolute'],
  },
  {
    text: 'Every time, every time when I ask about the money you say later later. Later is never coming.',
    kinds: ['absolute'],
  },
  { text: "you're forever 'popping out' for something", kinds: ['absolute'] },
  { text: 'Again with the late shift. Like every Thursday for the last year.', kinds: ['absolute'] },
  {
    text: 'You never tell me the whole thing the first time. It comes out in pieces, always.',
    kinds: ['absolute'],
  },
  {
    text: "it's the same with every conversation, I ask a question and you answer a different one",
    kinds: ['absolute'],
  },
  { text: 'Without fail, you go quiet the moment I mention the casino.', kinds: ['absolute'] },
  { text: "Ja, and as usual you were 'at the braai with the guys' till two. As usual.", kinds: ['absolute'] },
  { text: 'In 11 years you have not one time planned our anniversary.', kinds: ['absolute'] },
  { text: 'You spend all your time in the shed now.', kinds: ['absolute'] },
  {
    text: "How many times do I have to ask you to put the phone on the table? Because it's been about a hundred.",
    kinds: ['absolute'],
  },
  {
    text: "Every bloody time we go to your mum's you disappear out the back with your phone.",
    kinds: ['absolute'],
  },
  { text: "You're never where you say you'll be.", kinds: ['absolute'] },
  { text: 'Whenever I cry you leave the room.', kinds: ['absolute'] },
  {
    text: "the answer is always 'nothing' with you. what are you doing, nothing. who was that, nothing. where's the money, nothing.",
    kinds: ['absolute'],
  },
  { text: 'You make every decision about money without asking me. Every one.', kinds: ['absolute'] },
  { text: 'Your stories change every single time I hear them.', kinds: ['absolute'] },
  {
    text: "I liked Sunday. The walk was nice and I felt close to you for the first time in a while, and I want to say that first. The thing I'm stuck on is that you always go silent when I bring up her texts, and I end up filling the silence with the worst version. I'd rather hear something hard than nothing.",
    kinds: ['absolute'],
  },
  { text: '3am and you still not text back. You are never answering when it matters.', kinds: ['absolute'] },
  {
    text: 'Selfish coward. Every single time it gets hard you run.',
    kinds: ['absolute', 'character_attack'],
  },
  { text: 'what kind of husband lies every single day for a year', kinds: ['absolute', 'character_attack'] },
  { text: 'Always you lie, always. You are a liar man.', kinds: ['absolute', 'character_attack'] },
  {
    text: "You never tell the truth unless you're cornered, like the rat you are.",
    kinds: ['absolute', 'character_attack'],
  },
  { text: "Always the victim, aren't you. Typical narcissist.", kinds: ['absolute', 'character_attack'] },
  { text: "You'll never change. Cheaters don't.", kinds: ['absolute', 'character_attack'] },
  { text: "You're a liar and you always will be.", kinds: ['absolute', 'character_attack'] },
  // ---- flawed: character_attack ----
  { text: 'ur such a liar', kinds: ['character_attack'] },
  {
    text: 'What kind of man hides a second credit card from his pregnant wife?',
    kinds: ['character_attack'],
  },
  { text: 'Pathetic. Honestly pathetic.', kinds: ['character_attack'] },
  { text: "You're a coward, you couldn't even tell me to my face.", kinds: ['character_attack'] },
  { text: "Selfish. That's the word I keep landing on.", kinds: ['character_attack'] },
  { text: 'congrats on being the biggest fraud i know', kinds: ['character_attack'] },
  { text: 'I married a con artist apparently.', kinds: ['character_attack'] },
  { text: 'Okay Casanova.', kinds: ['character_attack'] },
  { text: "You're a snake, Daniel.", kinds: ['character_attack'] },
  {
    text: "You are a very bad person, a cheater person, I don't know how I not see this before.",
    kinds: ['character_attack'],
  },
  { text: 'Real stand-up guy you turned out to be.', kinds: ['character_attack'] },
  { text: 'my husband the gambler. lovely.', kinds: ['character_attack'] },
  {
    text: "I've been thinking about what the counsellor said about telling you what I need instead of what you did wrong, and I'm trying, honestly I am. I need you to show me the bank app every Sunday, not to control you but because I need to see it with my own eyes for a while. I know that's hard for a grown man to hear, especially one who's a compulsive liar, but it's what I need. Can we start this weekend?",
    kinds: ['character_attack'],
  },
  { text: "You're a bloody drongo, mate.", kinds: ['character_attack'] },
  { text: "Hope she knows she's dating a narcissist.", kinds: ['character_attack'] },
  { text: "You're some gobshite, do you know that.", kinds: ['character_attack'] },
  {
    text: 'Is there a word for a woman who lies to her wife for two years? Oh wait. There is.',
    kinds: ['character_attack'],
  },
  { text: 'Mr. Honesty over here.', kinds: ['character_attack'] },
  {
    text: "You're spineless. You let your mother speak to me like that after everything.",
    kinds: ['character_attack'],
  },
  { text: "Grow up. You're 43 and acting like a teenager with a secret phone.", kinds: ['character_attack'] },
  { text: 'you disgusting pig', kinds: ['character_attack'] },
  { text: 'Such a cheap fellow you are, hiding money from your own family.', kinds: ['character_attack'] },
  { text: "You're a user. You use people.", kinds: ['character_attack'] },
  { text: "The kids think you're a hero. I know you're a fake.", kinds: ['character_attack'] },
  {
    text: "I want to be honest about how I see you right now: as weak, and as someone I can't respect.",
    kinds: ['character_attack'],
  },
  { text: 'Enjoy your night, Romeo.', kinds: ['character_attack'] },
  { text: 'u r the worst kind of person, a cheat and a liar, go to hell', kinds: ['character_attack'] },
  // ---- clean ----
  {
    text: "When I saw the hotel receipt in the glovebox I felt sick. I need you to tell me what else I'm going to find, tonight if you can.",
    kinds: [],
  },
  { text: 'cant sleep. not ur fault tonight, just my head. can u come back to bed', kinds: [] },
  {
    text: "I'm not ready to forgive you yet, and I don't know when I will be. I'm telling you so you're not guessing.",
    kinds: [],
  },
  {
    text: "I never thought I'd be someone who checks a phone. I hate that I do it now. I want to stop, and I need your help with that.",
    kinds: [],
  },
  {
    text: "You lied to me about the money. I'm furious, and I need to see every statement from the last year by Friday.",
    kinds: [],
  },
  {
    text: "I got triggered in Tesco today, the woman at the till had her perfume. I had to leave the basket. I'm okay now, just wanted you to know.",
    kinds: [],
  },
  {
    text: "Happy anniversary. It's a hard one this year. I still chose to wake up next to you, and I wanted you to know that.",
    kinds: [],
  },
  {
    text: "The kids asked why you're sleeping downstairs. I told them we're working on something grown-up. I'd like us to agree on what we say next time.",
    kinds: [],
  },
  {
    text: "I'm sorry I shouted last night. I'm not sorry for being angry, but I want to be able to say it without scaring the dog.",
    kinds: [],
  },
  {
    text: 'I am feeling very hurt when you are lying about where you go in the evening. I need that you tell me the true place, even if it is something bad.',
    kinds: [],
  },
  {
    text: "When your mum said 'these things happen in every marriage', I felt completely alone at that table. I need you to tell her that's not okay to say to me.",
    kinds: [],
  },
  {
    text: "I'm scared to have sex again. I want to, some days. Can we go really slowly, and can I be the one who says stop?",
    kinds: [],
  },
  { text: 'Check-in: today was a 6 out of 10. Better than yesterday. How about you?', kinds: [] },
  {
    text: "I know you said 'I'll never do it again'. I want to believe that. Right now I need actions more than promises.",
    kinds: [],
  },
  { text: "If you're going to be late, text me. That's it, that's the whole request.", kinds: [] },
  {
    text: "I keep thinking about the night you told me. I was so angry I couldn't breathe. I'm still angry. I also want this to work.",
    kinds: [],
  },
  {
    text: "The word 'overreacting' really stung today. I'm not saying you meant it cruelly, I'm saying it made me shut down.",
    kinds: [],
  },
  {
    text: 'i found the betting app again. i feel like the floor went. i need us to talk to the counsellor about it on thursday, not tonight',
    kinds: [],
  },
  {
    text: "I don't think you're a bad person. I think you did a really bad thing and I'm still reeling from it.",
    kinds: [],
  },
  {
    text: "Moving on isn't something I can do on a timetable. I need you to stop asking when I'll be over it.",
    kinds: [],
  },
  {
    text: "Because you were honest with me about the drinking on Tuesday, I trusted you a bit more on Wednesday. I want you to know that it's adding up.",
    kinds: [],
  },
  {
    text: "I was lonely for a long time before any of this, and I wonder if you were too. That doesn't make it okay. I want us to talk about both.",
    kinds: [],
  },
  {
    text: 'You were drunk when you told me, and I need to hear it again sober. Tomorrow, in daylight.',
    kinds: [],
  },
  {
    text: 'I only want one thing tonight: for you to sit next to me while I watch something stupid. No talking about it.',
    kinds: [],
  },
  {
    text: "Seeing her name come up on your phone at the school gates made my stomach drop. I know you can't control who texts you. I need you to tell me when she does, before I see it.",
    kinds: [],
  },
  {
    text: 'Dear Mark, I am writing this because when I try to say it out loud I cry. Eight months ago I learned about the debt. Since then I have felt unsafe in our home and unsure of what is real. I need full access to our accounts, a weekly money conversation, and for you to keep seeing Ms. Okafor. I am not asking for these as punishment. I am asking because I want to stay. Ruth',
    kinds: [],
  },
  {
    text: 'Bit of a rough arvo. Drove past the pub and my chest went tight. Can you ring me when you knock off?',
    kinds: [],
  },
  {
    text: "I'm after having a bad day with it all. Not your doing today, just the memories. Would you pick up the chipper on the way home and sit with me?",
    kinds: [],
  },
  {
    text: 'I am feeling very insecure since I saw the chats. Please keep your phone on the table when you are at home, at least for some months, it will help me.',
    kinds: [],
  },
  {
    text: "Ek is moeg. I'm tired, my love. The lies about the drinking knocked me flat. I need you to go to the meeting tonight and message me after.",
    kinds: [],
  },
  {
    text: "I'm angry. Really angry. I don't need you to fix it right now, I just need you to hear it.",
    kinds: [],
  },
  {
    text: "It's 2am and I've reread the messages again. I know I said I'd stop. I'm scared. Can you wake up and hold me for a bit?",
    kinds: [],
  },
  {
    text: "I felt humiliated when I found out your brother knew before me. I need to know who else knows, so I'm not blindsided at Christmas.",
    kinds: [],
  },
  {
    text: 'When you reached for my hand in the car today, part of me wanted to pull away and part of me wanted to hold on. I held on. I wanted you to know.',
    kinds: [],
  },
  {
    text: "I don't always know what I need. Today, I think I need quiet. Tomorrow may be different.",
    kinds: [],
  },
  {
    text: "You said something I can't shake: 'it was only the once'. It doesn't feel like only once to me, because I've relived it every night since.",
    kinds: [],
  },
  {
    text: "I'm not asking you to never look at another woman. I'm asking you not to hide it when something catches you off guard.",
    kinds: [],
  },
  {
    text: "Finding the folder hurt me in a way I'm still working out. I felt compared. I need us to talk about it with someone, not alone at the kitchen table.",
    kinds: [],
  },
  {
    text: "When I saw the app on your phone my hands started shaking. I need you to delete the account while I'm there, and then I need a few days.",
    kinds: [],
  },
  {
    text: "The second phone is on the kitchen counter. I haven't opened it. I want you to open it with me.",
    kinds: [],
  },
  {
    text: "You told me you hadn't seen Jess since uni, and you had. That's the part I'm stuck on. Not the coffee, the lie.",
    kinds: [],
  },
  {
    text: 'Reading how you talked to him, the in-jokes, the goodnight texts, I felt replaced. I need to understand what that gave you, not so I can attack you, so I can make sense of it.',
    kinds: [],
  },
  {
    text: 'Tom, I miss us. I hate what happened, and I miss us. Both things. Can we have dinner Saturday, no phones?',
    kinds: [],
  },
  {
    text: "If I go quiet tonight it's not a punishment, I'm just processing. I'll come find you when I can.",
    kinds: [],
  },
  {
    text: "I'm sorry I checked your email. I'm also telling you I need more openness, so I don't feel I have to.",
    kinds: [],
  },
  {
    text: "What I'm noticing in myself is a lot of shame, as though I should have seen it coming. I'd like us to spend part of Thursday's session on that.",
    kinds: [],
  },
  {
    text: 'Money check-in: I saw the £40 at the petrol station and the £12 at the café. All fine. Thank you for showing me.',
    kinds: [],
  },
  {
    text: "The past keeps showing up in the present for me. I'm not trying to drag it out, it just arrives.",
    kinds: [],
  },
  {
    text: "Please don't tell me I'm overreacting. Tell me you can see I'm hurting, even if you don't understand why that song set me off.",
    kinds: [],
  },
  {
    text: "My dad asked me if I'm okay. I said no. I didn't tell him why, and I'd like us to decide together if and when we do.",
    kinds: [],
  },
  {
    text: "I need to say something hard: I don't feel attracted to you right now. I think it's the hurt talking. I want it to come back.",
    kinds: [],
  },
  {
    text: 'it wasnt ur fault the car broke down, i know. i just panicked when u didnt answer. next time could u send a quick msg',
    kinds: [],
  },
  {
    text: "I'm proud of you for going to the Gamblers Anonymous meeting. I'm also still scared. Both are true.",
    kinds: [],
  },
  {
    text: "I'd like us to make a plan for Mum's birthday. Last year you were texting him under the table, and I don't want to spend the night watching your hands.",
    kinds: [],
  },
  {
    text: "I'm not going to pretend everything's fine at your sister's wedding. I'll come, I'll be polite, and I need you to stay near me.",
    kinds: [],
  },
  {
    text: 'im trying so hard rn. went to the shops and saw the wine isle and had a wobble thinking about all the nights u said u werent drinking. im ok. pls come home on time tonight x',
    kinds: [],
  },
  {
    text: "Never again do I want to find out something from a bank letter. From now on, if there's debt, I need to hear it from you first.",
    kinds: [],
  },
  {
    text: "It hurts that I wasn't enough to tell the truth to. I know that's my feeling and not a fact, but it's the feeling I'm carrying today.",
    kinds: [],
  },
  {
    text: 'Thank you for telling me about the message from her before I found it. That mattered more than you know.',
    kinds: [],
  },
  { text: "I forgive you for the lie about the weekend in Leeds. I'm still working on the rest.", kinds: [] },
  {
    text: "You didn't do anything wrong tonight. I'm just sad, and I didn't want you to think it was about the dishes.",
    kinds: [],
  },
  {
    text: "Can we talk about the joint account? I'd like both names on every login, and I'd like to be the one to set the passwords for now.",
    kinds: [],
  },
  {
    text: "My therapist asked what I need from you and I said 'to be told the truth even when it's ugly'. That's still my answer.",
    kinds: [],
  },
  { text: 'I noticed you put your phone face up on the table at dinner. I saw it. Thank you.', kinds: [] },
  {
    text: "I don't hate you. Some nights I want to, and I can't. I'm telling you because I'd rather you know where I am than guess.",
    kinds: [],
  },
  {
    text: "We've got parents' evening on Tuesday. I'd like us to go together and not talk about us in the car. Can we manage that?",
    kinds: [],
  },
  {
    text: "When I found out you'd lied about being at the gym, I stopped trusting the small things too. I need the small things to be true for a while.",
    kinds: [],
  },
  { text: 'r u awake. had the dream again. dont need to talk just needed to say it to someone', kinds: [] },
  {
    text: "For me is very difficult to sleep in same bed now. It is not because I don't love you. I need more time, maybe one month, and I need you to wait for me.",
    kinds: [],
  },
  {
    text: "I've been asking myself if I overreacted when I threw your phone, and I think I did. I'm sorry for that. I'm not sorry for being upset about what was on it.",
    kinds: [],
  },
  {
    text: "Your ex messaging you doesn't upset me. Finding out three months later does. I need to hear it the same day.",
    kinds: [],
  },
  { text: "Just checking in. How was the meeting? I'm having an okay day.", kinds: [] },
  {
    text: "If you're feeling ashamed, I get it, and I'm not trying to make that worse. I need us to be able to talk about the debt without either of us shutting down.",
    kinds: [],
  },
  {
    text: "Today I realised I'd gone a whole morning without thinking about it. Then I felt guilty for that. Weird. Wanted to tell you.",
    kinds: [],
  },
  {
    text: "Sex last night was good and I cried after, and both of those are okay. I don't need you to fix the crying.",
    kinds: [],
  },
  {
    text: "I'm not the same person I was before March. I'm grieving her a bit. I need you to be patient with the new one.",
    kinds: [],
  },
  {
    text: "I need a night at my sister's. It isn't a punishment and it isn't me leaving. I'll be back Sunday.",
    kinds: [],
  },
  {
    text: "When you said 'it meant nothing' I heard 'you mean nothing'. I know that's not what you said. It's what landed.",
    kinds: [],
  },
  {
    text: 'I would like to propose some agreements for the next three months: phones on the counter after nine, a shared calendar, and a check-in every Sunday evening. I think these will help me feel safe. I am open to your additions.',
    kinds: [],
  },
  {
    text: "I was wrong to read your journal. I was desperate. I'd like us to find a way for me to get honest answers without sneaking.",
    kinds: [],
  },
  {
    text: "The smell of that aftershave in Boots knocked me sideways today. I'm not asking you to stop wearing it. I just wanted you to know what my day was.",
    kinds: [],
  },
  {
    text: "honestly i dont know what i want anymore. i know i dont want to lose u. thats as far as i've got",
    kinds: [],
  },
  {
    text: 'Had a proper cry in the loos at work. Sorted now. Could do with a cuppa and a cuddle later.',
    kinds: [],
  },
  {
    text: 'I want to say this without blaming anyone: our finances scare me now, and I need us to see a debt adviser together.',
    kinds: [],
  },
  {
    text: "Not every bad day is about you. Today was about work. I'll tell you when it's about us.",
    kinds: [],
  },
  {
    text: "It'd mean a lot if you came with me on the anniversary of Dad's death. I know it's close to the date it all came out. I still want you there.",
    kinds: [],
  },
  {
    text: "I heard you on the phone to your mum, saying you'd do 'whatever it takes'. I cried in the hall. Good tears, I think.",
    kinds: [],
  },
  {
    text: 'When I asked about the missing money and you told me straight away, I felt something unclench. Please keep doing that.',
    kinds: [],
  },
  { text: "I'm allowed to be angry and still love you. Right now I'm both, loudly.", kinds: [] },
  {
    text: "The kids don't need to know everything, but they do need to know we're not lying to them. Can we work out the words together?",
    kinds: [],
  },
  {
    text: 'Before you walk in: today was bad. Not because of anything you did today. I need a hug and then I need an hour.',
    kinds: [],
  },
  {
    text: "It's the lying I can't get past, more than the sex. I'm telling you so you know where to put your effort.",
    kinds: [],
  },
  {
    text: "Can I ask you something without it becoming a fight? When you think about her, what do you feel? I want the honest answer, even if it's hard.",
    kinds: [],
  },
];
