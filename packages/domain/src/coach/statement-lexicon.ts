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
const SUBORDINATE = '\\b(when|whenever|if|after|while|once|as soon as|each time|until|till|before)\\b';
const SUBORDINATE_WIDE =
  '\\b(when|whenever|if|after|while|once|as soon as|each time|until|till|before|since|that|how|because|cause|about|the way|knowing|what|where|why|as|the (day|night|time|moment|week|fact)|times?|i know|i believe|i trust|i understand)\\b';
const SELF_LABEL =
  "\\b(i'?m|i am|i was|i feel|i felt|i'?ve been|i have been|me feel|me look|me seem|me sound|myself|i look|i sound|i seem|makes me|made me|me like|treated me|treat me|i became|(?<!(stop|busy) )being)\\b(?! married) ([a-z']+ ){0,3}$";

// Insults on their own; the "weak" ones are ordinary words too, so they need "a"/"you" before them.
const NOUNS =
  'toerag|lowlife|liar|thief|mongrel|gobshite|cheater|narcissist|sociopath|psychopath|psycho|bastard|bitch|asshole|arsehole|slut|whore|loser|idiot|moron|scumbag|scum|hypocrite|jerk|prick|piece of (shit|work|garbage|trash|crap)|deadbeat|manipulator|sleaze(bag)?|dirtbag|douche(bag)?|twat|cunt|womani[sz]er|fuckboy|home-?wrecker|adulter(er|ess)|slag|skank|wanker|tosser|pillock|nutcase|sicko|waste of space|con (artist|man)|excuse for a (man|woman|husband|wife|human|person|partner)|sorry excuse';
const WEAK_NOUNS =
  'worm|leech|parasite|cow|addict|cheat|coward|player|pig|snake|creep|fraud|traitor|monster|dick|rat|weasel|failure|disgrace|disappointment|clown|freak|predator|abuser|lunatic|maniac|muppet|animal|user|joke|child|baby|tool';
const ADJECTIVES =
  'selfish|cruel|heartless|disgusting|pathetic|evil|sick|twisted|worthless|useless|spineless|gutless|shameless|toxic|manipulative|deceitful|fake|crazy|insane|stupid|dumb|lazy|vile|nasty|despicable|a joke|pathological|narcissistic|sociopathic|psychotic|immature|childish|cold-hearted|callous|unlovable|gross|repulsive|trashy|soulless|pitiful|delusional|unhinged|abusive|vindictive|two-faced|untrustworthy|sleazy|creepy|perverted|a disgrace|a pig|an animal|weak|a child|a baby|broken|damaged|rotten|morally (bankrupt|corrupt|void)|a mess|horrible|awful|terrible|dishonest|a liar|a cheat|a fraud|trash|garbage|the worst|scum|filth|nothing to me|dead to me|a nobody|full of (it|shit|crap|lies)|a (bad|shitty|lousy|crappy|sorry|poor|rotten) (person|man|woman|husband|wife|father|dad|mother|mom|mum|partner|human|human being|boyfriend|girlfriend|friend|excuse)';

