import type { CorpusItem } from './corpus-item';
// Written for blind25 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const STATEMENT_BLIND25: readonly CorpusItem[] = [
  // ---- flawed: accusation ----
  { text: "You don't care how much this has wrecked me.", kinds: ['accusation'] },
  { text: "You're only sorry because you got caught.", kinds: ['accusation'] },
  { text: 'You obviously still want her, why else would you keep her number?', kinds: ['accusation'] },
  { text: "you're doing this to punish me for finding out", kinds: ['accusation'] },
  { text: 'You just want me to get over it so you can stop feeling guilty.', kinds: ['accusation'] },
  {
    text: "You clearly think the debt is no big deal because it's not your name on the letters.",
    kinds: ['accusation'],
  },
  {
    text: "I know you're trying. I saw you book the appointment, and I saw you leave your phone face up on the table at dinner, and I do appreciate that. But if I'm honest, I think you're only doing it so I'll stop bringing her up.",
    kinds: ['accusation'],
  },
  { text: 'You only came to counselling to look good in front of your mum.', kinds: ['accusation'] },
  { text: 'You care more about your poker mates than about me and the kids.', kinds: ['accusation'] },
  {
    text: "ok so we're pretending the app deleted itself. cool. you must think i'm thick",
    kinds: ['accusation'],
  },
  {
    text: "Funny how you're suddenly so keen on 'date night' the week your credit card statement is due.",
    kinds: ['accusation'],
  },
  {
    text: "Gone to Mum's for the night. You'll be thrilled to have the house to yourself and your phone.",
    kinds: ['accusation'],
  },
  {
    text: "I saw you smile at your phone at dinner. Don't bother telling me it was the group chat, we both know who it was.",
    kinds: ['accusation'],
  },
  {
    text: 'Lovely speech in session today. You said everything the counsellor wanted to hear, and none of it was for me.',
    kinds: ['accusation'],
  },
  {
    text: 'The way you sighed when I mentioned the anniversary told me exactly how much this marriage means to you.',
    kinds: ['accusation'],
  },
  { text: "Bet you were relieved when I said I'd stay at my sister's.", kinds: ['accusation'] },
  { text: "I reckon you're enjoying watching me fall apart, mate.", kinds: ['accusation'] },
  {
    text: "So the 'work trip' to Cork. I suppose you thought I'd never check the hotel.",
    kinds: ['accusation'],
  },
  {
    text: 'Your apology sounded lovely. It was written for the version of me that would drop it by Friday.',
    kinds: ['accusation'],
  },
  { text: "The tears in front of the kids landed well, I'll give you that.", kinds: ['accusation'] },
  {
    text: 'Interesting timing, telling me about the loan the day after your bonus cleared. Very convenient for you.',
    kinds: ['accusation'],
  },
  {
    text: "Please don't hold my hand in front of your parents again. It's for their benefit, not mine, and we both know it.",
    kinds: ['accusation'],
  },
  {
    text: 'You are acting as if you are the victim in this house. Kindly remember who opened that account.',
    kinds: ['accusation'],
  },
  { text: 'Thanks for the flowers. Cheaper than an honest conversation, I suppose.', kinds: ['accusation'] },
  {
    text: "Ja, you'll say sorry again tonight, and tomorrow you'll be back on the site the minute you think I'm asleep.",
    kinds: ['accusation'],
  },
  {
    text: "It's not that you forgot our anniversary. It's that remembering it would have meant thinking about me for five minutes.",
    kinds: ['accusation'],
  },
  {
    text: "You handed over the passwords far too easily. That tells me there's somewhere else I should be looking.",
    kinds: ['accusation'],
  },
  // ---- flawed: absolute ----
  { text: 'You never tell me the truth.', kinds: ['absolute'] },
  {
    text: 'You are never telling me the full truth, always only half of it. I am not stupid.',
    kinds: ['absolute'],
  },
  { text: 'Every single time I bring up the money you walk out of the room.', kinds: ['absolute'] },
  { text: 'you constantly check your phone when im in the room', kinds: ['absolute'] },
  { text: "Not once in three months have you asked how I'm doing.", kinds: ['absolute'] },
  { text: 'All you ever do is say sorry and change nothing.', kinds: ['absolute'] },
  { text: 'You always go quiet the second I mention her name.', kinds: ['absolute'] },
  { text: "You never answer when you're at the pub.", kinds: ['absolute'] },
  {
    text: "Dear Mark, I've been writing this letter in my head for weeks. I want you to know that I am still here, and that I love you, even now. I've read the books the counsellor gave us and I'm trying to do my part. What I can't do is keep pretending the pattern isn't there: every time money gets tight, you disappear into your phone and the account goes down.",
    kinds: ['absolute'],
  },
  { text: "Same as every other Friday: you're 'just popping out' and back at 2am.", kinds: ['absolute'] },
  {
    text: "I've lost count of the number of times you've promised to close that account.",
    kinds: ['absolute'],
  },
  { text: "Day in, day out, it's the same story with you and the betting.", kinds: ['absolute'] },
  { text: 'Nothing I say ever lands with you.', kinds: ['absolute'] },
  { text: 'honestly ur phone is glued to ur hand 24/7 since she moved onto ur team', kinds: ['absolute'] },
  { text: "Whenever it gets hard, you're gone. Gym, pub, shed, anywhere but here.", kinds: ['absolute'] },
  { text: 'Our whole marriage has been you deciding and me finding out later.', kinds: ['absolute'] },
  {
    text: 'Every anniversary, every birthday, every Christmas, there was a lie of yours sitting at the table with us.',
    kinds: ['absolute'],
  },
  { text: 'I feel like you never listen to me when I talk about the drinking.', kinds: ['absolute'] },
  {
    text: "Name one conversation about the credit cards that you started. Go on. I'll wait.",
    kinds: ['absolute'],
  },
  {
    text: "Fifteen years and I can't remember a week that didn't have a lie of yours in it somewhere.",
    kinds: ['absolute'],
  },
  { text: "From the first date it's been one story after another with you.", kinds: ['absolute'] },
  {
    text: 'Getting a straight answer out of you is like getting blood from a stone, and it has been since the day we met.',
    kinds: ['absolute'],
  },
  { text: "Your word's been worth the same for a decade: nothing.", kinds: ['absolute'] },
  {
    text: "If your lips are moving and it's about money, it's not true. That's been the rule for years.",
    kinds: ['absolute'],
  },
  {
    text: "I ask where you were. You say 'out'. That's been the entire conversation, word for word, since March.",
    kinds: ['absolute'],
  },
  {
    text: "There hasn't been one single day this year you've come home when you said you would.",
    kinds: ['absolute'],
  },
  // ---- flawed: character_attack ----
  { text: "You're a liar.", kinds: ['character_attack'] },
  { text: "You're pathetic.", kinds: ['character_attack'] },
  {
    text: "Thank you for coming to the session on Thursday, and for the flowers. I know it's been a hard month for you too, with your dad in hospital, and I don't want to pile on. I just need to say this once so it's out of me: a man who could look me in the eye at my own mother's funeral while he was still seeing her is not a decent man.",
    kinds: ['character_attack'],
  },
  { text: "Selfish. That's the only word for you.", kinds: ['character_attack'] },
  { text: "You're a narcissist and I'm done pretending otherwise.", kinds: ['character_attack'] },
  { text: 'What kind of man hides a second phone in his gym bag?', kinds: ['character_attack'] },
  { text: 'you absolute snake', kinds: ['character_attack'] },
  { text: "You're a cheat and a fraud.", kinds: ['character_attack'] },
  { text: 'What kind of mother gambles away the school fees?', kinds: ['character_attack'] },
  { text: "Your dad would be ashamed of the man you've turned into.", kinds: ['character_attack'] },
  { text: "You're some gobshite, do you know that?", kinds: ['character_attack'] },
  {
    text: "Spineless. Couldn't even tell me to my face, had to let the bank do it.",
    kinds: ['character_attack'],
  },
  { text: 'My sister always said you were a chancer. Turns out she was right.', kinds: ['character_attack'] },
  { text: 'Bloody dog. Twenty years, mate.', kinds: ['character_attack'] },
  {
    text: 'Such a cheap fellow you are, yaar, lying to your own wife about loans.',
    kinds: ['character_attack'],
  },
  {
    text: "You're a proper skelm, you know that? Lying to me about the casino with a straight face.",
    kinds: ['character_attack'],
  },
  {
    text: 'Grown man, still sneaking around like a teenager with a dirty magazine under the mattress.',
    kinds: ['character_attack'],
  },
  {
    text: "Honestly the word that keeps coming to mind when I look at you is 'weak'.",
    kinds: ['character_attack'],
  },
  { text: 'Your mother raised a boy, not a husband.', kinds: ['character_attack'] },
  {
    text: "I didn't marry a grown-up, it turns out. I married a teenager with a mortgage.",
    kinds: ['character_attack'],
  },
  { text: "A real partner would have told me. You're not one.", kinds: ['character_attack'] },
  {
    text: "There's a word for someone who smiles at you over dinner while texting someone else under the table, and it isn't 'wife'.",
    kinds: ['character_attack'],
  },
  {
    text: "She's welcome to you. Honestly, she's getting the discount version.",
    kinds: ['character_attack'],
  },
  {
    text: "The kids deserve a father with a backbone. Right now they've got you.",
    kinds: ['character_attack'],
  },
  {
    text: 'Tell me, is there anything in there at all, or is it just charm all the way down?',
    kinds: ['character_attack'],
  },
  {
    text: 'I keep looking for the decent person I married and finding a very good actor.',
    kinds: ['character_attack'],
  },
  // ---- flawed: two kinds ----
  { text: 'You never think about anyone but yourself.', kinds: ['accusation', 'absolute'] },
  {
    text: "You always twist it so I'm the problem, because then you don't have to look at what you did.",
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "every single time i get upset you roll your eyes like you're bored of me. you don't want to be here",
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "Not once have you asked how the debt letters made me feel, and honestly I don't think you care as long as the bailiffs don't turn up.",
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "I want this to work. I really do. I've stopped reading the old messages, I've stopped asking your friends, and I'm trying to trust the new phone rules. But last night, when you shut the laptop the second I walked in, I realised you never actually meant any of it. You just wanted me off your back.",
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "You're a selfish coward and you only told me because she threatened to.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "You're loving the attention from her, you pathetic man.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "What kind of wife lies about the drinking to her own kids? You don't care who you drag down with you.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "Liar. You want me to feel crazy so you don't have to admit anything.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "You're a manipulator and you're using the kids as a shield so I won't leave.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "In the spirit of what we practised with Dr Hale, I'm going to use an I-statement: I feel that you are a manipulative person who uses therapy language to dodge the consequences.",
    kinds: ['accusation', 'character_attack'],
  },
  { text: "You're a liar, you've always been a liar.", kinds: ['absolute', 'character_attack'] },
  {
    text: 'Every single word out of your mouth is rubbish, you fraud.',
    kinds: ['absolute', 'character_attack'],
  },
  {
    text: 'you never stop, youre a compulsive gambler and a compulsive liar',
    kinds: ['absolute', 'character_attack'],
  },
  {
    text: "Twenty-two years of you lying to me about the drink. You're a coward, Siobhán, you always were.",
    kinds: ['absolute', 'character_attack'],
  },
  // ---- clean ----
  {
    text: 'When you came home at midnight without texting, I was scared. I need a message if plans change.',
    kinds: [],
  },
  {
    text: 'I found out about the credit card from a letter, and I felt stupid and alone. I need us to go through the statements together.',
    kinds: [],
  },
  { text: "I'm really angry today. I don't want to talk about it tonight, but I will tomorrow.", kinds: [] },
  {
    text: 'Seeing her name on your phone yesterday made my stomach drop. Can we talk after the kids are in bed?',
    kinds: [],
  },
  { text: "I need to know the full amount of the debt, even if it's bad.", kinds: [] },
  { text: "I felt hurt when you laughed during the session. I'd like to tell you why.", kinds: [] },
  {
    text: "Today was hard. I kept picturing the hotel. I don't need you to fix it, just to sit with me.",
    kinds: [],
  },
  {
    text: "i'm furious and i need some space tonight. i'll sleep in the spare room and we can talk tmrw",
    kinds: [],
  },
  {
    text: "Our anniversary is on Friday and I don't know how I feel about celebrating it. Can we decide together?",
    kinds: [],
  },
  { text: "I'd like us to have a check-in on Sunday morning, before the kids wake up.", kinds: [] },
  { text: 'It hurts that I heard about the loan from your brother first.', kinds: [] },
  { text: 'I felt humiliated when the card was declined at the school fete.', kinds: [] },
  { text: "I'm not ready to have sex yet. I want to be close in other ways for now.", kinds: [] },
  { text: 'I need you to delete the app in front of me. That would help me feel safer.', kinds: [] },
  {
    text: "Dear Tom, I've tried to write this many times. What happened has shaken everything I believed about us. I am grieving, and I am also still here. I need honesty, patience, and time.",
    kinds: [],
  },
  { text: "I'm scared that I'll never feel normal in our bedroom again.", kinds: [] },
  {
    text: "I want to go to your mum's on Sunday, but I'd like to leave by four. I can't hold it together longer than that right now.",
    kinds: [],
  },
  {
    text: "When I saw the bottle behind the paint tins, I felt sick. I need to know what's going on with the drinking.",
    kinds: [],
  },
  { text: "Can you come with me to the bank on Thursday? I don't want to do it on my own.", kinds: [] },
  {
    text: "I'm exhausted. I've been carrying this on my own all week and I need help with the kids' bedtime.",
    kinds: [],
  },
  {
    text: 'I want the passwords to the joint account changed, and I want both of us to have them.',
    kinds: [],
  },
  { text: 'It hurt to hear you talk about her so warmly to the counsellor.', kinds: [] },
  { text: 'My chest went tight when the song from our wedding came on in the car.', kinds: [] },
  { text: 'I would like us to see Dr Amara every week until the summer.', kinds: [] },
  { text: 'I need a night off from talking about it. Can we just watch something?', kinds: [] },
  { text: "I'm sad today. Nothing happened, it's just one of those days.", kinds: [] },
  {
    text: "Thank you for telling me the truth about the second account. It was awful to hear, and I'm glad I heard it from you.",
    kinds: [],
  },
  {
    text: 'I felt invisible at the party when you spent the evening on the balcony with your phone.',
    kinds: [],
  },
  { text: "I'm angry. Really angry. I'm allowed to be, and I'm not going anywhere tonight.", kinds: [] },
  { text: 'Please tell me before you see your ex for the handover. I need to know in advance.', kinds: [] },
  { text: 'I lie awake doing the maths on the debt. I need us to make a plan together.', kinds: [] },
  {
    text: "Hey, checking in like we agreed. Bit of a wobbly day, saw a woman in the Tesco queue with the same coat. I'm ok now-ish. Tea later?",
    kinds: [],
  },
  {
    text: "Grand so, I'll see you at the counsellor's at six. I'm dreading it a bit, to be honest.",
    kinds: [],
  },
  { text: "Mate, I'm struggling tonight. Can you come home a bit earlier?", kinds: [] },
  {
    text: 'I am feeling very low since the statement came. Kindly sit with me after dinner, I want to talk calmly.',
    kinds: [],
  },
  {
    text: 'Ag, today was rough. I drove past the casino on the N1 and my hands were shaking. I need a hug, not a discussion.',
    kinds: [],
  },
  {
    text: "I'd like us to tell the kids together that Daddy's staying at Grandad's for a bit. I don't want them to hear it from anyone else.",
    kinds: [],
  },
  {
    text: 'I am not good with words in English when I am upset, so I write. I feel like the ground is not solid under me. I need you to be patient with me and to tell me the truth when I ask.',
    kinds: [],
  },
  {
    text: "Saw the bill from the phone company. I'm not going to fight about it by text. I'd like to go through it tonight.",
    kinds: [],
  },
  { text: "I miss us. I also don't trust us yet. Both are true.", kinds: [] },
  { text: "Date night idea: somewhere neither of us has been. I can't do the Italian place yet.", kinds: [] },
  {
    text: 'ur mum asked me why im so quiet. i didnt say anything. but i cant keep covering, we need to decide what we tell them',
    kinds: [],
  },
  {
    text: "It's been a year today since I found the messages. I thought I'd be further along. I need a quiet day, and maybe a walk with you later.",
    kinds: [],
  },
  {
    text: "I'm proud of myself for getting through the school concert. It was the first time I'd seen her since.",
    kinds: [],
  },
  { text: "I'd rather you told me about a slip today than I found it next month.", kinds: [] },
  {
    text: 'When you showed me the budget spreadsheet last night, something in me unclenched a bit. Keep doing that, please.',
    kinds: [],
  },
  { text: "Can we agree on a word I can say when I'm triggered and need to stop talking?", kinds: [] },
  {
    text: "I'm going to my sister's this weekend. It's not a punishment, I just need to breathe somewhere else.",
    kinds: [],
  },
  {
    text: 'Sex last night was good and also I cried after. I want to talk about that without either of us panicking.',
    kinds: [],
  },
  {
    text: "I went through your phone today. I know we agreed I'd ask first, and I'm sorry. I got scared.",
    kinds: [],
  },
  {
    text: "My friends keep asking why I'm staying. I don't have a neat answer yet, and I'd like to work it out with you.",
    kinds: [],
  },
  {
    text: "Your sister's wedding is in June. I'm not sure I can be in a room with everyone knowing. Can we talk options?",
    kinds: [],
  },
  {
    text: "I'm so bloody angry I could scream. I'm going for a run. Back in an hour, then we talk.",
    kinds: [],
  },
  {
    text: 'I caught myself checking your location five times today. I hate it. I want to find a way to stop needing to.',
    kinds: [],
  },
  {
    text: 'Babe, small thing, but when you left the laptop open for me this morning it meant a lot.',
    kinds: [],
  },
  { text: 'Could we keep the phones out of the bedroom for a month? It would help me sleep.', kinds: [] },
  {
    text: 'The letter from the debt collectors came again. I put it on the table unopened. I need us to open it together.',
    kinds: [],
  },
  {
    text: "I felt jealous when you mentioned your colleague at dinner, and I know it's the affair stuff flaring up. Can you tell me a bit about her so my brain stops filling in the gaps?",
    kinds: [],
  },
  {
    text: "We said we'd talk about the Christmas money. I'm anxious about it, so I'd like to do it early rather than late.",
    kinds: [],
  },
  {
    text: "I'm not sure I want to renew our vows this year. I'd rather be honest about that than go along with it.",
    kinds: [],
  },
  {
    text: "Hiya. Counsellor moved us to Weds. That ok? Also, I had a decent day, thought you'd want to know x",
    kinds: [],
  },
  { text: "It stung when you called it 'a silly app'. For me it wasn't silly.", kinds: [] },
  {
    text: "I'm not saying you never try. I can see you trying. I'm still scared, and that's where I am today.",
    kinds: [],
  },
  {
    text: "I keep wanting to text you 'you never loved me'. I know that's the hurt talking. What's true is that I feel unloved today.",
    kinds: [],
  },
  {
    text: "You've not once missed a session with Dr Okafor since March, and I notice it. It matters.",
    kinds: [],
  },
  {
    text: 'You always do the school run even on the worst days, and I see it. I still need to talk about the texts tonight.',
    kinds: [],
  },
  {
    text: "My therapist asked if I think you're a bad person. I said no. I think you did something that broke me, and I'm still furious.",
    kinds: [],
  },
  {
    text: "I don't think you're a liar at heart. You lied to me for two years, though, and my body hasn't caught up with your promises.",
    kinds: [],
  },
  {
    text: "Nobody's calling anyone selfish. I just need one evening a week where the phones stay in the kitchen.",
    kinds: [],
  },
  {
    text: "I'm sorry I called you a coward last night. That wasn't fair. What I meant is that I'm terrified of finding something else.",
    kinds: [],
  },
  {
    text: "I was the one who got drunk at the barbecue and said things. That's on me. I still need us to talk about what I was trying to say.",
    kinds: [],
  },
  {
    text: 'You told me it was only once. If it was more than once, I need to hear it from you, because finding out another way would finish me.',
    kinds: [],
  },
  {
    text: "I always feel sick on Sunday evenings now, because that was when you used to meet him. I'm not blaming you for today, I'm telling you where I'm at.",
    kinds: [],
  },
  {
    text: "Please don't tell me to move on yet. I will, at my own pace, and I'd like you beside me when I do.",
    kinds: [],
  },
  {
    text: "I felt like I overreacted in the supermarket when I smelled her perfume. I'd like to understand what happened in me there.",
    kinds: [],
  },
  {
    text: "I'm not ready to forgive you. I want to be, one day. Right now I need you to keep showing up.",
    kinds: [],
  },
  {
    text: "I'm lonely in this house even when you're in it. That's not an attack, it's just the truth of where I am.",
    kinds: [],
  },
  {
    text: "You said 'just a bit of fun' about the app. I need you to know it didn't feel like fun from where I'm standing.",
    kinds: [],
  },
  {
    text: "You've said you want to leave the past in the past. I want that too. For me it's still happening every time your phone buzzes, and I need patience with that.",
    kinds: [],
  },
  {
    text: 'Never again do I want to find out about money from a letter. I need you to tell me first, always.',
    kinds: [],
  },
  {
    text: "I can't stop thinking 'what kind of person does this'. I don't want to say it to you as an insult. I want to understand how you got there.",
    kinds: [],
  },
  {
    text: "Because of the gambling, I've stopped trusting my own judgement. That's the part I need help with.",
    kinds: [],
  },
  {
    text: "Only you can tell me what happened in Lisbon. I'm asking because I want to rebuild, not to punish you.",
    kinds: [],
  },
  { text: "If you relapse, I need you to tell me the same day. I'd rather know than guess.", kinds: [] },
  {
    text: "I was a coward too, honestly. I saw the signs with the drinking and didn't ask. I want us both to be braver.",
    kinds: [],
  },
  { text: "You didn't lie to me tonight, and I noticed. Thank you.", kinds: [] },
  {
    text: "Every single time I see a Hinge advert I feel my face go hot. I'm telling you so you know why I go quiet on the Tube.",
    kinds: [],
  },
  {
    text: "I'm not accusing you of anything. I had a wobble when you were late and I'd like to hear about your day.",
    kinds: [],
  },
  {
    text: "I'd like us to stop saying 'always' and 'never' in our fights. I'll start. What I feel right now is tired and sad.",
    kinds: [],
  },
  {
    text: 'You hid the debt from me. I feel betrayed by that, and I need full access to the accounts for a while.',
    kinds: [],
  },
  {
    text: "Your mum told me you've always found hard conversations difficult. I'd like to make them a bit easier for both of us, ten minutes a night, phones away.",
    kinds: [],
  },
  { text: "I don't think you did this to hurt me. I'm hurt anyway, and both things can be true.", kinds: [] },
  {
    text: "I know you're not a monster. I also know I can't sleep next to you yet. I'm going to use the spare room for a while.",
    kinds: [],
  },
];
