import { byKind } from './by-kind';
import type { KindText, Rule } from './engine';
import { NOT_ACCUSING, STATEMENT_FRAMES } from './statement-frames';

const SHAPE = 'When you …, I feel … I need …';

/** What the I-statement coach says for each kind of finding. */
export const STATEMENT_TEXTS: Readonly<Record<string, KindText>> = {
  accusation: {
    message:
      'This tells them what they did or think, and may start a defence. Starting from what you feel is easier to hear.',
    suggestion: SHAPE,
  },
  absolute: {
    message:
      '“Always” and “never” invite an argument about the exceptions. One specific moment is harder to brush aside.',
    suggestion: 'When you … (one moment, e.g. last night), I felt …',
  },
  character_attack: {
    message:
      'A label for who they are can shut the door. Naming what they did, and how it hurt, keeps it open.',
    suggestion: SHAPE,
  },
};

// "When you lied, I felt…" is the shape we want; these openers make the "you" part of a feeling sentence.
const SUBORDINATE = '\\b(after|as soon as|before|each time|if|once|till|until|whenever|when|while)\\b';
const SUBORDINATE_WIDE =
  '\\b(when|whenever|if|after|while|once|as soon as|each time|until|till|before|since|that|how|because|cause|about|the way|knowing|what|where|why|as|the (day|fact|moment|night|time|week)|times?|i know|i believe|i trust|i understand)\\b';
const SELF_LABEL =
  "\\b(i'?m|i am|i was|i feel|i felt|i'?ve been|i have been|me feel|me look|me seem|me sound|myself|i look|i sound|i seem|makes me|made me|me like|treated me|treat me|i became|(?<!(busy|on|stop) )being)\\b(?! married) ([a-z']+ ){0,3}$";

// Insults on their own; the "weak" ones are ordinary words too, so they need "a"/"you" before them.
const NOUNS =
  'toerag|eejit|pervert|lowlife|liar|thief|mongrel|gobshite|cheater|narcissist|sociopath|psychopath|psycho|bastard|bitch|asshole|arsehole|slut|whore|loser|idiot|moron|scumbag|scum|hypocrite|jerk|prick|piece of (crap|garbage|shit|trash|work)|deadbeat|manipulator|sleaze(bag)?|dirtbag|douche(bag)?|twat|cunt|womani[sz]er|fuckboy|home-?wrecker|adulter(er|ess)|slag|skank|wanker|tosser|pillock|nutcase|sicko|waste of space|con (artist|man)|excuse for a (human|husband|man|partner|person|wife|woman)|sorry excuse';
const WEAK_NOUNS =
  'worm|leech|parasite|cow|addict|cheat|coward|player|pig|snake|creep|fraud|traitor|monster|dick|rat|weasel|failure|disgrace|disappointment|clown|freak|predator|abuser|lunatic|maniac|muppet|animal|user|joke|child|baby|tool';
const ADJECTIVES =
  'selfish|cruel|heartless|disgusting|pathetic|evil|sick|twisted|worthless|useless|spineless|gutless|shameless|toxic|manipulative|deceitful|fake|crazy|insane|stupid|dumb|lazy|vile|nasty|despicable|a joke|pathological|narcissistic|sociopathic|psychotic|immature|childish|cold-hearted|callous|unlovable|gross|repulsive|trashy|soulless|pitiful|delusional|unhinged|abusive|vindictive|two-faced|untrustworthy|sleazy|creepy|perverted|a disgrace|a pig|an animal|weak|a child|a baby|broken|damaged|rotten|morally (bankrupt|corrupt|void)|a mess|horrible|awful|terrible|dishonest|a liar|a cheat|a fraud|trash|garbage|the worst|scum|filth|nothing to me|dead to me|a nobody|full of (crap|it|lies|shit)|a (bad|crappy|lousy|poor|rotten|shitty|sorry) (boyfriend|dad|excuse|father|friend|girlfriend|human being|human|husband|man|mom|mother|mum|partner|person|wife|woman)';

