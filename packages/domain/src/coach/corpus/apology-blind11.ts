import type { CorpusItem } from './corpus-item';

// Written for the blind11 round by an outside evaluator who never saw the coaches' rules,
// lexicons or corpora; texts and labels come only from how real people write to a partner.

export const APOLOGY_BLIND11: readonly CorpusItem[] = [
  {
    text: 'I am truly sorry for hiding the loan I took from my cousin. I should have discussed it with you before taking it, and I should never have lied when you asked me directly. The responsibility is entirely mine.',
    kinds: [],
  },
  {
    text: "Hey. Thinking of you today. I know this date is hard now because of what I did with Rachel. I'm sorry. No need to reply.",
    kinds: [],
  },
  {
    text: "I cheated on you with someone from work and I lied about it for months. You didn't deserve any of it. Honestly I was so burnt out from the job that I wasn't myself. I'm going to keep doing the work to earn back your trust.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I hid the messages. I'm sorry I deleted them when you started asking. Both were choices I made to protect myself instead of being honest with you.",
    kinds: [],
  },
  {
    text: "I'm sorry I lied to you about the money. I know sorry isn't enough, and I'm not asking you to accept it. I just want you to hear it from me without any excuses attached.",
    kinds: [],
  },
  {
    text: "I've been thinking about what I did to you and there's no excuse. I hid the loan from you for two years and told you the money was going into super. I'm sorry, love. I'll show you every statement from now on.",
    kinds: [],
  },
  { text: "I'm sorry you're so upset about the phone thing.", kinds: ['non_apology', 'minimizing'] },
  {
    text: "I'm sorry for the affair. Our marriage had been dead for years, and we both know it.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry for the lie and for every time I looked you in the eye and kept lying. That second part might be worse and I know it.",
    kinds: [],
  },
  { text: 'Sorry I lied about seeing him again. I said it was once. It was four times.', kinds: [] },
  { text: "I've apologised. I need you to forgive me so we can move on.", kinds: ['pressure'] },
  {
    text: "I'm sorry I lied. Every time I see you cry I feel like the worst person alive, and I can't stand feeling like this.",
    kinds: ['self_focus'],
  },
  {
    text: "I am sorry I hid my drinking and drove the kids after I'd been drinking. That put them in danger and I lied to you about it. I've started the programme and I will not drive after drinking again.",
    kinds: [],
  },
  { text: "I'm sorry you had to hear it from Dan. That's on me for not telling you myself.", kinds: [] },
  { text: "I'm sorry you saw those messages. They were never meant for you to see.", kinds: ['non_apology'] },
  {
    text: 'I want to apologise for the affair and for everything I did to keep it hidden: the lies, the deleted calls, the excuses about work.',
    kinds: [],
  },
  { text: "I'm sorry I got caught, okay? I'm sorry it's all come out like this.", kinds: ['non_apology'] },
  {
    text: "I know you said you don't want to talk about it tonight. That's fine. I just want you to know I'm sorry for lying about the trip, and I'm here when you're ready.",
    kinds: [],
  },
  { text: 'sorry for the whole mess xx', kinds: ['vague'] },
  {
    text: "Sorry about the affair. I've been in therapy twice a week, I've cried more than I have in my whole life, I'm doing the work. It's exhausting.",
    kinds: ['self_focus'],
  },
  {
    text: "I'll never forgive myself for lying to you like that. I'm sorry. I don't know how I'm supposed to live with it.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I lied about her. I know you feel betrayed and you have every right. I'll do whatever you need. In fairness, most of it was just flirting over text.",
    kinds: ['minimizing'],
  },
  {
    text: "You were right to be suspicious and I made you feel crazy for it. I'm sorry I did that. Gaslighting you on top of the lying was cruel.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid the debt. Work was crushing me and I didn't want to add to your stress.",
    kinds: ['justification'],
  },
  { text: "I'm sorry for everything.", kinds: ['vague'] },
  {
    text: 'I apologise for the secrecy, but the way you go through my things pushed me into hiding stuff.',
    kinds: ['blame_shift'],
  },
  {
    text: 'im sorry i lied to you about the drinking. i said i stopped and i didnt. i hid bottles in the garage. i know how much that scared you',
    kinds: [],
  },
  {
    text: "I know I slipped up a couple of times with the betting. I'm sorry.",
    kinds: ['minimizing', 'vague'],
  },
  { text: "I'm sorry I wasn't completely upfront.", kinds: ['minimizing', 'vague'] },
  {
    text: 'There is nothing you did that made me do this. I need you to hear that. The affair was my choice and my failure.',
    kinds: [],
  },
  {
    text: "I want to move forward with you, but only at your pace. I know I'm the one who broke this, so I don't get to set the timeline.",
    kinds: [],
  },
  {
    text: "I was wrong to hide the debt, and wrong to let you find out from a collections letter. I'm sorry.",
    kinds: [],
  },
  { text: "I'm sorry that trust was broken between us.", kinds: ['vague'] },
  {
    text: "I've started and deleted this a dozen times. What I want to say is this: I had an affair with Sam for most of last year. I lied to you about late meetings, about the weekend in Leeds, and about why I was so distant. I told myself stories to make it okay, and none of them were true. You trusted me and I used that trust to hide what I was doing. I'm sorry for the pain, for the humiliation of finding out the way you did, and for the months you spent thinking something was wrong with you. Nothing was wrong with you. I'm in therapy now, I've ended all contact, and I'll answer any question you have, whenever you want to ask it.",
    kinds: [],
  },
  {
    text: "I'm so sorry about the affair. I can't sleep, I can't eat, I hate myself.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry for hurting you with the lies. If you loved me you'd find a way to forgive me.",
    kinds: ['pressure'],
  },
  { text: "Fine. I'm sorry. Happy now?", kinds: ['non_apology'] },
  {
    text: "I know you always said honesty was the one thing you needed from me, and I failed at exactly that. I'm sorry.",
    kinds: [],
  },
  {
    text: "sorry I lied about the texts. that was me, not a misunderstanding. I know it made you doubt everything else I've said and that's on me",
    kinds: [],
  },
  { text: "I'm sorry if the way I handled things upset you.", kinds: ['conditional', 'vague'] },
  {
    text: "I'm sorry I used the kids' college fund to cover my losses. I'll keep putting my whole paycheck into the repayment plan we agreed on.",
    kinds: [],
  },
  {
    text: "I'm sorry if my friendship with Marco made you uncomfortable.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "I'm sorry I made you doubt yourself. You always knew something was off, and you were right.",
    kinds: [],
  },
  {
    text: "Things got complicated with work and with her, and I'm sorry for how it all turned out.",
    kinds: ['vague', 'justification'],
  },
  {
    text: "I never should have lied to you about the overdraft. I've stopped hiding things, and I'll prove it by being an open book for as long as you need.",
    kinds: [],
  },
  { text: "Sorry I didn't mention the card. It's not like it was a huge amount.", kinds: ['minimizing'] },
  { text: "You have no idea how much I've suffered carrying this secret. I'm sorry.", kinds: ['self_focus'] },
  {
    text: "I know I hurt you, and I'm sorry for the affair. I've read the book you gave me and I'm seeing a counsellor. But you should know this has nearly broken me too. I haven't slept properly in weeks.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm deeply sorry for the way I talked about you to my sister while I was hiding everything. You didn't deserve to be painted as the problem.",
    kinds: [],
  },
  {
    text: "I'm sorry I cheated, I really am. Please don't let one mistake ruin twelve years.",
    kinds: ['pressure', 'minimizing'],
  },
  {
    text: "I'm sorry I lied about the loan from my dad. I know it's not just about the money, it's that I went behind your back.",
    kinds: [],
  },
  {
    text: "I understand that you're not ready to hear an apology yet, and I won't push. When you are, it'll be here, and it'll still be true.",
    kinds: [],
  },
  {
    text: "I'm sorry I let you carry the worry about the bills alone while I knew exactly why we were short.",
    kinds: [],
  },
  {
    text: "I'm sorry about the money. But honestly you made it impossible to talk to you about finances, so what was I supposed to do?",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry for how often I lied over the last two years. I know you're now re-checking every memory, and that's a loss I caused.",
    kinds: [],
  },
  {
    text: "Sorry for the lies. Honestly, you'd have overreacted if I'd told you the truth, so I didn't.",
    kinds: ['blame_shift', 'justification'],
  },
  { text: "I'm sorry. Nothing physical happened, I swear, it was just talking.", kinds: ['minimizing'] },
  {
    text: "My therapist says I was looking for validation from other women because of my childhood. I'm sorry it affected you.",
    kinds: ['justification', 'non_apology'],
  },
  { text: 'If anything I did made you feel disrespected, I apologise.', kinds: ['conditional', 'vague'] },
  {
    text: "i'm sorry about the messages. i feel sick all the time. my chest hurts. i haven't been to work in a week. i just need you to know how much this is destroying me",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry you found out like that.", kinds: ['non_apology'] },
  { text: 'I hurt you badly when I went back to her. Not "if" — I did. I\'m sorry for it.', kinds: [] },
  {
    text: "I told you it was in the past and didn't matter. That was wrong of me. It matters to you, so it matters.",
    kinds: [],
  },
  {
    text: "I'm sorry about the thing with my ex. It was a moment of weakness, that's all.",
    kinds: ['minimizing', 'vague'],
  },
  {
    text: "I'm sorry I hid the credit card debt from you. I opened those cards, I ran them up, and I let you believe we were fine while I was doing it. You deserved the truth and I took that from you.",
    kinds: [],
  },
  { text: 'still sorry I lied to you about the betting. still here. no need to reply x', kinds: [] },
  {
    text: "I'm sorry about Jake. This has been the worst year of my life and I'm barely holding it together.",
    kinds: ['self_focus'],
  },
  {
    text: "I cheated, I lied about it for a year, and then I only told you half. I'm sorry. Here's the rest whenever you want it.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid the credit card debt. It was £14,000 and I let you think we were saving. I've made an appointment with a debt adviser and I'll bring you every statement. To be fair, though, you never wanted to hear about money.",
    kinds: ['blame_shift'],
  },
  {
    text: "I was stressed at work, but that has nothing to do with why I lied. Plenty of people are stressed and don't do what I did. The choice was mine.",
    kinds: [],
  },
  { text: "Sorry I kept it from you. You're not exactly easy to be honest with.", kinds: ['blame_shift'] },
  {
    text: "I'm sorry I spent the money we were saving for the house and lied about it. I've set up the joint account view for you and I've cut up the card. I know that doesn't undo it.",
    kinds: [],
  },
  {
    text: "I'm sorry for the hurt my affair caused. I know you're the one who has to live with the images in your head, and I put them there.",
    kinds: [],
  },
  {
    text: "I'm so sorry. I was drinking a lot that year and I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: "I kept telling myself it was just a few bets and I'd win it back. It wasn't just a few bets. It was our savings, and I lied to you every time you asked. I'm sorry.",
    kinds: [],
  },
  {
    text: "I did what I did because I felt like a stranger in my own home. You stopped touching me, stopped asking about my day. I'm sorry, I really am.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: 'Dear Priya, I owe you a full and honest apology. Over the past year I deceived you about my relationship with a colleague. I met her outside of work on several occasions and I concealed our messages from you. I understand that this has damaged your trust in me, and I accept full responsibility for it.',
    kinds: [],
  },
  { text: "I'm sorry about the affair. Can we please just put this behind us now?", kinds: ['pressure'] },
  {
    text: "I'm sorry I cheated. I've lost my best friend, my home, and my self-respect, and I don't know how much more I can take.",
    kinds: ['self_focus'],
  },
  {
    text: "I want to take full responsibility for the affair. I treated your trust like it was nothing, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I broke my promise to stop contacting her. I told you it was over and then I messaged her again. I've blocked her number now and you can check.",
    kinds: [],
  },
  {
    text: "I had a few drinks at the conference and one thing led to another. I'm so sorry.",
    kinds: ['justification', 'vague'],
  },
  { text: "I'm sorry if I crossed a line with Jess.", kinds: ['conditional', 'vague'] },
  {
    text: "I'm writing this because I can't say it out loud without crying, and I don't want this to be about my tears. I lied to you for a year about her. I'm sorry.",
    kinds: [],
  },
  {
    text: "I lied because every time I told you the truth you exploded. I'm sorry, but you've got to see your part in this.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry I lied about where I was on Friday. I was wrong, and you were right to be angry.",
    kinds: [],
  },
  {
    text: "I'm sorry I took from the joint account without saying. I was always going to put it back.",
    kinds: ['minimizing', 'justification'],
  },
  {
    text: "I lied to you about where I was on Thursday nights for four months. I was with her. There is no version of that which isn't my fault, and I'm not going to pretend otherwise.",
    kinds: [],
  },
  { text: "I'm sorry. It was only a kiss, it never went any further.", kinds: ['minimizing'] },
  {
    text: "I keep thinking about the night you asked me straight out and I said no. I'm so sorry. You gave me a chance to be honest and I lied to your face.",
    kinds: [],
  },
  {
    text: "I've said I'm sorry and I meant it. Holding onto this isn't healthy for either of us.",
    kinds: ['pressure'],
  },
  {
    text: "I've ended it with her completely and I've given you all my passwords. I'm sorry for the affair, and I'm sorry for what happened on the trip too.",
    kinds: ['vague'],
  },
  {
    text: 'I know "sorry" is a small word for what I did. I had an affair and then lied about it to your face. I\'m sorry, and I\'ll keep showing you I mean it.',
    kinds: [],
  },
  { text: "Mistakes were made and I'm sorry for my part in them.", kinds: ['vague'] },
  { text: "I'm so sorry I called you paranoid when you were right all along.", kinds: [] },
  {
    text: "I cheated on you. I've been trying to find softer words for it and there aren't any. I broke the promise I made to you and I'm so sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you feel stupid for trusting me. You weren't stupid, I was dishonest.",
    kinds: [],
  },
  {
    text: "The meds I was on messed with my head. Not an excuse, but it's the truth. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "It was a few messages, that's all, and I'm sorry they upset you.",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "I know my apology doesn't fix anything and I'm not expecting it to. I'm sorry for the affair, for the lies, and for making you question your own judgement.",
    kinds: [],
  },
  {
    text: "Please forgive me. I'm begging you. I need you to tell me we're okay.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I've written this out because I want to get it right. I had a six-month affair. I lied to you every day. I know it has made you question everything about us. I'm sorry you've been feeling so insecure since.",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry for the lies. Not in general — the specific ones: that I was at Tom's, that the hotel charge was a mistake, that she was just a coworker.",
    kinds: [],
  },
  {
    text: "My sponsor helped me see that I'd been blaming everyone but myself. So here it is without any of that: I lied to you about the gambling and about the money, and I'm sorry.",
    kinds: [],
  },
  { text: "I told you I'd never do to you what your ex did. Then I did it. I'm sorry.", kinds: [] },
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  {
    text: "I want to own this fully. I lied about the gambling, about the loans, about where the bonus went. I'm sorry for the fear you've been living with. Really, in the grand scheme of things, we'll be fine — it's only money.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry for the affair. It's been six months. At some point you have to decide to let it go.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I lied to you, and I'm sorry I let you apologise to me for being suspicious. That should never have happened.",
    kinds: [],
  },
  {
    text: "I've been thinking about what you said in session. You're right that I've been making excuses, and I'm sorry. I hid the messages with Alex and lied when you asked. I'm sorry if that made you feel like you couldn't trust your own instincts.",
    kinds: ['conditional'],
  },
  { text: 'I know some lines got crossed, and I regret that.', kinds: ['vague'] },
  {
    text: "I'm sorry for hiding the subscription and lying when you asked about the charges. I understand why that feels like a betrayal to you.",
    kinds: [],
  },
  {
    text: "I wouldn't have gone looking elsewhere if you'd paid me any attention. I'm sorry it came to that.",
    kinds: ['blame_shift', 'vague'],
  },
  {
    text: "I'm sorry I cheated. I'm not sorry you found out — you should have known from the start.",
    kinds: [],
  },
  {
    text: 'I apologise if I gave you the wrong impression about where the money was going.',
    kinds: ['conditional', 'minimizing'],
  },
  { text: "Sorry if you feel I wasn't honest with you.", kinds: ['conditional', 'non_apology'] },
  {
    text: "I'm sorry about the money. Do you know how humiliating it is for me to have to ask you for lunch money now?",
    kinds: ['self_focus'],
  },
  {
    text: "I understand if you can't forgive me. I'm not going anywhere, and I'll keep showing up either way.",
    kinds: [],
  },
  {
    text: "I'm sorry for the one time. It was a stupid drunk mistake, it meant nothing.",
    kinds: ['minimizing', 'justification'],
  },
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  {
    text: "I know it was wrong. I was lonely when I was posted overseas and she was there. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: "I've said sorry a hundred times. What more do you want from me?",
    kinds: ['non_apology', 'pressure'],
  },
  { text: "Sorry for everything. Let's start fresh tomorrow, clean slate.", kinds: ['pressure', 'vague'] },
  {
    text: "I know I messed up, but you pushed me away for months. You can't put all of this on me.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry. I took money from your account without asking and lied when you noticed it was missing. I've paid back £1,200 of it and will have the rest back by the end of March.",
    kinds: [],
  },
  {
    text: "I've been selfish and dishonest with you and I'm sorry. Specifically: I lied about the messages with Jordan and about meeting him after work.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying about the weekend trip. I want to earn back your trust, and I know that will take a long time.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying to you. I need an answer by the weekend on whether you'll give us another chance.",
    kinds: ['pressure'],
  },
  {
    text: "I'm really sorry about the texting. It didn't mean anything, she's just someone from the gym.",
    kinds: ['minimizing'],
  },
  {
    text: "I only told you the truth once I had no other choice, and I'm ashamed of that. You should have heard it from me on day one.",
    kinds: [],
  },
  {
    text: "I broke your trust. I'm going to keep saying that plainly until you believe that I understand it.",
    kinds: [],
  },
  {
    text: "You asked me what I'm sorry for, specifically. I'm sorry I slept with someone else while we were engaged, I'm sorry I kept it from you until after the wedding, and I'm sorry that you now have to wonder about our wedding day.",
    kinds: [],
  },
  { text: "I'm sorry I hid the payday loans from you. No buts this time.", kinds: [] },
  { text: "OK I'm sorry, I'm sorry, I'm SORRY. Can we stop now?", kinds: ['non_apology', 'pressure'] },
  { text: "Sorry you think I'm such a terrible person.", kinds: ['non_apology', 'self_focus'] },
  {
    text: "I'm sorry I cheated, but you have to admit you'd checked out of this marriage long before I did.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry, hen. I lied to you about the money and I've no excuse. I'll sit down with you and go through every penny whenever you're ready.",
    kinds: [],
  },
  { text: 'I apologise for any offence taken.', kinds: ['non_apology', 'vague'] },
  {
    text: "I'm sorry I missed Mia's recital because I was with him. I lied and said it was work. You and Mia both deserved better than that.",
    kinds: [],
  },
  { text: 'I regret how the situation with the accounts was handled.', kinds: ['vague'] },
  {
    text: "I suppose I'm sorry if I wasn't as transparent as I could have been about the card.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "Sorry I went quiet after you found the receipts. Hiding was the easy thing and you deserved an answer. I'll answer anything you ask now.",
    kinds: [],
  },
  {
    text: "What I did with Nadia wasn't a mistake that just happened. I chose it, over and over, for months. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying to you. It's been really hard on me too, losing all my friends over this.",
    kinds: ['self_focus'],
  },
  {
    text: "Sorry for not telling you about the dating app. I had it for eight months. I told you I'd deleted it and I hadn't. You had every right to be furious.",
    kinds: [],
  },
  {
    text: "I'm sorry that I chose to hide the debt rather than face a hard conversation with you. That cowardice cost you your sense of safety.",
    kinds: [],
  },
  {
    text: "I'm sorry for the secret account. I kept it because I didn't want to be accountable to you, and that was selfish.",
    kinds: [],
  },
  {
    text: 'Should my behaviour have caused you any distress, please accept my sincere apologies.',
    kinds: ['conditional', 'vague'],
  },
  {
    text: "I'm not going to ask you to forgive me. That's your decision, on your timeline, and I'll respect whatever you decide.",
    kinds: [],
  },
  { text: "I'm sorry I cheated. But it takes two to wreck a marriage.", kinds: ['blame_shift'] },
  {
    text: "I'm sorry I lied. I panicked, because I knew how you'd react and I didn't want to ruin your birthday week.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "I'm sorry I made you find out from my phone instead of from me. You shouldn't have had to discover it like that.",
    kinds: [],
  },
  {
    text: "I keep wanting to explain and I'm stopping myself, because explaining isn't what you need. You need me to say: I cheated, it hurt you, and I'm sorry.",
    kinds: [],
  },
  {
    text: 'I want to acknowledge the harm I caused by having an emotional affair. I shared things with someone else that belonged in our marriage, and I hid it from you. I can see how that left you feeling replaced and alone.',
    kinds: [],
  },
  {
    text: "I'm sorry I emptied our joint savings without telling you and then let you think the bank had made an error.",
    kinds: [],
  },
  {
    text: "I'm sorry for what I did with Claire. It was a betrayal of you and of our family, and I'm not going to call it anything smaller.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying to you about where I was, and for all the times you asked and I made you feel silly for asking. I know you need time. Could we at least agree that it's off limits on holiday, though?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for the gambling. It started as a way to cope after I got laid off, and it got out of hand.",
    kinds: ['justification', 'vague'],
  },
  {
    text: 'Sorry for snapping at you last night when you asked about her. You have every right to ask, and I should have answered calmly.',
    kinds: [],
  },
  {
    text: "Sorry for lying about the loan. I only did it because I wanted to surprise you once I'd sorted it all out.",
    kinds: ['justification'],
  },
  { text: 'if me talking to her bothered you then im sorry', kinds: ['conditional'] },
  {
    text: "Sorry for the affair. I know that's the hundredth time I've said it. I'll keep saying it and keep showing it. You don't have to say anything back.",
    kinds: [],
  },
  {
    text: "It's been three months since I told you about the affair and I'm still sorry, every day. Take all the time you need.",
    kinds: [],
  },
  {
    text: "I'm sorry I broke our agreement about the credit card again. I said I'd stopped and I hadn't, and I know that makes it harder to believe me next time.",
    kinds: [],
  },
  {
    text: "I lied to you about the affair for most of last year, and I can see how much that has shattered your sense of safety. I'm going to keep going to therapy and answering your questions. I just really need us to be past this by summer.",
    kinds: ['pressure'],
  },
  { text: 'To the extent that my actions caused you pain, I regret that.', kinds: ['conditional', 'vague'] },
  {
    text: "I'm truly sorry about the debt. I'd like us to draw a line under it by Christmas, for the kids' sake.",
    kinds: ['pressure'],
  },
  {
    text: "I was drunk that night, and I'm only telling you because you asked for every detail, not as an excuse. I'd be just as responsible if I'd been sober.",
    kinds: [],
  },
  {
    text: "I know I hurt you. But I'm hurting too, and nobody seems to care about that.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry things happened the way they did.", kinds: ['vague'] },
  { text: "ok I'll say it properly. I betrayed you. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry for the fear I put you and the kids through by disappearing that weekend without telling anyone where I was.",
    kinds: [],
  },
  {
    text: "If you want to see my phone, my emails, anything, just ask. I'm sorry I gave you a reason to need to.",
    kinds: [],
  },
  { text: "I lied. I'm sorry. I'll tell you the truth from now on, even when it's hard.", kinds: [] },
  {
    text: "Sorry I went behind your back. Maybe if you hadn't been so controlling about money I wouldn't have needed a secret account.",
    kinds: ['blame_shift'],
  },
  {
    text: "If I've hurt you in any way, I'm truly sorry and I hope we can move past this.",
    kinds: ['conditional', 'pressure'],
  },
  {
    text: "We both let this relationship fall apart, and I'm sorry that the way I dealt with it was to find someone else.",
    kinds: ['blame_shift'],
  },
];
