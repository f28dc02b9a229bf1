import type { CorpusItem } from './corpus-item';
// Written for blind22 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const STATEMENT_BLIND22: readonly CorpusItem[] = [
  // ---- clean ----
  {
    text: 'When you came home at two without texting, I felt scared and alone. I need a message if your plans change.',
    kinds: [],
  },
  {
    text: "I feel anxious when your phone is face down on the table. Could we keep it face up for now while I'm rebuilding trust?",
    kinds: [],
  },
  { text: 'I need us to go through the credit card statements together this weekend.', kinds: [] },
  { text: "I'm really angry right now. I need a couple of hours before we talk about this.", kinds: [] },
  {
    text: "When I found the messages to your ex, I felt like the floor dropped out. I'm still there some days.",
    kinds: [],
  },
  {
    text: "Can you tell me the truth about where the money went? I'd rather hear something painful than keep guessing.",
    kinds: [],
  },
  {
    text: "I noticed you've been home by six every night this week. Thank you, it helps more than you know.",
    kinds: [],
  },
  { text: "I never imagined I'd be checking bank balances at midnight. I hate how that feels.", kinds: [] },
  {
    text: "Every time my phone buzzes I still jump a little. That's mine to work on, but I wanted you to know.",
    kinds: [],
  },
  {
    text: "You've always been good with the kids, and I don't want them caught in the middle of this.",
    kinds: [],
  },
  {
    text: "I'd like to know if you've been in contact with her since March. I'm asking because I need to know, not to start a fight.",
    kinds: [],
  },
  {
    text: 'I feel humiliated that my sister knew before I did. I need some time before we see her family.',
    kinds: [],
  },
  {
    text: "When you told me it was a work dinner and it wasn't, I stopped trusting the calendar. I need us to share it again.",
    kinds: [],
  },
  { text: 'hey, running late from therapy, home by 7. can we talk after the kids are down?', kinds: [] },
  { text: "I'm not ready to sleep in the same room yet. I need that to be okay for a while.", kinds: [] },
  { text: 'It hurt to learn about the loan from a letter instead of from you.', kinds: [] },
  {
    text: 'I feel sick when I think about the casino trips. I need you to show me the self-exclusion letter.',
    kinds: [],
  },
  {
    text: "Could you ask before you have a drink at the party? I'm not trying to control you, I'm scared of last summer happening again.",
    kinds: [],
  },
  { text: 'I need honesty more than I need comfort right now.', kinds: [] },
  { text: "You said you'd call your sponsor today. Did you get a chance to?", kinds: [] },
  { text: 'I felt relieved when you showed me the phone without my asking.', kinds: [] },
  { text: "I'm struggling today. Nothing you did, just a bad anniversary in my head.", kinds: [] },
  {
    text: "Some mornings I wake up and for a second I forget, and then I remember. That's been the hardest part.",
    kinds: [],
  },
  { text: 'I want to believe you. I need time and consistent actions before I can.', kinds: [] },
  {
    text: "When you deleted the browser history, I felt shut out. I'd like us to agree on no deleting for now.",
    kinds: [],
  },
  {
    text: "Please don't message me during work about this. I can't hold it together at my desk. Can we talk at 8?",
    kinds: [],
  },
  {
    text: "I'm asking for the password to the second email account. I need to see that it's closed.",
    kinds: [],
  },
  {
    text: "I'm scared that if I relax, I'll miss something again. I know that fear is driving a lot of my questions.",
    kinds: [],
  },
  {
    text: 'Thank you for telling me she contacted you. That was the right thing, and I noticed it.',
    kinds: [],
  },
  {
    text: "I don't know yet if I can stay. I'm not threatening you; I honestly don't know, and I need us both to sit with that.",
    kinds: [],
  },
  {
    text: "I feel jealous and small when you mention coworkers by name. I'd like to talk about why, calmly.",
    kinds: [],
  },
  {
    text: "We always used to walk on Sundays. I'd like to try that again this weekend, if you're up for it.",
    kinds: [],
  },
  {
    text: "When you said 'it only happened twice,' I felt minimized. I need you to hear how big it is for me.",
    kinds: [],
  },
  { text: "I'm proud of myself for not reading your texts today.", kinds: [] },
  {
    text: 'Can we set a budget meeting every Sunday evening? I need to see the numbers to feel safe.',
    kinds: [],
  },
  { text: 'I need you to tell me before you meet your ex for the custody handover, not after.', kinds: [] },
  {
    text: "I felt a flash of rage when the bank called. I'm calmer now, and I'd like to talk tonight.",
    kinds: [],
  },
  {
    text: "Is there anything else I don't know? I'm asking once, clearly, because I don't want to find out later.",
    kinds: [],
  },
  { text: "I cried in the car today. I'm okay. I just didn't want to hide it from you.", kinds: [] },
  {
    text: "My counselor suggested we each write down what safety looks like. I'll have mine by Thursday.",
    kinds: [],
  },
  {
    text: 'I feel disrespected when plans change without a call. Next time, please call me first.',
    kinds: [],
  },
  {
    text: "It's hard for me to hear 'I'm sorry' right now. What helps more is seeing the statements every month.",
    kinds: [],
  },
  {
    text: "I know you're trying. I'm trying too. Some days it just doesn't feel like enough, and that's where I am today.",
    kinds: [],
  },
  {
    text: "When you go quiet after I ask a question, my mind fills in the worst. Could you say 'give me a minute' instead?",
    kinds: [],
  },
  {
    text: 'I need to know the full amount of the debt, including anything on the cards in your name.',
    kinds: [],
  },
  { text: "i'm not mad at you tonight, just tired. night x", kinds: [] },
  {
    text: "I'm finding it hard to be touched right now. It's not a punishment; my body just isn't there yet.",
    kinds: [],
  },
  {
    text: "Can you help me understand what you were feeling in the months before it started? I'm not looking for excuses, just understanding.",
    kinds: [],
  },
  {
    text: 'I was hurt that you went to the bar after work without mentioning it. I need a heads-up, even a one-word text.',
    kinds: [],
  },
  { text: 'I feel betrayed, and I also still love you. Both are true today.', kinds: [] },
  {
    text: "Would you be willing to do a polygraph? I know it's a big ask. I'm asking because my imagination is eating me alive.",
    kinds: [],
  },
  { text: 'I saw the charge from the hotel in Denver. I need you to explain it to me tonight.', kinds: [] },
  {
    text: "The porn itself isn't what hurts most. It's that you told me you'd stopped. I need to be able to trust what you say.",
    kinds: [],
  },
  { text: "I'm grateful you came to the session even though it was hard.", kinds: [] },
  {
    text: "When you joke about it with your brother, I feel exposed. I'd like it to stay between us and our counselor.",
    kinds: [],
  },
  {
    text: "I need to hold the car keys when you've been drinking. Can we agree on that now, while we're both calm?",
    kinds: [],
  },
  { text: "I'm not ready to forgive yet, and I don't want to say it before I mean it.", kinds: [] },
  {
    text: 'Every time we get through a hard conversation without shouting, I feel a little more hope.',
    kinds: [],
  },
  { text: "I need a week at my mum's. I'll text you every evening.", kinds: [] },
  {
    text: "Your therapist's number is on the fridge. I hope you call; I'd feel better knowing you have support too.",
    kinds: [],
  },
  {
    text: "Did you have lunch with Dana today? I'm asking directly because it's better than me wondering.",
    kinds: [],
  },
  {
    text: "I get a knot in my stomach when you work late. I'd like us to have a quick video call on those nights.",
    kinds: [],
  },
  { text: "I'm not okay with a separate account. I need all accounts visible to both of us.", kinds: [] },
  {
    text: 'When you told me about the betting app on your own, it meant a lot. Please keep doing that.',
    kinds: [],
  },
  {
    text: "It's been six months and I still feel raw. I need you to be patient with how long this takes.",
    kinds: [],
  },
  {
    text: "I'm confused about the timeline. Can we sit down and go through it once more, slowly?",
    kinds: [],
  },
  {
    text: "I'd like to choose the restaurant for our anniversary. The old one holds too many memories now.",
    kinds: [],
  },
  {
    text: "I don't want the details of the sex, but I do want to know when and where it happened.",
    kinds: [],
  },
  {
    text: "I feel lonely when we're both on our phones at dinner. Can we leave them in the hall?",
    kinds: [],
  },
  {
    text: 'Thank you for always putting the receipts in the folder without being reminded. It matters.',
    kinds: [],
  },
  {
    text: "I'm wrestling with whether to tell my parents. I need your support whatever I decide.",
    kinds: [],
  },
  { text: 'I feel panic when the location sharing is off. Could you leave it on for now?', kinds: [] },
  {
    text: "I'm sorry I shouted last night. I was hurt, but I don't want to talk to you like that.",
    kinds: [],
  },
  {
    text: "What I need most is for you to bring it up sometimes, so I'm not always the one who has to.",
    kinds: [],
  },
  {
    text: "When you said you'd never do it again, I wanted to believe it. I need to see it over time.",
    kinds: [],
  },
  { text: "Hearing her name still stings. Could you say 'the coworker' for now?", kinds: [] },
  {
    text: "I'm scared of the debt collectors calling the house. I need us to make a plan with the advisor this week.",
    kinds: [],
  },
  { text: "I feel heartbroken. I don't need you to fix it tonight, just to sit with me.", kinds: [] },
  {
    text: "Could you show me the messages from the group chat? I noticed it was archived and I'd like to understand why.",
    kinds: [],
  },
  {
    text: "I need you to end the friendship with him completely. I know that's hard, and I need it anyway.",
    kinds: [],
  },
  {
    text: "I'm feeling a bit better this week. I wanted you to hear that too, not just the bad days.",
    kinds: [],
  },
  {
    text: 'I felt dismissed when you said I was overreacting. I need you to ask how I feel instead of rating it.',
    kinds: [],
  },
  { text: "I have a question and I'm nervous to ask it: did you ever bring her to our house?", kinds: [] },
  {
    text: "I found the empty bottles in the garage. I'm not going to yell. I need us to call the counselor tomorrow.",
    kinds: [],
  },
  { text: "I'm so angry I'm shaking. I'm going for a walk and I'll be back in an hour.", kinds: [] },
  {
    text: "I'd like us to read the book the counselor recommended, one chapter a week, and talk about it.",
    kinds: [],
  },
  {
    text: 'When I see you putting in the effort, like today with the statements, I feel hopeful.',
    kinds: [],
  },
  {
    text: "It's not easy for me to trust the word 'overtime' anymore. Could you send me your shift times?",
    kinds: [],
  },
  { text: "I need some space tonight. This isn't the end of anything; I just need quiet.", kinds: [] },
  { text: "You told me the truth when it would have been easier to lie. I'm holding on to that.", kinds: [] },

  // ---- accusation ----
  { text: 'You only apologised because you got caught.', kinds: ['accusation'] },
  { text: "You don't care how much this is hurting me.", kinds: ['accusation'] },
  { text: 'You did this on purpose to punish me for working so much.', kinds: ['accusation'] },
  { text: "You obviously think I'm too dumb to check the bank app.", kinds: ['accusation'] },
  { text: "You're just waiting for me to get over it so you can go back to normal.", kinds: ['accusation'] },
  { text: 'You wanted to get caught. Admit it.', kinds: ['accusation'] },
  { text: 'You chose her over your own kids.', kinds: ['accusation'] },
  { text: "You're the reason I can't sleep anymore.", kinds: ['accusation'] },
  { text: "You made me into someone who checks phones. I hope you're happy.", kinds: ['accusation'] },
  {
    text: "You're clearly still in love with him or you'd have blocked his number by now.",
    kinds: ['accusation'],
  },
  {
    text: 'You lied to my face and then let me apologise to you for being suspicious.',
    kinds: ['accusation'],
  },
  { text: "Oh sure, 'working late.' You must think I was born yesterday.", kinds: ['accusation'] },
  { text: "You've turned this whole family into a joke.", kinds: ['accusation'] },
  { text: 'You knew exactly what that money meant to us and you gambled it anyway.', kinds: ['accusation'] },
  { text: "You don't get to be tired. You caused this.", kinds: ['accusation'] },
  { text: 'Funny how you remembered her birthday but forgot our anniversary.', kinds: ['accusation'] },
  { text: "You're enjoying watching me fall apart, aren't you?", kinds: ['accusation'] },
  {
    text: 'You wrecked everything we built, and now you want a medal for telling the truth.',
    kinds: ['accusation'],
  },
  { text: "You're only being nice because the lawyer told you to.", kinds: ['accusation'] },
  { text: 'You put a stranger on a screen ahead of your wife.', kinds: ['accusation'] },
  {
    text: "You drank away the kids' college fund and you're acting like I'm the problem.",
    kinds: ['accusation'],
  },
  {
    text: "I feel that you're lying to me again, and you're just too proud to admit it.",
    kinds: ['accusation'],
  },
  {
    text: 'You let me think I was going crazy for months so you could keep texting him.',
    kinds: ['accusation'],
  },
  {
    text: "Do you even realise what you've done to me? You don't, because my feelings don't matter to you.",
    kinds: ['accusation'],
  },
  {
    text: 'Nice of you to finally show me the statement. Guess you ran out of places to hide it.',
    kinds: ['accusation'],
  },
  {
    text: 'You blew up our marriage for a few cheap thrills and now you expect me to comfort you.',
    kinds: ['accusation'],
  },

  // ---- absolute ----
  { text: "You never tell me where you're going.", kinds: ['absolute'] },
  { text: "You're always on that phone.", kinds: ['absolute'] },
  { text: "Every single time I ask about money, there's a new story.", kinds: ['absolute'] },
  { text: 'When you come home late, I feel scared, because you never text first.', kinds: ['absolute'] },
  {
    text: "It's constantly one more lie, one more account, one more 'I forgot to mention.'",
    kinds: ['absolute'],
  },
  { text: 'You always change the subject when I bring up the hotel.', kinds: ['absolute'] },
  { text: 'Not once have you offered to show me your phone. Not once.', kinds: ['absolute'] },
  { text: "Every weekend it's the same: 'just one beer' and then eight.", kinds: ['absolute'] },
  { text: 'You never answer a straight question about her.', kinds: ['absolute'] },
  {
    text: "I feel worn out because I'm the one who has to bring it up, and you never do.",
    kinds: ['absolute'],
  },
  { text: "You're forever 'just checking the score' on that app.", kinds: ['absolute'] },
  { text: 'Twenty years and you have never once been honest about what you spend.', kinds: ['absolute'] },
  { text: 'Whenever things get hard, you disappear to the bar. Every time.', kinds: ['absolute'] },
  { text: 'You always have an excuse ready.', kinds: ['absolute'] },
  { text: "You constantly play it down: 'just texting', 'just a friend', 'just once'.", kinds: ['absolute'] },
  { text: "You never say sorry without a 'but' after it.", kinds: ['absolute'] },
  { text: 'same thing every night. you say 10, you show up at 1.', kinds: ['absolute'] },
  {
    text: "I need you to understand that you've never taken the budget seriously, not even for a month.",
    kinds: ['absolute'],
  },
  {
    text: "Every time I finally relax, something new comes out about what you've been doing.",
    kinds: ['absolute'],
  },
  { text: "You're always 'at the gym' when I call.", kinds: ['absolute'] },
  {
    text: "It's always someone else's fault with you: the boss, the bookie, the stress.",
    kinds: ['absolute'],
  },
  { text: "I feel hurt that you never ask how I'm coping.", kinds: ['absolute'] },
  { text: 'You always go quiet the second I mention his name.', kinds: ['absolute'] },
  { text: 'Nothing you tell me ever matches what the bank says.', kinds: ['absolute'] },
  { text: "There's always another tab open, another clip, another promise to stop.", kinds: ['absolute'] },
  { text: 'You never, ever come to bed at the same time as me anymore.', kinds: ['absolute'] },

  // ---- character_attack ----
  { text: "I'm married to a liar.", kinds: ['character_attack'] },
  { text: "You're pathetic.", kinds: ['character_attack'] },
  { text: 'What kind of coward hides a credit card in his sock drawer?', kinds: ['character_attack'] },
  { text: "You're a selfish drunk.", kinds: ['character_attack'] },
  { text: "You're a cheat and a fraud.", kinds: ['character_attack'] },
  { text: 'You absolute snake.', kinds: ['character_attack'] },
  { text: 'Some husband you turned out to be. A real prize.', kinds: ['character_attack'] },
  { text: 'Only a degenerate would gamble the rent money.', kinds: ['character_attack'] },
  { text: "I can't believe I married such a spineless little man.", kinds: ['character_attack'] },
  { text: "You're a pervert. There's no other word for it.", kinds: ['character_attack'] },
  { text: "She can have you. You're damaged goods.", kinds: ['character_attack'] },
  {
    text: "Congratulations, you're officially the cliché: the middle-aged idiot with the secretary.",
    kinds: ['character_attack'],
  },
  { text: "you're a joke. a total joke.", kinds: ['character_attack'] },
  { text: "I'm trying to talk to you like an adult but you're a child.", kinds: ['character_attack'] },
  { text: "You're a manipulative narcissist and my therapist agrees.", kinds: ['character_attack'] },
  { text: 'Liar.', kinds: ['character_attack'] },
  { text: 'Sorry, I forgot I was talking to Mr. Honesty himself.', kinds: ['character_attack'] },
  { text: "You're a con artist with a wedding ring.", kinds: ['character_attack'] },
  {
    text: 'I feel hurt, and I need you to stop being such a weasel about the dates.',
    kinds: ['character_attack'],
  },
  {
    text: "I'm not living with a partner, I'm living with an addict and a liar.",
    kinds: ['character_attack'],
  },
  { text: 'What a loser. Forty grand on scratch cards.', kinds: ['character_attack'] },
  { text: "You're nothing but a cheap flirt with a phone.", kinds: ['character_attack'] },
  { text: "My kids' father is a cheater. That's who you are now.", kinds: ['character_attack'] },
  { text: "Hi Casanova. Dinner's in the oven.", kinds: ['character_attack'] },
  { text: "You're a fraud, a thief and a hypocrite.", kinds: ['character_attack'] },
  { text: "I have a gutless partner and I'm tired of pretending otherwise.", kinds: ['character_attack'] },

  // ---- two kinds ----
  { text: 'You never think about anyone but yourself.', kinds: ['accusation', 'absolute'] },
  { text: "You always lie because you know I'll forgive you.", kinds: ['accusation', 'absolute'] },
  {
    text: "Every single time you go to that bar you're looking for someone to replace me.",
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "You constantly make me feel like the crazy one so you don't have to answer for anything.",
    kinds: ['accusation', 'absolute'],
  },
  { text: "You're a liar and you ruined this family.", kinds: ['accusation', 'character_attack'] },
  { text: "You destroyed my trust because you're a selfish pig.", kinds: ['accusation', 'character_attack'] },
  { text: 'You only care about her, you heartless jerk.', kinds: ['accusation', 'character_attack'] },
  {
    text: "You wasted our savings, you degenerate, and you don't even care that the kids will pay for it.",
    kinds: ['accusation', 'character_attack'],
  },
  { text: "You're a coward. You always run when it gets hard.", kinds: ['absolute', 'character_attack'] },
  { text: 'Lying is all you ever do, you snake.', kinds: ['absolute', 'character_attack'] },
  { text: "You never stop lying. You're a compulsive liar.", kinds: ['absolute', 'character_attack'] },
  {
    text: 'Same mistake with the cards every single month. What an idiot.',
    kinds: ['absolute', 'character_attack'],
  },
];