const INSULT_ADJ =
  '((fucking|sad|lonely|slimy|lying|cheating|selfish|emotional|serial|degenerate|habitual|chronic|utter|hopeless|raging|pathetic|disgusting|complete|total|compulsive|pathological|spineless|worthless|heartless|absolute|real|filthy|stupid|sick|typical|little|big|dirty|lowlife|useless|deceitful|manipulative|two-faced|sneaky|backstabbing|f\\*+ing),? )*';

// Read top to bottom: each line is one way people write it. Add lines freely; keep them specific. Rules are grouped
// by kind (`byKind`); within a kind they are in the order they were added, and a comment naming a round marks where
// that round's rules begin.
/** The rules of the I-statement coach, by kind. */
export const STATEMENT_RULES: readonly Rule[] = [
  ...STATEMENT_FRAMES,
  ...byKind({
    accusation: [
      // accusation — mind-reading: telling them what they feel, want or think
      {
        // blind20: what they are secretly planning, waiting for, glad of, or still feel
        pattern:
          '{youre} {adv}(acting|comparing|glad|hoping|planning|pretending|relieved|waiting)|{you} (was|were) (glad|relieved|thinking about)|{you} (still )?(had|have) feelings for|{you} resent(ed)? me',
        notAfter: SUBORDINATE_WIDE,
      },
      {
        pattern:
          "{you} {adv}(can'?t|clearly don'?t|could not|couldn'?t|did not|didn'?t|do not|doesn'?t|don'?t|never|obviously don'?t) {adv}(actually |even |really |seem to )?(care|cared|love|loved|respect|respected|value|valued|give a (crap|damn|fuck|shit)|think about|thought about|consider|considered|listen|listened|want|wanted|understand|get it|care less|appreciate|appreciated|even try|try|bother|notice|see me|hear me|mean it|feel|regret|have a clue|have any idea|feel bad|feel sorry|deserve)",
        notAfter: SUBORDINATE,
        notBefore: "( [a-z']+)? to (cause|harm|hurt|lose|make|upset)",
      },
      "i bet {you}|the only reason {you}|{you} pretended|{you} {adv}(wanted|want|meant|tried|try|are trying|'re trying|re trying|were trying|did (it|that|this)|do (it|that|this)) to (break|confuse|control|destroy|embarrass|fool|gaslight|get back|humiliate|hurt|make me|manipulate|punish|scare|trick|upset)|knowing (exactly|full well)",
      {
        pattern:
          "{you} {adv}(assume|believed|believe|think|thought) (that )?(i'?m|i am|i was|you can|you could|nobody|no one|i (can'?t|didn'?t|don'?t|will|won'?t|wouldn'?t|would)|you'?re|you are|you'?d|you deserve|everything|it'?s fine|it was fine|this is|it'?s okay|it'?s ok|i'?d never)|{youre} {adv}(trying to|just trying to|doing this to|only doing|enjoying this|loving this|lying|manipulating|gaslighting|hiding something|still hiding|still (lying|seeing|talking|texting))|{you} {adv}(choose|chose|picked|preferred|prefer|put) (everyone|everything|her|him|that|them|work|your friends|your job|your phone|yourself|your) (above|before|first|over)|(?<!if ){you} (would|'d|d) rather",
        // "I feel hurt when you are lying about where you go" is the I-statement shape (blind24)
        notAfter: '\\bwhen $',
      },
      {
        pattern:
          // a parenthesis may sit between: "you have, on numerous occasions, misrepresented…"
          '{youaux}(,[^,.!?\\n]{1,40},)? {adv}(ruin(ed)?|destroy(ed)?|wreck(ed)?|broke|broken|(blew|blown|threw|thrown) (away|up)|killed|poisoned|torn apart|tore apart|betrayed|humiliated|disgraced|used|manipulated|gaslit|gaslighted|lie|lied|cheat|cheated|deceived|misled|misrepresented|concealed|withheld|hid|hidden|screwed|messed up|fucked (me|up|us)|abandoned|tricked|embarrassed|disrespected|hurt me|(taken|take|took) everything|stole|stolen)',
        notAfter: `${SUBORDINATE_WIDE}|${NOT_ACCUSING}`,
        // a plain fact followed by the writer's own feeling: "You lied to me for two years. I don't know how to trust you yet."
        notBefore:
          "[^.!?]*([.!?] (when )?i('?m| am| feel| felt| need| found| don'?t know)\\b|\\b(on (the \\d+\\w*|[a-z]+day)|last (night|week)|yesterday)\\b)",
      },
      {
        pattern:
          '{you} {adv}(made|makes|make) me (angry|crazy|cry|doubt|feel|hate|insane|like this|look|miserable|paranoid|question|sick|so|think|this|want)|{you} {adv}(keep|kept) (blaming|breaking|changing the subject|deflecting|dismissing|doing|hiding|hurting|ignoring|letting me down|lying|making|pretending|turning|twisting)',
        notAfter: SUBORDINATE,
        notBefore: ' (better|happy|heard|hopeful|loved|safe|seen|special)',
      },
      'your fault|(because of|thanks to) {you}|{youre} the (cause|one that|one who|problem|reason)|{you} did this',
      {
        pattern:
          "why (are|can'?t|couldn'?t|didn'?t|did|don'?t|do|were|won'?t|would) {you} {adv}(always|never|keep|lie|lying|cheat|cheating|do (it|that|these|this)|treat|hurt|care|bother|listen|think|pretend|act|make|like this|so)|what (is|'s) wrong with {you}|(did|don'?t|do) {you} (even|ever) (care|love me|think(?! about (asking|telling))|stop|consider|realise|realize|feel)|how (can|could|dare) {you}|(did|do) {you} (even )?(had|have) any idea|funny how {you}|so {you} {adv}(decided|figured|thought)|let me guess|convenient timing|if {you} (actually|even|ever|really|truly) (cared|loved|respected)|{youre} counting (down )?the (days|hours)|{im} sure {you}('ll| will) (say|tell)|(don'?t|do not) insult me",
        negatable: false,
      },
      {
        pattern: 'grow up',
        notAfter: SUBORDINATE,
      },
      {
        pattern:
          "(don'?t|{you} (get|got) what {you} (wanted|want)|{you} (bring|brought) this on|{you} (have|'ve|had) no idea|stop|quit) (acting|act|pretending|pretend) (as if |like |that )?{you}|({you}|{youre}) {adv}(lowkey )?(enjoyed|enjoying|enjoy|get off on|got off on|liked|like|loved|love|loving) (hurting|it when|lying|making|playing|seeing|the attention|watching)|{you}('re| are)? {adv}(made a fool|make a fool|played|play|treated|treating|treat|used) (me|of me)|why (can'?t|couldn'?t|didn'?t|don'?t|won'?t) {you} (even|ever|just)|all {you} (ever )?(care about|do|think about|want) (are|is)|{you} (clearly|honestly|must|obviously|probably|really) (assume|believed|believe|think|thought|wanted|want)|{you} (have|had|'ve got|got|'ve) (absolutely no|no|zero) (backbone|clue|compassion|conscience|decency|empathy|heart|idea|integrity|loyalty|morals|regard|remorse|respect|self-control|shame|spine)|{youaux} (made|turned) me (feel|into)|{you} let me down",
        notAfter: SUBORDINATE,
      },
      {
        pattern:
          'lie to my face|{you} {adv}(wanted|want) me to (be miserable|feel|give up|go crazy|hurt|leave|suffer)',
        notAfter: SUBORDINATE_WIDE,
      },
      // Plain wordings added in the blind8 round.
      {
        pattern: 'behind my back|gaslighting me',
        notAfter: `${SUBORDINATE_WIDE}|${NOT_ACCUSING}`,
      },
      // General shapes added in the blind10 round (follow-up of 2026-12-06).
      {
        // a motive read into them: "you're only sorry because…", "so I'll drop it", "you'd still be doing it if…"
        pattern:
          "{you}('re| are|'ve| have)? {adv}only ([a-z']+ ){1,6}(because|when|to (cover|get|keep|look|save|seem))|{you} {adv}(only )?(cared|care|think|thought|worried|worry) (more )?about (yourself|number one|how [a-z ]{0,20}look)|yourself first|{you} {adv}(wanted|want) me to (drop|forget|forgive|get over|move on|shut up|stop)|so (that )?i'?ll (back off|drop|feel|forget|let|stop)|{you}('d| would) still be [a-z]+ing|{you} knew exactly|{you} planned|{you} turned (my|our|the|this) ([a-z]+ ){0,2}into|{you} cared? more about|{you} (enjoy|like) having|(brain|you) (probably|secretly) thinks?|get away with (everything|it|that|this)|damage control|(looked|look) me in the eyes? ([a-z]+ ){0,3}and (lied|lie)|{youve} {adv}been (cheating|hiding|lying|sneaking)|{you} {adv}(deceived|deceive|lie to|lied to|manipulated|manipulate) (everybody|everyone|people)",
        notAfter: NOT_ACCUSING,
      },
      // General shapes added in the fourth part of the 2026-12-06 round (blind13, blind14).
      {
        // a motive or a wish read into them: "you wanted to get caught", "not because you mean it", "I can tell you're…"
        pattern:
          "{you} {adv}(wanted|want) (to (be|get) caught|me to (be the one|catch you|end it|find out|leave))|not because {you} (actually |genuinely |really )?(are sorry|cared|care|feel|felt|loved|love|meant|mean|wanted|want)|{you} {adv}probably (didn'?t|don'?t|forgot|lied|never|still|think|thought|told|wanted|want)|{im} (certain|sure) {you} ([a-z']+ ){1,4}(as well|too)(?=\\s*[.!?])|{youaux} made it (crystal|painfully|perfectly|very) clear|(made|makes|make|making) (everything|it|that|this) (all )?about (yourself|you)|(was|is|were|'s) (all |just |only )?about (yourself|you)(?=\\s*[.!?]|$)|{you} (was|were) never (going|gonna) to|just admit it|(going|go|went) through the motions",
        notAfter: NOT_ACCUSING,
      },
      {
        // Fifth part of the 2026-12-06 round (blind15): "you're probably relieved", "you wanted her more than you ever
        // wanted me", "you chose the slot machines over your own children", "you're just saying that to shut me up".
        pattern:
          "{youre} probably (relieved|glad|happy|pleased|thrilled|delighted|loving|enjoying|laughing|texting|with (her|him)|thinking about (her|him))|{you} {adv}(care about|cared about|loved|love|wanted|want) ([a-z']+ ){1,3}more than ({you} )?(ever )?([a-z]+ )?(me|us|your (children|family|husband|kids|wife))|{youaux} {adv}(chose|chosen|choose|picked|put|prioriti[sz]ed) ([a-z']+ ){1,6}(above|before|over) (me|us|your (own )?(baby|children|daughter|family|husband|kids|marriage|son|wife))|{youre} {adv}(just|only) (doing|saying|telling me) (it|so|that|this) (because|so|to)",
        notAfter: `${SUBORDINATE}|${NOT_ACCUSING}`,
      },
    ],
    absolute: [
      // absolute — "always", "never", "every single time" about the partner
      {
        pattern:
          "always|never|constantly|forever|as usual|like clockwork|non-?stop|all {you} (ever )?do is|any chance|is ever (honest|true)|every (single )?(answer|argument|chance|conversation|day|evening|excuse|explanation|fight|lie|night|opportunity|payday|promise|story|thing|time|version|weekend|week)|(day|night|week) after (day|night|week)|week in,? week out|for once|(our|the|your) (entire|whole) (life|marriage|relationship)|(does|do)n'?t ever|forget everything|all the time|24/7|not (once|one time|a single time|even once|one (single )?day)|nothing i (ever )?(do|say)",
        negatable: false,
        aboutOther: true,
        // about them ("you") or about nobody in particular ("Always an excuse.", "Nothing ever changes here."), not
        // about the writer or the two of them ("Every time I see it I feel sick", "We always said we'd go")
        onlyIn:
          "\\b(ur|u|you'?re|yourself|yours|your|you)\\b|^(?!.*\\b(i|i'[a-z]+|im|me|my|myself|we|we'[a-z]+|us|our|not forever)\\b)",
        notAfter:
          "\\bi (need|want|would like|'?d like|ask|am asking|'?m asking|hope|wish)\\b(?! you to (hear|know|see|understand))|\\bcan $|not (asking|saying|going to)|won'?t",
        // "you've always been a wonderful dad" is praise, not an absolute
        notBefore:
          " {w3}(wonderful|amazing|brilliant|great|kind|lovely|generous|patient|thoughtful|the best|good (dad|father|friend|listener|mother|mum|to|with)|know how to|make me (laugh|smile)|worked hard|remember)| (last|this) (month|week)| me\\b| (have|need) to (hide|worry)\\b|[^.!?]{0,60}\\b(i appreciate|i love that|i see it|i'?ve noticed|it matters|thank you)",
      },
      {
        pattern:
          "(destroyed|destroys|destroy|lied|lies|lie|lying|makes|make|mess up|messed up|ruined|ruins|ruin|screw up|screwed up|spoiled|spoilt|spoil|turns|turn|twisted|twists|twist|wrecked|wreck) (about )?{adv}everything|every ?(single )?(thing|word) ((that )?comes )?(from|out of) {your} mouth|nothing {you} (do|said|say)|every time {you}|everything {you}('ve| have)? (ever )?(did|do|said|say|tell|told|touch)|(a single|one) (honest|true) (thing|word)|without fail|nothing ever changes with {you}|{youre} (always|never)|(hundredth|millionth|umpteenth) time|day in,? day out|big or small",
        negatable: false,
        notAfter: '\\bi (feel|get|panic|worry)\\b',
      },
      {
        pattern: 'every\\W+single\\W+time|every (bloody|damn|last) time',
        negatable: false,
      },
      {
        // Fifth part of the 2026-12-06 round (blind15): "every single word you've said for two years has been a lie"
        pattern: "every (single )?word {you}('ve| have)? (ever )?(said|say|spoke|told me|wrote)",
        negatable: false,
        onlyIn: '\\b(a joke|bullshit|crap|fake|false|lies|lie|lying|rubbish|untrue)\\b',
      },
      {
        pattern:
          '(the|your|these|all (these|the|your)) (constant|continual|endless|never-?ending|non-?stop|relentless) (apologies|criticism|deflecting|excuses|lies|lying|phone|promises|secrets|texting)|{your} usual (act|excuse|line|move|response|routine|story|thing|trick)',
        negatable: false,
      },
    ],
    character_attack: [
      // character_attack — labels for the person, name-calling
      {
        pattern: `(a |an |just a |just an |nothing but a |nothing but an |such a |such an |the biggest |the worst |u |ur |you |you'?re )?{adv}${INSULT_ADJ}(${NOUNS})s?|(a |an |just a |nothing but a |such a |such an |the biggest |u |you |you'?re a |you'?re an )${INSULT_ADJ}(${WEAK_NOUNS})`,
        notAfter: `${SELF_LABEL}|\\bwith $`,
        notBefore: "( [a-z']+)? (i am|i was|i'?ve been)\\b|[- ](ish|like)\\b",
      },
      {
        pattern: `({youre}|you'?ve (always been|become|been)|you (are|seem|truly are|were)|how|he'?s|she'?s) {adv}(a |an |being |genuinely |just |nothing but |so |such a |truly )?(${ADJECTIVES})(?! (about|act|at|choice|decision|for|move|of|that|thing|to me|when))`,
        notAfter: SUBORDINATE,
      },
      {
        pattern:
          "typical ([a-z]+ )?(cheater|guy|liar|man|men|of you|woman|women|you)|(a guy|a man|a person|a woman|men|people|somebody|someone|women) like you|(acting|acts|act|behaves|behave|behaving) like (an|a|some) ([a-z]+ )?(animal|baby|brat|child|coward|idiot|kid|lovesick|martyr|psycho|spoiled|teenager|toddler)|(the )?most (callous|childish|cruel|deceitful|despicable|disgusting|dishonest|evil|heartless|immature|manipulative|narcissistic|pathetic|selfish|shameless|spineless|toxic|two-faced|untrustworthy|vile) (human|husband|man|partner|person|wife|woman)|what (kind|sort) of (a )?(person|man|woman|human|husband|wife|partner|father|mother|monster|sick person|sicko|animal|pervert|creep|coward|liar|cheat|freak|[a-z]+ (could|did|does|would)( do)? (that|this))|(no one|nobody) (decent|good|normal|sane) ([a-z]+ )?(could|does|would) (cheat|do|lie|treat)|some (dad|father|friend|husband|man|mother|mum|partner|wife) {you}|{you} disgust me|{youre} (exactly|just) like (ur|your) (brother|dad|ex|family|father|mom|mother|mum|sister)|(decent|good|grown|normal|real) (adults?|husband|man|men|partner|people|person|wife|woman|women) (do not|don'?t|never|would never|wouldn'?t)|{youre} (incapable of|unable to) (being honest|caring|empathy|honesty|love|loving|telling the truth)",
        negatable: false,
      },
      {
        pattern: 'grow (a|some) (backbone|spine)',
        negatable: false,
      },
      {
        pattern:
          '(such )?an? ([a-z]+,? ){0,2}(cowardly|cruel|deceitful|dishonest|empty|fake|false|gutless|heartless|manipulative|nasty|pathetic|selfish|spineless|useless|vile|weak-willed|weak|worthless) (little )?(human|husband|man|partner|person|wife|woman)|{your} (cheating|deceitful|lying|smug|two-faced)(,? (cheating|lying|smug))* (arse|ass|face|mouth|self)|{youre} not a (decent|good|kind|nice) (human|husband|man|partner|person|wife|woman)',
        negatable: false,
        notAfter: SELF_LABEL,
      },
      {
        // The 2026-12-07 round (blind18): a sentence that is only a label ("Creep.", "Two-faced rat.")
        pattern: `(?<=(^|[.!?\\n])\\s{0,3})(you )?${INSULT_ADJ}(${WEAK_NOUNS}|bottom-feeder|dog|toxic)(?=\\s*[.!?])`,
        notAfter: SELF_LABEL,
      },
      {
        // Fifth part of the 2026-12-06 round (blind15): "you're nothing but a drunk", "a degenerate gambler"
        pattern: `({youre}|you (are|were)|nothing but|such) (an? )?${INSULT_ADJ}(addict|alcoholic|cheat|drunkard|drunk|gambler|junkie)s?`,
        notAfter: SELF_LABEL,
      },
      {
        pattern:
          "second nature to {you}|if {your} life depended on it|{youre} {adv}(so |such an? )([a-z]+ ){1,2}(it'?s) (a joke|embarrassing|laughable|pathetic|ridiculous|sad|scary)|as (careless|childish|cold|cruel|deceitful|dishonest|fake|immature|irresponsible|lazy|reckless|selfish|sneaky|weak) as {you}|(an|a|such an|such a) (cheating|cowardly|deceitful|heartless|lying|manipulative|pathetic|selfish|sneaky|spineless|two-faced),? (and )?(cheating|cowardly|deceitful|heartless|lying|manipulative|pathetic|selfish|sneaky|spineless|two-faced) [a-z]+|is there anything {you}('re| are| have| haven'?t| don'?t| didn'?t)? ([a-z']+ ){0,3}(honest|liar|lied|lie|truthful)",
        negatable: false,
      },
    ],
  }),
];