const INSULT_ADJ =
  '((fucking|slimy|lying|cheating|selfish|emotional|serial|degenerate|habitual|chronic|utter|hopeless|raging|pathetic|disgusting|complete|total|compulsive|pathological|spineless|worthless|heartless|absolute|real|filthy|stupid|sick|typical|little|big|dirty|lowlife|useless|deceitful|manipulative|two-faced|sneaky|backstabbing|f\\*+ing),? )*';

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
        pattern:
          "{you} {adv}(don'?t|do not|never|didn'?t|did not|doesn'?t|obviously don'?t|clearly don'?t|couldn'?t|could not|can'?t) {adv}(seem to |even |really |actually )?(care|cared|love|loved|respect|respected|value|valued|give a (damn|shit|crap|fuck)|think about|thought about|consider|considered|listen|listened|want|wanted|understand|get it|care less|appreciate|appreciated|even try|try|bother|notice|see me|hear me|mean it|feel|regret|have a clue|have any idea|feel bad|feel sorry|deserve)",
        notAfter: SUBORDINATE,
        notBefore: "( [a-z']+)? to (hurt|upset|lose|make|cause|harm)",
      },
      "i bet {you}|the only reason {you}|{you} {adv}(wanted|want|meant|tried|try|are trying|'re trying|re trying|were trying|did (it|this|that)|do (it|this|that)) to (hurt|humiliate|punish|control|manipulate|destroy|break|embarrass|upset|make me|get back|trick|fool|gaslight|scare|confuse)|{you} {adv}(did|do|said|say) (it|this|that|these things) (on purpose|deliberately|intentionally|to hurt|to spite|just to)|knowing (exactly|full well)",
      "{you} {adv}(think|thought|believe|believed|assume) (that )?(i'?m|i am|i was|you can|you could|nobody|no one|i (won'?t|wouldn'?t|don'?t|didn'?t|can'?t|will|would)|you'?re|you are|you'?d|you deserve|everything|it'?s fine|it was fine|this is|it'?s okay|it'?s ok|i'?d never)|{youre} {adv}(trying to|just trying to|doing this to|only doing|enjoying this|loving this|lying|manipulating|gaslighting|hiding something|still hiding|still (talking|seeing|texting|lying))|{you} {adv}(chose|picked|preferred|prefer|put|choose) (her|him|them|that|your|work|your job|your phone|your friends|everyone|everything|yourself) (over|before|above|first)|(?<!if ){you} (would|'d|d) rather",
      {
        pattern:
          // a parenthesis may sit between: "you have, on numerous occasions, misrepresented…"
          '{youaux}(,[^,.!?\\n]{1,40},)? {adv}(ruin(ed)?|destroy(ed)?|wreck(ed)?|broke|broken|(thrown|threw|blew|blown) (away|up)|killed|poisoned|torn apart|tore apart|betrayed|humiliated|disgraced|used|manipulated|gaslit|gaslighted|lie|lied|cheat|cheated|deceived|misled|misrepresented|concealed|withheld|hid|hidden|screwed|messed up|fucked (up|me|us)|abandoned|tricked|embarrassed|disrespected|hurt me|(took|taken|take) everything|stole|stolen)',
        notAfter: `${SUBORDINATE_WIDE}|${NOT_ACCUSING}`,
        // a plain fact followed by the writer's own feeling: "You lied to me for two years. I don't know how to trust you yet."
        notBefore:
          "[^.!?]*([.!?] (when )?i('?m| am| feel| felt| need| found| don'?t know)\\b|\\b(on (the \\d+\\w*|[a-z]+day)|last (night|week)|yesterday)\\b)",
      },
      {
        pattern:
          '{you} {adv}(make|made|makes) me (feel|so|sick|crazy|want|think|hate|cry|angry|miserable|look|question|doubt|this|like this|paranoid|insane)|{you} {adv}(keep|kept) (lying|hiding|doing|making|ignoring|pretending|dismissing|twisting|deflecting|changing the subject|turning|blaming|breaking|hurting|letting me down)',
        notAfter: SUBORDINATE,
        notBefore: ' (safe|loved|happy|special|better|seen|heard|hopeful)',
      },
      'your fault|(because of|thanks to) {you}|{youre} the (reason|one who|one that|problem|cause)|{you} did this',
      {
        pattern:
          "why (would|did|do|can'?t|won'?t|don'?t|couldn'?t|didn'?t|are|were) {you} {adv}(always|never|keep|lie|lying|cheat|cheating|do (this|that|it|these)|treat|hurt|care|bother|listen|think|pretend|act|make|like this|so)|what (is|'s) wrong with {you}|(do|did|don'?t) {you} (even|ever) (care|love me|think(?! about (telling|asking))|stop|consider|realise|realize|feel)|how (could|can|dare) {you}|(do|did) {you} (even )?(have|had) any idea|funny how {you}|so {you} {adv}(decided|thought|figured)",
        negatable: false,
      },
      {
        pattern: 'grow up',
        notAfter: SUBORDINATE,
      },
      {
        pattern:
          "(don'?t|{you} (got|get) what {you} (wanted|want)|{you} (brought|bring) this on|{you} (have|'ve|had) no idea|stop|quit) (pretend|pretending|acting|act) (like |that |as if )?{you}|({you}|{youre}) {adv}(lowkey )?(enjoy|enjoyed|enjoying|like|liked|love|loved|loving|get off on|got off on) (watching|seeing|making|hurting|it when|the attention|lying|playing)|{you}('re| are)? {adv}(treat|treated|treating|made a fool|make a fool|played|play|used) (me|of me)|for once in (your|ur) (life|lives)|why (can'?t|won'?t|don'?t|couldn'?t|didn'?t) {you} (just|ever|even)|all {you} (ever )?(do|care about|think about|want) (is|are)|{you} (must|probably|clearly|obviously|honestly|really) (think|thought|believe|believed|assume|want|wanted)|{you} (have|had|'ve got|got|'ve) (zero|no|absolutely no) (respect|regard|empathy|shame|decency|conscience|idea|clue|loyalty|integrity|remorse|compassion|heart|morals|self-control|spine|backbone)|{youaux} (turned|made) me (into|feel)|{you} let me down",
        notAfter: SUBORDINATE,
      },
      {
        pattern:
          "{you}('d| would|d) {adv}(lie|cheat|say anything|do anything|betray|sell|throw)|lie to my face|(it'?s|it is) (like|as if|as though) {you}|{you} {adv}(want|wanted) me to (suffer|hurt|feel|be miserable|go crazy|leave|give up)",
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
          "{you}('re| are|'ve| have)? {adv}only ([a-z']+ ){1,6}(because|when|to (look|seem|get|keep|save|cover))|{you} {adv}(only )?(care|cared|think|thought|worry|worried) (more )?about (yourself|number one|how [a-z ]{0,20}look)|yourself first|{you} {adv}(want|wanted) me to (forget|shut up|get over|drop|stop|move on|forgive)|so {you} (can|could) (carry on|keep|feel better|go back|get away|look good)|so (that )?i'?ll (feel|drop|forget|stop|let|back off)|{you}('d| would) still be [a-z]+ing|{you} knew exactly|{you} planned|{you} turned (our|this|my|the) ([a-z]+ ){0,2}into|{you} cared? more about|{you} (like|enjoy) having|(brain|you) (probably|secretly) thinks?|get away with (it|this|that|everything)|damage control|(look|looked) me in the eyes? ([a-z]+ ){0,3}and (lie|lied)|{youve} {adv}been (lying|cheating|hiding|sneaking)|{you} {adv}(manipulate|manipulated|deceive|deceived|lie to|lied to) (everyone|everybody|people)",
        notAfter: NOT_ACCUSING,
      },
      // General shapes added in the fourth part of the 2026-12-06 round (blind13, blind14).
      {
        // a motive or a wish read into them: "you wanted to get caught", "not because you mean it", "I can tell you're…"
        pattern:
          "{you} {adv}(wanted|want) (to (get|be) caught|me to (be the one|end it|find out|catch you|leave))|not because {you} (actually |really |genuinely )?(mean|meant|care|cared|want|wanted|feel|felt|love|loved|are sorry)|(going|go|went) through the motions|i can (tell|see|feel) (that )?{you}('re| are)? {adv}(resent|hate|don'?t|just|only|not|lying|bored|annoyed|pretending|faking|going)|{you} {adv}probably (still|forgot|never|didn'?t|don'?t|told|lied|think|thought|want|wanted)|i bet {you} (told|did|said|bought|lied|loved|enjoyed|still|never)|{im} (sure|certain) {you} ([a-z']+ ){1,4}(too|as well)(?=\\s*[.!?])|{youaux} made it (crystal|very|perfectly|painfully) clear|(make|made|makes|making) (it|this|everything|that) (all )?about (you|yourself)|(was|is|were|'s) (all |only |just )?about (you|yourself)(?=\\s*[.!?]|$)|{you} (were|was) never (going|gonna) to|just admit it",
        notAfter: NOT_ACCUSING,
      },
      {
        // Fifth part of the 2026-12-06 round (blind15): "you're probably relieved", "you wanted her more than you ever
        // wanted me", "you chose the slot machines over your own children", "you're just saying that to shut me up".
        pattern:
          "{youre} probably (relieved|glad|happy|pleased|thrilled|delighted|loving|enjoying|laughing|texting|with (her|him)|thinking about (her|him))|{you} {adv}(wanted|want|loved|love|cared about|care about) ([a-z']+ ){1,3}more than ({you} )?(ever )?([a-z]+ )?(me|us|your (family|kids|children|wife|husband))|{youaux} {adv}(chose|chosen|choose|picked|put|prioriti[sz]ed) ([a-z']+ ){1,6}(over|before|above) (me|us|your (own )?(family|kids|children|wife|husband|marriage|son|daughter|baby))|{youre} {adv}(just|only) (saying|doing|telling me) (that|this|it|so) (to|so|because)",
        notAfter: `${SUBORDINATE}|${NOT_ACCUSING}`,
      },
    ],
    absolute: [
      // absolute — "always", "never", "every single time" about the partner
      {
        pattern:
          "always|never|constantly|forever|as usual|like always|like clockwork|non-?stop|all {you} (ever )?do is|any chance|is ever (true|honest)|every (single )?(time|day|night|week|weekend|chance|opportunity|thing|conversation|promise|argument|fight|lie|excuse|story|explanation|version|answer)|for once|(our|your|the) (entire|whole) (marriage|relationship|life)|(do|does)n'?t ever|forget everything|all the time|24/7|not (once|one time|a single time|even once|one (single )?day)|nothing i (ever )?(do|say)",
        negatable: false,
        aboutOther: true,
        onlyIn: "\\b(you|u|your|ur|you'?re|yours|yourself)\\b",
        notAfter:
          "\\bi (need|want|would like|'?d like|ask|am asking|'?m asking|hope|wish)\\b(?! you to (understand|know|see|hear))|\\bcan $",
        // "you've always been a wonderful dad" is praise, not an absolute
        notBefore:
          " {w3}(wonderful|amazing|kind|generous|patient|thoughtful|the best|good (dad|mum|father|mother|friend|listener|to|with)|know how to|make me (laugh|smile)|worked hard|remember)| (this|last) (week|month)| me\\b|[^.!?]{0,60}\\b(i love that|i appreciate|i'?ve noticed|i see it|it matters|thank you)",
      },
      {
        pattern:
          "(lie|lies|lied|lying|ruin|ruins|ruined|destroy|destroyed|destroys|screw up|screwed up|mess up|messed up|wreck|wrecked|spoil|spoiled|spoilt|twist|twisted|twists|make|makes|turn|turns) (about )?{adv}everything|every ?(single )?(word|thing) ((that )?comes )?(out of|from) {your} mouth|nothing {you} (say|said|do)|every time {you}|everything {you}('ve| have)? (ever )?(say|said|do|did|told|tell|touch)|(one|a single) (true|honest) (thing|word)|without fail|nothing ever changes with {you}|{youre} (always|never)|(hundredth|millionth|umpteenth) time|day in,? day out|big or small",
        negatable: false,
        notAfter: '\\bi (worry|panic|get|feel)\\b',
      },
      {
        pattern: 'every\\W+single\\W+time|every (bloody|damn|last) time',
        negatable: false,
      },
      {
        // Fifth part of the 2026-12-06 round (blind15): "every single word you've said for two years has been a lie"
        pattern: "every (single )?word {you}('ve| have)? (ever )?(said|say|told me|spoke|wrote)",
        negatable: false,
        onlyIn: '\\b(lie|lies|lying|bullshit|fake|rubbish|crap|a joke|untrue|false)\\b',
      },
      {
        pattern:
          '(the|your|these|all (the|your|these)) (constant|endless|never-?ending|non-?stop|continual|relentless) (excuses|lies|lying|secrets|deflecting|promises|apologies|criticism|phone|texting)|{your} usual (thing|trick|routine|move|act|excuse|line|story|response)',
        negatable: false,
      },
    ],
    character_attack: [
      // character_attack — labels for the person, name-calling
      {
        pattern: `(a |an |such a |such an |the biggest |the worst |you |u |ur |you'?re |nothing but a |nothing but an |just a |just an )?{adv}${INSULT_ADJ}(${NOUNS})s?|(a |an |such a |such an |the biggest |you |u |you'?re a |you'?re an |nothing but a |just a )${INSULT_ADJ}(${WEAK_NOUNS})`,
        notAfter: `${SELF_LABEL}|\\bwith $`,
        notBefore: "( [a-z']+)? (i was|i am|i'?ve been)\\b|[- ](like|ish)\\b",
      },
      {
        pattern: `({youre}|you'?ve (always been|become|been)|you (are|were|seem|truly are)|how|he'?s|she'?s) {adv}(a |an |such a |so |being |nothing but |just |truly |genuinely )?(${ADJECTIVES})(?! (to me|about|at|of|when|that|for|thing|choice|decision|move|act))`,
        notAfter: SUBORDINATE,
      },
      {
        pattern:
          "typical ([a-z]+ )?(you|of you|man|men|woman|women|cheater|liar|guy)|(someone|somebody|a person|people|men|women|a man|a woman|a guy) like you|(act|acts|acting|behave|behaves|behaving) like (a|an|some) ([a-z]+ )?(child|baby|teenager|toddler|kid|animal|idiot|psycho|spoiled|brat|coward|martyr|lovesick)|(the )?most (selfish|cruel|heartless|disgusting|pathetic|evil|toxic|manipulative|deceitful|dishonest|vile|despicable|callous|immature|childish|two-faced|untrustworthy|spineless|shameless|narcissistic) (person|man|woman|human|husband|wife|partner)|what kind of (a )?(person|man|woman|human|husband|wife|partner|father|mother|monster|sick person|sicko|animal|pervert|creep|coward|liar|cheat|freak|[a-z]+ (does|would|did|could)( do)? (that|this))|(nobody|no one) (decent|normal|sane|good) ([a-z]+ )?(would|does|could) (do|treat|lie|cheat)|some (father|husband|wife|partner|friend|mother|man|dad|mum) {you}|{you} disgust me|{youre} (just|exactly) like (your|ur) (father|mother|dad|mom|mum|ex|brother|sister|family)|(real|decent|normal|good|grown) (men|women|people|person|man|woman|husband|wife|partner|adults?) (don'?t|wouldn'?t|would never|do not|never)|{youre} (incapable of|unable to) (love|loving|honesty|being honest|empathy|telling the truth|caring)",
        negatable: false,
      },
      {
        pattern: 'grow (a|some) (spine|backbone)',
        negatable: false,
      },
      {
        pattern:
          '(such )?an? ([a-z]+,? ){0,2}(weak|dishonest|selfish|cruel|deceitful|heartless|manipulative|nasty|vile|empty|fake|false|spineless|gutless|pathetic|cowardly|useless|worthless|weak-willed) (person|man|woman|human|husband|wife|partner)|{your} (lying|cheating|two-faced|deceitful|smug)(,? (lying|cheating|smug))* (face|arse|ass|self|mouth)|{youre} not a (good|decent|nice|kind) (person|man|woman|human|partner|husband|wife)',
        negatable: false,
        notAfter: SELF_LABEL,
      },
      {
        // The 2026-12-07 round (blind18): a sentence that is only a label ("Creep.", "Two-faced rat.")
        pattern: `(?<=(^|[.!?\\n])\\s{0,3})(you )?${INSULT_ADJ}(${WEAK_NOUNS}|dog|bottom-feeder)(?=\\s*[.!?])`,
        notAfter: SELF_LABEL,
      },
      {
        // Fifth part of the 2026-12-06 round (blind15): "you're nothing but a drunk", "a degenerate gambler"
        pattern: `({youre}|you (are|were)|nothing but|such) (an? )?${INSULT_ADJ}(drunk|drunkard|gambler|junkie|alcoholic|addict|cheat)s?`,
        notAfter: SELF_LABEL,
      },
      {
        pattern:
          "second nature to {you}|if {your} life depended on it|{youre} {adv}(so |such an? )([a-z]+ ){1,2}(it'?s) (embarrassing|pathetic|sad|laughable|scary|ridiculous|a joke)|as (reckless|careless|irresponsible|selfish|dishonest|sneaky|cold|cruel|deceitful|immature|childish|lazy|weak|fake) as {you}|(a|an|such a|such an) (lying|cheating|cowardly|selfish|deceitful|manipulative|spineless|heartless|two-faced|pathetic|sneaky),? (and )?(lying|cheating|cowardly|selfish|deceitful|manipulative|spineless|heartless|two-faced|pathetic|sneaky) [a-z]+|{youre} (a|an|such a|such an|just a|nothing but a) ([a-z]+ ){0,2}(child|baby|kid|toddler|teenager|brat)|is there anything {you}('re| are| have| haven'?t| don'?t| didn'?t)? ([a-z']+ ){0,3}(lie|lied|liar|honest|truthful)",
        negatable: false,
      },
    ],
  }),
];
