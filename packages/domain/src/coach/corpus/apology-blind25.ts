import type { CorpusItem } from './corpus-item';
// Written for blind25 by an outside writer who never saw the coaches' rules, lexicons or existing corpora.

export const APOLOGY_BLIND25: readonly CorpusItem[] = [
  // ---- flawed: blame_shift ----
  {
    text: "I'm sorry I cheated, but you'd stopped touching me a year before it started.",
    kinds: ['blame_shift'],
  },
  {
    text: 'Our marriage was already over long before Karen, and you know that as well as I do.',
    kinds: ['blame_shift'],
  },
  {
    text: 'ok yes i lied about the poker. but u check my phone like a cop, so what did u expect',
    kinds: ['blame_shift'],
  },
  {
    text: "I lied about the credit cards and I'm sorry. Every time I tried to bring money up you'd go silent for two days, so after a while I stopped trying.",
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry for the drinking and for hiding the bottles, I am. But it's hard to be honest in a house where every slip gets treated like a hanging offence.",
    kinds: ['blame_shift'],
  },
  {
    text: "Marcus, I know the Grindr thing hurt you. We'd both checked out of this relationship though, I was the one who happened to act on it first.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I accept that my conduct with Ms Hart was wrong. I would ask you to reflect, too, on the distance you had put between us in the years preceding it.',
    kinds: ['blame_shift'],
  },
  {
    text: 'Yeah I stuffed up with the pokies, no argument. Bit rich coming from someone who spent our savings on a kitchen reno without asking though.',
    kinds: ['blame_shift'],
  },
  {
    text: "In session on Thursday I owned my affair. I'd like to hear you own your part in how far apart we'd drifted by then.",
    kinds: ['blame_shift'],
  },
  {
    text: 'I am sorry for hiding the loan from you. Kindly also remember that your mother was in our house every single day and there was no space for us to talk about anything.',
    kinds: ['blame_shift'],
  },
  {
    text: "I'm sorry I started seeing Erin. Between the new job eating me alive and you never wanting me anywhere near you, I was running on empty.",
    kinds: ['blame_shift', 'justification'],
  },
  {
    text: "Yes, I cheated. You'd checked out of this marriage years before. Now I need you to meet me halfway and stop bringing it up.",
    kinds: ['blame_shift', 'pressure'],
  },
  // ---- flawed: justification ----
  {
    text: "I'm sorry I slept with him. I was so lonely with you away on deployment, and I wasn't thinking straight.",
    kinds: ['justification'],
  },
  {
    text: 'I lied about the drinking because work was crushing me and wine was the one thing that let me switch off at night.',
    kinds: ['justification'],
  },
  {
    text: 'You know what my dad was like with money. Hiding it is what I grew up watching, so when the debts started it was automatic.',
    kinds: ['justification'],
  },
  {
    text: "The conference was four days of free bar and no sleep, and by the last night I wasn't the person you married.",
    kinds: ['justification'],
  },
  {
    text: "I'm sorry about the betting, my love. After the retrenchment I was sitting at home all day with nothing to do and that app was right there on my phone.",
    kinds: ['justification'],
  },
  {
    text: 'i know i lied abt the texts. i was in a really dark place after mum died and talking to him felt like breathing',
    kinds: ['justification'],
  },
  {
    text: 'The porn started during the two years I was on nights at the depot, when the house was asleep and I was wired at 4am with nowhere to put it.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I hid the second phone. I had ADHD that nobody had diagnosed yet, and I'm impulsive, that's how my brain is wired.",
    kinds: ['justification'],
  },
  {
    text: 'I am sorry I lied to you about meeting my ex. In my culture it is not so strange to stay friends, so I did not think to tell you.',
    kinds: ['justification'],
  },
  {
    text: 'Honestly, the last year of the PhD broke something in me, and Sam was there in the lab every midnight while I was losing my mind over the thesis.',
    kinds: ['justification'],
  },
  {
    text: "I'm sorry I lied about the drinking. I was drinking to cope with the redundancy, and now I'm the one lying awake every night hating myself.",
    kinds: ['justification', 'self_focus'],
  },
  // ---- flawed: minimizing ----
  { text: "It was just a kiss, I swear nothing else happened. I'm sorry.", kinds: ['minimizing'] },
  { text: "I'm sorry, but it didn't mean anything. She was nobody to me.", kinds: ['minimizing'] },
  { text: 'it was literally a few messages babe, im sorry', kinds: ['minimizing'] },
  {
    text: "I know I should have told you about the credit card. It's a few thousand, not the end of the world, and I'm sorry I kept it from you.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I downloaded Hinge. I matched with a couple of people, chatted a bit, never met anyone.",
    kinds: ['minimizing'],
  },
  {
    text: "I'm sorry I had a flutter on the footie behind your back. It got a bit out of hand towards the end.",
    kinds: ['minimizing'],
  },
  {
    text: "Sorry for the porn thing. Pretty much every guy looks at it, I should've been upfront that I do too.",
    kinds: ['minimizing'],
  },
  {
    text: "It was one night, four years ago, and I've been faithful every day since. I'm sorry I never told you.",
    kinds: ['minimizing'],
  },
  {
    text: 'I want to acknowledge the emotional connection I formed with Priya. It stayed mostly on the level of conversation, but I hid it from you and that was wrong.',
    kinds: ['minimizing'],
  },
  {
    text: "Sorry about the few pints I said I didn't have. Sure it was hardly a bender, but I shouldn't have lied to you.",
    kinds: ['minimizing'],
  },
  {
    text: "Two coffees and a walk along the canal, that's the whole of it. Can we let it go now?",
    kinds: ['minimizing', 'pressure'],
  },
  {
    text: "It was a bit of flirting on Insta, and honestly if you'd paid me any attention I wouldn't have gone looking for it.",
    kinds: ['minimizing', 'blame_shift'],
  },
  // ---- flawed: pressure ----
  {
    text: "I'm so sorry for lying about the loan. Please forgive me, I need us to get past this.",
    kinds: ['pressure'],
  },
  {
    text: "I know I hurt you by sleeping with Tom. I need you to trust me again by Christmas, for the kids' sake.",
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry about the affair. It's been six months now. At what point do we get to be normal again?",
    kinds: ['pressure'],
  },
  {
    text: "I ended it with her, I deleted the account, I've done all the counselling. The next step is yours.",
    kinds: ['pressure'],
  },
  {
    text: "Mate I'm sorry about the secret account, truly. Reckon we can draw a line under it this weekend and start fresh?",
    kinds: ['pressure'],
  },
  {
    text: "I lied to you about the gambling, and I'm sorry. I've booked us a table at Luca's for our anniversary, and I'd love it if we could go as us again, like before.",
    kinds: ['pressure'],
  },
  {
    text: "I cheated and I'm sorry. I'd like to stop sleeping in the spare room from the first of the month.",
    kinds: ['pressure'],
  },
  {
    text: 'I have apologised to you and to your parents also for hiding my debts. Now let us not keep discussing this at every dinner, please.',
    kinds: ['pressure'],
  },
  {
    text: "I'm sorry I hid the second phone. I'll show you anything you want on it this week, and after that I'd like the phone checks to stop.",
    kinds: ['pressure'],
  },
  // ---- flawed: self_focus ----
  {
    text: "I'm so sorry about lying to you. I can't sleep, I can't eat, this is killing me.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry I cheated. But I'm the one who has to live with being that person every day.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry for lying about the drinking. I've been so low since you found out that my GP has put me on sertraline.",
    kinds: ['self_focus'],
  },
  {
    text: "I lied about the dating app. My sister won't speak to me, I've lost half my friends, and I'm sleeping in my car most nights.",
    kinds: ['self_focus'],
  },
  {
    text: "Sorry for the hidden debt. I look in the mirror and I honestly don't recognise the man looking back.",
    kinds: ['self_focus'],
  },
  {
    text: "i know i messed up w the messages. im a wreck rn, crying at work every day, everyone's noticing",
    kinds: ['self_focus'],
  },
  {
    text: "Dear Helen, I have betrayed you with Rachel. I have not known a moment's peace since, and I doubt I ever shall.",
    kinds: ['self_focus'],
  },
  {
    text: "I'm sorry about the porn. Honestly the shame of it has flattened me, I've been signed off work for a fortnight.",
    kinds: ['self_focus'],
  },
  {
    text: 'I am sorry for the lies about my ex-wife. For me it is very heavy also, I carry this every day like a stone in my chest.',
    kinds: ['self_focus'],
  },
  {
    text: "I haven't slept properly in weeks and I'm falling apart. Please, I need you to forgive me so I can breathe again.",
    kinds: ['self_focus', 'pressure'],
  },
  // ---- flawed: conditional ----
  { text: "I'm sorry if I hurt you.", kinds: ['conditional'] },
  { text: 'If anything I did upset you, I apologise.', kinds: ['conditional'] },
  { text: "To whatever extent my texts with Jess hurt you, I'm sorry for that.", kinds: ['conditional'] },
  {
    text: 'I apologise for taking out the loan without telling you, insofar as it affected you.',
    kinds: ['conditional'],
  },
  { text: 'sorry if me being on tinder hurt u', kinds: ['conditional'] },
  {
    text: 'Should my gambling have caused you distress, please accept my apologies.',
    kinds: ['conditional'],
  },
  {
    text: "I'm sorry for the messages to Leo, assuming they hurt you as much as you say they did.",
    kinds: ['conditional'],
  },
  { text: "I lied about the vodka in the garage. Where that hurt you, I'm sorry.", kinds: ['conditional'] },
  {
    text: "If me seeing Anna behind your back was a betrayal in your eyes, then I'm truly sorry.",
    kinds: ['conditional'],
  },
  {
    text: "I hid my credit card statements from you. I'm sorry, to the degree it mattered to you.",
    kinds: ['conditional'],
  },
  { text: "Whatever pain the affair may have caused you, I'm sorry for it.", kinds: ['conditional'] },
  { text: "I'm sorry if you feel hurt by how you found out.", kinds: ['conditional', 'non_apology'] },
  {
    text: "If anything that went on last summer upset you, then I'm sorry.",
    kinds: ['conditional', 'vague'],
  },
  {
    text: "Should my lying about the bonus have hurt you, I'm sorry, and I'd like us sharing a bed again by the end of the month.",
    kinds: ['conditional', 'pressure'],
  },
  // ---- flawed: non_apology ----
  { text: "I'm sorry you feel that way.", kinds: ['non_apology'] },
  { text: "I'm sorry you had to find out like that.", kinds: ['non_apology'] },
  { text: "I've apologised, I've grovelled, what more do you want from me?", kinds: ['non_apology'] },
  {
    text: "I'm sorry you saw those messages on the iPad. They were never meant to reach you.",
    kinds: ['non_apology'],
  },
  { text: 'Sorry that the whole porn thing has upset you so much.', kinds: ['non_apology'] },
  {
    text: 'I regret that the credit card statement got opened before I had a chance to deal with it.',
    kinds: ['non_apology'],
  },
  {
    text: "I wish my brother had kept his mouth shut about the casino. I'm sorry it reached you that way.",
    kinds: ['non_apology'],
  },
  { text: "Look, I'm sorry it's all kicked off with your family over the loan.", kinds: ['non_apology'] },
  {
    text: "I'm sorry the truth about my drinking came out at your sister's wedding, of all places.",
    kinds: ['non_apology'],
  },
  {
    text: "Honestly I'd been planning to tell you about Nadia myself. I hate that you got there first.",
    kinds: ['non_apology'],
  },
  {
    text: "I'm sorry you're upset, but do you have any idea what this is doing to me?",
    kinds: ['non_apology', 'self_focus'],
  },
  {
    text: "I'm sorry you had to find out from Facebook. Surely after eight months we can stop dragging this up.",
    kinds: ['non_apology', 'pressure'],
  },
  // ---- flawed: vague ----
  { text: "Mistakes were made, and I'm sorry.", kinds: ['vague'] },
  { text: "I'm sorry for everything.", kinds: ['vague'] },
  { text: "I'm sorry for what happened.", kinds: ['vague'] },
  { text: 'I know lines were crossed last year and I regret how it all went.', kinds: ['vague'] },
  { text: "I'm sorry for the situation with Claire.", kinds: ['vague'] },
  { text: "Things got complicated at the Christmas party and I'm sorry.", kinds: ['vague'] },
  { text: 'im sorry about the other night and all that stuff. i know it was wrong', kinds: ['vague'] },
  { text: 'I apologise unreservedly for the events of last spring.', kinds: ['vague'] },
  { text: "I'm sorry about the money side of things this year.", kinds: ['vague'] },
  { text: "I'm sorry for how things ended up going down with me and Tasha.", kinds: ['vague'] },
  {
    text: "Some stuff went on with an old friend, nothing serious. I'm sorry.",
    kinds: ['vague', 'minimizing'],
  },
  {
    text: "Stuff happened on that work trip. I was exhausted and three drinks in, and I'm sorry.",
    kinds: ['vague', 'justification'],
  },
  {
    text: "I'm sorry about the whole mess. I've lost my appetite, my job's on the line, and I'm barely holding it together.",
    kinds: ['vague', 'self_focus'],
  },
  // ---- clean ----
  { text: 'I lied to you about the money and that was wrong.', kinds: [] },
  {
    text: "I slept with Jenna in March and lied to you for four months. There's no excuse. I'm sorry.",
    kinds: [],
  },
  {
    text: 'i hid the betting app from u. that was a lie every time u asked what i was doing on my phone. im sorry',
    kinds: [],
  },
  {
    text: "I'm sorry I had an affair with Mark. You trusted me and I broke that trust deliberately, over and over.",
    kinds: [],
  },
  {
    text: "You were just asking where I'd been, a normal question, and I looked you in the eye and lied. I'm sorry.",
    kinds: [],
  },
  {
    text: 'The only person who chose to do this was me. Not you, not the marriage, not the drink. Me.',
    kinds: [],
  },
  {
    text: "I never told you about the £8,000 on the second credit card. That wasn't forgetting; I chose to hide it.",
    kinds: [],
  },
  {
    text: "From now on, when you ask who I'm texting, I'll always hand you the phone without a word.",
    kinds: [],
  },
  {
    text: "If you ever want to see the bank statements, they're in the top drawer and the passwords are written inside the cover. You don't have to ask.",
    kinds: [],
  },
  {
    text: "I'm writing this instead of saying it because I want to get the words right, and I've got them wrong too many times.",
    kinds: [],
  },
  {
    text: "I'm sorry I made you doubt your own memory when you asked about the texts. You weren't imagining it. I was lying.",
    kinds: [],
  },
  {
    text: "I'm not going to ask you to move on. You'll decide the future of us, in your own time.",
    kinds: [],
  },
  {
    text: "It's not in the past for you, and I won't talk about it as if it were. I had an affair with Simone and you're still living with it every day.",
    kinds: [],
  },
  {
    text: "You didn't overreact. Anyone who found a secret phone in their partner's gym bag would have reacted the same way.",
    kinds: [],
  },
  {
    text: "You don't owe me forgiveness. I'm telling you I'm sorry for lying about the debt because it's true, not to get something back.",
    kinds: [],
  },
  {
    text: "I told you I wasn't drunk when I picked the kids up from school. I was. That was dangerous and I lied about it.",
    kinds: [],
  },
  {
    text: 'You must have been so lonely those months, lying next to someone who was texting another woman. I did that to you.',
    kinds: [],
  },
  {
    text: "I could give you reasons, but you'd hear them as excuses, and they would be. I cheated on you. I'm sorry.",
    kinds: [],
  },
  { text: 'I told you "nothing happened" with Chris. That was a lie. We slept together twice.', kinds: [] },
  {
    text: "I called it 'just a kiss' when you first asked. It wasn't, and calling it that was another lie on top of the first.",
    kinds: [],
  },
  {
    text: "Work has been stressful, yes, and that has nothing to do with why I gambled away our holiday money. I did that, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I don't want to call it 'a mistake'. I made a choice to meet him, and then I made it again every week for a year.",
    kinds: [],
  },
  {
    text: "I know you can't sleep. I'll do the school run this week so you can rest in the mornings.",
    kinds: [],
  },
  { text: "I'll answer everything you ask about the affair, for as long as you need to ask.", kinds: [] },
  {
    text: "You asked me to stop saying 'what happened' like it was the weather. So: I lied to you about the loan for two years.",
    kinds: [],
  },
  {
    text: "I used to say 'sorry if I hurt you'. There's no if. I hurt you when I hid the gambling, and I'm sorry.",
    kinds: [],
  },
  {
    text: "I don't expect you to trust me again any time soon. I'll keep the location sharing on for as long as you want it.",
    kinds: [],
  },
  {
    text: 'I know our anniversary is going to be hard this year because of my affair. We can do whatever you want with the day, including nothing.',
    kinds: [],
  },
  {
    text: "The kids don't know yet. When and how we tell them is your call as much as mine, and I won't pretend to them that it was anyone's fault but mine.",
    kinds: [],
  },
  {
    text: "My therapist and I have been talking about my dad and all the lying in our house growing up. That's mine to work on. It doesn't excuse the fact that I lied to you about money for six years.",
    kinds: [],
  },
  {
    text: "It was not your fault. You didn't drive me to it by being tired or busy or anything else.",
    kinds: [],
  },
  { text: "I know 'sorry' feels too small for lying to you about the dating app, but I am.", kinds: [] },
  { text: "Whether you forgive me or not, I'm going to keep going to GA every Tuesday.", kinds: [] },
  {
    text: "When you saw her in Tesco yesterday and had to leave your trolley, that was because I slept with her, not something you should be embarrassed about. I'm sorry I put you in that position.",
    kinds: [],
  },
  {
    text: "It wasn't only the sex. I lied about where I was dozens of times, I used the kids' swimming as cover, and I let you think you were paranoid.",
    kinds: [],
  },
  {
    text: "I didn't just have a drink or two. I'd been drinking at lunch most days since March and hiding the bottles in the shed.",
    kinds: [],
  },
  {
    text: "I'll never again tell you I'm at the gym when I'm not. I know words are cheap, so you'll see it in the location app.",
    kinds: [],
  },
  {
    text: "You've been short with me this week because I gave you every reason to be. Please don't apologise for it.",
    kinds: [],
  },
  {
    text: "When I told you you were overreacting about Becca, I was trying to make you doubt yourself. You weren't overreacting. I was sleeping with her.",
    kinds: [],
  },
  {
    text: "Your mum was right to be angry with me at Sunday lunch. I lied to her as well as to you about the loans, and I'll apologise to her directly.",
    kinds: [],
  },
  {
    text: "I want to be honest that I felt lonely last year, and that loneliness isn't the reason I cheated. Plenty of lonely people don't. I chose to.",
    kinds: [],
  },
  {
    text: "I'd like, one day, for this to be in our past, but that isn't mine to decide or to rush.",
    kinds: [],
  },
  {
    text: "I hurt you. Not 'if', not 'maybe'. I hid the porn and lied about it when you asked me directly.",
    kinds: [],
  },
  {
    text: 'I had an emotional affair with Dev from work. I told him things I should have been telling you, and I lied to you about how often we talked.',
    kinds: [],
  },
  {
    text: "Aoife, I lied about the drinking. I told you I'd stopped in January and I hadn't. I'm sorry, and I've booked the assessment at the clinic for Monday.",
    kinds: [],
  },
  {
    text: 'Babe I lied about being on the apps. I had Hinge on my phone the whole time we were exclusive. Im so sorry, that was a shitty thing to do to u.',
    kinds: [],
  },
  {
    text: "I spent our house deposit on online poker and lied to you about it for a year. I'm sorry. I've handed my bank cards to you and registered with GamStop.",
    kinds: [],
  },
  {
    text: 'Dear Margaret, forty-one years of marriage gave you every reason to believe me, and I used that belief to hide my affair with Joan. I am deeply sorry for the hurt I have caused you.',
    kinds: [],
  },
  {
    text: "I want to name clearly what I did: I had a sexual relationship with Paul for eight months, I lied to you repeatedly to protect it, and I let you doubt yourself when you noticed. I'm sorry.",
    kinds: [],
  },
  {
    text: "Kate, I kept talking to my ex after I promised you I'd stopped. I hid the messages in a second app. That was a betrayal and I'm sorry.",
    kinds: [],
  },
  {
    text: 'I am sorry for taking the loan against the flat without telling you. It was your home also and you had every right to know. I will sit with you and the bank manager whenever you want.',
    kinds: [],
  },
  {
    text: "I'm sorry, my love. I lied about the casino trips on Fridays, and I took money from the kids' school fund to cover it. I'll pay back every cent and you can see the account.",
    kinds: [],
  },
  {
    text: "I've been a liar about the grog, love. Told you I was off it since Easter and I wasn't. I'm sorry. I've rung the counsellor.",
    kinds: [],
  },
  {
    text: 'I am very sorry I lied to you about my ex-girlfriend. I said I did not see her in Berlin, but I saw her two times. You deserve the truth and now I give it.',
    kinds: [],
  },
  { text: "I cheated. I'm sorry.", kinds: [] },
  { text: 'I lied about the porn. You were right.', kinds: [] },
  {
    text: "I'm sorry I hid the credit card bills from you. We made two years of money decisions based on my lies, and you paid for that as much as I did.",
    kinds: [],
  },
  {
    text: "I took Ella and Max to the park and used it as cover to meet him. I'm sorry I brought our children into my lie.",
    kinds: [],
  },
  {
    text: "Checking in tonight like we agreed. Today I didn't gamble, I didn't open the app, and I told my sponsor about the urge I had at lunch.",
    kinds: [],
  },
  {
    text: "I understand why you flinch when my phone buzzes. I did that, by hiding Tinder from you. I'll keep it face up on the table.",
    kinds: [],
  },
  {
    text: "I'm sorry for lying to you about the overdraft. I told you it was a bank error and it wasn't. I'd spent it on the horses.",
    kinds: [],
  },
  {
    text: "I'm sorry, Siobhán. I was texting your friend behind your back for months and I lied when you asked me straight out. You didn't deserve any of it.",
    kinds: [],
  },
  {
    text: "Robert, I'm sorry I went to the sauna and lied to you about where I'd been. After thirty years you deserved honesty, and I gave you a story.",
    kinds: [],
  },
  {
    text: 'i lied to u about snapchat. i was still messaging jake. ur not crazy for thinking something was off, u were right and im sorry',
    kinds: [],
  },
  {
    text: "I know sex feels impossible right now after finding out I'd been paying for cam sites. There's no timeline on that and I won't push.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid the £23,000 debt. I've written down every card and every balance and I'll go through it with you line by line whenever you're ready.",
    kinds: [],
  },
  {
    text: "A year ago today you found the messages between me and Hannah. I remember, and I'm sorry I put you through that day and the ones after it.",
    kinds: [],
  },
  {
    text: "I lied about being at Tom's on Saturday. I was at the pub and I drank, after promising you I wouldn't. I'm sorry.",
    kinds: [],
  },
  {
    text: "I broke your trust by lying about my ex coming to the wedding. I'll tell you about every contact from her from now on, including the ones I ignore.",
    kinds: [],
  },
  {
    text: "I wish to apologise, plainly, for concealing the extent of my debts from you. You made decisions about our family's future on false information that I gave you.",
    kinds: [],
  },
  {
    text: "I'm sorry I used your card for the betting account. That was stealing from you, and I'm calling it that.",
    kinds: [],
  },
  { text: "You asked me not to talk to her and I did anyway, for six weeks. I'm sorry.", kinds: [] },
  {
    text: "I can see how much energy it takes you to be in the same room as me this week. That's the cost of my affair, and you're the one paying it. I'm sorry.",
    kinds: [],
  },
  {
    text: "I lied about the dating app when you asked me in the car. I said it was an old download. It wasn't; I'd been using it that week.",
    kinds: [],
  },
  {
    text: 'Sorry for hiding the money I sent to my brother. Is your money too, and I decided alone and lied. This was wrong.',
    kinds: [],
  },
  {
    text: "I'm sorry I laughed it off when you asked about my search history. You were asking a serious question and I treated you like you were being silly.",
    kinds: [],
  },
  {
    text: "I betrayed you, Priya. I met up with Arjun three times and told you I was at the office. I'm sorry for the lies and for the affair.",
    kinds: [],
  },
  {
    text: "I'm sorry I left you to do the kids' bedtimes alone all those nights I said I was working late and was actually with him.",
    kinds: [],
  },
  {
    text: "Your dad asked me at Christmas whether things were okay with us and I said yes, knowing about the debt. I'm sorry I lied to him too and left you covering for me.",
    kinds: [],
  },
  {
    text: "You deserved to hear it from me, and instead you heard it from a stranger on Facebook. I'm sorry I was too cowardly to tell you about Liam myself.",
    kinds: [],
  },
  { text: "I gambled the rent. I'm sorry. I'll tell you the full amount tonight.", kinds: [] },
  {
    text: "I'm sorry I deleted the messages before you could see them. That was me covering my tracks, and it made it harder for you.",
    kinds: [],
  },
  {
    text: "I'm going to my first SLAA meeting tomorrow. Not as an apology, just so you know where I'll be, and I'll text you when I'm out.",
    kinds: [],
  },
  {
    text: "I hid bottles in the garage and the car, and when you found one I blamed your brother. I'm sorry for the drinking, the hiding and the lie about him.",
    kinds: [],
  },
  {
    text: "I'm sorry, Jules. I had sex with someone I met on a work trip to Leeds and I hid it from you for a year.",
    kinds: [],
  },
  {
    text: 'For the record, and for as long as you need me to say it: you did nothing to cause this. I chose to have the affair.',
    kinds: [],
  },
  {
    text: "It's okay that you don't want me at your sister's this weekend. I lied about the debt, and you don't have to protect me from your family's questions.",
    kinds: [],
  },
  {
    text: "I'm sorry I hid how bad my drinking had got. You were scared for me and I told you you were being dramatic. You weren't.",
    kinds: [],
  },
  {
    text: "I watched porn for hours most nights and told you I was gaming. I'm sorry for the lying and for how small it made you feel.",
    kinds: [],
  },
  {
    text: "Whatever you decide about us, I want you to know I'm sorry for sleeping with your cousin and for every lie I told to cover it.",
    kinds: [],
  },
  {
    text: "I only told you half the truth last week. Here's the rest: there were two other women, not just Sara.",
    kinds: [],
  },
  {
    text: "I'd understand if you never want to hear the word 'sorry' from me again. I'll show you instead: the second phone is in the bin and the number's cancelled.",
    kinds: [],
  },
];
