import type { CorpusItem } from './corpus-item';
// Written for the blind14 round by someone who never saw the coaches' rules, lexicons or corpora.
// Texts modelled on what clients draft, send and say in couples therapy after a betrayal.

export const APOLOGY_BLIND14: readonly CorpusItem[] = [
  {
    text: "Work was crushing me that year. I needed something that was just mine, and I'm sorry it turned into this.",
    kinds: ['justification', 'vague'],
  },
  {
    text: "I keep wanting to explain, and I know that explaining isn't what you need from me right now. So: I'm sorry. I did this.",
    kinds: [],
  },
  { text: 'It was an emotional thing, not a real affair.', kinds: ['minimizing'] },
  { text: "Fine. I'm sorry. Happy now?", kinds: ['non_apology'] },
  { text: "Things happened that shouldn't have happened.", kinds: ['vague'] },
  {
    text: "I'm sorry about the kiss. It was one time, at a party, and it lasted about two seconds.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I cheated, but you hadn't touched me in months. What was I supposed to do?",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I betrayed you with someone you considered a friend. That doubled the hurt and I knew it would. I'm sorry.",
    kinds: [],
  },
  {
    text: 'Honestly, the marriage was already broken. I just did the thing that made it obvious.',
    kinds: ['blame_shift', 'minimizing'],
  },
  { text: 'Mistakes were made, and I regret them.', kinds: ['vague'] },
  {
    text: "I'm sorry I didn't mention the loan. It's not like I was hiding some huge secret.",
    kinds: ['minimizing'],
  },
  { text: "To whatever extent I hurt you, I'm sorry.", kinds: ['conditional', 'vague'] },
  {
    text: "I've said sorry a hundred times. What more do you want from me?",
    kinds: ['non_apology', 'pressure'],
  },
  {
    text: "I'm sorry. Whatever you need to ask, I'll answer honestly, even the questions I'm scared of.",
    kinds: [],
  },
  {
    text: "I know sorry doesn't fix this. I'm saying it anyway because I mean it, and I'll keep showing it.",
    kinds: [],
  },
  { text: "Stuff went on with Chris that I'm not proud of. I'm sorry.", kinds: ['vague'] },
  {
    text: "I'm sorry for lying about therapy. I skipped the last three sessions. I'm going back Monday and I'll send you the receipt.",
    kinds: [],
  },
  {
    text: "I'm sorry, but you have to admit you made it very easy to lie to you. You never checked anything.",
    kinds: ['blame_shift'],
  },
  { text: "I'm sorry you had to find out like that.", kinds: ['non_apology'] },
  {
    text: "I'd like to apologise for the choices that were made during that period of our marriage.",
    kinds: ['vague'],
  },
  { text: "I hurt you in a way I swore I never would. I'm sorry.", kinds: [] },
  {
    text: "We'd stopped being a couple long before I met her, and you know that as well as I do.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm not going to ask you to forgive me. I'm going to try to earn back your trust, however long that takes.",
    kinds: [],
  },
  {
    text: "I'm sorry about the money. Being the one who messed up is its own kind of hell, you know?",
    kinds: ['self_focus'],
  },
  {
    text: "I keep thinking about the night of your mom's birthday, when I left early 'for work.' I was with her. I'm sorry I took that night from you.",
    kinds: [],
  },
  {
    text: "I'm sorry. I'm drowning in guilt and I need you to understand that I'm suffering too.",
    kinds: ['self_focus', 'pressure'],
  },
  {
    text: "I lied because I knew you'd react badly, and I was trying to protect us both.",
    kinds: ['justification', 'blame_shift'],
  },
  {
    text: "Whatever you decide about us, I'll respect it. I'm sorry for putting you in a position where you have to decide.",
    kinds: [],
  },
  {
    text: "I'm sorry for everything. I've lost my best friend, my home, and my kids don't look at me the same. I'm paying for this every day.",
    kinds: ['self_focus', 'vague'],
  },
  {
    text: "I know I lied, but it was a small lie compared to what you're making it into.",
    kinds: ['minimizing', 'blame_shift'],
  },
  { text: 'If anything I did upset you, I apologise.', kinds: ['conditional', 'vague'] },
  { text: "I'm sorry. It's just money, and we'll make it back.", kinds: ['minimizing'] },
  {
    text: "If you want to talk about it tonight, I'm here. If you don't, that's okay too. I'm sorry for what I did.",
    kinds: [],
  },
  { text: "I'm sorry. I hope by Christmas we can put all this behind us.", kinds: ['pressure'] },
  {
    text: "I know you might not be ready to move on, and you might never be. That's your call, not mine.",
    kinds: [],
  },
  {
    text: "I'm sorry. I think I was looking for validation I hadn't had since I was a kid.",
    kinds: ['justification'],
  },
  {
    text: "The gambling started as a way to cope with the stress of losing my job. I'm sorry it got out of control.",
    kinds: ['justification', 'vague'],
  },
  { text: 'It was just a few texts. Nothing physical ever happened.', kinds: ['minimizing'] },
  { text: 'I regret that you saw those messages. They were never meant for you.', kinds: ['non_apology'] },
  {
    text: "I'm sorry if I wasn't always completely upfront about the cards.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "I'm sorry I lied about the cards. I've been so anxious about it I've been having panic attacks at work.",
    kinds: ['self_focus'],
  },
  {
    text: "If you'd let me handle the finances my way from the start, I'd never have ended up hiding the losses.",
    kinds: ['blame_shift'],
  },
  {
    text: "I've done everything the counsellor asked. I'm sorry, but I'd like some credit for that at this point.",
    kinds: ['pressure', 'non_apology'],
  },
  {
    text: "I've been thinking about everything since Sunday. I know you're hurting and I hate that I'm the reason. I'm sorry if I let you down. I want to be someone you can rely on again.",
    kinds: ['conditional'],
  },
  {
    text: 'Sorry. The way you were treating me back then, I think anyone would have looked elsewhere.',
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I know I hurt you. But I'm hurting too, and nobody seems to care about that.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I only told you the truth once I had no other option. You deserved to hear it from me first.",
    kinds: [],
  },
  {
    text: "I promised you it was over in January. It wasn't over until May. I'm sorry I lied about that too.",
    kinds: [],
  },
  { text: 'You have no idea how hard this has been for me too.', kinds: ['self_focus'] },
  {
    text: "I'm sorry I let you find out from a stranger's message. I should have told you myself, months before.",
    kinds: [],
  },
  {
    text: 'I want to acknowledge, fully and without qualification, that I deceived you about our finances. I concealed the loans, I forged your signature on the second one, and I allowed you to believe we were secure. I am deeply sorry.',
    kinds: [],
  },
  {
    text: 'Please accept my sincere apology. I recognise that my conduct over the past months has fallen short of what you were entitled to expect. I was under considerable pressure at work, and I allowed that to affect my judgment in ways I now regret.',
    kinds: ['justification', 'vague'],
  },
  { text: 'Sorry for being late tonight, the train was cancelled. I texted as soon as I knew.', kinds: [] },
  { text: "Some lines got crossed over the last year and I'm sorry about that.", kinds: ['vague'] },
  {
    text: "I've booked the appointment with the financial counsellor for Tuesday and I'll bring every statement. I'm sorry it took you finding the letter for me to do this.",
    kinds: [],
  },
  {
    text: "I lied to you about the money for almost two years. There's no version of that which is okay, and I'm not going to pretend there is.",
    kinds: [],
  },
  {
    text: "I'm sorry. I had an affair with Dana, I lied about it when you asked me directly in March, and I kept lying until you found the messages.",
    kinds: [],
  },
  {
    text: "Thank you for even reading this. I'm sorry for the affair and for every lie I told to cover it.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid the debt. I didn't tell you because I didn't want to stress you out while you were pregnant.",
    kinds: ['justification'],
  },
  { text: "I'd like to apologise for any hurt I may have caused.", kinds: ['conditional', 'vague'] },
  { text: "I know you're tired of hearing me apologise. I'll say it less and show it more.", kinds: [] },
  { text: "I'm sorry for whatever I did.", kinds: ['vague', 'non_apology'] },
  {
    text: "I don't expect you to forgive me. I want you to know I understand what I took from you.",
    kinds: [],
  },
  { text: "I've apologised. At some point you have to decide to move on.", kinds: ['pressure'] },
  {
    text: "I'm sorry for making promises I didn't keep. This time I'll put them in writing and you can hold me to each one.",
    kinds: [],
  },
  {
    text: "I opened two credit cards in my name without telling you and ran up $23,000. I hid the statements. That was my choice and I'm sorry.",
    kinds: [],
  },
  { text: "I'm sorry for my part in all of this.", kinds: ['vague', 'blame_shift'] },
  { text: 'sorry if i made u feel bad about the texts', kinds: ['conditional', 'non_apology'] },
  {
    text: "I'm sorry for the affair and for the lies. I know you didn't deserve any of it. I've been going to therapy and it's brought up so much about my childhood, and honestly I'm exhausted all the time and I feel like I'm losing myself.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I missed Leo's recital because I was with him. You had to make up an excuse for me in front of our son.",
    kinds: [],
  },
  {
    text: "When you're ready, and only if you want to, I'd like to tell you everything about the last year. No more pieces.",
    kinds: [],
  },
  {
    text: "I'm sorry, I really am. Can we please not bring it up on holiday? I want us to enjoy the week.",
    kinds: ['pressure'],
  },
  { text: "I was wrong. Not 'we had problems' wrong. I was wrong.", kinds: [] },
  {
    text: "Thank you for telling me how the anniversary felt for you. I'm sorry I made that day something you have to get through.",
    kinds: [],
  },
  { text: "Every time I said I was working late, I wasn't. I'm sorry.", kinds: [] },
  {
    text: "I don't know how many ways I can say it. I'm sorry. I'm sorry. Is that enough?",
    kinds: ['non_apology', 'pressure'],
  },
  { text: "I'm sorry, I am, if that's what you need to hear.", kinds: ['conditional', 'non_apology'] },
  {
    text: "I'm sorry I got defensive this morning when you brought it up. That's on me. Can we talk again tonight, if you have the energy?",
    kinds: [],
  },
  {
    text: "Do you know what it's like to wake up every morning and remember what you did? It's torture.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I told my friends our marriage was over when it wasn't. I was lying to them too, to make myself look better.",
    kinds: [],
  },
  { text: "Forgive me or don't; either way, I'll keep being honest with you.", kinds: [] },
  {
    text: "I understand if you need to stay at your brother's for a while. I'll look after the dog and the house and I won't contact you unless you reach out.",
    kinds: [],
  },
  {
    text: "I'm sorry. I feel like the worst person in the world and I don't know how to live with it.",
    kinds: ['self_focus'],
  },
  { text: "I'm sorry for everything.", kinds: ['vague'] },
  {
    text: "I'm sorry I lied about the loan from my dad. You deserved to be part of that decision.",
    kinds: [],
  },
  {
    text: "I'm sorry for the lies about where I was on Thursdays. I was at his apartment. Every one of those Thursdays.",
    kinds: [],
  },
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  {
    text: "I should have come to you when I first got into debt. I didn't, I hid it, and I'm sorry.",
    kinds: [],
  },
  { text: "I'm truly sorry. For the kids' sake, I think we need to move forward.", kinds: ['pressure'] },
  {
    text: "I'm sorry. Will you forgive me? Please, I need to hear you say it.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I've been trying to write this for three days. I want to start with what I did, plainly: I had a relationship with someone from my old job for about seven months. I met her in hotels during conferences and twice in our town. I lied to you about where I was, I lied about who I was texting, and when you found the second phone I told you it was for work. It wasn't. I'm sorry. I'm sorry for the lying even more than the rest, because it meant you couldn't trust what you were seeing. I'm not writing this to ask you for anything. I just wanted you to have it in writing.",
    kinds: [],
  },
  { text: "You don't owe me a conversation, a second chance, or a reply to this. I'm sorry.", kinds: [] },
  { text: "I'm sorry. It didn't mean anything, she meant nothing to me.", kinds: ['minimizing'] },
  { text: "I just want to say I'm sorry, and that I'm not asking anything of you in return.", kinds: [] },
  {
    text: "I'm sorry I said 'it was nothing' when you first asked. It wasn't nothing. It was months of choosing to lie to you.",
    kinds: [],
  },
  { text: "I know I can't undo it. I'm sorry for the pain I caused you and the kids.", kinds: [] },
  {
    text: "I'm sorry. I only went to see him because he was going through a hard time, nothing more.",
    kinds: ['minimizing', 'justification'],
  },
  {
    text: 'I apologise unreservedly. I hope we can now leave this in the past where it belongs.',
    kinds: ['pressure'],
  },
  { text: "I'm sorry I used the joint account to pay for her flights.", kinds: [] },
  { text: "No buts this time. I'm sorry.", kinds: [] },
  { text: "i'm so sorry. you didn't do anything to deserve this.", kinds: [] },
  { text: "I'm sorry. Can you please just forgive me so we can get back to normal?", kinds: ['pressure'] },
  {
    text: "I'm sorry I wasn't honest in the counselling session last week. I said it ended in August. It ended in October.",
    kinds: [],
  },
  {
    text: "I'm sorry. I hate myself for this. I haven't slept in a week and I can't eat.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry if my friendship with Kate crossed a line for you.",
    kinds: ['conditional', 'minimizing'],
  },
  {
    text: "I'm sorry for hiding my drinking and for driving the kids after I'd been drinking. That one scares me the most, and it should.",
    kinds: [],
  },
  { text: "The other woman didn't 'happen' to me. I pursued her. I'm sorry.", kinds: [] },
  { text: 'Sorry. Can we talk about something else now?', kinds: ['pressure', 'non_apology'] },
  { text: 'I did this to us. Not the pressure at home, not the distance. Me.', kinds: [] },
  {
    text: "It's been six months. I'm sorry, but I think it's time we stopped talking about it every day.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry. I know I messed up. But you pushed me away for a long time before any of this started.",
    kinds: ['blame_shift'],
  },
  {
    text: "The gambling wasn't a one-off. I lost the money from Mia's college fund over about eight months and told you the bank had made an error. I'm sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry. My therapist says I have an avoidant attachment style, which explains a lot about why I hid things.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry for what I did. I also think we both let this marriage drift, and we both have things to own.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I blamed you when you first asked. None of it was your fault. I said those things to get myself off the hook.",
    kinds: [],
  },
  { text: "I'm sorry I made you feel crazy for noticing things that were real.", kinds: [] },
  { text: "I'm sorry you don't trust me anymore.", kinds: ['non_apology'] },
  {
    text: "I'm sorry that the truth came out the way it did, through your sister of all people.",
    kinds: ['non_apology'],
  },
  { text: "What I did to you was cruel. I'm sorry.", kinds: [] },
  { text: "Take whatever time you need. I'm not going anywhere and I'm not going to rush you.", kinds: [] },
  {
    text: "I'm really sorry if I've made things hard for you these last few weeks. I love you and I want this to work.",
    kinds: ['conditional'],
  },
  { text: "I hurt you, and I did it knowingly. I'm sorry.", kinds: [] },
  {
    text: "I broke the promise I made at our wedding. I'm sorry, and I know that's only the start of what I owe you.",
    kinds: [],
  },
  {
    text: "I'm sorry I spent our savings. All of it was my decision, and none of it was your responsibility to catch.",
    kinds: [],
  },
  { text: "I'm sorry for the affair, for the lies, and for how long I let it go on.", kinds: [] },
  {
    text: "I let you apologise to me for being 'suspicious' when I was the one lying. I'm so sorry for that.",
    kinds: [],
  },
  { text: "If you felt lied to, then I'm sorry for that.", kinds: ['conditional', 'non_apology'] },
  { text: "I'm sorry. I was so lonely when you were deployed and she was there.", kinds: ['justification'] },
  {
    text: "I'm sorry for hiding the payday loans. I've closed the accounts and I'll show you the letters confirming it.",
    kinds: [],
  },
  {
    text: "I've written and deleted this five times. I'm sorry for the debt, and for hiding it, and for lying when you asked about the post. I've set up a meeting with a debt advisor and I'll bring you every statement. I hope after that we can finally move past this and focus on the wedding.",
    kinds: ['pressure'],
  },
  { text: "I know I haven't been perfect.", kinds: ['vague', 'minimizing'] },
  {
    text: "I'm sorry for the years of half-truths. Here's the full list of what I hid, starting with the one you don't know about yet.",
    kinds: [],
  },
  {
    text: "I'm so sorry. I know this is a lot. Really, it was a few months of bad judgment out of twelve good years.",
    kinds: ['minimizing'],
  },
  {
    text: 'It was only a couple of thousand, and I was going to pay it back before you ever noticed.',
    kinds: ['minimizing', 'justification'],
  },
  {
    text: "After my dad died I wasn't myself. I'm sorry for what I did during that time.",
    kinds: ['justification'],
  },
  {
    text: "I lied about how much I owed. It's $41,000, not $8,000. I'm sorry I gave you a smaller number, again.",
    kinds: [],
  },
  {
    text: "I'm sorry it happened. Maybe if you'd been more open with me about what you needed, we wouldn't be here.",
    kinds: ['blame_shift', 'vague'],
  },
  { text: "I'm sorry for making you doubt your own memory. You were right about the receipts.", kinds: [] },
  {
    text: "I was stressed at work that year, but that's not why I did it. Lots of people are stressed and don't lie to their wives. I did it because I chose to.",
    kinds: [],
  },
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  { text: "I'm sorry if it seemed like I was hiding things.", kinds: ['conditional', 'non_apology'] },
  {
    text: "I know I've said this badly before, so I'm going to try again. I lied to you for most of last year about Jenna. I told you she was a client. I told you the late calls were about the account. None of that was true and I'm sorry. I've ended all contact and you can see my phone whenever you want. I do think, though, that if we'd been talking more back then, I wouldn't have gone looking for someone to talk to.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry. I don't deserve your patience, and I'm grateful for every bit of it you've shown me.",
    kinds: [],
  },
  {
    text: "I'm sorry. Everyone at church knows now and I can't even show my face there.",
    kinds: ['self_focus'],
  },
  { text: "I'm going to say it plainly: I cheated, I lied, and I'm sorry.", kinds: [] },
  {
    text: "There's no excuse. I was the one who decided to keep texting her, every single day, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I wouldn't have had to hide the money if you didn't freak out every time I spent anything.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "Last night you asked why I did it and I said I didn't know. That wasn't honest. I did it because I liked the attention and I didn't think about you. I'm sorry.",
    kinds: [],
  },
  { text: 'You never deserved any of this.', kinds: [] },
  {
    text: "You asked me straight out if something was going on and I looked you in the eye and said no. That's the part I keep coming back to, and I'm so sorry.",
    kinds: [],
  },
  {
    text: "I'm sorry I broke your trust. I'll show you the phone, the bank app, anything, whenever you want, without sighing about it.",
    kinds: [],
  },
  { text: "I'm not sorry you found out. I'm sorry I did it.", kinds: [] },
  {
    text: "I know there's no excuse, but I'd been so stressed and unhappy and I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: "You have every right to be angry, and you don't have to stop being angry for my sake.",
    kinds: [],
  },
  {
    text: "I'm sorry for the affair. I'm also sorry for the way I behaved after you found out: the shouting, the slammed door, telling you that you were imagining things.",
    kinds: [],
  },
  {
    text: "I'm sorry. I'm sorry I went back to him after I promised I'd stopped, and I'm sorry I made you find out by looking at my laptop. It only happened twice after I promised, but I know that doesn't make it better.",
    kinds: ['minimizing'],
  },
  { text: 'I take responsibility for my half.', kinds: ['blame_shift'] },
  {
    text: "I get that 'sorry' must sound hollow coming from me. I'll keep saying it and keep backing it up.",
    kinds: [],
  },
  {
    text: "Part of this is on you too. You were so wrapped up in the baby that I didn't exist.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "I'm sorry you had to hear the details from her husband. That should have been me, and it should have been months ago.",
    kinds: [],
  },
  { text: "I'm sorry for spending our anniversary texting someone else.", kinds: [] },
  {
    text: "You asked what I'm sorry for, specifically. I'm sorry I lied about the texts, I'm sorry I let you think you were paranoid, and I'm sorry I chose her over our family for most of last year.",
    kinds: [],
  },
  { text: "sorry. i know. i lied about the drinking again and i'm ashamed i did it.", kinds: [] },
  { text: 'Sorry if the money stuff came as a shock.', kinds: ['conditional', 'minimizing'] },
  { text: 'I apologise if my actions caused you any distress.', kinds: ['conditional', 'vague'] },
  { text: 'I apologise for the upset this has caused.', kinds: ['non_apology', 'vague'] },
  {
    text: "I'm sorry, I'm sorry, I'm sorry. I know it's not enough, and I'm not asking it to be.",
    kinds: [],
  },
  { text: "I'm sorry I got caught. I should have ended it before it came to this.", kinds: ['non_apology'] },
  { text: "I always told myself I'd stop next week. I didn't, and you paid for that. I'm sorry.", kinds: [] },
  { text: "I'm sorry I made you the bad guy in front of my parents.", kinds: [] },
  { text: "I'm sorry it took me so long to say this properly.", kinds: [] },
  { text: "It's okay if you don't want to hear from me today. I'm sorry, and I love you.", kinds: [] },
  { text: "I made fun of you for checking my phone, when you had every reason to. I'm sorry.", kinds: [] },
  {
    text: "I'd had way too much to drink and I honestly don't remember deciding to do it.",
    kinds: ['justification', 'vague'],
  },
  {
    text: "I'm sorry for the loans. I've fixed it now, so I'd really like us to stop treating this like a crisis.",
    kinds: ['pressure', 'minimizing'],
  },
  {
    text: "I need to know by the end of the month whether you're staying. I can't keep living in limbo.",
    kinds: ['pressure', 'self_focus'],
  },
  {
    text: "I hid the phone. I deleted the messages. I lied to your sister when she asked. I'm sorry for each of those, not just the affair itself.",
    kinds: [],
  },
];
