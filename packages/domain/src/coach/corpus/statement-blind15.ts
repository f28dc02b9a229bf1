import type { CorpusItem } from './corpus-item';

// Written for the blind15 round by someone who never saw the coaches' rules,
// lexicons or existing corpora; labels reflect a couples therapist's reading.
export const STATEMENT_BLIND15: readonly CorpusItem[] = [
  {
    text: 'If you go to the meeting tonight, text me when you get there and when you leave.',
    kinds: [],
  },
  {
    text: "I'm going to need to see the messages, not a summary of them.",
    kinds: [],
  },
  {
    text: "You'd do it again in a heartbeat if you thought you'd get away with it.",
    kinds: ['accusation'],
  },
  {
    text: "You spent our deposit money at the casino. I'm angry, and I'm allowed to be.",
    kinds: [],
  },
  {
    text: 'You ruined this family.',
    kinds: ['accusation'],
  },
  {
    text: "I'm scared that there's more I don't know.",
    kinds: [],
  },
  {
    text: "Some days I think I can get past this, and some days I can't breathe.",
    kinds: [],
  },
  {
    text: "Honestly, you're a loser who couldn't even hide it properly.",
    kinds: ['character_attack'],
  },
  {
    text: 'You did this on purpose to humiliate me.',
    kinds: ['accusation'],
  },
  {
    text: "I don't want details tonight. Maybe later. Not now.",
    kinds: [],
  },
  {
    text: "My friends don't know yet. I'm not ready for them to know, so please don't say anything.",
    kinds: [],
  },
  {
    text: "I'd like us to set a time each week to talk about this, so it isn't always happening at midnight.",
    kinds: [],
  },
  {
    text: "Please just be honest. Every single word you've said for two years has been a lie.",
    kinds: ['absolute'],
  },
  {
    text: 'You never take responsibility for anything.',
    kinds: ['absolute'],
  },
  {
    text: "I can't promise I'll forgive you. I can promise I'll be honest about where I am.",
    kinds: [],
  },
  {
    text: 'You always put your drinking before us.',
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "I'm not ready to talk about forgiving you. Please don't ask me yet.",
    kinds: [],
  },
  {
    text: 'You never think before you spend. Never.',
    kinds: ['absolute'],
  },
  {
    text: 'You deleted the messages before I could read them. I need to know what was in them.',
    kinds: [],
  },
  {
    text: 'You only came clean because the bank called.',
    kinds: ['accusation'],
  },
  {
    text: "You think I'm stupid.",
    kinds: ['accusation'],
  },
  {
    text: 'I want us to see a couples counsellor. Can you find three names by Friday?',
    kinds: [],
  },
  {
    text: "I never imagined I'd be the person checking a phone at two in the morning.",
    kinds: [],
  },
  {
    text: "You're incapable of loving anyone.",
    kinds: ['character_attack', 'absolute'],
  },
  {
    text: 'I want us to go to counselling, but honestly, you only care about looking good in front of your mother.',
    kinds: ['accusation'],
  },
  {
    text: 'Is there anyone else I should know about?',
    kinds: [],
  },
  {
    text: 'When you talk about how hard this is for you, I feel like my pain gets pushed aside.',
    kinds: [],
  },
  {
    text: "I'm tired tonight. Can we talk tomorrow after the kids are asleep?",
    kinds: [],
  },
  {
    text: 'I want our money in a joint account I can see, starting this month.',
    kinds: [],
  },
  {
    text: 'I want to know the total. Every card, every loan, every person you owe.',
    kinds: [],
  },
  {
    text: "I always thought we told each other everything. Finding out we didn't has knocked the wind out of me.",
    kinds: [],
  },
  {
    text: 'You never keep a single promise.',
    kinds: ['absolute'],
  },
  {
    text: "You're just like your father.",
    kinds: ['character_attack'],
  },
  {
    text: "I'd like you to move into the spare room for now.",
    kinds: [],
  },
  {
    text: 'What kind of pervert hides that stuff on the family laptop?',
    kinds: ['character_attack'],
  },
  {
    text: "You've turned me into someone I don't recognise.",
    kinds: ['accusation'],
  },
  {
    text: "You're a joke. A grown man hiding beer cans in the garden shed.",
    kinds: ['character_attack'],
  },
  {
    text: "Please don't contact her again, for any reason. If she contacts you, I want to know the same day.",
    kinds: [],
  },
  {
    text: "You're a compulsive liar and a cheat.",
    kinds: ['character_attack'],
  },
  {
    text: "You're a snake.",
    kinds: ['character_attack'],
  },
  {
    text: "I can't believe I married such a spineless man.",
    kinds: ['character_attack'],
  },
  {
    text: 'You want me to feel sorry for you.',
    kinds: ['accusation'],
  },
  {
    text: "You're a pathetic excuse for a husband.",
    kinds: ['character_attack'],
  },
  {
    text: 'Thank you for telling me about the text from her this morning. That mattered.',
    kinds: [],
  },
  {
    text: "I found the receipts. I'm so hurt I can barely type. You're a disgusting human being.",
    kinds: ['character_attack'],
  },
  {
    text: "You're a liar.",
    kinds: ['character_attack'],
  },
  {
    text: 'You never loved me.',
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "I felt so alone last night. Not that you'd care, you were probably texting her.",
    kinds: ['accusation'],
  },
  {
    text: 'I felt betrayed when I learned the money you said was for your mum went to the bookies.',
    kinds: [],
  },
  {
    text: 'I found the receipts from the Hilton. I need you to tell me the truth about them tonight.',
    kinds: [],
  },
  {
    text: "I need you to tell your parents what happened. I'm not covering for this anymore.",
    kinds: [],
  },
  {
    text: "You've never been honest with me, not once in our whole marriage.",
    kinds: ['absolute'],
  },
  {
    text: 'I felt sick when I saw how much was on the card.',
    kinds: [],
  },
  {
    text: "I love you, but you're a selfish bastard.",
    kinds: ['character_attack'],
  },
  {
    text: 'You obviously wanted to get caught.',
    kinds: ['accusation'],
  },
  {
    text: "I'm angry. I'm also still here.",
    kinds: [],
  },
  {
    text: "You're still talking to her. Don't bother denying it.",
    kinds: ['accusation'],
  },
  {
    text: "Tonight was a bad night. I don't want to talk, I just wanted you to know.",
    kinds: [],
  },
  {
    text: 'You threw away twenty years for a bit of attention.',
    kinds: ['accusation'],
  },
  {
    text: 'You only think about yourself. You always have.',
    kinds: ['accusation', 'absolute'],
  },
  {
    text: "It hurts that the kids saw me crying and I couldn't tell them why.",
    kinds: [],
  },
  {
    text: "You're disgusting.",
    kinds: ['character_attack'],
  },
  {
    text: "You're only sorry because you got found out.",
    kinds: ['accusation'],
  },
  {
    text: "You're a liar and a thief. That was our kids' money.",
    kinds: ['character_attack', 'accusation'],
  },
  {
    text: 'My chest gets tight whenever your phone buzzes.',
    kinds: [],
  },
  {
    text: 'You always have an excuse ready.',
    kinds: ['absolute'],
  },
  {
    text: 'You never once thought about what this would do to me.',
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "You're an emotional cheat, plain and simple.",
    kinds: ['character_attack'],
  },
  {
    text: "I don't trust you right now. That might change, but it isn't going to change quickly.",
    kinds: [],
  },
  {
    text: "I'm not comfortable with you going to the conference where she'll be.",
    kinds: [],
  },
  {
    text: 'Nothing ever changes with you.',
    kinds: ['absolute'],
  },
  {
    text: "I've been sleeping with the light on. I haven't done that since I was a kid.",
    kinds: [],
  },
  {
    text: "You were drinking in the car before you picked up the kids. That's not something I can let go of easily.",
    kinds: [],
  },
  {
    text: "You're enjoying watching me fall apart, aren't you?",
    kinds: ['accusation'],
  },
  {
    text: 'You never listen to me.',
    kinds: ['absolute'],
  },
  {
    text: "You're constantly on your phone and you think I don't notice.",
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "When you said it was 'only texting,' I felt dismissed.",
    kinds: [],
  },
  {
    text: 'You always lie. About everything.',
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "I feel really lonely in this, even when you're in the room.",
    kinds: [],
  },
  {
    text: "You're hiding something else, I can tell.",
    kinds: ['accusation'],
  },
  {
    text: "I'm saying this out loud for my own sake: I deserved better than what happened.",
    kinds: [],
  },
  {
    text: 'You knew exactly what you were doing to me.',
    kinds: ['accusation'],
  },
  {
    text: "You told me you had stopped gambling in March. You hadn't. I'm struggling to believe anything right now.",
    kinds: [],
  },
  {
    text: "I need a week where we don't talk about it at all. I'm exhausted.",
    kinds: [],
  },
  {
    text: 'Every single time I trust you, you let me down.',
    kinds: ['absolute'],
  },
  {
    text: "You're an addict and a liar, and I married you anyway.",
    kinds: ['character_attack'],
  },
  {
    text: "You don't get to be tired. You caused this.",
    kinds: ['accusation'],
  },
  {
    text: "I want to believe you. I'm just not able to yet.",
    kinds: [],
  },
  {
    text: "You're nothing but a drunk.",
    kinds: ['character_attack'],
  },
  {
    text: 'It scares me how normal you seemed while all this was going on.',
    kinds: [],
  },
  {
    text: 'You selfish, lying coward.',
    kinds: ['character_attack'],
  },
  {
    text: 'I needed you and you were too busy being a selfish idiot.',
    kinds: ['character_attack', 'accusation'],
  },
  {
    text: 'Everything out of your mouth is a lie.',
    kinds: ['absolute'],
  },
  {
    text: "I'm willing to try. But you're a coward, and I don't know if cowards change.",
    kinds: ['character_attack'],
  },
  {
    text: "I'm grieving the marriage I thought I had.",
    kinds: [],
  },
  {
    text: "You're weak. A real man would have told me.",
    kinds: ['character_attack'],
  },
  {
    text: 'Reading those messages, I felt invisible in my own marriage.',
    kinds: [],
  },
  {
    text: "You're a manipulative sociopath.",
    kinds: ['character_attack'],
  },
  {
    text: 'Every conversation with you ends up being about your feelings.',
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "You're a narcissist. My therapist basically said so.",
    kinds: ['character_attack'],
  },
  {
    text: "I went to the bank today on my own and it was one of the hardest things I've ever done.",
    kinds: [],
  },
  {
    text: 'It was a good day today. I wanted to tell you that too.',
    kinds: [],
  },
  {
    text: "I'm going to my sister's. You won't even notice I'm gone.",
    kinds: ['accusation'],
  },
  {
    text: "You don't actually want to fix this. You just want me to stop being upset.",
    kinds: ['accusation'],
  },
  {
    text: "I'm not ready to talk tonight. You're probably relieved.",
    kinds: ['accusation'],
  },
  {
    text: "I'm trying so hard to get through this. You always make it harder.",
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "I need you to stop drinking in the house. That's a boundary for me right now.",
    kinds: [],
  },
  {
    text: 'I miss who I thought we were.',
    kinds: [],
  },
  {
    text: 'You made me look like an idiot in front of everyone.',
    kinds: ['accusation'],
  },
  {
    text: "You're such a child.",
    kinds: ['character_attack'],
  },
  {
    text: "You promised me twice that you'd stopped looking at porn, and both times it wasn't true. That's why promises don't mean much to me right now.",
    kinds: [],
  },
  {
    text: "You don't even feel bad, you just feel inconvenienced.",
    kinds: ['accusation'],
  },
  {
    text: "You lie constantly, even about things that don't matter.",
    kinds: ['absolute'],
  },
  {
    text: "I don't know if I want to stay. I'm not saying that to punish you, it's just true.",
    kinds: [],
  },
  {
    text: "When you bought the watch with money we didn't have, I felt like our future didn't count.",
    kinds: [],
  },
  {
    text: "I'm hurt, and I'm furious, and I still love you. All three are true.",
    kinds: [],
  },
  {
    text: 'I feel like a fool for believing the overtime story.',
    kinds: [],
  },
  {
    text: 'Thanks for the flowers. Guilt flowers from a cheater, how romantic.',
    kinds: ['character_attack'],
  },
  {
    text: 'I read the texts. You wanted her more than you ever wanted me.',
    kinds: ['accusation'],
  },
  {
    text: 'I need you to tell me before I find out. Every time.',
    kinds: [],
  },
  {
    text: 'How long was it going on? I need the real answer, not the easy one.',
    kinds: [],
  },
  {
    text: 'I want to know why you chose to tell me now, after all this time.',
    kinds: [],
  },
  {
    text: 'Would you be willing to do a full disclosure with the counsellor there?',
    kinds: [],
  },
  {
    text: 'Did you ever bring her to our house? I need a yes or no.',
    kinds: [],
  },
  {
    text: "I'm scared. You constantly disappear and then act like I'm the crazy one.",
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "I need to see the statements. You're clearly hiding more debt.",
    kinds: ['accusation'],
  },
  {
    text: 'You chose the slot machines over your own children.',
    kinds: ['accusation'],
  },
  {
    text: "You're a degenerate gambler and everyone knows it.",
    kinds: ['character_attack'],
  },
  {
    text: 'You probably think this is all my fault.',
    kinds: ['accusation'],
  },
  {
    text: 'I want you to cancel the second card and show me the letter when it comes.',
    kinds: [],
  },
  {
    text: "I read the book the counsellor recommended. I'd like you to read chapter four.",
    kinds: [],
  },
  {
    text: "Could we agree that you'll tell me about any cash withdrawals over fifty pounds?",
    kinds: [],
  },
  {
    text: "I asked for one thing. You couldn't even manage that, as usual.",
    kinds: ['absolute'],
  },
  {
    text: 'Of course you forgot the appointment. You forget everything that matters to me.',
    kinds: ['absolute', 'accusation'],
  },
  {
    text: 'I need you to hear this without defending yourself: it broke me.',
    kinds: [],
  },
  {
    text: "I need some time alone this evening. I'll come find you when I'm ready.",
    kinds: [],
  },
  {
    text: "I've started seeing a therapist on my own. I'm telling you so you know, not so you can ask about it.",
    kinds: [],
  },
  {
    text: "I love you, and I don't know how to live with this yet.",
    kinds: [],
  },
  {
    text: "I keep replaying the night you came home and said you'd been at Mark's.",
    kinds: [],
  },
  {
    text: "You don't care about anyone but yourself.",
    kinds: ['accusation'],
  },
  {
    text: 'What would help you tell me the truth the first time I ask?',
    kinds: [],
  },
  {
    text: "Sometimes I wonder whether I missed signs. I know it isn't my fault, but that's where my head goes.",
    kinds: [],
  },
  {
    text: "I'm going to stay at my sister's this weekend. I need some space to think.",
    kinds: [],
  },
  {
    text: 'This is all your fault and you know it.',
    kinds: ['accusation'],
  },
  {
    text: "I need you to tell me the truth about the money. You've never told the truth about anything in your life.",
    kinds: ['absolute'],
  },
  {
    text: "I'm not okay today. I don't need you to fix it, I just need you to know.",
    kinds: [],
  },
  {
    text: "You told me she was a work friend. Now I know she wasn't. I need you to be straight with me from here on.",
    kinds: [],
  },
  {
    text: "I'm not going to the party on Saturday. I can't face pretending.",
    kinds: [],
  },
  {
    text: "When I saw the photos I threw up. I'm telling you because I need you to know how bad it was.",
    kinds: [],
  },
  {
    text: "I get anxious now whenever you say you're working late.",
    kinds: [],
  },
  {
    text: 'I felt humiliated that your brother knew before I did.',
    kinds: [],
  },
  {
    text: "You're a pig.",
    kinds: ['character_attack'],
  },
  {
    text: "I didn't sleep. I kept thinking about her name on your phone.",
    kinds: [],
  },
  {
    text: 'You always make everything about you.',
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "Cheater. That's what you are now.",
    kinds: ['character_attack'],
  },
  {
    text: 'You always, always go back to her.',
    kinds: ['absolute'],
  },
  {
    text: "You're a fraud. Your whole personality is an act.",
    kinds: ['character_attack'],
  },
  {
    text: "Can you tell me whether you're still in contact with her?",
    kinds: [],
  },
  {
    text: 'I need to see the loan agreement.',
    kinds: [],
  },
  {
    text: "It's always the same with you: spend, lie, apologise, repeat.",
    kinds: ['absolute'],
  },
  {
    text: 'Every time I bring it up, you change the subject.',
    kinds: ['absolute'],
  },
  {
    text: 'I need you to show me every account statement from the last two years.',
    kinds: [],
  },
  {
    text: "Hearing you say 'it's in the past' made me feel like my pain has an expiry date.",
    kinds: [],
  },
  {
    text: "Please be home by seven like you said. When you're late, my mind goes to the worst places.",
    kinds: [],
  },
  {
    text: 'I need honesty more than I need apologies right now.',
    kinds: [],
  },
  {
    text: "I can't move on until I understand what happened.",
    kinds: [],
  },
  {
    text: 'Every time I think about the lies I feel dizzy.',
    kinds: [],
  },
  {
    text: "I'm not going to pretend everything's fine at dinner with your parents on Sunday.",
    kinds: [],
  },
  {
    text: "I'm asking for your phone to stay unlocked. Is that something you can agree to?",
    kinds: [],
  },
  {
    text: "I don't want to hear that you're sorry right now. I want to hear what happened.",
    kinds: [],
  },
  {
    text: "I want to trust you again. It's hard when you lie every single day.",
    kinds: ['absolute'],
  },
  {
    text: "You're just saying that to shut me up.",
    kinds: ['accusation'],
  },
];
