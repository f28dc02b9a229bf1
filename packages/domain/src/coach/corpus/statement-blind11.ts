import type { CorpusItem } from './corpus-item';

// Written for the blind11 round by an outside evaluator who never saw the coaches' rules,
// lexicons or corpora; texts and labels come only from how real people write to a partner.

export const STATEMENT_BLIND11: readonly CorpusItem[] = [
  {
    text: "When you came home at 2am last night without a message, I panicked. I need a text if you're going to be late. You constantly disappear like this.",
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "It would help me if you'd offer to show me your phone sometimes, without me having to ask.",
    kinds: [],
  },
  {
    text: "You clearly wanted to get caught, otherwise you'd have been more careful.",
    kinds: ['accusation'],
  },
  { text: "You knew exactly what you were doing and you didn't care who got hurt.", kinds: ['accusation'] },
  {
    text: "Thank you for cooking tonight. I know you're trying. I'm just scared it's all an act because you're desperate to look good.",
    kinds: ['accusation'],
  },
  { text: "You're a compulsive liar and you need help.", kinds: ['character_attack'] },
  { text: 'I felt humiliated when I learned that your friends knew before I did.', kinds: [] },
  {
    text: "I need you to stop contacting him completely, including on social media. That's a boundary for me.",
    kinds: [],
  },
  { text: "You're no better than your father.", kinds: ['character_attack'] },
  {
    text: "The money isn't the main thing. The main thing is that I was lied to, and I need to understand how that happened.",
    kinds: [],
  },
  {
    text: "I appreciate that you've been patient when I've asked the same question over and over.",
    kinds: [],
  },
  {
    text: "You're a sad little man who needed a younger woman to feel important.",
    kinds: ['character_attack', 'accusation'],
  },
  { text: "You act like you're the victim in all of this.", kinds: ['accusation'] },
  {
    text: "I feel like you're hiding something again, and you're obviously lying about the phone bill.",
    kinds: ['accusation'],
  },
  { text: "I'm triggered right now and I need twenty minutes before we keep talking.", kinds: [] },
  {
    text: "I felt so alone when I realised everyone at your office knew. I need you to tell me the truth about who else knows. You obviously don't care how humiliating this is for me.",
    kinds: ['accusation'],
  },
  {
    text: "I'm not sure I trust my own judgement anymore. That's one of the hardest parts of this for me.",
    kinds: [],
  },
  {
    text: "I keep imagining the two of you together. I don't want to, and I need help getting through it.",
    kinds: [],
  },
  { text: 'You always have an excuse.', kinds: ['absolute', 'accusation'] },
  {
    text: "I don't expect you to fully understand how this felt from my side. I just need you to keep listening.",
    kinds: [],
  },
  {
    text: "I'm trying really hard to stay calm and talk about this like adults. I want us to go to counselling. But you always find a way to make it about you.",
    kinds: ['absolute', 'accusation'],
  },
  { text: "You put your gambling before our children's future.", kinds: ['accusation'] },
  {
    text: 'Every single time I ask a question, you turn it around on me.',
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "The way you spoke to me when I first found out really hurt. I need to know that won't happen again.",
    kinds: [],
  },
  { text: 'You made a fool of me in front of everyone we know.', kinds: ['accusation'] },
  { text: 'You never listen to me. Never.', kinds: ['absolute', 'accusation'] },
  { text: 'you absolute scumbag', kinds: ['character_attack'] },
  {
    text: "Could we see a counsellor together next week? I don't think we can get through this on our own.",
    kinds: [],
  },
  { text: "You think if you buy me flowers I'll forget.", kinds: ['accusation'] },
  { text: "Cheaters like you don't change.", kinds: ['character_attack', 'absolute'] },
  { text: "I don't need you to fix how I feel. I need you to sit with me while I feel it.", kinds: [] },
  {
    text: "Please don't bring it up in front of the kids. If you want to talk, let's do it when we're alone.",
    kinds: [],
  },
  {
    text: "I want to work on this. I do. I'm just tired of living with a liar.",
    kinds: ['character_attack'],
  },
  { text: "I miss you, even though you're right here.", kinds: [] },
  {
    text: "When you come home late without texting, I go straight back to that night. Could you send me a quick message if you're going to be later than six?",
    kinds: [],
  },
  { text: 'You never think about anyone but yourself.', kinds: ['absolute', 'accusation'] },
  {
    text: 'Every time I start to trust you, you pull something like this.',
    kinds: ['absolute', 'accusation'],
  },
  { text: "I love you. I'm also furious with you. I'm trying to hold both.", kinds: [] },
  { text: "You're deceitful to the core.", kinds: ['character_attack'] },
  {
    text: "The only reason you go to counselling is so you can tell people you're trying.",
    kinds: ['accusation'],
  },
  { text: "Please don't tell me how I should feel about this. I'll get there in my own way.", kinds: [] },
  { text: 'I need you to be honest with me even when the honest answer is going to hurt.', kinds: [] },
  { text: "You're a narcissist, my therapist basically said so.", kinds: ['character_attack'] },
  { text: 'I feel a bit better this week. I wanted you to know that, too.', kinds: [] },
  { text: "I'm not ready to talk about forgiving you yet. I need more time.", kinds: [] },
  { text: "You're enjoying watching me fall apart.", kinds: ['accusation'] },
  { text: "Please don't ring me at work about this. It's the one place I get a break from it.", kinds: [] },
  {
    text: "I've thought about it a lot and I'm willing to try. I need full transparency, and I need you to be patient with my questions. You've been a selfish pig through all of this, but I'm willing.",
    kinds: ['character_attack'],
  },
  {
    text: 'You told me on Tuesday it was over with her. I saw a message from her today. I need you to explain it to me.',
    kinds: [],
  },
  { text: 'You never put us first. Not once in fifteen years.', kinds: ['absolute', 'accusation'] },
  { text: "You are forever making promises you don't keep.", kinds: ['absolute', 'accusation'] },
  { text: "You'd rather I just disappeared so you didn't have to face what you did.", kinds: ['accusation'] },
  { text: 'I noticed you deleted the app without me asking. Thank you.', kinds: [] },
  {
    text: "I'm feeling really fragile today. I'd rather not talk about it, but I wanted you to know why I'm quiet.",
    kinds: [],
  },
  { text: "You're a gaslighting piece of work.", kinds: ['character_attack'] },
  { text: "I'm trying to decide whether I can trust you again. I haven't decided yet.", kinds: [] },
  {
    text: "Something about tonight brought it all back, and I don't fully know why. Can we just sit together for a bit?",
    kinds: [],
  },
  { text: "Honestly I don't know what I need. I just know I'm not okay.", kinds: [] },
  { text: "You can never just admit when you're wrong.", kinds: ['absolute', 'accusation'] },
  {
    text: "I'm willing to try, but I need you to understand that trying doesn't mean I'm over it.",
    kinds: [],
  },
  { text: "You're a liar. That's all you are.", kinds: ['character_attack'] },
  {
    text: "I always thought we told each other everything. Finding out we didn't has really shaken me.",
    kinds: [],
  },
  { text: "You don't even feel bad. You feel bad that it's inconvenient for you.", kinds: ['accusation'] },
  {
    text: "Can you tell me more about why you didn't tell me sooner? I'm not asking so I can argue; I genuinely want to understand.",
    kinds: [],
  },
  {
    text: "I need to know you'll tell me if she contacts you again, even if it's just one message.",
    kinds: [],
  },
  {
    text: "When things get heated, I shut down. I'd like us both to slow down when that happens.",
    kinds: [],
  },
  {
    text: "I never expected to be the person checking a phone. I hate that I've become this, and I need us to figure out how to stop it.",
    kinds: [],
  },
  {
    text: "I need some space this weekend. I'm going to my mum's and I'll be back Sunday night. Honestly, you never cared about my feelings anyway.",
    kinds: ['absolute', 'accusation'],
  },
  { text: "I'm married to a cheat and a coward.", kinds: ['character_attack'] },
  {
    text: "I don't know if I can stay. I'm not saying that to punish you, I'm saying it because it's true right now.",
    kinds: [],
  },
  { text: 'You lied to me because you thought I was too stupid to notice.', kinds: ['accusation'] },
  { text: 'You constantly twist my words.', kinds: ['absolute', 'accusation'] },
  {
    text: "I need you to be the one to bring it up sometimes, so I'm not always the one carrying it.",
    kinds: [],
  },
  {
    text: "I'm asking you to go to a GA meeting this week. It's not a punishment, it's what I need to feel like we're moving in the right direction.",
    kinds: [],
  },
  { text: 'You always, always choose the easy way out.', kinds: ['absolute', 'accusation'] },
  {
    text: "You're constantly on your phone and then you act surprised when I'm suspicious.",
    kinds: ['absolute', 'accusation'],
  },
  {
    text: "I know you're sorry. I believe you are. I'm still not okay, and both of those things can be true.",
    kinds: [],
  },
  { text: 'What kind of disgusting person does that to their own wife?', kinds: ['character_attack'] },
  { text: 'You selfish, selfish man.', kinds: ['character_attack'] },
  { text: 'I need us to stop saying "it\'s fine" to each other when it isn\'t.', kinds: [] },
  {
    text: 'It hurts that you lied about the debt, but what hurts more is that I found out from a letter. I need to hear things from you first.',
    kinds: [],
  },
  { text: 'You never tell me the truth about anything.', kinds: ['absolute', 'accusation'] },
  {
    text: "I'm not going to check your phone anymore. If I need to know something, I'll ask you directly.",
    kinds: [],
  },
  { text: 'Whatever we decide, I want us to be decent to each other for the kids.', kinds: [] },
  { text: "you're only being nice to me so I won't tell your mum", kinds: ['accusation'] },
  {
    text: "When I found the receipts I felt sick. I need to see the full statements, please, by the end of the week. You're such a coward for hiding them.",
    kinds: ['character_attack'],
  },
  { text: 'Did you ever bring her to our house? I need a yes or no.', kinds: [] },
  {
    text: 'Can you tell me when it started? I think I need to know the timeline to stop my mind filling in the gaps.',
    kinds: [],
  },
  {
    text: "When you said you were at the gym and you weren't, it made me question every other time you've said it. I need to know I can believe you.",
    kinds: [],
  },
  { text: "You don't care how this has affected me.", kinds: ['accusation'] },
  {
    text: "I feel betrayed, and I feel stupid for not seeing it, and I know the second one isn't fair to me.",
    kinds: [],
  },
  { text: "You're an emotional vampire.", kinds: ['character_attack'] },
  {
    text: "You're just waiting for me to get over it so you can carry on like nothing happened.",
    kinds: ['accusation'],
  },
  { text: 'Everything is always about you.', kinds: ['absolute', 'accusation'] },
  { text: "Some days I'm okay and some days I'm not. Today is a bad day.", kinds: [] },
  {
    text: 'When I found the messages, I felt like the floor went out from under me. I need us to talk about it tonight, after the kids are in bed.',
    kinds: [],
  },
  {
    text: "I've been reading about betrayal trauma and it's helping me understand why I feel so jumpy.",
    kinds: [],
  },
  {
    text: "I've noticed you've been going to every counselling session and doing the reading. I see it, even if I'm still hurting.",
    kinds: [],
  },
  { text: 'You are a fraud, and everyone is going to know it.', kinds: ['character_attack'] },
  { text: "You've been lying about the overtime for months, I know you have.", kinds: ['accusation'] },
  {
    text: "When I ask where you are, I'm not trying to control you. I'm trying to feel safe again.",
    kinds: [],
  },
  {
    text: "Something you said yesterday stayed with me: that you wished you'd come to me first. I wish you had too.",
    kinds: [],
  },
  { text: "I'm not ready for you to move back into our bedroom. I'll tell you when I am.", kinds: [] },
  {
    text: 'I appreciate you answering my questions yesterday, it helped. I know you only did it because the counsellor told you to, though.',
    kinds: ['accusation'],
  },
  {
    text: 'I was proud of you for telling me about the email from her before I found it. That meant something.',
    kinds: [],
  },
  {
    text: "I'm angry. I'm allowed to be angry. I'm not going to pretend I'm fine so that dinner is easier.",
    kinds: [],
  },
  { text: "You don't respect me. If you did, none of this would have happened.", kinds: ['accusation'] },
  {
    text: "You hid forty grand from me. I'm going to need to see every account from now on, and I need you to accept that.",
    kinds: [],
  },
  { text: "You're still talking to him, I can tell. Don't bother denying it.", kinds: ['accusation'] },
  {
    text: 'I want to be able to mention it without it turning into a fight. Can we try that tonight?',
    kinds: [],
  },
  { text: "It's always one more bet, one more loan, one more lie.", kinds: ['absolute'] },
  { text: 'You always go quiet the moment it gets hard.', kinds: ['absolute', 'accusation'] },
  { text: "I feel like I'm grieving the marriage I thought we had.", kinds: [] },
  { text: "I want to believe you. Right now I can't, and I need you to be patient with that.", kinds: [] },
  {
    text: "I need you to tell your brother what happened. I'm tired of pretending in front of your family.",
    kinds: [],
  },
  {
    text: "I keep replaying the night of my birthday, knowing where you'd been that afternoon. It makes me feel sick.",
    kinds: [],
  },
  { text: "You're such a manipulator.", kinds: ['character_attack'] },
  { text: "You planned all of this, didn't you? Every lie was calculated.", kinds: ['accusation'] },
  {
    text: "I'd like to see a couples therapist, ideally someone who specialises in infidelity. Not that you'll actually bother to show up.",
    kinds: ['accusation'],
  },
  { text: 'You always do this — you apologise and then you do it again.', kinds: ['absolute', 'accusation'] },
  { text: 'You chose her over your own family.', kinds: ['accusation'] },
  { text: "You're a snake.", kinds: ['character_attack'] },
  { text: "There's always another secret. Always.", kinds: ['absolute'] },
  { text: "I always feel worse at night. If I get upset around ten, that's why.", kinds: [] },
  { text: 'You did this to punish me for the year I was ill.', kinds: ['accusation'] },
  {
    text: "You're spineless. You couldn't even tell me to my face.",
    kinds: ['character_attack', 'accusation'],
  },
  { text: 'You only said sorry because you got caught.', kinds: ['accusation'] },
  { text: 'You were kind to me this morning and I noticed. Thank you.', kinds: [] },
  { text: "You're an addict and a thief.", kinds: ['character_attack'] },
  {
    text: "It hurt to hear you laugh with her on the phone that day. I can't get that sound out of my head.",
    kinds: [],
  },
  { text: "I feel lonely in this house right now, even when we're both in it.", kinds: [] },
  { text: "I need to know whether you're still in contact with her. Are you?", kinds: [] },
  {
    text: 'You have never once taken responsibility for anything in this marriage.',
    kinds: ['absolute', 'accusation'],
  },
  { text: 'Thank you for answering my questions last night. It was hard, and you stayed.', kinds: [] },
  {
    text: "It's the same every single time: promises that it'll change, and it never does.",
    kinds: ['absolute'],
  },
  { text: 'You want me to feel sorry for you.', kinds: ['accusation'] },
  {
    text: "Honestly you're a child. A forty-year-old child who can't be trusted with a bank card.",
    kinds: ['character_attack'],
  },
  { text: 'Why do you always make me feel like the crazy one?', kinds: ['absolute', 'accusation'] },
  {
    text: "I need to talk to you about the money tonight. I'm not going to scream. I want to understand. But you lie every single time I ask, so I'm not hopeful.",
    kinds: ['absolute', 'accusation'],
  },
  { text: "There's always something with you.", kinds: ['absolute', 'accusation'] },
  { text: "I'm sad today. I miss how we used to be.", kinds: [] },
  { text: "It scares me how much of our life was built on something I didn't know about.", kinds: [] },
  {
    text: 'When you said "we were on a break", I felt erased. We weren\'t, and I need you to acknowledge that.',
    kinds: [],
  },
  { text: 'Every single promise in this house gets broken.', kinds: ['absolute'] },
  { text: "I'd like to see the bank statements for the last year. All of them, please.", kinds: [] },
  {
    text: "When you said it \"didn't mean anything\", I felt like what I'm going through didn't mean anything either.",
    kinds: [],
  },
  {
    text: "I found the second credit card statement. I'm not going to shout. I just want to understand why there was a second one.",
    kinds: [],
  },
  { text: "I'm scared that if I let my guard down, I'll get hurt again.", kinds: [] },
  {
    text: "When I see her car in town, my heart races. I need you to understand that isn't something I can switch off.",
    kinds: [],
  },
  { text: 'i cant believe i married such a loser', kinds: ['character_attack'] },
  {
    text: 'I need reassurance more than usual this week. Could you check in with me during the day?',
    kinds: [],
  },
  {
    text: "You've been really good with the kids through all of this. I'm grateful for that, even now.",
    kinds: [],
  },
  { text: "I'd rather you tell me a painful truth than protect me with a lie.", kinds: [] },
  {
    text: "I'm going to stay at my sister's this weekend. I need some space to think. I'll text you on Sunday.",
    kinds: [],
  },
  { text: 'All you ever do is lie.', kinds: ['absolute', 'accusation'] },
  { text: "I'm exhausted by this. Not by you — by all of it.", kinds: [] },
  { text: 'Nothing you say is ever true.', kinds: ['absolute', 'accusation'] },
  { text: "You're pathetic.", kinds: ['character_attack'] },
  { text: "I'm not going to the party on Saturday. I'm not ready to face people who knew.", kinds: [] },
  {
    text: "I'd like us to have a check-in every Sunday, just half an hour, where I can ask whatever I need to.",
    kinds: [],
  },
  {
    text: "I'm going to talk to a lawyer, just so I know my options. I wanted you to hear it from me.",
    kinds: [],
  },
  { text: 'I need the passwords to the joint accounts changed so we both have them.', kinds: [] },
  {
    text: 'Please stop saying "I\'ve already told you". I need to ask again, sometimes more than once.',
    kinds: [],
  },
  { text: "You're only sorry that it cost you money.", kinds: ['accusation'] },
  { text: 'You never loved me, did you?', kinds: ['accusation', 'absolute'] },
  { text: "It's constant with you, one lie after another.", kinds: ['absolute', 'accusation'] },
  { text: "You're heartless. How else could you do this?", kinds: ['character_attack'] },
  {
    text: "I'm hurt and I'm angry, and I'm allowed to be both. You're a cold, calculating person and I don't know how I missed it.",
    kinds: ['character_attack'],
  },
  {
    text: 'What I need most right now is honesty about small things. Where you parked, who you had lunch with. I need to hear the truth about little things again before I can believe the big ones.',
    kinds: [],
  },
  { text: "You've ruined everything we built.", kinds: ['accusation'] },
];
