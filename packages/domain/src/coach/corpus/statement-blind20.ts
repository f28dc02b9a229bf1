import type { CorpusItem } from './corpus-item';

// Written for blind20 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const STATEMENT_BLIND20: readonly CorpusItem[] = [
  // ---- clean ----
  {
    text: "When you told me you were at the gym and you were with her, I felt stupid for believing you. I need the truth from now on, even when it's hard.",
    kinds: [],
  },
  {
    text: 'When I found the credit card statements, I felt sick. I need us to go through our finances together every month.',
    kinds: [],
  },
  {
    text: 'I felt humiliated when I found out from your sister. I need you to be the one who tells me things.',
    kinds: [],
  },
  {
    text: "When you said it was nothing, I felt like my hurt didn't matter. I need you to hear how big this is for me.",
    kinds: [],
  },
  {
    text: "I'm struggling to trust anything you say right now. I need time, and I need you not to rush me.",
    kinds: [],
  },
  {
    text: 'When I saw the dating app on your phone, my stomach dropped. I need to understand how long it was there.',
    kinds: [],
  },
  {
    text: "I feel anxious every time your phone buzzes. I'd like us to agree that I can ask about it without it turning into a fight.",
    kinds: [],
  },
  {
    text: "When you lied about seeing your ex, I felt like I wasn't worth the truth. I need you to tell me when she contacts you.",
    kinds: [],
  },
  {
    text: "I'm angry. Really angry. I need you to let me be angry without trying to fix it straight away.",
    kinds: [],
  },
  {
    text: 'I keep replaying the night of the party. I need to ask you some questions about it, and I need honest answers.',
    kinds: [],
  },
  {
    text: 'When you gambled our deposit, I felt like our future had been taken from me. I need to see every account.',
    kinds: [],
  },
  {
    text: "I feel like I don't know who you are right now. I need some space to think this weekend.",
    kinds: [],
  },
  {
    text: 'You said you wanted to rebuild this. I want that too, and I need to see it in small, everyday things.',
    kinds: [],
  },
  {
    text: "I never thought I'd be someone who checks a partner's phone. I hate how this has changed me, and I need us to find another way.",
    kinds: [],
  },
  {
    text: "I've always felt safe with you, and right now I don't. I need to feel safe again before I can talk about the future.",
    kinds: [],
  },
  {
    text: 'Every time I close my eyes I see those messages. I need you to be patient with me when it comes up again.',
    kinds: [],
  },
  { text: "You matter to me, and that's exactly why this hurts so much.", kinds: [] },
  {
    text: 'When I read what you sent him, I felt replaced. I need to know whether you still want this marriage.',
    kinds: [],
  },
  {
    text: 'I felt ashamed when I realised people at your work knew before I did. I need you to end contact with her completely.',
    kinds: [],
  },
  { text: "I'm not ready to forgive you, and I need that to be okay for now.", kinds: [] },
  {
    text: "I'm finding this really hard, to be honest. When you said you'd only had a drink with her and then I saw the hotel receipt, I felt utterly foolish. I need you to stop softening things.",
    kinds: [],
  },
  {
    text: "I'm pretty rattled, I won't lie. When I found the betting app again, I felt like we were back at square one. I need you to hand over the cards for a while.",
    kinds: [],
  },
  {
    text: "I'm heartbroken, if I'm honest. When you told me she was only a friend, I believed you. I need to be able to believe you again, and I don't know how yet.",
    kinds: [],
  },
  {
    text: 'When you hid the loan from me, I felt I am not a partner in this house. I need to be part of all money decisions from now on.',
    kinds: [],
  },
  {
    text: "I'm really battling with this. When I saw the messages to Lindi, I felt so small. I need some time before we talk about it properly.",
    kinds: [],
  },
  {
    text: 'when i saw ur msgs to her i felt sick tbh. i need a few days before i can talk abt it',
    kinds: [],
  },
  {
    text: 'When I found the letters, I felt forty years of trust wobble. I need us to sit down with someone and talk it through properly.',
    kinds: [],
  },
  {
    text: 'ngl it really hurt finding out from your snap story. i need you to be honest with me from now on, even about small stuff',
    kinds: [],
  },
  {
    text: "I'm scared that if I trust you again, I'll be the last to know a second time. I need you to be patient with me checking in.",
    kinds: [],
  },
  {
    text: "When I read the sexts, it felt like something that was ours had been given away. I need to know it's over.",
    kinds: [],
  },
  {
    text: "I feel jealous and insecure when her name comes up, and I don't like feeling that way. Can we talk about what contact you still have?",
    kinds: [],
  },
  {
    text: "When I found the porn subscription I felt inadequate, even though I know that isn't fair to myself. I need us to talk about it honestly.",
    kinds: [],
  },
  {
    text: "I'd like you to answer my questions even when they're the same ones as last week. I need the repetition right now to feel safe.",
    kinds: [],
  },
  {
    text: "When you flirted with Jess's husband, I felt embarrassed in front of my friends and betrayed by you. I need you to stop contact with him.",
    kinds: [],
  },
  {
    text: "I'm afraid of turning into someone who calls you a liar every day. I don't want that. I need us to find a way to rebuild trust so I can stop checking.",
    kinds: [],
  },
  { text: 'This might sound selfish, but I need this weekend just for me.', kinds: [] },
  {
    text: "I'm constantly on edge at the moment. I need more reassurance than I used to, and I need it to be okay to ask for it.",
    kinds: [],
  },
  {
    text: "When you said you were at the office late and you weren't, my whole sense of that week fell apart. I need to know your plans for now.",
    kinds: [],
  },
  {
    text: "I want to believe you. Right now I can't, and I need you to understand that it isn't me punishing you.",
    kinds: [],
  },
  {
    text: "When you stopped answering my calls that weekend, I felt frantic. Now I know why. I need you to pick up or text back while I'm rebuilding trust.",
    kinds: [],
  },
  { text: 'I feel devastated. I need to talk to a counsellor, with or without you.', kinds: [] },
  {
    text: "When you told me you'd deleted the app and I found it again, I felt the ground disappear. I need complete honesty about anything else that's still there.",
    kinds: [],
  },
  {
    text: 'I was hurt that you went to your ex for comfort instead of me. I need to understand what you were missing, and I need you to come to me next time.',
    kinds: [],
  },
  {
    text: "I keep wondering why it happened. When you're ready, I'd like you to tell me honestly, not in a way that's meant to make me feel better.",
    kinds: [],
  },
  { text: "It hurts me to see you still following him online. I'd like you to unfollow him.", kinds: [] },
  {
    text: "I'm not saying this to attack you. I felt invisible when you were texting her all through dinner. I need your attention when we're together.",
    kinds: [],
  },
  {
    text: "I need to say something hard. I felt disgusted when I saw the photos, and I'm not sure yet whether that will pass.",
    kinds: [],
  },
  {
    text: 'When I saw the loan paperwork with my signature on it, I felt terrified. I need us to see a financial adviser this week.',
    kinds: [],
  },
  {
    text: "I'm grieving the relationship I thought we had. I need you to be gentle with me while I do that.",
    kinds: [],
  },
  {
    text: "You've always been wonderful with the kids, and I want to protect that while we work through this.",
    kinds: [],
  },
  { text: "I need to hear that you won't contact her again, and then I need to see it.", kinds: [] },
  {
    text: "When you said it's in the past last night, I felt shut down. I need us to keep talking about it for now.",
    kinds: [],
  },
  {
    text: "I feel like I'm the only one carrying this. I'd like us to share the work of repairing it.",
    kinds: [],
  },
  {
    text: "I'm gutted, honestly. When you let me think it was work drinks, I felt properly taken for a ride. I need honesty, even when it's awkward.",
    kinds: [],
  },
  {
    text: "I've noticed I check your location every hour. I don't want to live like that. I need us to make a plan that helps me feel secure.",
    kinds: [],
  },
  {
    text: "When you put it down to the drink, I felt like you weren't taking responsibility. I need to hear you own it.",
    kinds: [],
  },
  { text: 'My trust is broken. I need time, honesty and your patience.', kinds: [] },
  {
    text: "When I found the second phone, I felt like I'd been living with a stranger. I need to know what else I don't know.",
    kinds: [],
  },
  {
    text: "I don't think you're a bad person. I think you did something that hurt me badly, and I need to see you take responsibility for it.",
    kinds: [],
  },
  { text: "I'm not going to call you names. I'm hurt, and I need space tonight.", kinds: [] },
  { text: 'I felt like I was always the last to know. I need to be told first from now on.', kinds: [] },

  // ---- accusation ----
  { text: 'You only said sorry because you got caught.', kinds: ['accusation'] },
  { text: "You didn't love me. You just wanted someone to pay the bills.", kinds: ['accusation'] },
  { text: 'You want me to leave so you can be with her without feeling guilty.', kinds: ['accusation'] },
  {
    text: "You're secretly relieved I found out, aren't you? Now you don't have to choose.",
    kinds: ['accusation'],
  },
  { text: 'You did it to punish me for working so much.', kinds: ['accusation'] },
  { text: "You think I'm too stupid to notice.", kinds: ['accusation'] },
  { text: "You're only staying because of the house.", kinds: ['accusation'] },
  { text: 'You still have feelings for him. I can see it all over your face.', kinds: ['accusation'] },
  { text: "You're planning to leave the minute the kids go off to uni.", kinds: ['accusation'] },
  { text: "You wanted to get caught. That's why you left the laptop open.", kinds: ['accusation'] },
  {
    text: "You don't actually feel bad. You're just sorry it's inconvenient for you.",
    kinds: ['accusation'],
  },
  { text: "You're enjoying watching me fall apart.", kinds: ['accusation'] },
  { text: 'You went back on the app because you think you can do better than me.', kinds: ['accusation'] },
  { text: "You think if you're nice for a week I'll forget all about it.", kinds: ['accusation'] },
  { text: "You're just waiting for this to blow over so you can start again.", kinds: ['accusation'] },
  { text: 'You hid the debt because you wanted to keep your options open.', kinds: ['accusation'] },
  { text: "You resent me for the baby, that's why you went looking.", kinds: ['accusation'] },
  { text: "You're comparing me to her right now. I know you are.", kinds: ['accusation'] },
  { text: 'You only came home because she dumped you.', kinds: ['accusation'] },
  {
    text: 'deep down u dont even want to fix this, u want me to be the one who ends it so u look like the good guy',
    kinds: ['accusation'],
  },
  {
    text: "You're only being this attentive because your mum told you to sort it out.",
    kinds: ['accusation'],
  },
  {
    text: 'You reckon you can charm your way out of this like you do with everyone else.',
    kinds: ['accusation'],
  },
  {
    text: 'You are just acting sorry in front of my parents. Inside you are not feeling anything.',
    kinds: ['accusation'],
  },
  {
    text: "Sure you don't care what this did to me, you're only worried what the neighbours will say.",
    kinds: ['accusation'],
  },
  { text: "You're only crying because you're scared I'll tell your mother.", kinds: ['accusation'] },
  { text: "You were thinking about her when you were with me, weren't you?", kinds: ['accusation'] },
  { text: "You watch that stuff because I'm not enough for you any more.", kinds: ['accusation'] },
  { text: "You gamble because you'd rather be anywhere than at home with me.", kinds: ['accusation'] },
  { text: 'You lied about your ex because you wanted to keep her as a backup.', kinds: ['accusation'] },
  {
    text: "You're texting your colleague to see how far you can push it before I notice.",
    kinds: ['accusation'],
  },
  { text: "You don't want to go to counselling because you know what'll come out.", kinds: ['accusation'] },
  { text: 'You were glad I was away that weekend.', kinds: ['accusation'] },
  { text: "You've wrecked this family.", kinds: ['accusation'] },
  { text: 'You ruined our anniversary and you ruined us.', kinds: ['accusation'] },
  { text: 'You made a fool of me in front of everyone.', kinds: ['accusation'] },
  { text: 'You did this to us, not me.', kinds: ['accusation'] },
  { text: 'You threw away twenty years for a few texts.', kinds: ['accusation'] },
  { text: "You're the reason I can't sleep.", kinds: ['accusation'] },
  {
    text: 'You let me apologise for being paranoid while you were laughing at me behind my back.',
    kinds: ['accusation'],
  },
  { text: "You took our savings and you don't even care.", kinds: ['accusation'] },
  { text: 'You made me into the crazy jealous one so you could carry on.', kinds: ['accusation'] },
  { text: "well done, you've managed to turn our whole marriage into a joke", kinds: ['accusation'] },
  {
    text: "Congratulations, you've got exactly what you wanted: me too broken to argue.",
    kinds: ['accusation'],
  },
  { text: "Oh, I'm sure you were just talking. You must think I was born yesterday.", kinds: ['accusation'] },
  {
    text: "Of course you'd rather talk to your colleague. She doesn't ask awkward questions like I do.",
    kinds: ['accusation'],
  },
  {
    text: "You care more about your reputation at work than about what you've done to me.",
    kinds: ['accusation'],
  },
  {
    text: "I suppose you'll tell me it was a one-off, since that's what you'd like me to believe.",
    kinds: ['accusation'],
  },
  {
    text: "I've been thinking about it all week, and I've worked out that the whole time you were telling me we'd save for the house, you were planning to spend it, and you let me keep budgeting like an idiot because it suited you.",
    kinds: ['accusation'],
  },

  // ---- absolute ----
  { text: "You never tell me where you're going.", kinds: ['absolute'] },
  { text: 'You always have an excuse.', kinds: ['absolute'] },
  { text: 'Every time I trust you, you do something like this.', kinds: ['absolute'] },
  { text: "You're constantly on that phone.", kinds: ['absolute'] },
  { text: 'You always go quiet when I bring it up.', kinds: ['absolute'] },
  { text: 'You never answer a straight question.', kinds: ['absolute'] },
  { text: 'Every single time we talk about the debt, you change the subject.', kinds: ['absolute'] },
  { text: "You're forever on that betting app.", kinds: ['absolute'] },
  { text: 'You never once asked how I was coping.', kinds: ['absolute'] },
  { text: 'u always do this, u promise and then u go straight back to it', kinds: ['absolute'] },
  { text: 'Not once, not one single time, have you come to me first with the truth.', kinds: ['absolute'] },
  { text: "You're always off at the pub when I need to talk about it.", kinds: ['absolute'] },
  { text: 'Always you are saying tomorrow we will talk, and tomorrow never comes.', kinds: ['absolute'] },
  { text: 'Every time your phone lights up, you turn it face down.', kinds: ['absolute'] },
  { text: 'You never keep a promise. Not one.', kinds: ['absolute'] },

  // ---- character_attack ----
  { text: "You're a liar. That's all you are.", kinds: ['character_attack'] },
  { text: "You're a pathetic excuse for a husband.", kinds: ['character_attack'] },
  { text: 'You disgusting cheat.', kinds: ['character_attack'] },
  { text: "You're a selfish coward.", kinds: ['character_attack'] },
  { text: 'What kind of pathetic man hides a credit card from his wife?', kinds: ['character_attack'] },
  { text: "You're a gambling addict and a fraud.", kinds: ['character_attack'] },
  { text: "You're pathetic.", kinds: ['character_attack'] },
  { text: "You're a snake.", kinds: ['character_attack'] },
  { text: "You're a manipulative narcissist.", kinds: ['character_attack'] },
  { text: "You're a spineless little worm.", kinds: ['character_attack'] },
  { text: "You're a lying mongrel.", kinds: ['character_attack'] },
  { text: "You're a gobshite, do you know that?", kinds: ['character_attack'] },
  { text: 'You are a characterless fellow.', kinds: ['character_attack'] },
  { text: "You're a lying skelm.", kinds: ['character_attack'] },
  { text: "you're actually such a creep", kinds: ['character_attack'] },
  { text: "You're a sad little porn-addicted loser.", kinds: ['character_attack'] },
  { text: "You're a con artist.", kinds: ['character_attack'] },
  { text: 'Only a heartless person could do that to their own family.', kinds: ['character_attack'] },
  { text: "You're not a man, you're a child.", kinds: ['character_attack'] },
  { text: "You're rotten to the core.", kinds: ['character_attack'] },
  { text: 'Well done, Mr Faithful. What a hero.', kinds: ['character_attack'] },
  { text: "You're not a very nice person, are you?", kinds: ['character_attack'] },
  { text: "You're a sociopath. Normal people feel guilt.", kinds: ['character_attack'] },
  { text: "You're a fake. Everything about you is fake.", kinds: ['character_attack'] },
  { text: "You're a scoundrel and a cad.", kinds: ['character_attack'] },
  { text: 'You disgusting, lying pig.', kinds: ['character_attack'] },

  // ---- two kinds ----
  { text: "You're a cheater and you always will be.", kinds: ['character_attack', 'absolute'] },
  { text: "You always lie. You're a compulsive liar.", kinds: ['absolute', 'character_attack'] },
  {
    text: "You're a coward, and you only apologised because you got caught.",
    kinds: ['character_attack', 'accusation'],
  },
  {
    text: "You always lie, and you only stay because it's convenient for you.",
    kinds: ['absolute', 'accusation'],
  },
];
