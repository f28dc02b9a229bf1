import type { CorpusItem } from './corpus-item';
// Written for blind26 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const STATEMENT_BLIND26: readonly CorpusItem[] = [
  // ---- flawed: accusation ----
  {
    text: "You don't care how this feels for me. You want it over so you can stop feeling guilty.",
    kinds: ['accusation'],
  },
  {
    text: 'honestly you only think of yourself, even now. even your sorry is about you',
    kinds: ['accusation'],
  },
  {
    text: "Being extra nice to my mum this week is how you punish me, isn't it? Make me look like the unreasonable one.",
    kinds: ['accusation'],
  },
  { text: "You obviously still want her. Why else keep her number 'for work'?", kinds: ['accusation'] },
  {
    text: "Funny how you're suddenly so keen on date night the week after I found the app. Guilt looks good on you.",
    kinds: ['accusation'],
  },
  {
    text: "You're not at the gym till nine for your health. We both know who you're showing off for.",
    kinds: ['accusation'],
  },
  {
    text: 'the apology was for you not for me. you wanted to feel lighter and now you do',
    kinds: ['accusation'],
  },
  {
    text: "You're enjoying this. Watching me fall apart gives you some kind of control back.",
    kinds: ['accusation'],
  },
  {
    text: 'You are saying sorry only because your mother found out about the loan, not because you feel anything for what I went through.',
    kinds: ['accusation'],
  },
  {
    text: "You told the kids we were 'having a hard time' because you wanted them on your side before I could say a word.",
    kinds: ['accusation'],
  },
  {
    text: 'Dear Graham, I have read your letter carefully. It is clear to me that you wrote it to manage my reaction rather than to take responsibility, and that you expect me to be grateful for the effort. Margaret',
    kinds: ['accusation'],
  },
  {
    text: "Don't hide behind the drink. You knew exactly what you were doing, and you'd do it again tomorrow if you thought I wouldn't find out.",
    kinds: ['accusation'],
  },
  {
    text: "Thank you for coming to the session today, and for listening when I talked about the debt. It meant a lot. I only wish you'd stop performing remorse for the therapist's benefit.",
    kinds: ['accusation'],
  },
  { text: 'you dont want to fix this, you want me to get tired of asking', kinds: ['accusation'] },
  {
    text: "Ag, you're only being sweet because payday is coming and you need me to sign for the account again.",
    kinds: ['accusation'],
  },
  { text: "You're only sorry you got caught.", kinds: ['accusation'] },
  { text: "you'd rather lose us than admit you've got a problem", kinds: ['accusation'] },
  // ---- flawed: absolute ----
  { text: 'You never once asked how I was coping after I found the messages.', kinds: ['absolute'] },
  { text: 'Every single time I bring it up you change the subject.', kinds: ['absolute'] },
  { text: 'You always have an excuse. Always.', kinds: ['absolute'] },
  { text: 'All you ever do is tell me to move on.', kinds: ['absolute'] },
  { text: "you're constantly on that phone and then act shocked when i look at it", kinds: ['absolute'] },
  {
    text: "Name one time since March that you've been the one to start this conversation. Go on. One.",
    kinds: ['absolute'],
  },
  {
    text: "It's the same with the betting as with everything else: the minute things get hard, you disappear.",
    kinds: ['absolute'],
  },
  {
    text: 'Not once in eleven years have you put me first, and the bank statements prove it.',
    kinds: ['absolute'],
  },
  {
    text: "Whenever I finally relax, you find a new way to remind me I can't trust you.",
    kinds: ['absolute'],
  },
  { text: 'Nothing you say means anything anymore.', kinds: ['absolute'] },
  {
    text: 'I notice that in our sessions you reliably pivot to your own childhood whenever my pain is on the table.',
    kinds: ['absolute'],
  },
  {
    text: "Sure you're forever swearing the drink is done with, and it's never done with.",
    kinds: ['absolute'],
  },
  { text: 'You have lied about every single thing that mattered in this relationship.', kinds: ['absolute'] },
  {
    text: "I've been trying really hard this week, going to the sessions, doing the breathing stuff, not checking your phone, and I know you're trying too. But you never tell me anything unless I drag it out of you, and I'm so tired. Can we go for a walk tomorrow?",
    kinds: ['absolute'],
  },
  // ---- flawed: character_attack ----
  { text: "You're a liar. Plain and simple.", kinds: ['character_attack'] },
  {
    text: "What kind of man lets his wife find out about the debt from a bailiff's letter?",
    kinds: ['character_attack'],
  },
  { text: 'honestly pathetic. a 42 year old on tinder.', kinds: ['character_attack'] },
  { text: "You're a coward, hiding behind your therapist's words.", kinds: ['character_attack'] },
  { text: "I'm married to a narcissist and it took me twelve years to see it.", kinds: ['character_attack'] },
  { text: 'selfish selfish selfish', kinds: ['character_attack'] },
  { text: 'I hope she enjoys the discount version of a husband.', kinds: ['character_attack'] },
  {
    text: 'Congratulations on turning into exactly the kind of person your dad was.',
    kinds: ['character_attack'],
  },
  { text: "You're a snake, Dan. A smiling snake.", kinds: ['character_attack'] },
  {
    text: 'Grown woman hiding credit cards in a shoebox like a teenager. Grow up.',
    kinds: ['character_attack'],
  },
  {
    text: "You're some operator, I'll give you that. Two phones and not a bother on you.",
    kinds: ['character_attack'],
  },
  {
    text: "I didn't marry a gambler. I thought I'd married a man with a backbone.",
    kinds: ['character_attack'],
  },
  {
    text: 'He was right about you, you know. A pretty face with nothing behind it.',
    kinds: ['character_attack'],
  },
  { text: "You're a spineless little man who can't even look me in the eye.", kinds: ['character_attack'] },
  {
    text: "Thanks for picking the kids up and for dinner, it was lovely. Doesn't change that I'm married to a man who'd lie to his own mother's face.",
    kinds: ['character_attack'],
  },
  // ---- flawed: two kinds ----
  {
    text: "You always lie. You're a liar right down to your bones.",
    kinds: ['absolute', 'character_attack'],
  },
  {
    text: "Selfish to the core. You'd sell out anyone for a bit of attention.",
    kinds: ['character_attack', 'accusation'],
  },
  {
    text: "You don't even feel bad, do you? Because you're a sociopath.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "You're constantly checking whether I'm checking your phone, which tells me you've still got something to hide.",
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "Every time she texts, you light up. Don't tell me it's nothing.",
    kinds: ['absolute', 'accusation'],
  },
  {
    text: 'You are a fake person, everything you show me is a mask.',
    kinds: ['character_attack', 'absolute'],
  },
  {
    text: "You're a manipulator and you're trying to make me feel crazy for asking.",
    kinds: ['character_attack', 'accusation'],
  },
  {
    text: "mate you're late every bloody night and it's never the traffic you reckon it is",
    kinds: ['absolute', 'accusation'],
  },
  // ---- clean ----
  {
    text: "I never thought I'd be the one checking bank statements at 2am. I hate that this is who I've become, and I'd like us to set up a shared view of the accounts so I can stop.",
    kinds: [],
  },
  {
    text: "You've never missed a session since we started counselling, and I see that. It matters to me.",
    kinds: [],
  },
  {
    text: "I'm not saying you never tried. I'm saying that when I found the second account, I stopped being able to believe the trying, and I need help getting that back.",
    kinds: [],
  },
  {
    text: 'I will always remember how you sat with me on the kitchen floor the night I found out. Whatever happens, that counted.',
    kinds: [],
  },
  {
    text: "I always get wobbly around our anniversary. It's not a test for you. I'm telling you now so you know it's coming.",
    kinds: [],
  },
  {
    text: "'You always do this' is what I wanted to type. I'm not going to. What I actually mean is I felt brushed off tonight when I asked about the messages, and I need ten minutes of your attention tomorrow.",
    kinds: [],
  },
  {
    text: "Every time I walk past that hotel on Grafton Street my stomach drops. That's mine to deal with, but I'd love it if we could take a different route into town for a while.",
    kinds: [],
  },
  {
    text: "Not every single time, I know that. Most nights you text when you're leaving. It was tonight, with no text till eleven, that sent me spiralling.",
    kinds: [],
  },
  { text: 'u texting me constantly today was actually lovely lol. keep it up x', kinds: [] },
  {
    text: "I'm constantly second-guessing myself since the affair came out, and I'm tired. I'm going to book a few sessions on my own.",
    kinds: [],
  },
  {
    text: "I don't want to be a wife who constantly monitors her husband. So I'm asking plainly: can we agree the phone lives on the kitchen counter at night for the next three months?",
    kinds: [],
  },
  {
    text: "Not once did I think it was my fault, which surprised me. I thought I'd blame myself. I'm angry instead, and I'm letting myself be angry.",
    kinds: [],
  },
  {
    text: "You didn't raise your voice once tonight when I was shouting, and I noticed. Thank you.",
    kinds: [],
  },
  {
    text: "My sister said 'all he ever does is take'. I told her that isn't true and that I don't want it said about you. I'm still hurt, but I won't have you talked about like that.",
    kinds: [],
  },
  {
    text: "I don't think you're a liar at your core. I think you lied to me for two years about the credit cards, and I need to understand why before I can trust the statements again.",
    kinds: [],
  },
  {
    text: "There's a voice in my head that says 'liar' whenever your phone buzzes. I don't want to live with that voice. Can we book the full-disclosure session the counsellor suggested?",
    kinds: [],
  },
  {
    text: "Felt like a liar myself today, telling your mum everything was fine at lunch. I'm not ready to tell her, but I don't want to keep pretending for long either.",
    kinds: [],
  },
  {
    text: "I felt pathetic crying in the car park at Tesco because they were playing our song. I'm not asking you to fix it. I wanted you to know where I was today.",
    kinds: [],
  },
  {
    text: "Please don't call yourself pathetic. I don't need you to hate yourself. I need you to show up on Thursday and go through the statements with me.",
    kinds: [],
  },
  {
    text: "I was a coward about the drinking for months: I saw the signs and said nothing. That doesn't make the hiding okay, but I want to own my part of the silence.",
    kinds: [],
  },
  {
    text: "It took courage to tell me about the app yourself before I found it. I'm furious, but I won't pretend it was a coward's move.",
    kinds: [],
  },
  {
    text: "It might sound selfish, but I need the weekend on my own at my sister's. It's not a punishment, it's me needing air.",
    kinds: [],
  },
  { text: "I'm going to be selfish about one thing: I choose who we tell, and when.", kinds: [] },
  {
    text: "My friend sent me an article about narcissists and I deleted it. I don't think that's what's going on with us, and I don't want internet labels in our house. I want to talk about what actually happened.",
    kinds: [],
  },
  {
    text: "I keep asking myself what kind of man I want our son to grow into, and I think it's one who can say 'I got it wrong' out loud. You did that today in front of him. That mattered.",
    kinds: [],
  },
  {
    text: "I don't believe you don't care. I think you're scared. When you went quiet last night after I mentioned the debt, it felt like you'd left the room. I need you to stay, even when it's uncomfortable.",
    kinds: [],
  },
  {
    text: "I told my therapist 'he doesn't care' and she asked whether that was true or whether it was the fear talking. It was the fear. I'm sorry I said it to you on Sunday.",
    kinds: [],
  },
  {
    text: "When I said last week that you only think of yourself, that wasn't fair and I take it back. What's true is I felt alone when you went to the match the day after the disclosure.",
    kinds: [],
  },
  {
    text: "I'm not trying to punish you by sleeping in the spare room. I need some space from our bed for now, and I'll tell you when that changes.",
    kinds: [],
  },
  {
    text: 'It felt like a punishment to hear about the loan from the bank rather than from you. I need the next hard thing to come from you first.',
    kinds: [],
  },
  {
    text: "I'm scared you still want her. I know that's my fear and not something you've said. Could you tell me, in your own words, where things stand?",
    kinds: [],
  },
  {
    text: "Obviously I'm still angry, I'm not going to pretend otherwise. I'm also here, and I want to keep trying.",
    kinds: [],
  },
  {
    text: "I'm not going to hold this over you forever, I promise. I can't put it down yet, that's all.",
    kinds: [],
  },
  { text: 'Nothing about today was your fault. The song on the radio got me.', kinds: [] },
  {
    text: 'I want to know everything, even the parts that will hurt, because guessing is worse. Could you write it down for me this week?',
    kinds: [],
  },
  {
    text: "Whenever you're ready to talk about the other phone, I'll make the time. No rush tonight.",
    kinds: [],
  },
  {
    text: "I think about it all the time and it's exhausting. Can we do our check-in tonight instead of Sunday?",
    kinds: [],
  },
  {
    text: "I'm not going to call you a cheater in front of the kids, not now and not ever. They love you and that stays separate.",
    kinds: [],
  },
  {
    text: "You cheated. I'm saying it plainly because I think we've both been talking round it, and I need us to be able to name it before we can fix anything.",
    kinds: [],
  },
  {
    text: "You are not a monster and I don't want you thinking I see you that way. I see someone who did something that broke me, which is different.",
    kinds: [],
  },
  {
    text: "I felt disgusting for days after I got tested. That's not a dig, it's where my body is. I need you to be patient with me about sex.",
    kinds: [],
  },
  {
    text: "I feel weak for still loving you and strong for staying, both at once. Don't know what to do with that yet.",
    kinds: [],
  },
  {
    text: "I feel so stupid for believing the 'work trip' stories. I know the therapist says that's not on me, but that's the feeling today.",
    kinds: [],
  },
  {
    text: "lol i'm an idiot, locked myself out again. can u bring keys when u finish? also thank u for the flowers, they made me cry in a good way",
    kinds: [],
  },
  {
    text: "I worry I'm being manipulative when I ask where you've been. I'm not trying to catch you out. I genuinely need the reassurance right now.",
    kinds: [],
  },
  {
    text: "I don't think we're toxic. I think we're hurt. Those are different things, and I'd like us to say that to Dr Osei on Tuesday.",
    kinds: [],
  },
  {
    text: "I'm not crazy for needing to see the phone bill. I need it, and I'm asking, not demanding.",
    kinds: [],
  },
  {
    text: 'Thank you for not calling me paranoid when I asked about the mileage on the car. I know it looked mad. It helped that you answered.',
    kinds: [],
  },
  {
    text: "It would be easier if you were heartless, honestly. But I watched you cry at the disclosure and I know you're not. That makes it more confusing, not less.",
    kinds: [],
  },
  {
    text: "What happened was cruel to me. I'm not saying you're a cruel person; I'm saying I was on the receiving end of something cruel, and I need that acknowledged.",
    kinds: [],
  },
  {
    text: "I know the apology wasn't fake. I can see it in how you've been with the kids. I'm not at the point where I can feel it yet.",
    kinds: [],
  },
  {
    text: "My brother called you a snake at the barbecue and I told him to leave it. I'm not ready to forgive, but I'm not having people slag you off to me either.",
    kinds: [],
  },
  {
    text: 'you absolute goose, you ate the last Tim Tam 😂 but seriously, tonight was the first night in months I laughed with you. thank you',
    kinds: [],
  },
  {
    text: "Your dad called you a deadbeat when you were a kid and I know that word lives in you. I'm not saying it, and I don't believe it. I do need you to ring the debt advice line this week, though.",
    kinds: [],
  },
  {
    text: "You told me you're an addict, and I believe you. I'm not going to use that word against you. I need to know what your plan is for the nights you'd normally be at the bookies.",
    kinds: [],
  },
  {
    text: "I looked up Al-Anon tonight. I'm going to go for me, not to label you an alcoholic. I need support with the lying around the drinking, whatever we end up calling it.",
    kinds: [],
  },
  {
    text: "I don't think you're a pervert for watching porn. What hurt was the hiding, and that you swore to me in January it had stopped.",
    kinds: [],
  },
  {
    text: "I'm not blaming you for how tired I am; the kids have been hard this week. Could you take bath time tonight?",
    kinds: [],
  },
  {
    text: "I blame myself sometimes, which I know isn't right. Can you tell me again, out loud, that this wasn't about something I lacked?",
    kinds: [],
  },
  {
    text: "Of course I want you at Mia's recital. Whatever's going on between us, she needs both of us in that front row.",
    kinds: [],
  },
  { text: 'Home by 6 as usual? Want to do our walk after tea? x', kinds: [] },
  {
    text: "I'm sorry I'm crying yet again. It's not a guilt trip, it's grief. I don't need you to say anything, sit with me.",
    kinds: [],
  },
  {
    text: 'You make me feel safe when you hand me your phone without me asking. I noticed you did it again tonight.',
    kinds: [],
  },
  {
    text: "I can see you're trying to make up for it with the flowers and the dinners, and I appreciate it. What would help more is an honest answer when I ask a question, even an ugly one.",
    kinds: [],
  },
  {
    text: "I don't believe you set out to hurt me. I'm struggling with the fact that it happened anyway, and I need to hear how you're making sense of that.",
    kinds: [],
  },
  {
    text: "You knew about the overdraft in March and told me in July. I'm not going to pretend those four months didn't happen, and I need us to talk about them.",
    kinds: [],
  },
  {
    text: "I chose to stay. I want you to know that was a choice, made with my eyes open, and I'm making it again today.",
    kinds: [],
  },
  {
    text: "I don't think you're lying about last night. My body doesn't believe it yet, though, and I'm asking you to be patient with that.",
    kinds: [],
  },
  { text: "You still make me laugh more than anyone. That's why this is so hard.", kinds: [] },
  {
    text: "I know you can't undo it. I'm not asking you to. I'm asking you to stay in the room when I talk about it.",
    kinds: [],
  },
  {
    text: "I won't ask you to prove it every day. I will ask for the check-ins, because they help.",
    kinds: [],
  },
  {
    text: "You didn't even hesitate when I asked for the passwords. I want you to know how much that counted.",
    kinds: [],
  },
  {
    text: 'Nobody tells you how ordinary the triggers are. It was a bag of crisps today, her brand. Stupid, but it knocked me sideways.',
    kinds: [],
  },
  {
    text: "You hid the betting for years. I'm saying the number out loud because I need it to be real, and I need to know you hear it too: four years.",
    kinds: [],
  },
  {
    text: "same old me, overthinking the text u didn't answer. i know u were in the meeting. telling u so it doesn't fester x",
    kinds: [],
  },
  {
    text: "You clearly put real thought into the anniversary card, and I'm grateful. I'm not ready to celebrate this year. Could we have a quiet dinner at home?",
    kinds: [],
  },
  {
    text: 'Typical me, I found the thing to cry about at Aldi: the wine she used to bring round. Tell me something normal about your day?',
    kinds: [],
  },
  {
    text: "I'm not sure I can forgive the lying about your ex yet. I want to. I need time, and I need you not to ask me when.",
    kinds: [],
  },
  {
    text: "I forgive you for forgetting the dentist, by the way. Tiny things I can forgive instantly; it's the big one that's slow.",
    kinds: [],
  },
  {
    text: "I'm not ready to move on, and I'd rather say that than fake it. What I can do is stop bringing it up at dinner in front of the kids.",
    kinds: [],
  },
  {
    text: "When your mum told me to 'move on for the children', I nearly lost it. I need you to tell her this is between us.",
    kinds: [],
  },
  {
    text: "I know you'd like it to be in the past. You said so on Sunday, and I get why. For me it's still happening in my head, and I need you to know where I am.",
    kinds: [],
  },
  {
    text: "Maybe I overreacted at the party when she walked in. I'd like us to leave next time she's there, and to agree that beforehand.",
    kinds: [],
  },
  {
    text: "I got a bit drunk at Siobhan's and cried about us, so I might be a mess when I get in. I'm not angry at you tonight, just sad.",
    kinds: [],
  },
  {
    text: "When you came home drunk on Friday after promising you'd stopped, I felt like the floor went. I need you to tell me if you've had a drink, even if it's one.",
    kinds: [],
  },
  {
    text: "I've been lonely in this house since I found the app. Not because you're not here, but because I don't know how to reach you yet. Can we go for a walk Saturday, the two of us?",
    kinds: [],
  },
  {
    text: "I'm sorry too, for the things I said on the stairs. I was hurt, but I didn't mean that you're worthless, and I'd like to say that properly.",
    kinds: [],
  },
  {
    text: "Just so you know, I'm proud of you for the meeting tonight. I know the first GA one is hard.",
    kinds: [],
  },
  {
    text: 'If you see her at the conference, I need to hear it from you that evening, not from Clare three weeks later.',
    kinds: [],
  },
  {
    text: "Because I love you, I'm asking for honesty about the money even when it's embarrassing. I would much rather know.",
    kinds: [],
  },
  {
    text: "You've been really patient with my questions this week. I do need to say that the 'I don't remember' answers land badly for me. Could you say 'I'll think about it and tell you' instead?",
    kinds: [],
  },
  { text: "I still love you. I'm still angry. Both of those are true tonight.", kinds: [] },
  {
    text: "If I ever seem cold when you come in, please ask me, don't assume. Most of the time it's the anxiety, not you.",
    kinds: [],
  },
  {
    text: "Everyone at the wedding kept asking when we're having a baby. I went quiet because I don't know yet what I want. I needed you to know why I was off.",
    kinds: [],
  },
  {
    text: "I completely understand you're ashamed. I would like you to be the one to tell your brother about the loan, not me.",
    kinds: [],
  },
  {
    text: "totally fine about tonight btw, have fun at the footy. text me when u leave? that's all i need",
    kinds: [],
  },
  {
    text: "I was scared you'd think I was two-faced for being warm with your parents at Christmas while we're in this. I'm not pretending. I love them, separately from what's happening with us.",
    kinds: [],
  },
  {
    text: "I said to Fiona on the phone that I felt spineless for not leaving. I don't actually think staying is a weakness, I needed to say it somewhere. I'm telling you because I don't want secrets either.",
    kinds: [],
  },
  {
    text: "I know it's childish, but I unfollowed her on everything tonight. I needed to. I'm not asking you to do anything about it.",
    kinds: [],
  },
  {
    text: "I don't feel like a loser for staying, whatever my cousin posted. I feel like someone who's deciding slowly.",
    kinds: [],
  },
  {
    text: "I don't think you deliberately picked our anniversary week to tell me. I think no week was going to be a good one.",
    kinds: [],
  },
  {
    text: "I know you didn't leave the laptop open on purpose, and I'm glad I saw it anyway. I'd rather know. Can we talk tonight after the kids are down?",
    kinds: [],
  },
  {
    text: "You lied to me about where you were on the 14th. I'm not asking for a reason tonight. I need you to know that I know, and that I'll want to talk about it.",
    kinds: [],
  },
  { text: "I hate what happened. I don't hate you. I need you to hear the difference.", kinds: [] },
  {
    text: "I feel betrayed, and I'm not going to soften that word. I'm also not going anywhere tonight.",
    kinds: [],
  },
  {
    text: "I need some control over the money for a while: my name on every account, both of us with the app. It's not about humiliating you, it's about me being able to sleep.",
    kinds: [],
  },
  {
    text: "My mum said 'typical man' and I didn't like it. You're not a type to me. You're you, and it's you I'm angry with and you I'm trying to trust again.",
    kinds: [],
  },
  {
    text: "I'm not asking 'what were you thinking' to have a go at you. I actually want to know what was going on in your head in those months, because not knowing is worse.",
    kinds: [],
  },
  {
    text: "why can't i sleep past four? no idea. not your doing. needed to tell someone and you're the someone x",
    kinds: [],
  },
  {
    text: "I've asked 'how could you' so many times it's stopped meaning anything. Let me try a better question: what do you need from me to keep being honest when it's hard?",
    kinds: [],
  },
  {
    text: "I don't trust you yet, and I'm saying that calmly. It isn't a final judgement. It's where I'm at this month.",
    kinds: [],
  },
  {
    text: "You don't have to apologise again tonight. I heard you yesterday. Tonight I want to watch something dumb on the couch with you.",
    kinds: [],
  },
  {
    text: "I saw the word 'fraud' on the bank letter and went cold. I need us to sit down with it together tomorrow and for you to talk me through it line by line.",
    kinds: [],
  },
  {
    text: "I'd no idea how much the gambling cost us till I saw the printout. I'm raging, but I'm not going to say anything tonight I can't take back. Talk tomorrow?",
    kinds: [],
  },
  {
    text: 'Yesterday was the worst day for me since I came to know about the loan. I am not saying this to make you feel bad. I only want you to know so you can be with me on Sunday when we meet my parents.',
    kinds: [],
  },
  {
    text: "I used to think an affair would be unforgivable. I'm finding out I don't know what I think anymore. I'd like to keep talking.",
    kinds: [],
  },
  {
    text: "You're being so gentle with me lately and I don't know how to receive it yet. I'm not pushing you away, I'm slow.",
    kinds: [],
  },
  {
    text: "Eish, I had a bad one today at Woolies when I saw her car. I'm okay now. Just wanted you to know why I was quiet on the phone.",
    kinds: [],
  },
  {
    text: "Reckon I came in a bit hot at dinner with your folks. Not gonna pretend I'm over it, but they didn't deserve that. I'll ring your mum tomorrow.",
    kinds: [],
  },
  {
    text: 'For me it is very difficult when you are on the phone late at night, because of what happened with the dating app. I do not say you are doing something wrong. I only ask if you can take calls in the living room for some months.',
    kinds: [],
  },
  {
    text: "Reflecting on Thursday's session: I notice that when I'm frightened my head jumps to big sweeping words about you. I'm working on catching that. Underneath is usually a feeling of being unimportant, and I'd like us to find a small signal for when that happens.",
    kinds: [],
  },
  {
    text: "When Jamie mentioned seeing you on Grindr last spring I wanted the ground to swallow me. You've told me it's deleted and I believe you. I'd also like us to look at it together, once, so I can let it go.",
    kinds: [],
  },
  {
    text: "Finding out you'd been meeting Sam for coffee all those months, and calling it book club, hurt more than the coffee itself. I need to know who you're seeing, even when it's an ex and even when it's innocent.",
    kinds: [],
  },
  {
    text: 'Dear Robert, I am writing this rather than saying it because I want to be careful with my words. I am not calling you dishonest as a person. I am saying that the account you kept from me for six years has changed how safe I feel, and I would like us to begin with full transparency about our finances. With care, Helen.',
    kinds: [],
  },
  {
    text: "Forty-one years married and this is the first time I've felt a stranger in my own kitchen. I am not going anywhere, Bill. But I need you to tell me the truth about the letters, all of it.",
    kinds: [],
  },
  {
    text: 'ngl the snapchat thing still gets me when im tired. not having a go rn, telling u so im not weird with u later',
    kinds: [],
  },
  {
    text: "No wonder I'm tired, I was up at three replaying the voicemail. I'd like an early night, can you do the dishes?",
    kinds: [],
  },
  {
    text: "This isn't an excuse for snapping at you over the bins, but I'd seen the photo again an hour before. Thank you for not snapping back.",
    kinds: [],
  },
  {
    text: 'You can tell me anything, and I mean that. I would rather be hurt by the truth than protected by a story.',
    kinds: [],
  },
];
