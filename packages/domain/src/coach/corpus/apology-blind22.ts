import type { CorpusItem } from './corpus-item';
// Written for blind22 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const APOLOGY_BLIND22: readonly CorpusItem[] = [
  // ---- flawed: blame shifted onto the partner or the relationship ----
  {
    text: "I'm sorry I cheated, but you have to admit you'd stopped paying attention to me months before it started.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I know I lied about the money. You made it impossible to tell you anything without a fight, so I kept it to myself.',
    kinds: ['blame_shift'],
  },
  {
    text: "Sorry about the texts with Jess. Our marriage had been dead for a year and we both know that's why it happened.",
    kinds: ['blame_shift'],
  },
  {
    text: "I messed up with the gambling, I own that, but honestly if you hadn't been checking every receipt I wouldn't have felt the need to hide it.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I apologise for the affair. I think we both let this marriage drift to a place where something like that was always going to happen.',
    kinds: ['blame_shift'],
  },
  { text: "yeah I shouldn't have messaged my ex. you pushed me away for weeks tho", kinds: ['blame_shift'] },
  {
    text: "I'm sorry. I wish I'd been stronger, but it's hard to stay faithful to someone who treats you like a flatmate.",
    kinds: ['blame_shift'],
  },
  {
    text: "The drinking got out of hand and I'm sorry. Living with your constant criticism would drive anyone to the bottle.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry I hid the credit card. Looking back, the way you reacted to every single purchase taught me to keep things quiet.",
    kinds: ['blame_shift'],
  },
  {
    text: "We stopped being a team a long time ago. That's where all this really comes from, and I'm sorry it ended with me lying to you.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry, truly. I just wonder whether any of this happens if you'd ever once asked me how I was doing.",
    kinds: ['blame_shift'],
  },
  {
    text: "Of course I'm sorry about the porn. I'd also say it's hardly surprising, given how long it's been since you showed any interest in me.",
    kinds: ['blame_shift'],
  },

  // ---- flawed: conditional ----
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  { text: 'If anything I did made you feel betrayed, I apologise.', kinds: ['conditional'] },
  {
    text: "I'm sorry if the stuff with Mark upset you. That was never what I wanted.",
    kinds: ['conditional'],
  },
  { text: "If my gambling caused you any stress, I'm really sorry for that.", kinds: ['conditional'] },
  { text: 'To whatever extent my behaviour was hurtful, I apologise for it.', kinds: ['conditional'] },
  { text: 'sorry if the texts came across wrong', kinds: ['conditional'] },
  { text: "If you felt lied to, then I'm sorry.", kinds: ['conditional', 'non_apology'] },
  {
    text: "I apologise if I've been less than honest about where I was on those Thursday nights.",
    kinds: ['conditional'],
  },
  {
    text: 'Should any of my choices have caused you pain, please know that I regret it.',
    kinds: ['conditional'],
  },
  {
    text: "If I crossed a line with Dana, I'm sorry. I honestly didn't think I had.",
    kinds: ['conditional'],
  },
  { text: "I'm sorry if hiding the debt made things harder for you.", kinds: ['conditional'] },
  { text: "Whether or not I actually hurt you, I'm sorry.", kinds: ['conditional'] },

  // ---- flawed: non-apology ----
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  { text: "I'm sorry you had to find out like that.", kinds: ['non_apology'] },
  { text: "I've said sorry a hundred times. What more do you want from me?", kinds: ['non_apology'] },
  { text: "I'm sorry you're upset about the messages.", kinds: ['non_apology'] },
  { text: 'I regret that you ever saw my phone.', kinds: ['non_apology'] },
  {
    text: "I'm sorry this has been so hard for you to deal with. I hope you find a way through it.",
    kinds: ['non_apology'],
  },
  {
    text: "Honestly I wish you'd never gone through my emails, then neither of us would be in this mess. Sorry it came out this way.",
    kinds: ['non_apology', 'blame_shift'],
  },
  { text: "Fine. I'm sorry. Happy now?", kinds: ['non_apology'] },
  { text: "I'm sorry you were let down by the person you thought I was.", kinds: ['non_apology'] },
  { text: "I'm sorry you got hurt in all of this.", kinds: ['non_apology'] },
  {
    text: "I'm sorry the bank statement landed on your desk before I had a chance to sort it out.",
    kinds: ['non_apology'],
  },
  {
    text: "What do you want me to say? I've apologised, I've cut her off, I've done everything.",
    kinds: ['non_apology'],
  },

  // ---- flawed: minimizing ----
  { text: "I'm sorry. It was just a few messages, nothing more.", kinds: ['minimizing'] },
  { text: "I'm sorry I kissed him. It didn't mean anything, I promise.", kinds: ['minimizing'] },
  {
    text: "It was only a couple of hundred quid on the slots. I'm sorry I didn't mention it.",
    kinds: ['minimizing'],
  },
  { text: "Nothing actually happened with her, but I'm sorry I went for the drink.", kinds: ['minimizing'] },
  {
    text: "I know I shouldn't have looked at that stuff, it's a pretty normal thing though, and I'm sorry it bothered you.",
    kinds: ['minimizing', 'non_apology'],
  },
  { text: "It was a stupid little crush and I'm sorry about it.", kinds: ['minimizing'] },
  { text: "Sorry I had a few too many at Sam's. It was one night.", kinds: ['minimizing'] },
  {
    text: "I'm sorry about the emotional affair thing. It was more of a friendship that got a bit close, really.",
    kinds: ['minimizing'],
  },
  {
    text: 'I apologise for the lie about the overtime. It was a small fib and I let it get a bit out of hand.',
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry we're even having to talk about this. It was a bit of flirting at a work do.",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "I'm sorry, I know it hurt. In the grand scheme of a fifteen-year marriage, though, it was a blip.",
    kinds: ['minimizing'],
  },
  { text: 'Sorry I messaged my ex. We literally just talked about old times.', kinds: ['minimizing'] },

  // ---- flawed: justification ----
  {
    text: "I'm sorry I cheated. I was so lonely when you were working nights and I didn't know what to do with it.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry about what happened at the party. I'd had way too much to drink and wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: "I hid the debt because I was terrified of losing the business, and I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: 'I know the lying was wrong. I was under enormous pressure at work and the betting was the only thing that took the edge off.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I kept talking to her. She was going through a divorce and I felt like I was the only one she could turn to.",
    kinds: ['justification'],
  },
  {
    text: 'Sorry about the porn. Guys my age all deal with this, and I was stressed out of my mind with the move.',
    kinds: ['justification', 'minimizing'],
  },
  {
    text: 'I apologise for the affair. My father did the same thing, and I think I never learned any other way to handle problems.',
    kinds: ['justification'],
  },
  {
    text: "I'm so sorry. After my mum died I wasn't myself, and Lena was there when I needed someone.",
    kinds: ['justification'],
  },
  { text: "I only lied about the job because I didn't want you to worry.", kinds: ['justification'] },
  {
    text: "It started because I needed someone to talk to about my depression, and it went further than it should have. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry about the secret phone. With the hours I work and the stress I'm under, I needed something that was just mine.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I went back to the casino. The doctor had just given me bad news and I wasn't in my right mind.",
    kinds: ['justification'],
  },

  // ---- flawed: self-focus ----
  {
    text: "I'm sorry. I haven't slept in days, I can't eat, I feel like the worst person alive.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry for what I did. You have no idea how much I hate myself right now.",
    kinds: ['self_focus'],
  },
  {
    text: "This has been the hardest month of my life. I'm sorry for the affair, and I'm barely holding it together.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. Every time I see you cry I feel like I'm dying inside, and I can't take much more of it.",
    kinds: ['self_focus'],
  },
  {
    text: "I've lost everything. My friends are avoiding me and my sister won't speak to me. I'm so sorry about the money.",
    kinds: ['self_focus'],
  },
  {
    text: 'I apologise for the lies. Carrying this secret for two years has been absolute torture for me.',
    kinds: ['self_focus'],
  },
  { text: 'sorry. i feel like garbage. i keep crying at work and my boss noticed', kinds: ['self_focus'] },
  {
    text: "I'm so ashamed. I can't even look at myself in the mirror. I'm sorry about him.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry about the gambling. I'm the one who has to live with being the guy who lost our savings, and that's a weight I'll carry forever.",
    kinds: ['self_focus'],
  },
  {
    text: "I know I hurt you, but I'm hurting too, and nobody seems to care about that.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry. Therapy has been brutal for me. I'm finding out things about myself I really didn't want to know.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I lied about texting him. I've been so anxious since you found out that I've been having panic attacks at night.",
    kinds: ['self_focus'],
  },

  // ---- flawed: pressure ----
  { text: "I'm sorry. Please forgive me, I need you to forgive me.", kinds: ['pressure'] },
  { text: "I'm sorry for the affair. Can we please just move on now?", kinds: ['pressure'] },
  { text: "I've apologised. I think it's time we put this behind us.", kinds: ['pressure'] },
  {
    text: "I'm sorry about the debt. Let's not let this ruin the holidays. Can we start fresh tomorrow?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I hid the phone. I'm hoping that by the weekend we can go back to normal.",
    kinds: ['pressure'],
  },
  {
    text: "I'm truly sorry. The kids need us to be okay, so I really need you to let this go.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry about Mia. I'll give you until the end of the month, but after that we have to stop talking about it.",
    kinds: ['pressure'],
  },
  {
    text: "I apologise for the drinking. Forgive me and I'll never touch it again, I swear.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry. You promised at our wedding, for better or for worse. Isn't that worth forgiving me?",
    kinds: ['pressure'],
  },
  { text: 'I said sorry. Can we have one evening without it coming up?', kinds: ['pressure'] },
  {
    text: "Sorry about the lying. If you really loved me you'd be able to get past this.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for the affair. I'm ready to move forward and I hope you'll be ready soon too.",
    kinds: ['pressure'],
  },

  // ---- flawed: vague ----
  { text: "Mistakes were made, and I'm sorry.", kinds: ['vague'] },
  { text: "I'm sorry for everything that happened.", kinds: ['vague'] },
  { text: 'Lines were crossed, and I regret that.', kinds: ['vague'] },
  { text: "I'm sorry things got out of hand.", kinds: ['vague'] },
  { text: "I'm sorry for my part in all of this.", kinds: ['vague'] },
  {
    text: "Look, I'm not proud of how that whole chapter went. Water under the bridge, hopefully?",
    kinds: ['vague', 'pressure'],
  },
  { text: 'I apologise for the situation with the money.', kinds: ['vague'] },
  { text: 'I regret how things unfolded over the last year.', kinds: ['vague'] },
  { text: "I'm sorry for what went on with the phone and all that.", kinds: ['vague'] },
  { text: "Things happened with someone from work that shouldn't have, and I'm sorry.", kinds: ['vague'] },
  { text: "I'm sorry for the choices that were made around our finances.", kinds: ['vague'] },
  { text: "I'm sorry. I know trust got broken somewhere along the way.", kinds: ['vague'] },

  // ---- clean ----
  {
    text: "I'm sorry I had an affair with Claire. I lied to you for eight months and I let you doubt yourself when you asked me about it. That was cruel, and it was my choice.",
    kinds: [],
  },
  {
    text: "I hid forty thousand pounds of debt from you. I'm sorry. You planned our future on numbers I knew were false.",
    kinds: [],
  },
  {
    text: "I'm sorry I kept gambling after I promised you I'd stopped. I lied to your face, and you believed me because you trusted me.",
    kinds: [],
  },
  {
    text: "I was texting my ex every day for three months and I hid it from you. I'm sorry. You deserved to know, and I took that choice away from you.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying about where I was. I said I was at work when I was with him. There's no version of that which isn't a betrayal.",
    kinds: [],
  },
  {
    text: "I know I can't undo it. I cheated, I lied about it, and I made you feel crazy for suspecting. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I drank again and hid the bottles in the garage. You found them before I told you, and that's on me.",
    kinds: [],
  },
  {
    text: "I broke your trust when I kept a second phone. I'm sorry. I understand if it takes a long time before you believe me again.",
    kinds: [],
  },
  {
    text: "I'm sorry. I only told you the truth after you found the messages, and I know that makes it worse.",
    kinds: [],
  },
  { text: "I lied because I was a coward, not because of anything you did. I'm sorry.", kinds: [] },
  {
    text: "You asked me straight out in March and I looked you in the eye and said nothing was going on. I'm sorry for that lie most of all.",
    kinds: [],
  },
  {
    text: "I'm sorry I watched porn behind your back after we agreed I'd stop. I broke an agreement we made together, and then I hid it.",
    kinds: [],
  },
  {
    text: "I'm not asking you to forgive me. I just want you to know I understand what I did: I had an emotional affair with Tom and I let it matter more than you.",
    kinds: [],
  },
  { text: "I'm sorry for the affair. It wasn't your fault in any way. It was mine.", kinds: [] },
  {
    text: "I spent our holiday savings on betting and told you the bank had made an error. I'm sorry. That was a lie, and I let you ring the bank about it.",
    kinds: [],
  },
  {
    text: "I'm sorry I told you it was just a friendship. It wasn't. I was emotionally involved with her and I knew it.",
    kinds: [],
  },
  {
    text: "You don't have to forgive me, and you don't have to decide anything now. I'm sorry for cheating on you.",
    kinds: [],
  },
  {
    text: "I'm sorry for every time I said you were being paranoid. You weren't. You were right and I was lying.",
    kinds: [],
  },
  {
    text: "I lied about losing my job for two months and pretended to go to work every day. I'm sorry. You were budgeting around a salary that didn't exist.",
    kinds: [],
  },
  { text: "There's no but here. I cheated and I'm sorry.", kinds: [] },
  {
    text: "I'm sorry I met up with Alex without telling you. I knew you'd be hurt, and I went anyway.",
    kinds: [],
  },
  { text: 'sorry for lying about the drinks. i had five, not two. you were right to be worried', kinds: [] },
  {
    text: "I'm sorry I hid the messages from you. If you want to see anything on my phone, you can, any time.",
    kinds: [],
  },
  {
    text: "I'm sorry. I humiliated you in front of our friends, because they knew before you did. I can't imagine how that felt.",
    kinds: [],
  },
  {
    text: "I know sorry isn't enough. I betrayed you by sleeping with someone else, and I'm going to keep showing up and being honest for as long as it takes.",
    kinds: [],
  },
  {
    text: "I'm sorry I broke our vows. I'll answer any question you have, whenever you're ready to ask it.",
    kinds: [],
  },
  {
    text: "I've been thinking about what it must have been like to read those emails. I'm so sorry I put you there.",
    kinds: [],
  },
  {
    text: "I'm sorry for the lie about the credit card. I've cancelled it, and I've found a debt counsellor we can see together, only if you want to.",
    kinds: [],
  },
  {
    text: "I'm sorry. When you're ready, and only then, I'd like us to talk about how we might move on together. There's no deadline.",
    kinds: [],
  },
  {
    text: "I'm sorry that I kept in touch with Sarah after I promised you I'd cut contact. I broke that promise twice.",
    kinds: [],
  },
  {
    text: "I blamed the stress for months. The truth is I chose to gamble, and I chose to lie about it. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel like you were the problem when you asked questions. The problem was what I was hiding.",
    kinds: [],
  },
  {
    text: "I had sex with someone else on the work trip in May. I'm sorry. I'm telling you the full truth because you deserve it, not so I can feel better.",
    kinds: [],
  },
  {
    text: "I'm sorry for the years of lying about the porn. It wasn't just the watching, it was the hiding and telling you that you were imagining things.",
    kinds: [],
  },
  {
    text: "What I did wasn't a mistake that happened to me. I chose to have an affair, over and over. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I spent the money we'd put aside for your mum's care. You trusted me with it.",
    kinds: [],
  },
  { text: "I'm so sorry. You shouldn't have had to find out from her husband.", kinds: [] },
  {
    text: "I'm sorry for lying about being at the gym. I was at the casino. I understand why you don't believe anything I say right now.",
    kinds: [],
  },
  {
    text: "I'm sorry I drove the kids after drinking. I put them in danger, and I lied to you about it afterwards.",
    kinds: [],
  },
  {
    text: "You were right to be angry and you're right to still be angry. I'm sorry for the affair, and I'm not going anywhere.",
    kinds: [],
  },
  {
    text: "I'm sorry. You gave me chances to tell you the truth and I didn't take a single one of them.",
    kinds: [],
  },
  {
    text: "I'm sorry for the secret Instagram account. I used it to talk to women and I hid it from you deliberately.",
    kinds: [],
  },
  {
    text: "I'd like to say sorry properly. I lied to you about my ex: I met her three times, and I told you I hadn't seen her since we split.",
    kinds: [],
  },
  {
    text: "I'm sorry for what the affair has done to you: the sleepless nights, the doubting yourself, having to tell your sister. I caused that.",
    kinds: [],
  },
  {
    text: "I'm sorry I cheated. You might never forgive me, and I'll accept that if it's where you land.",
    kinds: [],
  },
  {
    text: "I'm sorry for hiding the loans. I'll show you every statement and we can go through them together whenever you want.",
    kinds: [],
  },
  {
    text: "I'm really sorry. I made a fool of you and I'm ashamed of it, but this isn't about my shame, it's about what you're going through.",
    kinds: [],
  },
  {
    text: "I'm sorry I let you think it was over with her when it wasn't. That second betrayal was maybe worse than the first.",
    kinds: [],
  },
  { text: "I broke your trust, not just once but every day I kept it from you. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry I've been getting defensive whenever you bring it up. You have every right to bring it up, as often as you need to.",
    kinds: [],
  },
  {
    text: "I'm sorry for gambling away the deposit for the house. I know that was our dream, and I took it from you.",
    kinds: [],
  },
  { text: "I'm sorry for lying about the overtime. I was seeing someone else on those evenings.", kinds: [] },
  {
    text: "I'm sorry. You asked for honesty, so here it is: it lasted a year, not a few weeks like I told you.",
    kinds: [],
  },
  {
    text: "I'm sorry for sending those messages to Kate. They were flirty, they were secret, and I knew exactly what I was doing.",
    kinds: [],
  },
  {
    text: "I want to apologise for how I said sorry the first time. I was thinking about myself then. I'm thinking about you now: I cheated, and it hurt you deeply.",
    kinds: [],
  },
  {
    text: "I'm sorry I told the kids you were overreacting. You weren't. I'm going to tell them that myself.",
    kinds: [],
  },
  {
    text: "I'm sorry for the debt, and for the lies on top of the debt. The lies are the part I'm most ashamed of, because they took away your choices.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid my relapse. I've told my sponsor everything and I'm going to meetings again; you can ask him anything.",
    kinds: [],
  },
  {
    text: "I know you can't forgive me yet, and maybe you never will. I'm sorry for what I did with Ben.",
    kinds: [],
  },
  {
    text: "Sorry isn't a big enough word. I betrayed you, I lied to you, and I'm going to work to earn your trust back if you let me.",
    kinds: [],
  },
  {
    text: "I'm sorry I've been texting my ex late at night. I kept it secret because I knew it was wrong.",
    kinds: [],
  },
  {
    text: "I'm sorry for putting our home at risk with the online betting. You didn't deserve to be scared about the mortgage.",
    kinds: [],
  },
  {
    text: "I'm sorry. I let you blame yourself for months when the only person responsible was me.",
    kinds: [],
  },
  {
    text: "I'm sorry I went to see him behind your back. Finding the train tickets must have been awful.",
    kinds: [],
  },
  {
    text: "I've been unfaithful and I've lied about it. I'm sorry. I'm going to stop talking now and listen to whatever you need to say.",
    kinds: [],
  },
  {
    text: "I'm sorry for the hurt I caused by having an affair with your friend. You lost me and her at the same time.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying about the promotion. I didn't get it and I pretended I had for months. You celebrated something that wasn't real.",
    kinds: [],
  },
  {
    text: "I'm sorry I looked at porn on the family laptop and then tried to blame the history on your nephew.",
    kinds: [],
  },
  { text: "i'm sorry. i cheated and i lied. no excuses.", kinds: [] },
  {
    text: "I'm sorry I made you feel stupid for trusting me. You weren't stupid. I was dishonest.",
    kinds: [],
  },
  {
    text: "I'm sorry I've been acting as if we could just go back to normal. I broke something, and I need to take the time to repair it.",
    kinds: [],
  },
  {
    text: "I'm sorry for every birthday and anniversary I spent lying to you. I know those memories feel poisoned now.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid how much I was drinking. I've poured it all away and booked an appointment with my GP on Tuesday.",
    kinds: [],
  },
  {
    text: "I'm sorry. I chose her over you again and again, and I told myself you'd never find out.",
    kinds: [],
  },
  {
    text: "I'm sorry that I kept a second bank account secret for three years. It was deliberate, and I knew it would hurt you.",
    kinds: [],
  },
  {
    text: 'Dear Maya, I am sorry for the affair, for the lies I told to cover it, and for the way I made you question your own memory. You did nothing to cause this.',
    kinds: [],
  },
  { text: "I'm sorry I said 'it was nothing'. It was something, and it broke your trust.", kinds: [] },
  {
    text: "I'm sorry for telling you I'd deleted the dating apps. I hadn't. I deleted them only after you found them.",
    kinds: [],
  },
  { text: "I'm sorry I let you carry all the worry about money while I hid the bills in my car.", kinds: [] },
  {
    text: "I'm sorry I snapped at you tonight when you asked about her. You're allowed to ask. I'll answer.",
    kinds: [],
  },
  {
    text: "I know I've hurt you badly. I'll keep saying sorry for as long as you need to hear it, and I'll keep showing it too.",
    kinds: [],
  },
  {
    text: "I'm sorry. Last time I was the one who wanted to move on quickly, and that was about my comfort, not yours. This time it's your pace.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied about the bar tab. I was drinking with my ex, and I hid both things from you.",
    kinds: [],
  },
  {
    text: 'I am sorry for kissing Sam at the Christmas party and then denying it when your friend told you. The denial made it worse, and that was my choice.',
    kinds: [],
  },
  {
    text: "I'm sorry you had to go through this alone for so long because I wouldn't tell the truth.",
    kinds: [],
  },
  {
    text: "I'm sorry. I won't ask you to forgive me; that's yours to decide, whenever and however you want.",
    kinds: [],
  },
  {
    text: "I'm sorry. Because of my lies you've lost sleep, weight and faith in yourself. That's on me.",
    kinds: [],
  },
  {
    text: "I'm sorry I've been hiding my spending. I've given you the passwords to every account, and I'll go through them with you every Sunday, if that helps.",
    kinds: [],
  },
  {
    text: "I'm sorry for meeting up with someone from the app. I know I can't take it back, but I can be honest with you from here on.",
    kinds: [],
  },
  { text: "I'm sorry for saying you'd driven me to it. You didn't. I did it.", kinds: [] },
  {
    text: "I'm sorry I betrayed you with Rachel. I understand you may need space, and I'll respect whatever you decide.",
    kinds: [],
  },
  {
    text: "It's late and you're asleep, but I wanted to write this down while it's clear: I'm sorry I lied about the messages. You were right about all of it.",
    kinds: [],
  },
];
