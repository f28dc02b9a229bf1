import type { CorpusItem } from './corpus-item';

// Written for the blind18 round by an outside writer who never saw the coaches' rules,
// lexicons or existing corpora. Labels are a couples-therapist reading of each text.
export const APOLOGY_BLIND18: readonly CorpusItem[] = [
  // ---- clean ----
  {
    text: "I lied to you about where I was for three months, and I'm sorry. You deserved the truth and I chose to hide it.",
    kinds: [],
  },
  { text: "I'm sorry I texted her behind your back. That was my choice and nobody else's.", kinds: [] },
  {
    text: "There's no excuse for what I did. I broke your trust, and I understand if you need time before you can believe me again.",
    kinds: [],
  },
  {
    text: 'I only told you after you found the messages, and that makes it worse. I should have been honest the moment it started.',
    kinds: [],
  },
  {
    text: "I always said I'd never be that person, and then I was. I'm sorry for the pain I caused you.",
    kinds: [],
  },
  {
    text: "I hid the money from you, I lied when you asked, and I let you doubt yourself. That's on me, and I'm sorry.",
    kinds: [],
  },
  {
    text: "Take all the time you need. I'm not going anywhere, and I'm not asking you to forgive me on any schedule.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel like you were imagining things when you were right all along.",
    kinds: [],
  },
  {
    text: "It wasn't a small thing, and I won't pretend it was. I'm sorry for every lie I told to cover it.",
    kinds: [],
  },
  {
    text: "I know 'sorry' can't undo it. I want to show you with what I do, not just what I say.",
    kinds: [],
  },
  {
    text: "I was wrong to keep talking to him after I promised you I'd stopped. I broke that promise too, and I'm sorry.",
    kinds: [],
  },
  {
    text: 'You asked me straight out and I lied to your face. You should never have had to find out that way.',
    kinds: [],
  },
  {
    text: "I'm sorry for the affair and for the months of lying around it. You didn't cause this; I did.",
    kinds: [],
  },
  {
    text: "Of course you checked my phone. I gave you every reason to, and I'm sorry I put you in that position.",
    kinds: [],
  },
  {
    text: 'I told you I was working late and I went to that dinner instead. It was a lie and I knew it when I said it.',
    kinds: [],
  },
  {
    text: "Whenever you're ready to talk, I'll answer anything you ask, honestly, even the parts that make me look bad.",
    kinds: [],
  },
  {
    text: "I hurt you deeply. I'm going to keep showing up, even on the days you can't stand to look at me.",
    kinds: [],
  },
  {
    text: "Calling you jealous was a way of hiding. You were picking up on exactly what I was doing, and I'm sorry.",
    kinds: [],
  },
  { text: 'I want to say it clearly: I cheated, I lied about it, and I am sorry.', kinds: [] },
  {
    text: "Because of what I did, you've been sleeping badly and second-guessing everything. I'm sorry I brought that into your life.",
    kinds: [],
  },
  {
    text: "I'm not going to ask you to move on. I'll be here for as long as it takes you to decide what you need.",
    kinds: [],
  },
  {
    text: "I spent our savings without telling you and then covered it up. I'll go through every statement with you, whenever you want.",
    kinds: [],
  },
  {
    text: "I kept it from you for over a year. I'm sorry for every day of that year you didn't get to make your own choices with the full truth.",
    kinds: [],
  },
  { text: "You don't owe me forgiveness. I'm sorry, and I'll keep proving I mean it.", kinds: [] },
  { text: 'Deleting the messages was a choice to deceive you, and I own that.', kinds: [] },
  {
    text: "It's my job to rebuild this, not yours. I'm sorry for making you carry the weight of my lies.",
    kinds: [],
  },
  {
    text: "I flirted with her at your sister's wedding, in front of your family. That was humiliating for you and I did it anyway. I'm sorry.",
    kinds: [],
  },
  {
    text: "Nothing you did made me do this. I'm working on understanding why I chose to lie instead of talking to you.",
    kinds: [],
  },
  {
    text: "We both agreed on one rule and I broke it, knowing exactly what I was doing. I'm sorry.",
    kinds: [],
  },
  {
    text: "I was just thinking about how calm you stayed when you found out, and how much that must have cost you. I'm so sorry.",
    kinds: [],
  },
  {
    text: "I lied about the gambling, I lied about the debt, and I lied when you asked if there was anything else. I've told you everything now, and the statements are yours to see.",
    kinds: [],
  },
  {
    text: "I've booked the counsellor you suggested, and I'll go on my own too. I'm sorry it took me this long to take it seriously.",
    kinds: [],
  },
  {
    text: "Your friends knew before you did. Making you the last to know was a betrayal on top of a betrayal, and I'm sorry.",
    kinds: [],
  },
  { text: "What I did was cruel. I'm not going to pretend otherwise.", kinds: [] },
  {
    text: "I won't say it meant nothing, because that's not for me to decide for you. I did it, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I went back on the dating app after swearing I'd deleted it. I'll hand you my phone whenever you ask, for as long as you need.",
    kinds: [],
  },
  {
    text: "You trusted me with your secret and I told my brother. It wasn't mine to share, and I'm sorry.",
    kinds: [],
  },
  {
    text: "Your questions were fair, every one of them. I'm sorry for the times I made you feel crazy for asking.",
    kinds: [],
  },
  {
    text: "I can hear how much this hurt. I'm sorry, and I'm not going to argue with how you feel about it.",
    kinds: [],
  },
  {
    text: 'I kept meeting him for coffee and hid it from you. The secrecy was the betrayal, and I chose it every single week.',
    kinds: [],
  },
  {
    text: 'I lied about a work trip so I could be with her, the same weekend you needed me most. There is no version of that I can defend.',
    kinds: [],
  },
  {
    text: "Tell me what would help you feel safer and I'll do it. If you don't know yet, that's okay too.",
    kinds: [],
  },
  {
    text: "I only started being honest when I had no other choice. You deserved honesty from the start, and I'm sorry.",
    kinds: [],
  },
  { text: "I'm sorry for making promises I never intended to keep.", kinds: [] },
  {
    text: "Sending those photos of you was a violation. I've deleted every copy and told the people I sent them to that it was wrong.",
    kinds: [],
  },
  {
    text: "I let you believe it was over when it wasn't. I lied twice, and I know the second lie hurt more than the first.",
    kinds: [],
  },
  {
    text: "I sided with my mother against you and then lied about what I'd told her. You should be able to trust me with private things. I'm sorry.",
    kinds: [],
  },
  { text: "I'm sorry. I don't need you to say anything back.", kinds: [] },
  {
    text: "You found out from a stranger, and I'm sorry you had to hear it that way. It should have come from me.",
    kinds: [],
  },
  {
    text: "I've closed the secret account and I'll show you the paperwork. You can ask me about money any time, and I'll answer.",
    kinds: [],
  },
  {
    text: "I'm sorry for every birthday and anniversary I spent texting someone else. Those were your days and I took them from you.",
    kinds: [],
  },
  {
    text: 'At first I blamed you. That was me trying to escape responsibility, and it was unfair.',
    kinds: [],
  },
  { text: "I had every chance to stop and I didn't.", kinds: [] },
  {
    text: "I lied about being sober. I've started going to meetings again, and I'll tell you the truth even when it's a bad day.",
    kinds: [],
  },
  { text: "I know I can't rush this. I'll keep apologising for as long as you need to hear it.", kinds: [] },
  {
    text: "If you want to talk about it again tonight, we can. If you'd rather not, that's okay too. Either way I'm sorry for what I did.",
    kinds: [],
  },
  {
    text: "You remembered it correctly and I denied it. I'm sorry I made you doubt your own memory.",
    kinds: [],
  },
  { text: "I chose to cross that line. I'm not going to hide behind how busy or stressed I was.", kinds: [] },
  {
    text: "I'm sorry for the lies, and for how long I let them go on. You never deserved any of it.",
    kinds: [],
  },
  {
    text: "I've been getting short with you when you bring it up. You have every right to bring it up, as often as you need to.",
    kinds: [],
  },
  { text: "Not 'if', not 'in case' — I hurt you, and I know it.", kinds: [] },
  {
    text: "I told you it was a one-time thing and it wasn't. I'm sorry for lying even while I was apologising.",
    kinds: [],
  },
  {
    text: "You asked me to be open about my ex and I wasn't. I'm sorry I hid that we were still in touch.",
    kinds: [],
  },
  {
    text: "I took your trust for granted. I'm learning what it costs to earn it back, and it's worth it.",
    kinds: [],
  },
  { text: "Forgiveness is yours to give or not. I'll respect whatever you decide.", kinds: [] },
  {
    text: "I wasn't at the gym. I was at her place, and I should have told you that the first time you asked.",
    kinds: [],
  },
  { text: 'What I did was about my choices, not about you being enough. You always were.', kinds: [] },
  {
    text: "I know you've been carrying this alone at night. I'd like to be there when it gets bad, if you'll let me.",
    kinds: [],
  },
  {
    text: "I read those messages back now and I can see how much they must have hurt you to read. I'm sorry I sent them.",
    kinds: [],
  },
  {
    text: "I broke our agreement about the phone. Here's my passcode; I'm not going to change it.",
    kinds: [],
  },
  {
    text: "I was the one who lied. I'm not going to make you do the work of figuring out what else I've hidden — I'll tell you.",
    kinds: [],
  },
  {
    text: "I kissed him. I lied about it. And when you asked, I got angry instead of honest. I'm sorry for all three.",
    kinds: [],
  },
  { text: "There's nothing you could have done differently. This was my betrayal.", kinds: [] },
  {
    text: "All those nights I spent on the phone with her while you were putting the kids to bed — I'm sorry.",
    kinds: [],
  },
  {
    text: "I treated your instincts like paranoia. You were right, and I'm sorry I made you feel otherwise.",
    kinds: [],
  },
  { text: "I'll go at whatever pace you set, and I'll check in with you rather than assume.", kinds: [] },
  {
    text: 'I cancelled our trip so I could see him. You were so excited about it and I took that away.',
    kinds: [],
  },
  { text: "I'm not sorry because I got caught; I'm sorry because I hurt the person I love most.", kinds: [] },
  {
    text: 'Saving her number under a fake name took planning. I want you to know I understand that.',
    kinds: [],
  },
  { text: "I looked you in the eye and said there was nobody else. I'm sorry.", kinds: [] },
  { text: 'I broke your heart. Whatever you feel about me right now makes sense.', kinds: [] },
  {
    text: "I understand why you don't believe me yet. I'll keep being honest until what I do speaks louder than this apology.",
    kinds: [],
  },

  // ---- minimizing ----
  {
    text: "I'm sorry about the flirting, but honestly it was a bit of harmless banter.",
    kinds: ['minimizing'],
  },
  { text: 'I know I hurt you, but it was over before it even started.', kinds: ['minimizing'] },
  { text: "We only met up twice. I'm sorry it happened at all.", kinds: ['minimizing'] },
  {
    text: "It's not like I slept with her. I'm sorry the texting went on as long as it did.",
    kinds: ['minimizing'],
  },
  { text: 'Sorry for the little white lie about Friday.', kinds: ['minimizing'] },
  { text: 'It was one kiss at a party, and I regret it.', kinds: ['minimizing'] },
  {
    text: "I messed up a bit with the credit card, I know. It's a few hundred quid, we'll sort it.",
    kinds: ['minimizing'],
  },
  {
    text: 'Apologies for the messages. They were pretty tame if you actually read them.',
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry. It was a stupid, meaningless thing that barely lasted a month.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry for the emotional stuff with Dan. It never got physical, so it wasn't a real affair or anything.",
    kinds: ['minimizing'],
  },
  { text: "A blip in fifteen good years, that's what it was, and I'm sorry for it.", kinds: ['minimizing'] },
  { text: 'Sorry I had a drink with my ex. We were literally just catching up.', kinds: ['minimizing'] },
  {
    text: "I should have told you about the account. There wasn't much in it anyway.",
    kinds: ['minimizing'],
  },
  { text: "I'm sorry about Jess. It was more of a crush than anything.", kinds: ['minimizing'] },
  { text: "They were only pictures, I never met anyone. Still, I'm sorry.", kinds: ['minimizing'] },
  { text: "I wasn't totally upfront, I left out a couple of small details. Sorry.", kinds: ['minimizing'] },
  { text: "It was a moment of silliness and it's done. I'm sorry.", kinds: ['minimizing'] },
  { text: 'I apologise for the odd message here and there.', kinds: ['minimizing'] },
  {
    text: "Nothing really went on at the hotel, we mostly talked. I'm sorry I was there.",
    kinds: ['minimizing'],
  },
  {
    text: "In the grand scheme of things it was a small lie, but I'm sorry I told it.",
    kinds: ['minimizing'],
  },
  { text: 'It was a snog, nothing that meant anything to either of us. Sorry.', kinds: ['minimizing'] },
  {
    text: "I'm sorry I fibbed about the betting. A few quid on the football isn't some big addiction though.",
    kinds: ['minimizing'],
  },
  { text: "One night, once. I'm sorry.", kinds: ['minimizing'] },
  {
    text: "There was nothing to mention really, we swapped a few memes. I'm sorry I didn't say.",
    kinds: ['minimizing'],
  },
  { text: "I'm sorry I got a little too friendly with your colleague at the party.", kinds: ['minimizing'] },

  // ---- blame_shift ----
  {
    text: "I'm sorry, but we'd drifted so far apart by then it barely felt like we were together.",
    kinds: ['blame_shift'],
  },
  {
    text: "You'd been so cold for months. I'm sorry, I just didn't know where else to turn.",
    kinds: ['blame_shift'],
  },
  {
    text: "Things between us had been dead for a long time, and that's not all on me. But I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "With you working nights, I basically lived alone for a year. I'm sorry it went the way it did.",
    kinds: ['blame_shift'],
  },
  {
    text: "Ever since the kids came there was no room left for us, and I got lost in that. I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "If you'd ever been willing to talk about what was wrong, I wouldn't have looked elsewhere. I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry for what I did, but you pushed me away every time I tried to get close.",
    kinds: ['blame_shift'],
  },
  { text: "She was there for me when you really weren't. I'm sorry.", kinds: ['blame_shift'] },
  {
    text: 'Our marriage had been in trouble for ages, we both know that. I apologise.',
    kinds: ['blame_shift'],
  },
  {
    text: "Your mum moving in put a huge strain on everything. I'm sorry it came to this.",
    kinds: ['blame_shift'],
  },
  { text: "It happened because we stopped making time for each other. I'm sorry.", kinds: ['blame_shift'] },
  {
    text: "I'm sorry I hid the spending. You get so angry about money that I felt I couldn't tell you.",
    kinds: ['blame_shift'],
  },
  {
    text: "My job had me away four nights a week. Nobody could keep a marriage together like that. I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry. You'd made it pretty clear you weren't interested in me anymore.",
    kinds: ['blame_shift'],
  },
  {
    text: "Honestly, you'd have exploded if I'd told you the truth, so I lied. I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "Your friends never accepted me and I felt like an outsider in my own home. I'm sorry for what that led to.",
    kinds: ['blame_shift'],
  },
  {
    text: "You hadn't touched me in months. Something was always going to give. I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "We were both so wrapped up in the baby we forgot to be a couple. I'm sorry.",
    kinds: ['blame_shift'],
  },
  {
    text: "The move, the money, the distance — it got to both of us. I'm sorry for my side of it.",
    kinds: ['blame_shift'],
  },

  // ---- vague ----
  { text: "I'm sorry mistakes were made.", kinds: ['vague'] },
  { text: 'Sorry for everything that went on last year.', kinds: ['vague'] },
  { text: "Things happened that shouldn't have, and I regret that.", kinds: ['vague'] },
  { text: "I'm sorry for how things turned out between us.", kinds: ['vague'] },
  { text: 'I apologise for the situation.', kinds: ['vague'] },
  { text: "I'm sorry for my part in all of this.", kinds: ['vague'] },
  { text: "Some lines got crossed, and I'm sorry for that.", kinds: ['vague'] },
  { text: 'I know stuff went on that hurt you.', kinds: ['vague'] },
  { text: "I'm sorry for what went down with Sam.", kinds: ['vague'] },
  { text: "It all got out of hand. I'm sorry.", kinds: ['vague'] },
  { text: "I'm sorry the trust got broken.", kinds: ['vague'] },
  { text: 'Sorry for the whole mess.', kinds: ['vague'] },
  { text: "I'm sorry about the other thing. You know what I mean.", kinds: ['vague'] },
  { text: "Lies were told, and I'm not proud of that.", kinds: ['vague'] },
  { text: 'Regrettable things went on while you were away, and I apologise.', kinds: ['vague'] },

  // ---- justification ----
  {
    text: "I'd had way too much to drink and wasn't thinking straight. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I lied. I was under so much pressure at work that I cracked.",
    kinds: ['justification'],
  },
  { text: "I was lonely, and she made me feel seen. I'm sorry.", kinds: ['justification'] },
  { text: "My dad had just died and I wasn't myself that year. I'm sorry.", kinds: ['justification'] },
  { text: "I'm sorry I hid the debt. I was trying to protect you from worrying.", kinds: ['justification'] },
  {
    text: 'The medication I was on messed with my head, and I made bad choices. Sorry.',
    kinds: ['justification'],
  },
  { text: "I kept quiet because I didn't want to ruin your birthday. I'm sorry.", kinds: ['justification'] },
  {
    text: 'After the miscarriage I needed to feel something, and I went about it the wrong way.',
    kinds: ['justification'],
  },
  { text: "I honestly thought I could win it back before you noticed. I'm sorry.", kinds: ['justification'] },

  // ---- conditional ----
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  { text: 'If anything I did upset you, I apologise.', kinds: ['conditional'] },
  { text: 'Sorry if it came across like I was hiding something.', kinds: ['conditional'] },
  { text: "If you felt betrayed, then I'm sorry for that.", kinds: ['conditional'] },
  { text: 'I apologise if my friendship with Lucy crossed a line for you.', kinds: ['conditional'] },
  { text: "To whatever extent I caused you pain, I'm sorry.", kinds: ['conditional'] },
  { text: 'Apologies, I suppose, in case I made you feel second best.', kinds: ['conditional'] },

  // ---- non_apology ----
  { text: "I'm sorry you feel that way about it.", kinds: ['non_apology'] },
  { text: 'Sorry you had to find out like that.', kinds: ['non_apology'] },
  { text: "I've said sorry a hundred times. What more do you want from me?", kinds: ['non_apology'] },
  { text: "Fine, I'm sorry. Happy now?", kinds: ['non_apology'] },
  { text: "I'm sorry your friend felt the need to tell you.", kinds: ['non_apology'] },
  { text: "It's a shame this is so hard for you to accept.", kinds: ['non_apology'] },
  { text: "I'm sorry I got caught. I should have been more careful.", kinds: ['non_apology'] },

  // ---- self_focus ----
  { text: "You have no idea how much I've been suffering with this guilt.", kinds: ['self_focus'] },
  {
    text: "I can't sleep, I can't eat, I've lost half a stone. I'm sorry, I'm a wreck.",
    kinds: ['self_focus'],
  },
  { text: "I hate myself for this, I really do. It's destroying me.", kinds: ['self_focus'] },
  { text: "This has been the worst month of my life too. I'm sorry.", kinds: ['self_focus'] },
  {
    text: "Everyone at work can tell something's wrong with me. I'm sorry, I'm barely functioning.",
    kinds: ['self_focus'],
  },
  { text: "I've lost my best friend over this as well, you know.", kinds: ['self_focus'] },
  { text: 'It kills me that my kids might think less of me.', kinds: ['self_focus'] },
  { text: "Carrying this secret was eating me alive for months. I'm sorry.", kinds: ['self_focus'] },

  // ---- pressure ----
  { text: "I'm sorry. Can we please put it behind us now?", kinds: ['pressure'] },
  { text: 'I really need you to forgive me so we can get back to normal.', kinds: ['pressure'] },
  {
    text: "I've apologised. By the end of the month I think we should be able to move past this.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry, but it's been weeks. Please stop bringing it up in front of the kids.",
    kinds: ['pressure'],
  },
  { text: "I'm sorry. I need an answer on whether you're staying by Sunday.", kinds: ['pressure'] },
  { text: "Will you at least come back to our bed tonight? I've said I'm sorry.", kinds: ['pressure'] },
  { text: "Christmas is in two weeks, and I'd like us to be past this before then.", kinds: ['pressure'] },
  { text: "At some point you'll have to trust me again, and I'd rather it was sooner.", kinds: ['pressure'] },

  // ---- mixed ----
  {
    text: "It was hardly anything, a couple of texts. Sorry it's upset you this much.",
    kinds: ['minimizing', 'non_apology'],
  },
  { text: "I'm sorry if it hurt, but it was just a bit of flirting.", kinds: ['conditional', 'minimizing'] },
  {
    text: 'I was lonely and you were never home. It was only a few dates.',
    kinds: ['justification', 'blame_shift', 'minimizing'],
  },
  {
    text: 'Things got out of hand while I was stressed. Can we move on now?',
    kinds: ['vague', 'justification', 'pressure'],
  },
  {
    text: "I'm sorry, I really am, and I'm barely holding it together. Please just forgive me.",
    kinds: ['self_focus', 'pressure'],
  },
];
