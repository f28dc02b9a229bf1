import type { CorpusItem } from './corpus-item';
// Written for blind21 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const STATEMENT_BLIND21: readonly CorpusItem[] = [
  // ---- clean ----
  {
    text: "When you lied about where you were on Friday, I felt sick to my stomach. I need the truth, even if it's hard to say.",
    kinds: [],
  },
  { text: 'i never thought id be the one typing something like this', kinds: [] },
  { text: "You've always been a brilliant dad, and that's part of why this hurts so much.", kinds: [] },
  {
    text: 'I need you to tell me when she contacts you, straight away, without me having to ask.',
    kinds: [],
  },
  { text: 'I felt dismissed when you checked your phone all through dinner last night.', kinds: [] },
  { text: 'Can we talk tonight once the kids are asleep?', kinds: [] },
  { text: "I'm angry. Really angry. I don't want to text about it, I want to talk face to face.", kinds: [] },
  {
    text: 'When I found the credit card statement, I felt like the floor went out from under me. I need us to go through the accounts together this weekend.',
    kinds: [],
  },
  { text: 'Thank you for answering my questions yesterday. It helped more than you know.', kinds: [] },
  { text: "I need a few days at my sister's. I'm not leaving, I just need space to think.", kinds: [] },
  { text: 'Are you still in touch with him? I need an honest answer, whatever it is.', kinds: [] },
  { text: 'ok. i read it. i need time before i reply properly', kinds: [] },
  {
    text: "I keep replaying the moment I saw the messages. I'm not ready to talk about forgiveness yet.",
    kinds: [],
  },
  {
    text: 'When you told me about the debt on your own, before I found it, I felt a tiny bit of hope. I want more of that.',
    kinds: [],
  },
  {
    text: "Every time I drive past that hotel, my chest tightens. I'd like us to take the other road for a while.",
    kinds: [],
  },
  { text: "I'd like us to book the counsellor for Thursday. Are you free at six?", kinds: [] },
  { text: "I love you. I'm also devastated. Both are true right now.", kinds: [] },
  {
    text: 'i feel scared when you go quiet after i ask a question. can you tell me if you need a minute instead?',
    kinds: [],
  },
  {
    text: "I need to see the bank statements each month for now. It's not a punishment, it's what I need to feel safe.",
    kinds: [],
  },
  {
    text: "When I found out yesterday that you lost your job three months ago, I felt humiliated. I need to know if there's anything else I don't know.",
    kinds: [],
  },
  {
    text: "I always wanted us to grow old together. I still want that, but I don't know how to get there yet.",
    kinds: [],
  },
  {
    text: "Gutted is the only word for how I feel today. I'm going to my mum's for tea and I'll be back by nine.",
    kinds: [],
  },
  { text: "I'm not okay tonight. Could you take the kids to school tomorrow so I can sleep in?", kinds: [] },
  { text: 'I noticed you left your phone face up on the table tonight. That meant a lot to me.', kinds: [] },
  {
    text: "When I saw the betting app on your phone, I felt betrayed all over again. I need you to delete it while I'm with you.",
    kinds: [],
  },
  { text: 'I need to ask you something and I need you to let me finish before you answer.', kinds: [] },
  {
    text: "It's been a year since you told me about the pokies, and I can see how hard you've worked. I'm proud of you.",
    kinds: [],
  },
  {
    text: 'Abeg, can we talk this evening when I close from work? I need us to settle this money matter properly.',
    kinds: [],
  },
  {
    text: "I felt really hurt when I learned you'd been drinking at lunch after telling me you hadn't. I need honesty about the drinking, even on bad days.",
    kinds: [],
  },
  { text: 'Kindly give me some days to think. I am not angry right now, only very tired.', kinds: [] },
  {
    text: "Ja, I'll be home just now. I need us to sit down tonight and talk about the messages.",
    kinds: [],
  },
  { text: 'What I need most is for you to tell me the truth the first time I ask.', kinds: [] },
  { text: "You never have to hide a bad day from me. I'd rather know.", kinds: [] },
  {
    text: "I'm struggling to trust what you say right now, and I want that to change. Can we make a plan with the therapist?",
    kinds: [],
  },
  {
    text: 'I feel jealous and small when I think about her. I know some of that is mine to work on, but I need reassurance for a while.',
    kinds: [],
  },
  {
    text: 'when u came home late last night without texting, i panicked. please send a quick msg if ur going to be late',
    kinds: [],
  },
  { text: "I'd like to know how long it went on. Not the details, just the timeline.", kinds: [] },
  {
    text: "I went through your phone this morning and I'm sorry I did that without asking. I was scared. Can we agree on how we handle this from now on?",
    kinds: [],
  },
  {
    text: "I'm writing this because I can't say it out loud without crying. I feel so lonely in this house right now.",
    kinds: [],
  },
  { text: "Grand so, I'll see you at the session at half four. I'm nervous about it.", kinds: [] },
  {
    text: 'Eish, today was hard. I saw her car at the shops and my hands were shaking. I need a hug when you get home, not a conversation.',
    kinds: [],
  },
  {
    text: "Every time you've answered my questions this week, it's got a little easier. Thank you.",
    kinds: [],
  },
  {
    text: "I feel embarrassed that I didn't see the signs. I need you to understand that's part of why I ask so many questions.",
    kinds: [],
  },
  {
    text: "Could you show me the messages with your ex from last month? I'd rather see them with you than imagine them.",
    kinds: [],
  },
  {
    text: "I was hurt to find out about the porn after you told me you'd stopped. I need us to talk about what stopping actually looks like.",
    kinds: [],
  },
  { text: "I don't hate you. I hate what happened.", kinds: [] },
  {
    text: "I need you to come to the appointment with the credit counsellor on Monday, eh? I can't do it on my own.",
    kinds: [],
  },
  {
    text: "I'm so angry I can't see straight. I'm going for a walk and I'll text you when I'm back.",
    kinds: [],
  },
  {
    text: 'My trust is in pieces. I want to rebuild it, but I need to see changes over time, not promises.',
    kinds: [],
  },
  {
    text: "Did you pay the hydro bill this month? I'm asking because I need to know where we stand.",
    kinds: [],
  },
  {
    text: "When you hid the second phone, I felt like I didn't know you at all. I need to know if there's anything else.",
    kinds: [],
  },
  {
    text: "I've always trusted you with the savings. Finding out they were gone has shaken me badly.",
    kinds: [],
  },
  { text: 'I need honesty more than I need comfort right now.', kinds: [] },
  {
    text: "Please don't tell me it meant nothing yet. I'm not ready to hear that. I need you to listen.",
    kinds: [],
  },
  { text: "I feel hopeful today. I don't know if it'll last, but I wanted you to know.", kinds: [] },
  {
    text: 'You asked what you can do. I need you to check in with me at lunchtime, just a quick message, for the next few weeks.',
    kinds: [],
  },
  {
    text: 'When I heard her name on your phone, I froze. I need you to tell me why she was calling.',
    kinds: [],
  },
  { text: "Honestly I'm knackered from not sleeping. Can we leave the big talk till Saturday?", kinds: [] },
  {
    text: "I'm scared that if I forgive you, I'll look stupid. I need time to work out what forgiveness means for me.",
    kinds: [],
  },
  { text: 'I want to believe you. I need you to be patient with me while I get there.', kinds: [] },
  {
    text: 'Na wa o, this week has been heavy. I need us to pray together and then sit down and talk about the loan.',
    kinds: [],
  },
  {
    text: "I never expected to be in couples counselling at 52, but here we are, and I'm glad you came.",
    kinds: [],
  },
  {
    text: 'I found out from your brother, not from you. That made it so much worse for me. I need to hear things from you first.',
    kinds: [],
  },
  {
    text: "I'm okay with you going to the work do, but I need to know who'll be there and when you'll be home.",
    kinds: [],
  },
  {
    text: 'I feel physically sick when I think about the money. I need us to sit with the statements together, line by line.',
    kinds: [],
  },
  {
    text: 'Can you tell me what you were feeling when you started gambling again? I want to understand, not to fight.',
    kinds: [],
  },
  {
    text: "Thank you for telling me the truth tonight. I know it was hard. I'm still hurting, but I respect it.",
    kinds: [],
  },
  {
    text: 'When you say "it\'s in the past", I feel rushed. I need you to let me take the time I need.',
    kinds: [],
  },
  { text: "I'm not ready to share a bed yet. I'll tell you when I am.", kinds: [] },
  {
    text: "I keep asking the same questions because my brain can't settle. I need you to answer them again, even if it feels repetitive.",
    kinds: [],
  },
  {
    text: 'Yaar, I am trying. Some days are better. Today was not. I need you with me tonight, no phone.',
    kinds: [],
  },
  { text: "I'd like us to have one evening a week where we don't talk about the affair at all.", kinds: [] },
  { text: "I love the man you are when you're honest with me. I want more of him.", kinds: [] },
  { text: 'you asked if im ok. no. but im glad you asked', kinds: [] },
  {
    text: "When I saw the empty bottles in the garage after you'd said you'd stopped, I felt frightened. I need you to tell me when you've had a drink.",
    kinds: [],
  },
  {
    text: "I need you to block her number while I'm sitting with you. That's what would help me right now.",
    kinds: [],
  },
  { text: 'I feel like a fool for believing the overtime story.', kinds: [] },
  {
    text: "Every time I try to talk about it I start crying, so I'm writing instead. Please read this to the end.",
    kinds: [],
  },
  { text: "I don't know if we'll make it. I do know I want to try.", kinds: [] },
  { text: "Where were you last night? I'm asking calmly and I'd like a calm answer.", kinds: [] },
  {
    text: "When I learned you'd been messaging your ex for months, I felt replaced. I need to understand what was going on for you.",
    kinds: [],
  },
  {
    text: "I've decided to see my own therapist as well. I'm telling you because I want us to be open with each other.",
    kinds: [],
  },
  { text: "You've been really patient with my questions lately. I notice it and it matters.", kinds: [] },
  { text: 'Please come home. We can talk about it here.', kinds: [] },
  {
    text: "I feel betrayed. I feel stupid. I feel like I don't know who I married. I'm telling you all this because I want you to understand where I am, not to punish you.",
    kinds: [],
  },
  { text: 'Lekker to have you home on time tonight. Small things like that help me.', kinds: [] },
  { text: 'Cheers for sorting the joint account login. It helps me feel less in the dark.', kinds: [] },
  { text: "I'd like to go for a walk together Sunday arvo. No big talks, just us.", kinds: [] },
  {
    text: "Could you please stop saying 'I said I'm sorry' when I bring it up? I need to be able to talk about it without feeling shut down.",
    kinds: [],
  },
  { text: "I'm furious with you right now. That's not me giving up on us, it's me being honest.", kinds: [] },
  {
    text: 'When you crossed your arms and looked away at the session, I felt unheard. Next time, could you repeat back what I said first?',
    kinds: [],
  },
  { text: "I'm hurting today.", kinds: [] },
  { text: 'Call me when you land, please.', kinds: [] },

  // ---- accusation ----
  {
    text: "You only said sorry because you got caught. If I hadn't seen the messages you'd still be at it.",
    kinds: ['accusation'],
  },
  { text: "I feel like you don't care how much this is destroying me.", kinds: ['accusation'] },
  { text: "You're probably still talking to her behind my back right now.", kinds: ['accusation'] },
  { text: 'you just want me to get over it so you dont have to feel guilty', kinds: ['accusation'] },
  {
    text: "Don't pretend you didn't know what you were doing. You knew exactly how much it would hurt me and you did it anyway.",
    kinds: ['accusation'],
  },
  { text: 'You chose her over your own children. Let that sink in.', kinds: ['accusation'] },
  { text: "So now you want to talk? Funny how that works once the money's run out.", kinds: ['accusation'] },
  { text: "You lied about the job because you didn't think I was worth the truth.", kinds: ['accusation'] },
  { text: "You're only being nice this week because the counsellor told you to.", kinds: ['accusation'] },
  {
    text: "I know you're counting the days until you can stop pretending to be sorry.",
    kinds: ['accusation'],
  },
  {
    text: 'Funny how you can remember the footy scores but not where six grand went. You know exactly where it went.',
    kinds: ['accusation'],
  },
  {
    text: "You got rid of that phone so I couldn't find anything else. Don't insult me by saying it broke.",
    kinds: ['accusation'],
  },
  {
    text: 'You wrecked this family for a bit of attention and now you want me to make you feel better about it.',
    kinds: ['accusation'],
  },
  {
    text: 'Abeg stop the crying. You are only sorry because your people found out, not because of what you did to me.',
    kinds: ['accusation'],
  },
  {
    text: "You don't even want to fix this. You're going through the motions until you can leave with a clear conscience.",
    kinds: ['accusation'],
  },
  { text: "If you actually loved me you wouldn't have needed a secret account.", kinds: ['accusation'] },
  {
    text: "Let me guess, you were 'working late' again. I know what that means by now.",
    kinds: ['accusation'],
  },
  { text: 'ur clearing ur browser history, i can tell. dont bother lying about it', kinds: ['accusation'] },
  { text: 'You made me look like an idiot in front of my whole family.', kinds: ['accusation'] },
  {
    text: "You think a bunch of flowers fixes this? You think I'm that easy to buy off?",
    kinds: ['accusation'],
  },
  {
    text: "You wanted to get caught. Deep down you wanted me to be the one to end it so you wouldn't have to.",
    kinds: ['accusation'],
  },
  { text: "You're enjoying this, aren't you? Watching me fall apart.", kinds: ['accusation'] },
  {
    text: 'You care more about your reputation at church than about what you did to me.',
    kinds: ['accusation'],
  },
  {
    text: 'Kindly stop acting innocent. You hid the loan because you knew I would say no.',
    kinds: ['accusation'],
  },
  { text: "Ja, you're sorry now that she's dumped you. Convenient timing.", kinds: ['accusation'] },
  {
    text: "I'm sure you'll tell me I'm overreacting. That's easier for you than admitting what you did.",
    kinds: ['accusation'],
  },
  {
    text: "You didn't stop gambling because of me. You stopped because the money ran out.",
    kinds: ['accusation'],
  },

  // ---- absolute ----
  {
    text: 'When you constantly check your phone at dinner, I feel anxious and shut out.',
    kinds: ['absolute'],
  },
  { text: "I feel hurt that you never ask how I'm doing.", kinds: ['absolute'] },
  {
    text: 'Every single time I bring up the money, you change the subject. I need us to stay on it.',
    kinds: ['absolute'],
  },
  { text: 'I need you to stop coming home at all hours every night without a word.', kinds: ['absolute'] },
  { text: 'I feel scared when you always go quiet the moment I ask about her.', kinds: ['absolute'] },
  { text: "You're forever on that phone, and I feel lonely sitting right next to you.", kinds: ['absolute'] },
  {
    text: 'When I ask a question and get the same non-answer from you every time, I feel like giving up.',
    kinds: ['absolute'],
  },
  {
    text: 'i feel sick that you disappear every weekend and i have to chase you to find out where you are',
    kinds: ['absolute'],
  },
  {
    text: "It hurts that you've not once said her name out loud since it came out. I need you to be able to talk about it.",
    kinds: ['absolute'],
  },
  {
    text: "I'd like to talk, but you shut down every time I try, and I end up feeling like I'm the problem.",
    kinds: ['absolute'],
  },
  { text: 'When you go to the pub night after night, I feel abandoned.', kinds: ['absolute'] },
  { text: "I feel let down that you're late to every counselling session.", kinds: ['absolute'] },
  {
    text: 'When you always answer my questions with another question, I feel exhausted.',
    kinds: ['absolute'],
  },
  { text: 'It hurts that you never bring it up yourself.', kinds: ['absolute'] },
  { text: 'Every time the phone rings you leave the room, and my heart drops.', kinds: ['absolute'] },
  {
    text: 'When you disappear to the garage for hours every evening, I get that old sick feeling.',
    kinds: ['absolute'],
  },
  { text: 'I feel unimportant because you cancel our plans every single week.', kinds: ['absolute'] },
  {
    text: "Mate, you're at the pokies every payday and I feel like I'm watching our savings drain away.",
    kinds: ['absolute'],
  },
  { text: "You've never once asked how the kids are coping, and that breaks my heart.", kinds: ['absolute'] },
  {
    text: "I feel like I'm talking to a wall because you answer everything with 'I don't know'.",
    kinds: ['absolute'],
  },
  { text: "I'm hurt that you're on your laptop till 2am night after night.", kinds: ['absolute'] },
  {
    text: "When you promise to stop and then there's another bottle every weekend, I feel hopeless.",
    kinds: ['absolute'],
  },
  { text: 'I get anxious because you lock your phone every time I walk in.', kinds: ['absolute'] },
  { text: 'Eish, you are never reachable after five and I feel so uneasy.', kinds: ['absolute'] },
  {
    text: "It wears me down when you take your mother's side in every single argument about the money.",
    kinds: ['absolute'],
  },
  { text: "I'm sad that you never say sorry without adding a 'but'.", kinds: ['absolute'] },
  {
    text: 'I feel on edge constantly because you keep going out without telling me, week in, week out.',
    kinds: ['absolute'],
  },

  // ---- character_attack ----
  { text: "Only a snake would text his ex from his daughter's birthday party.", kinds: ['character_attack'] },
  {
    text: 'What kind of man hides his redundancy from his wife for three months?',
    kinds: ['character_attack'],
  },
  { text: "You're a coward. There, I said it.", kinds: ['character_attack'] },
  {
    text: "I'm married to a liar and I'm only now finding out how good a liar.",
    kinds: ['character_attack'],
  },
  {
    text: "Honestly, you're pathetic. Crying to me about how hard this is for you.",
    kinds: ['character_attack'],
  },
  {
    text: "You're nothing but a selfish, spineless child in a grown man's body.",
    kinds: ['character_attack'],
  },
  { text: 'What sort of mother gambles away the school fees?', kinds: ['character_attack'] },
  { text: 'You absolute eejit. Forty grand on the horses.', kinds: ['character_attack'] },
  { text: "I can't believe I married such a weak little man.", kinds: ['character_attack'] },
  { text: "You're disgusting. I can't even look at you.", kinds: ['character_attack'] },
  { text: "Proper cheat, that's what you are. Mum saw it years ago.", kinds: ['character_attack'] },
  { text: 'You are a fraud and a fake from head to toe.', kinds: ['character_attack'] },
  { text: "My husband the drunk. That's who you are now.", kinds: ['character_attack'] },
  {
    text: 'Only a con artist could look me in the eye and say the money was for the car.',
    kinds: ['character_attack'],
  },
  { text: 'You are a shameless man. Na wa for you.', kinds: ['character_attack'] },
  { text: 'Congratulations on being a total creep.', kinds: ['character_attack'] },
  { text: "You're a pervert and I feel dirty sharing a bed with you.", kinds: ['character_attack'] },
  { text: "Real men don't hide behind a second phone.", kinds: ['character_attack'] },
  { text: "you're a sad lonely little addict and i feel sorry for you", kinds: ['character_attack'] },
  { text: 'Liar. Absolute liar.', kinds: ['character_attack'] },
  { text: "I'm hurt, and honestly, you're a snake.", kinds: ['character_attack'] },
  {
    text: "You're a parasite. You lived off my salary while you gambled yours.",
    kinds: ['character_attack'],
  },
  { text: 'Some husband you turned out to be.', kinds: ['character_attack'] },
  { text: 'Yaar, you are a big cheater, that is the truth.', kinds: ['character_attack'] },
  { text: "You're a user. Plain and simple. I feel used.", kinds: ['character_attack'] },
  {
    text: 'When you lied to me about the drinking, I felt like I was living with a lowlife.',
    kinds: ['character_attack'],
  },
  {
    text: 'Sorry, but a grown woman sneaking texts to her ex under the table is just sad and childish.',
    kinds: ['character_attack'],
  },

  // ---- two kinds ----
  {
    text: 'You never cared about me. You just liked having someone to cook and clean for you.',
    kinds: ['accusation', 'absolute'],
  },
  { text: 'You always lie, and you only stop when you get caught.', kinds: ['accusation', 'absolute'] },
  {
    text: "Every single time you say you'll change, you're just buying time till I stop watching.",
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "You're constantly on that phone because you'd rather be talking to her than to me.",
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "You're a manipulative liar, and you only told me because you knew she was going to.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "You're a gutless coward. You let me find out from a bank letter because you couldn't face me.",
    kinds: ['accusation', 'character_attack'],
  },
  {
    text: "Typical selfish pig. You don't care who you hurt as long as you get your fun.",
    kinds: ['accusation', 'character_attack'],
  },
  { text: "You're a con man, and you married me for my house.", kinds: ['accusation', 'character_attack'] },
  { text: "You always were a liar. I just didn't want to see it.", kinds: ['absolute', 'character_attack'] },
  {
    text: "Every single time, the same spineless excuses. You're a joke.",
    kinds: ['absolute', 'character_attack'],
  },
  { text: "You've never been anything but a gambler and a waster.", kinds: ['absolute', 'character_attack'] },
  {
    text: "A cheat never changes, and you're a cheat through and through.",
    kinds: ['absolute', 'character_attack'],
  },
];
