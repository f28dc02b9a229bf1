import type { CorpusItem } from './corpus-item';
// Blind round 9 ("blind8"): written for the blind8 round by someone who never saw the rules or lexicons, in plain and
// varied registers (letters, texts, therapy-speak; Irish, Australian, Indian, Nigerian, Caribbean English), with tricky
// clean texts. Measured once with that round's code and never tuned on.

export const APOLOGY_BLIND8: readonly CorpusItem[] = [
  { text: "I lied to you about where I was on Friday night. That was wrong, and I'm sorry.", kinds: [] },
  {
    text: "I cheated on you. There's no excuse for it. I'm sorry for the hurt I've caused you, and I'm going to earn back your trust slowly, one honest day at a time.",
    kinds: [],
  },
  { text: 'I will never lie to you again, and I know those words mean nothing until I show you.', kinds: [] },
  {
    text: "I slept with someone else while you were visiting your mum. I don't expect you to forgive me. I wanted you to know I understand exactly what I broke.",
    kinds: [],
  },
  {
    text: "Take all the time you need; I'm not asking you to move on. I hid those messages from you for months and I own that completely.",
    kinds: [],
  },
  {
    text: "sorry. i lied about the money. that was my choice and from now on you'll see every statement",
    kinds: [],
  },
  {
    text: 'Dear Aoife, I am writing to apologise for deceiving you about my relationship with Ciara. I chose to keep it hidden for over a year, and in doing so I took away your right to make decisions about your own life. I understand that you now question things that were true, too, and that is a loss I caused. I have started seeing a counsellor on my own, and I will answer any question you ask, whenever you ask it.',
    kinds: [],
  },
  {
    text: "I went through your phone without asking and then swore blind I hadn't. That was a violation of your privacy and I'm sorry.",
    kinds: [],
  },
  { text: "You deserved the truth from me and I gave you lies instead. I'm sorry.", kinds: [] },
  {
    text: "I know I hurt you badly when I kept texting him after I promised I'd stopped. It wasn't an accident; I decided to do it every time.",
    kinds: [],
  },
  {
    text: 'I am sorry for going behind your back to collect that loan in your name. It was wicked of me and I have no defence. I will pay back every kobo, and you will see the receipts.',
    kinds: [],
  },
  {
    text: 'I am very sorry for hiding my chats with my ex from you. I did it knowingly. From today my phone is open to you, no questions asked.',
    kinds: [],
  },
  {
    text: "I stuffed up and it's on me. I lied about the pokies and lost our holiday money. I've signed up for self-exclusion and I'm handing you the card tonight.",
    kinds: [],
  },
  {
    text: 'I sorry for the lies I tell you bout where I was them nights. You did deserve better from me, and I going to show you, not just talk.',
    kinds: [],
  },
  {
    text: "If you ever want to ask me about that night, I'll answer honestly. I was unfaithful and I'm sorry.",
    kinds: [],
  },
  { text: "Because I lied, you now doubt everything I say. That's my doing, and I'm sorry.", kinds: [] },
  {
    text: "I keep thinking about your face when you found the receipts. I did that to you. I'm so sorry, and from now on I'll be fully open with you about money.",
    kinds: [],
  },
  { text: "I'm sorry I kissed Sam. I knew exactly what I was doing.", kinds: [] },
  {
    text: "I broke my promise to you. I said I'd stopped drinking and I hid bottles in the garage. I'm sorry for lying to your face.",
    kinds: [],
  },
  {
    text: "I was lonely, yes, but that's not why I did it. I did it because I chose to, and you didn't deserve any of it.",
    kinds: [],
  },
  { text: "No buts. I cheated. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry for the months of lying, and for making you feel like you were imagining things when you weren't.",
    kinds: [],
  },
  {
    text: "i'm sorry i made you doubt yourself. you were right the whole time and i lied to keep you quiet. i won't do that to you again",
    kinds: [],
  },
  {
    text: "I owe you an apology that isn't about me. I read your diary and used it against you in an argument. That was cruel. I won't do it again, and I've told my sister the truth about it too.",
    kinds: [],
  },
  {
    text: "There is nothing you did that made me do this. I had the affair, and I'm the one responsible for it.",
    kinds: [],
  },
  {
    text: "I'm not going to ask anything of you tonight. I just want to say it plainly: I lied about the debt, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I lied about seeing her for coffee. It was three times, not once. I'm sorry I told you it was once.",
    kinds: [],
  },
  {
    text: "Sorry. I said I was at work and I was with Jess. I'll tell you anything you want to know.",
    kinds: [],
  },
  {
    text: "I want to take full accountability for my choices. I maintained an emotional affair with a coworker for six months and hid it from you. I can see how that has shaken your sense of safety in our home. I'm committed to doing the work, including individual therapy, and I'll share what I learn there if you want to hear it.",
    kinds: [],
  },
  { text: "I get why you can't look at me. I betrayed you. I'm sorry.", kinds: [] },
  {
    text: "Whatever you decide about us, I want you to know I'm sorry for the affair and for every lie that came with it.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid the second phone. It's on the kitchen table; do whatever you like with it.",
    kinds: [],
  },
  {
    text: "love, i'm sorry. i told everyone at the party about your miscarriage when you asked me not to. that was your story to tell and i took it from you.",
    kinds: [],
  },
  {
    text: "I'm sorry for laughing when you told me how much it hurt. That made it worse, and I'm ashamed of it.",
    kinds: [],
  },
  {
    text: "What I did was a betrayal, plain and simple: I shared our private photos with my friend. I'm sorry. I've made him delete them, and I will never do anything like that again.",
    kinds: [],
  },
  {
    text: "I'm sorry that I lied for so long. Even when you asked me straight out, I kept lying. That must have made you feel crazy.",
    kinds: [],
  },
  {
    text: "I've no excuse for it. I took money from our joint account for betting and told you it was a bank error. I'm sorry, and I've set up the account so you can see every transaction.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair. I know you may want to talk, but you don't have to, and I'll be here either way.",
    kinds: [],
  },
  { text: "It was me. I was the one who told your boss. I'm sorry; it was spiteful and wrong.", kinds: [] },
  {
    text: "I'm sorry for lying about smoking again. I promised you, I broke it, and then I hid it on top of that.",
    kinds: [],
  },
  {
    text: "Forgive me or don't; that's yours to decide. What's mine is to tell you the truth: I slept with Mark, twice.",
    kinds: [],
  },
  {
    text: "I'm sorry. I was cold and dismissive to you for months while I was seeing someone else, and I let you think it was your fault.",
    kinds: [],
  },
  {
    text: "Hey. I'm so sorry about last night. I said I was at Dan's and I wasn't, I was at the casino. I'll show you the bank app in the morning.",
    kinds: [],
  },
  { text: "I hurt you. I lied to you. I'm sorry.", kinds: [] },
  {
    text: "My love, I'm sorry for the way I spoke to you in front of your parents, and for pretending afterwards that it was a joke. It wasn't a joke, it was me putting you down, and I won't do it again.",
    kinds: [],
  },
  {
    text: "I won't pretend I didn't know it would hurt you. I knew, and I did it anyway. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for meeting up with my ex behind your back. I've blocked her, and if you want to see that, just ask.",
    kinds: [],
  },
  { text: "I didn't only lie about the texts, I lied about lying. I'm sorry for both.", kinds: [] },
  {
    text: "Sorry for going through your emails. It was a real violation. I've deleted the saved login and I won't do it again.",
    kinds: [],
  },
  {
    text: "You asked me once if something was going on and I said no. That was a lie. I'm sorry I looked you in the eye and lied.",
    kinds: [],
  },
  {
    text: "I know sorry isn't enough. I'll keep saying it anyway, and keep showing up: I was unfaithful, I lied about it, and I will be honest with you from now on.",
    kinds: [],
  },
  {
    text: "It's not your job to make this easier for me. I hid the loan from you for two years and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I missed the scan because I was with him. You sat alone in that waiting room because of me.",
    kinds: [],
  },
  {
    text: "I'm sorry. I sent those messages to her and deleted them so you wouldn't find them. I understand why you're checking my phone now, and that's fine for as long as you need.",
    kinds: [],
  },
  {
    text: "Whatever I was feeling back then doesn't change what I did: I cheated on you. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm truly sorry. I used your card without telling you and then blamed the kids when you asked. That was low. I'll pay it back this month, and I've told the kids the truth.",
    kinds: [],
  },
  {
    text: "I'm sorry, I was way out of order. I told you I was in Galway for work and I was with someone. You're owed the whole truth and you'll get it.",
    kinds: [],
  },
  {
    text: "I'm sorry for the pain I've caused you by lying about the affair. I'll keep going to counselling, and you can ask me anything, any time.",
    kinds: [],
  },
  { text: 'I am sorry for lying to you about Priya. I have no "but" to add.', kinds: [] },
  {
    text: "I'm sorry I lied about where I was 😔 you deserved the truth and I'll give it to you from now on",
    kinds: [],
  },
  {
    text: "I'm sorry for making you find out from someone else. I should have told you myself, and I was a coward not to.",
    kinds: [],
  },
  {
    text: "I'm sorry I told your family you were \"unstable\" when you found out. You weren't; you were reacting to what I'd done. I've rung your mum to tell her so.",
    kinds: [],
  },
  {
    text: "I'm sorry I strayed, but you'd checked out of this marriage long before I did.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I cheated. Honestly, if I'd felt even slightly wanted at home I'd never have gone looking.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I lied about the money, ok, sorry. But you watch every penny like a hawk, so what did you expect me to do?',
    kinds: ['blame_shift'],
  },
  {
    text: 'Sorry for the texts. We both know this marriage has been on life support for years.',
    kinds: ['blame_shift'],
  },
  {
    text: 'I apologise for the affair. You pushed me away every time I reached for you, and eventually someone else was there.',
    kinds: ['blame_shift'],
  },
  {
    text: 'sorry i lied. you make it impossible to tell you anything without a meltdown so i stopped trying',
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry about Lisa. What we had had gone stale, and I suppose something like this was bound to happen to one of us.",
    kinds: ['blame_shift'],
  },
  {
    text: "I've been thinking a lot about what to say. I know I hurt you by hiding the credit card, and I regret it. But you have to admit you set me up to fail, with the way you react to every single purchase. I'll try to be more open from now on.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I am sorry about that girl. But it is your nagging morning and night that drove me out of the house.',
    kinds: ['blame_shift'],
  },
  { text: 'If anything I did made you feel unsafe, I apologise.', kinds: ['conditional'] },
  { text: 'Sorry if my going out with Leah upset you.', kinds: ['conditional'] },
  { text: "I'm sorry to the extent that my choices caused you any pain.", kinds: ['conditional'] },
  {
    text: 'Should my behaviour at the party have come across as disrespectful, I am sorry for that.',
    kinds: ['conditional'],
  },
  { text: 'if i hurt u im sorry ok', kinds: ['conditional'] },
  {
    text: 'I apologise for any hurt that may have been caused by my friendship with Marco.',
    kinds: ['conditional', 'vague'],
  },
  { text: "Whatever part of this I'm responsible for, I'm sorry for that part.", kinds: ['conditional'] },
  { text: "Insofar as the messages to my ex were hurtful, I'm sorry.", kinds: ['conditional'] },
  { text: "Look, if I've done something to break your trust, I want to fix it.", kinds: ['conditional'] },
  {
    text: "I've had a long think about last week. I never wanted any of this for us. If it turns out the trip with Chloe crossed a line for you, then I'm sorry, and I'll be more careful. I love you and I want us to be okay.",
    kinds: ['conditional'],
  },
  { text: "I'm sorry you feel that way about the messages.", kinds: ['non_apology'] },
  { text: "I'm sorry you had to find out like that.", kinds: ['non_apology'] },
  { text: "I've said sorry a hundred times. What else do you want from me, blood?", kinds: ['non_apology'] },
  { text: 'I regret that you saw those photos.', kinds: ['non_apology'] },
  { text: "Sorry you're upset. I don't know what else to tell you.", kinds: ['non_apology'] },
  {
    text: "i'm sorry ur hurting, i really am. but i can't change how u process stuff",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry it came out the way it did. I was going to tell you eventually.",
    kinds: ['non_apology'],
  },
  { text: 'Fine. Sorry. Happy now?', kinds: ['non_apology'] },
  {
    text: "I'm sorry that my honesty about the affair has been so hard for you to take.",
    kinds: ['non_apology'],
  },
  { text: "I'm sorry. It was one kiss and it meant nothing.", kinds: ['minimizing'] },
  {
    text: 'It was a bit of flirting over text, nothing physical ever went on. Sorry.',
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I lied about the money. It was a few hundred quid, not the end of the world.",
    kinds: ['minimizing'],
  },
  {
    text: 'Sorry about the lunch with Paul. It was harmless, honestly, a sandwich and a chat.',
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry, it was a silly slip on a night out. It's not like I left you for her.",
    kinds: ['minimizing'],
  },
  { text: "i'm sorry. it was a moment of madness... literally five minutes", kinds: ['minimizing'] },
  {
    text: 'I apologise for the exchange with my former partner. It was purely an innocent catch-up that ran on a bit too long.',
    kinds: ['minimizing'],
  },
  { text: "I'm so sorry love. It was only the once and I never saw him again.", kinds: ['minimizing'] },
  { text: "I'm sorry. It's a tiny white lie compared to what some people get up to.", kinds: ['minimizing'] },
  {
    text: "It was a handful of texts, and I'm sorry you've got yourself so upset about it.",
    kinds: ['minimizing', 'non_apology'],
  },
  {
    text: "I'm sorry I cheated. I'd had far too much to drink and I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: "I lied about losing my job because I didn't want to stress you out during your exams. I'm sorry.",
    kinds: ['justification'],
  },
  {
    text: 'I apologise. Work had me running on fumes for months and I went looking for somewhere to feel human.',
    kinds: ['justification'],
  },
  {
    text: "Sorry for the messages. I was in such a dark place after Dad died, I wasn't myself.",
    kinds: ['justification'],
  },
  { text: "I'm sorry I took the money. The bills were piling up and I panicked.", kinds: ['justification'] },
  {
    text: "I'm sorry about the dating app. I was bored and curious, that's all it ever was.",
    kinds: ['justification', 'minimizing'],
  },
  {
    text: 'sorry i lied bout where i was, i was trying to protect u from stuff u didnt need to know',
    kinds: ['justification'],
  },
  {
    text: "I am sorry. I was away from home for six months and the loneliness got to me in a way I didn't expect. I'm not proud of it.",
    kinds: ['justification'],
  },
  {
    text: "I want to say this properly. I'm sorry for the affair with Rachel. Those months when the business was going under, I was barely sleeping, and she was the one person who seemed to understand the pressure I was under. I know that's hard to hear. I want to rebuild this with you.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry if you got hurt, but I'd had a few drinks and things got away from me.",
    kinds: ['conditional', 'justification'],
  },
  {
    text: "I'm sorry. I haven't slept in a week, I can't eat, I feel like the worst person alive.",
    kinds: ['self_focus'],
  },
  {
    text: "You have no idea how much I'm suffering over this. Every single day I hate myself. I'm sorry.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry for the affair. This has been the hardest stretch of my life and I'm barely holding it together at work.",
    kinds: ['self_focus'],
  },
  {
    text: "I know I messed up, but I'm the one who has to live with this guilt every day.",
    kinds: ['self_focus'],
  },
  {
    text: "Sorry. My therapist says I'm carrying a lot of shame and I need to be gentle with myself right now.",
    kinds: ['self_focus'],
  },
  {
    text: "i'm sorry. honestly i'm falling apart, i've lost half a stone and my mates won't talk to me",
    kinds: ['self_focus'],
  },
  {
    text: 'I apologise for deceiving you. I hope you understand how alone I feel now that everyone knows.',
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry for lying about the debts. Since you found out, I've been in pieces. I cry in the car before I come inside. I can't concentrate on anything and I feel like a ghost in my own house. I need you to see how much this is costing me too.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I cheated. Can we please draw a line under it now and start fresh?",
    kinds: ['pressure'],
  },
  {
    text: "I've apologised. I really need you to forgive me so we can get back to normal.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry about the texts. Can we not let this ruin Christmas for the kids?",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry for lying about the money. Let's leave it in the past where it belongs.",
    kinds: ['pressure'],
  },
  { text: 'sorry again 🙏 pls can we be us again by the weekend', kinds: ['pressure'] },
  { text: "I apologise for my affair. I'm asking you for a clean slate.", kinds: ['pressure'] },
  {
    text: "I'm sorry I hid the messages from you. When do you think you'll be ready to let this go?",
    kinds: ['pressure'],
  },
  {
    text: "I'm so sorry for what I did with Kelly. I've told you everything now, there's nothing left to dig up. It's time we both stopped picking at it.",
    kinds: ['pressure'],
  },
  { text: "I'm sorry. Please don't hold this over me forever.", kinds: ['pressure'] },
  { text: "I'm sorry for everything that went on.", kinds: ['vague'] },
  { text: "Regrettable things took place while I was away, and I'm sorry for them.", kinds: ['vague'] },
  { text: "I'm sorry things got out of hand with Anna.", kinds: ['vague'] },
  { text: 'I apologise for the situation with my colleague.', kinds: ['vague'] },
  { text: 'sorry for all the stuff that happened. it got messy', kinds: ['vague'] },
  { text: "I know some boundaries got blurred and I'm sorry about that.", kinds: ['vague'] },
  { text: "I'm sorry for how everything unfolded last summer.", kinds: ['vague'] },
  { text: "I'm sorry for my part in what happened.", kinds: ['vague'] },
  { text: 'Sorry about... you know. All of it.', kinds: ['vague'] },
];
