import type { CorpusItem } from './corpus-item';
// Tricky clean texts (the follow-up of the 2026-12-06 round), written by the coaches' maintainer after an outside
// held-out set showed false alarms on innocent "but", "if", "just", "you", "always", "sorry", "forgive",
// "move on": honest everyday wording that uses those words without the flaw. Every text is clean. Tuned on.

export const APOLOGY_CLEAN2: readonly CorpusItem[] = [
  {
    text: "I know I can't just say sorry and expect things to be fine. I lied to you for months and I'm going to keep proving that I've changed.",
    kinds: [],
  },
  {
    text: "If you ever want to ask me anything about that time, I'll answer honestly, no matter what it is.",
    kinds: [],
  },
  {
    text: "I just want you to know that I'm not going anywhere, and I'll answer every question you have.",
    kinds: [],
  },
  {
    text: "I'm sorry I cheated. I was unhappy at work, but that's no excuse, and it had nothing to do with you.",
    kinds: [],
  },
  { text: "You always deserved the truth from me, and I didn't give it to you. I'm so sorry.", kinds: [] },
  {
    text: "I don't expect you to forgive me. I just want you to hear me say it: I was wrong, and I'm sorry.",
    kinds: [],
  },
  {
    text: "There's no moving on from this for me until you're ready. I'll wait as long as it takes.",
    kinds: [],
  },
  {
    text: "I keep wanting to explain, but you didn't ask for reasons, you asked for the truth. Here it is: I slept with him twice.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying to you. If there's anything you want me to do differently, tell me and I'll do it.",
    kinds: [],
  },
  { text: "I'm sorry. I know that word is small next to what I did, but it's true.", kinds: [] },
  {
    text: "Whether you ever forgive me is yours to decide, not mine. I'm sorry for what I did to you.",
    kinds: [],
  },
  {
    text: "I'm not going to ask you to move on or put this behind us. It happened, it was my doing, and I'll carry it.",
    kinds: [],
  },
  { text: "You were always honest with me. I wasn't honest with you, and I'm sorry.", kinds: [] },
  { text: "I hid the texts because I knew they were wrong. There's no other reason. I'm sorry.", kinds: [] },
  { text: "I'm sorry I made you feel like you were imagining things. You weren't.", kinds: [] },
  {
    text: 'Just so you know, I cancelled the gym membership I used as a cover, and my phone is on the kitchen table whenever you want it.',
    kinds: [],
  },
  {
    text: "I only realised last night how many times I lied to your face. I'm sorry for every one of them.",
    kinds: [],
  },
  { text: 'It was only ever my choice. You did nothing to cause it.', kinds: [] },
  { text: "I'm sorry. Nothing I say will undo it, but I'll keep saying it and keep showing it.", kinds: [] },
  {
    text: "If I could take it back I would, but I can't, so I'm going to spend my time making it right.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair and for all the lying around it. I know you might never fully trust me again, and I accept that.",
    kinds: [],
  },
  { text: "I've been selfish. I put myself first for a year and you paid for it. I'm sorry.", kinds: [] },
  { text: "Thank you for letting me say this. I betrayed you, and I'm sorry.", kinds: [] },
  { text: "I'm so sorry, love. You've been through hell because of me.", kinds: [] },
  {
    text: "I know you keep asking yourself what you missed. You didn't miss anything; I hid it well, and that's on me.",
    kinds: [],
  },
  {
    text: 'I want to say sorry properly, not just in passing. I lied about the money, I spent our savings, and I hid it.',
    kinds: [],
  },
  {
    text: "I'm not sorry that you found out. I'm sorry that I did it, and that you had to find out that way.",
    kinds: [],
  },
  {
    text: "I'm sorry that you had to hear it from your sister and not from me. I should have told you myself.",
    kinds: [],
  },
  { text: "Whatever you decide about us, I'll respect it. I'm sorry.", kinds: [] },
  { text: "I'm sorry for every time you asked and I said nothing was going on.", kinds: [] },
  {
    text: "Please don't feel you need to reply to this. I just needed to tell you I'm sorry and that I know it was my fault.",
    kinds: [],
  },
  {
    text: "You asked if I've been in touch with her. I haven't, and you can check my phone any time.",
    kinds: [],
  },
  {
    text: "I'm sorry I missed Lily's recital because I was with him. You had to explain my empty chair, and I hate that I put you there.",
    kinds: [],
  },
  { text: "If you need me to sleep in the spare room for a while, I will. I'm sorry.", kinds: [] },
  { text: "I'm sorry for what I did. Not for getting caught, for doing it.", kinds: [] },
  {
    text: "I'm sorry I was cruel when you confronted me. I called you paranoid, and you were right all along.",
    kinds: [],
  },
  { text: "I told you it was just a friendship. It wasn't. I'm sorry I lied.", kinds: [] },
  {
    text: 'I said nothing happened that night. Something did happen, and I lied to you about it.',
    kinds: [],
  },
  {
    text: "I've been telling myself it didn't mean anything. That's not true, and it's not the point either. I hurt you.",
    kinds: [],
  },
  {
    text: "Sorry this is long. I've needed to say it for a while: I was unfaithful, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry for the late nights, the excuses and the lies. You deserved better from me.",
    kinds: [],
  },
  {
    text: "I can't promise you'll ever forgive me and I won't ask you to. I can promise I'll be honest from now on.",
    kinds: [],
  },
  { text: 'I was wrong to blame work. It was me.', kinds: [] },
  { text: "I'm sorry I made you doubt yourself.", kinds: [] },
  {
    text: "I know there's nothing I can say that makes this okay. I'm sorry, and I'll keep showing up.",
    kinds: [],
  },
  { text: "When you're ready, and only if you want to, I'd like to tell you everything.", kinds: [] },
  {
    text: "I'm sorry. I'll go to the counsellor on Thursday and I'll tell you whatever you want to know about it.",
    kinds: [],
  },
  { text: "I'm truly sorry for breaking your trust. I'm not asking for anything back.", kinds: [] },
  { text: "I know you're angry and you have every right to be. I did this.", kinds: [] },
  {
    text: "I won't rush you to move on. If we ever get there, it'll be on your terms and in your time.",
    kinds: [],
  },
  { text: "I'm sorry I lied about the bet. I just wanted you to know I've closed the account.", kinds: [] },
  {
    text: "I always told myself I'd never be the person who cheats. I became that person and I hurt you. I'm sorry.",
    kinds: [],
  },
  { text: "You trusted me with everything, and I broke that. I'm sorry.", kinds: [] },
  { text: "I don't want you to just take my word for it. Check anything you like, any time.", kinds: [] },
  { text: "I'm sorry, and I mean it without any excuses tacked on the end.", kinds: [] },
  { text: "It wasn't a mistake, it was a choice, and I made it more than once. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry I put you in a position where you had to go through my phone to find the truth.",
    kinds: [],
  },
  {
    text: "I know sorry isn't enough. I'm saying it anyway because it's true, and I'll back it up.",
    kinds: [],
  },
  { text: "I feel awful, but this isn't about how I feel. It's about what I did to you.", kinds: [] },
  { text: 'If it helps to hear it again: it was my fault, not yours.', kinds: [] },
  { text: "If you have questions tonight, tomorrow, or next year, I'll answer them.", kinds: [] },
  { text: "I'm sorry for the hurt I caused you and the kids.", kinds: [] },
  { text: "Even if you never forgive me, I'll still be sorry and I'll still be honest with you.", kinds: [] },
  { text: "I'm so sorry. I lied, I sneaked around, and I let you think you were going mad.", kinds: [] },
  {
    text: "I'm sorry I didn't come home that night and didn't call. You were terrified and I was with her.",
    kinds: [],
  },
  { text: "I kept saying we'd talk later, and later never came. I'm sorry for avoiding it.", kinds: [] },
  {
    text: "Honestly, I don't have an excuse. I did it because I wanted to, and I'm ashamed of that.",
    kinds: [],
  },
  { text: "There's no reason good enough. I'm sorry I cheated on you.", kinds: [] },
  {
    text: "I'm sorry I've been so defensive every time you bring it up. You have a right to bring it up.",
    kinds: [],
  },
  { text: "I'm sorry. I know this will take a long time, and I'm okay with that.", kinds: [] },
  {
    text: "I hope someday you can trust me again, but I know that's for me to earn, not for you to give.",
    kinds: [],
  },
  {
    text: "I'm not going to say let's put it behind us. It's in front of us, and I'll face it with you.",
    kinds: [],
  },
  {
    text: "I'm sorry I spent the money we saved for the house. That was our future and I gambled it.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying when you asked me straight out. You gave me a chance to be honest and I didn't take it.",
    kinds: [],
  },
  {
    text: "I know you said you don't want an apology yet. I'll wait, but I want you to know I'm not avoiding it.",
    kinds: [],
  },
  { text: "You don't owe me anything, not forgiveness and not another chance. I'm sorry.", kinds: [] },
  { text: "I'm sorry. Full stop.", kinds: [] },
  { text: "I'm really sorry I hurt you.", kinds: [] },
  {
    text: "I'm sorry I betrayed you. I'll do whatever it takes to rebuild trust, for as long as it takes.",
    kinds: [],
  },
  { text: "It's my fault, all of it.", kinds: [] },
  { text: "I did it, and I'm sorry. I'm not going to dress it up.", kinds: [] },
  { text: "Mum told me you were crying at her place. I did that to you, and I'm so sorry.", kinds: [] },
  {
    text: "I'm sorry I wasn't there when you needed me. I was choosing someone else, and I know that.",
    kinds: [],
  },
  { text: 'If you want me to tell your parents myself, I will.', kinds: [] },
  {
    text: "I'm sorry for deleting the messages. I did it so you wouldn't find them, and that was a lie in itself.",
    kinds: [],
  },
  {
    text: "I'm sorry I made promises I didn't keep. This time I'll show you instead of telling you.",
    kinds: [],
  },
  {
    text: "I've stopped drinking, and I want to be clear that the drink didn't make me do anything. I chose it.",
    kinds: [],
  },
  {
    text: "I'm sorry I spent our anniversary texting someone else. You deserved my whole attention.",
    kinds: [],
  },
  { text: "I know I keep saying sorry. I'll keep saying it until my actions say it louder.", kinds: [] },
  { text: "I understand if you need to tell your friends. It's your story too.", kinds: [] },
  { text: "I'm sorry for the lies, big and small.", kinds: [] },
  { text: "I'm sorry, I was wrong, and I'm going to keep working on why I did it in therapy.", kinds: [] },
  { text: "I'm sorry you had to find the receipts yourself. I should have come to you first.", kinds: [] },
  { text: "Forgiveness isn't something I get to ask for. I'm sorry.", kinds: [] },
  { text: "I'm sorry for every birthday and holiday I spent lying to you.", kinds: [] },
  { text: "I lied about where I was, who I was with, and why. I'm sorry for all three.", kinds: [] },
  {
    text: "I know you've always been the one who holds things together. I'm sorry I put that weight on you.",
    kinds: [],
  },
  { text: "Your feelings about this are yours, and they're fair. I'm sorry I caused them.", kinds: [] },
  { text: "I can't just move on from what I did either, and I don't think I should.", kinds: [] },
  { text: "I'm not going to tell you how to feel. I'll just be here and answer honestly.", kinds: [] },
  { text: "I'm sorry. That's not the end of this; it's the start of me making it right.", kinds: [] },
  { text: 'If I get defensive when we talk, please call me on it. You deserve to be heard.', kinds: [] },
  {
    text: "I'm sorry I told the kids we were just having a hard time. You deserved to decide what they heard.",
    kinds: [],
  },
  { text: "I'm sorry for the affair. Whatever you need, whenever you need it, I'll be there.", kinds: [] },
  {
    text: "I'm sorry that I lied to you again last week, after I promised I wouldn't. That one is on me too.",
    kinds: [],
  },
  {
    text: "No more secrets. Here's my password, and here's the whole story if you want it. I'm sorry.",
    kinds: [],
  },
  { text: "I don't think I understood until today how much I took from you. I'm sorry.", kinds: [] },
  { text: "I hurt you badly, and I won't pretend it was anything less.", kinds: [] },
  {
    text: "I am sorry. I know I said I'd change before, so I won't ask you to believe me; I'll just show you.",
    kinds: [],
  },
  { text: 'babe im so sorry. i lied and i know it. ill tell u everything tonight if u want', kinds: [] },
  { text: "I'm sorry I called you jealous when you were right.", kinds: [] },
  { text: "Please take all the time you need. I'm sorry.", kinds: [] },
  {
    text: "I won't ask you to forget it. I'm going to remember it myself, so I never do it again.",
    kinds: [],
  },
  { text: "I keep thinking of you waiting up for me. I'm sorry I made you wait and wonder.", kinds: [] },
  {
    text: "I'm sorry. I know it doesn't give you back the last two years, but I'll spend the next ones earning your trust.",
    kinds: [],
  },
  {
    text: "My sister asked me how you're doing, and I realised I didn't know because I haven't asked. How are you? I'm sorry.",
    kinds: [],
  },
  { text: "I'm sorry I minimised it when you first found out. It was a big deal, and I knew it.", kinds: [] },
  { text: "It's not your job to make me feel better about this. I'm sorry.", kinds: [] },
  {
    text: "I know you want to know why. I'll tell you when you ask, but first: I'm sorry, and it was wrong.",
    kinds: [],
  },
  { text: 'Whatever happens between us, you deserve to hear that it was never your fault.', kinds: [] },
  {
    text: "Thank you for still talking to me. I don't take it for granted. I'm sorry for what I did.",
    kinds: [],
  },
  {
    text: "I was lonely that year, but plenty of people are lonely and don't cheat. That was my choice, and I'm sorry.",
    kinds: [],
  },
  { text: "I was stressed at work, but that's not why I did it. I did it because I chose to.", kinds: [] },
  {
    text: "I'd been drinking, but I'm not going to hide behind that. I knew what I was doing, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I put my phone face down every night for a year. You noticed, and I lied about why.",
    kinds: [],
  },
  { text: "I'm sorry, and I'm here. Ask me anything, any time.", kinds: [] },
  {
    text: "I feel sick when I think about what I put you through, and I know that's nothing next to what you felt.",
    kinds: [],
  },
  { text: "I'm sorry I ruined the holiday we'd saved for all year.", kinds: [] },
  {
    text: "I want you to know I'm not asking for a fresh start. I'm asking for the chance to show you, slowly.",
    kinds: [],
  },
  {
    text: "Forgive me for writing instead of saying it; I couldn't get the words out last night. I lied to you about Sam, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I've told my brother everything too, because you asked me to stop keeping secrets, and you were right.",
    kinds: [],
  },
  // Written after the first rule fixes and measured before any change for them (decision 020): the probe set.
  { text: "I'm sorry. I'll answer anything you ask, even if it's the same question every night.", kinds: [] },
  { text: "If you want to scream at me, I'll sit here and take it. I earned it.", kinds: [] },
  {
    text: "I just keep thinking about your face when you saw the messages. I did that. I'm sorry.",
    kinds: [],
  },
  { text: "You never did anything to deserve this. I'm sorry.", kinds: [] },
  { text: "I'm sorry for lying, and I'm sorry it took you finding out for me to stop.", kinds: [] },
  { text: "I only ever told you half-truths that year, and I'm sorry for every one.", kinds: [] },
  {
    text: "I know you might not be able to move on from this, and that's okay. I'll still be sorry.",
    kinds: [],
  },
  {
    text: "Sorry I'm writing this instead of saying it. My voice shakes every time I try. I cheated, and I'm sorry.",
    kinds: [],
  },
  { text: "I'm sorry. You gave me every chance to tell the truth and I didn't.", kinds: [] },
  { text: "There were a hundred moments I could have stopped, and I didn't stop. I'm sorry.", kinds: [] },
  { text: "You deserve an apology without any excuses in it, so here it is: I'm sorry I lied.", kinds: [] },
  { text: "It was wrong, it was selfish, and it was mine. I'm sorry.", kinds: [] },
  { text: "I'm not going to say it was a one-off. It wasn't. I'm sorry.", kinds: [] },
  {
    text: "I'm sorry about last night too. I got short with you when you asked about her, and that wasn't fair.",
    kinds: [],
  },
  {
    text: "If there's a question you've been afraid to ask, you can ask it. I'll tell you the truth.",
    kinds: [],
  },
  {
    text: "I hid it because I didn't want to face what I'd done. That's the truth, and it's not an excuse.",
    kinds: [],
  },
  { text: "I'm so sorry. I don't know how to make this better, but I'm going to keep trying.", kinds: [] },
  { text: "I'm sorry for all of it: the lying, the sneaking, the way I made you feel.", kinds: [] },
  {
    text: "Forgive me if I ramble; I want to get this right. I cheated on you with Dana, and I'm sorry.",
    kinds: [],
  },
  { text: "Even though it's late, I didn't want to wait another day to say it: I'm sorry.", kinds: [] },
  { text: "I'm sorry I let you believe it was your imagination.", kinds: [] },
  {
    text: "I know you've heard me say sorry before. This time there's a plan with it: therapy on Mondays, and my phone is yours.",
    kinds: [],
  },
  { text: "I'm sorry. I'll stop seeing him, and I already told him so today.", kinds: [] },
  {
    text: "I keep wanting you to say it's okay, and that's not fair of me. It isn't okay. I'm sorry.",
    kinds: [],
  },
  { text: 'I was the one who lied, not you. You did nothing wrong.', kinds: [] },
  { text: "I'm sorry that I hurt you. There's no softer way to say it.", kinds: [] },
  { text: "What I did wasn't small, and I won't talk about it like it was.", kinds: [] },
  { text: 'Sorry for the long message. I needed you to know the whole truth, so here it is.', kinds: [] },
  { text: "I love you, and I'm sorry I didn't act like it.", kinds: [] },
  { text: "I'm sorry I wasn't honest with you when it would have mattered most.", kinds: [] },
  { text: "I'm sorry you're going through this because of me.", kinds: [] },
  {
    text: "Honestly, I thought I could keep it from you forever. That was arrogant and cruel. I'm sorry.",
    kinds: [],
  },
  { text: "I'd understand if you never trust me again. I'm sorry.", kinds: [] },
  { text: 'Please know that none of this was because of anything you did.', kinds: [] },
  { text: "I'm sorry I embarrassed you in front of your family.", kinds: [] },
  { text: "There's no excuse coming after this. I'm sorry.", kinds: [] },
  { text: "I'll keep apologising for as long as you need to hear it.", kinds: [] },
  { text: "I'm sorry for the nights you lay awake wondering where I was.", kinds: [] },
  { text: "When you're ready to talk, I'll be ready too, and I'll tell you anything.", kinds: [] },
  {
    text: "I'm sorry. I should have ended it the first time you asked me if something was going on.",
    kinds: [],
  },
  {
    text: "I just found the old letters you wrote me, and it made me sick to think how I repaid you. I'm sorry.",
    kinds: [],
  },
  { text: "You always believed in me, and I betrayed that. I'm so sorry.", kinds: [] },
  { text: 'If I could go back, I would tell you the truth that very first night.', kinds: [] },
  { text: "I'm sorry. It was never about you not being enough.", kinds: [] },
  {
    text: "I know the word sorry can't carry all of this, but it's all I have tonight, and I mean it.",
    kinds: [],
  },
  { text: "I'm sorry that it took a therapist to make me see it. You saw it long before I did.", kinds: [] },
  { text: "I'm sorry I made our home feel unsafe for you.", kinds: [] },
  { text: "Nothing about this is your fault. I'm sorry.", kinds: [] },
  { text: "I can only imagine how it felt to read those messages. I'm so sorry.", kinds: [] },
  { text: "I'm sorry I kept you in the dark for so long.", kinds: [] },
];
