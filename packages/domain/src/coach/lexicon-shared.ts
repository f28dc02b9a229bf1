import { byKind } from './by-kind';
import type { Rule } from './engine';
import { EXCUSE_STATES } from './excuse-states';

export { EXCUSE_STATES } from './excuse-states';

// Lexicons shared by the apology and reply coaches. Each entry is a pattern template
// (see pattern.ts): a space is "one or more spaces", {name} is a small alternation.

// The subset that reads as an excuse even without "because" ("I was drunk", but not "I was angry at myself").
const PLAIN_EXCUSES = EXCUSE_STATES.replace(
  /\|(?:scared|afraid|terrified|hurt|angry|frustrated|sad|ill|sick|tired|young|curious)(?=\||$)/g,
  '',
);

/**
 * Phrases after an excuse that take it back ("I was drunk, but that's no excuse", "…but that's not why I did it"); not
 * when the reason is then kept as "context" ("that's not an excuse, I just want you to understand").
 */
export const DISCLAIMER =
  ".*?((no excuse|not an excuse|n'?t an excuse|n'?t excuse|does not excuse|not excuse)(?![,.]? (i |it'?s |that'?s |but |just )*(context|(want|need) you to understand))|not why|not the reason|hide behind|(not|won'?t)( going to)? blam|knew (exactly )?what i was doing|is no reason|not a reason|n'?t a reason|n'?t justify|not justify|not a justification|no justification|n'?t make (it|this|that|what i did) (okay|ok|right|better|any better)|never an excuse|none of (that|this|it) (excuses|justifies|matters)|nothing excuses|that'?s on me|my (choice|fault)|still chose|i still chose|i chose)";

const NOT_OWNING =
  "(selfish|a coward|cowardly|dishonest|chose|wanted to|liked|enjoyed|it was easier|thought only|put myself|didn'?t think about you|didn'?t care enough|was weak|knew (it|they|that) (was|were) wrong)";

/** Shared rules: making it smaller ("it was just a kiss", "nothing happened"). */
export const MINIMIZING_RULES: Rule[] = byKind({
  minimizing: [
    '(it|that|this|she|he|they|we|things|the \\w+|all of it|all it){is} {adv}(just|only|merely|simply|nothing but|purely|nothing more than|no more than) (a |an |one |some |the |my )?(kiss|fling|texts?|texting|messages|messaging|flirting|flirt|friend|friends|friendship|colleague|coworker|co-worker|sex|physical|talk|talking|chat|chatting|conversation|lunch|coffee|drinks?|dinner|mistake|slip|lapse|moment|night|one night|one time|once|thing|game|joke|fantasy|online|emotional|harmless|innocent|nothing|hookup|hook-up|stupid|silly|small|little|minor|dumb|meaningless|casual|banter|fun|distraction|phase|crush|ex|few|couple|bit of|porn|words|a bit of fun|venting|someone to talk to|catching up|pictures|photos)',
    '(just|only|merely) (once|one time|twice|a few times|a couple (of )?times|a kiss|one kiss|a fling|a few (texts|messages|weeks|days|times|months|drinks|dates)|a couple (of )?(texts|messages|weeks|days|months|drinks|dates)|texting|flirting|talking|physical|sex|emotional|online|a one-time|a one-night|one night|a moment|a stupid mistake|a silly|a small|a little|a bit of fun|friends|harmless|kissed|texted|talked|flirted|messaged|hugged|chatted|hung out|had (lunch|coffee|a drink|drinks|dinner)|went for (a )?(drink|drinks|coffee|lunch|dinner))',
    "(it|that|this|she|he|they|those \\w+|the \\w+|any of it|any of that) {adv}(didn'?t|did not|doesn'?t|does not|never|wouldn'?t) {adv}mean(t)? (anything|a thing|much|nothing|squat|jack)|(it|that|this|she|he|they) {adv}(meant|means) (nothing|very little|so little|little|zero)|meant nothing to me",
    {
      // "laughing like nothing happened was thoughtless of me" describes what they did (blind18)
      pattern:
        'nothing {adv}(really )?(happened|went on|came of it)|nothing (was|is) going on|nothing (serious|physical|sexual)|(it|that) {wasnt} (even )?(an affair|cheating|serious|physical|real|a big deal|a relationship|sexual|a real affair)',
      notAfter: '\\b(like|as if|as though) $',
    },
    "(we|i) {adv}(never|didn'?t|did not) (actually |even |really |technically )?(sleep together|slept together|have sex|had sex|sleep with|slept with|do anything (physical|sexual|serious)|did anything (physical|sexual|serious)|go all the way|went all the way|meet up|touch (her|him)|touched (her|him))",
    "(not|no|isn'?t|wasn'?t) (such |that |a |that of a |such a )?(big|huge) (of a )?deal|not the end of the world",
    "(not|isn'?t|wasn'?t) {adv}(that|so|as|really|all that) (bad|serious|big|important|deep|much)|{its} not like {i} (slept|had sex|left|cheated|fell|was in love|love (her|him)|did anything|ran off|married|moved|was sleeping)",
    {
      pattern:
        "at least {i} (didn'?t|never|wasn'?t|told you|was honest|came clean|admitted|stopped|ended it|confessed|owned up)",
      negatable: false,
    },
    '(a |one )?(little|wee|small|silly|tiny|minor|harmless|brief|meaningless|one-off|one off|one-time|one time) (mistake|slip|lapse|thing|flirtation|fling|indiscretion|kiss|affair|error|moment|blip|lie|fib)|(a |one )?(dumb|stupid|quick|short|casual|drunken|little|silly|brief|meaningless) (fling|kiss|flirtation|hookup|hook-up|thing|crush|affair|fumble|snog)',
    ",? (that'?s|that is|that was) (all|it)(?=\\s*([.!]|$))",
    '{its} (nothing|no biggie|not serious|not a big thing)(?! to do| more)|(it|that|this) was nothing|blow(n|ing)? (this|it|things|everything) (way )?(out of proportion|up)|out of proportion|over ?react(ing|ed|ion)?',
  ],
});

/** Shared rules: reasons offered as excuses ("because I was lonely", "the alcohol made me"). */
export const JUSTIFICATION_RULES: Rule[] = byKind({
  justification: [
    {
      pattern: `{because} {adv}(i|we)? ?(was|felt|were|had been|'d been|d been|was feeling|am|'m|m|feel|get|got|have been|'ve been) {adv}(${EXCUSE_STATES})`,
      notBefore: DISCLAIMER,
    },
    {
      // the subject may be dropped, as in texts: "sorry. was off my face"
      pattern: `((i|we) |(?<=(^|[.!?,\\n])\\s{0,3}))(was|were|had been|'d been|felt|was feeling|have been|'ve been|ve been) {adv}(${PLAIN_EXCUSES})`,
      notBefore: DISCLAIMER,
      notAfter: '(you|u) (know|knew|said|say)|(while|when|if|whenever) $',
    },
    {
      pattern:
        '(the )?(alcohol|drink|drinking|booze|wine|beer|vodka|whiskey|tequila|drugs|weed|pills|stress|pressure|work|my job|depression|my depression|my anxiety|anxiety|loneliness|my loneliness|my childhood|my past|my upbringing|my parents|my dad|my mom|my mum|my father|my mother|trauma|my trauma|grief|my ptsd|my adhd|my addiction|the situation|the circumstances|circumstances|(a |my )?mid-?life crisis|the pandemic|lockdown|covid|being away|distance|the distance) {adv}(made me|makes me|got the better of me|clouded|took over|was to blame|is to blame|played (a |its )?(big |huge |large )?(part|role)|had a lot to do with|had something to do with|messed with|affected my|impaired|lowered|led me|pushed me|drove me|was a factor|contributed|talking|got to me|caught up)',
      notBefore: DISCLAIMER,
    },
    {
      pattern:
        "{i} had (a lot|too much|a few|several|so much|way too much|a couple) (to drink|of drinks|drinks|wine|beer|shots)|(had|having) (a few|one|two|way) too many|we (had|'d) been drinking",
      notBefore: DISCLAIMER,
    },
    {
      pattern: `(i|we) (only |just )?(did (it|this|that|what i did)|lied|gambled|kept (lying|hiding|quiet)|(took|spent) (it|the [a-z]+)|(hid|kept) (it|this|that|the [a-z]+)( from you)?|didn'?t (tell|mention) ([a-z]+ ){0,3}) {because}(?! ${NOT_OWNING})`,
      notBefore: `\\s+(i )?(was )?${NOT_OWNING}|${DISCLAIMER}`,
    },
    '(it|this|that|the affair|everything) (only |just )?happened {because}|the (only )?reason (why )?(i|it|this) (did|happened|cheated|lied|strayed|went|started|hid|kept|was|did it)|there (were|was) reasons',
    '{you} (have|need|got|gotta|must) to understand|in my defen[cs]e|to be fair|{its} (complicated|not that simple|not black and white)',
    "(anyone|any man|any woman|anybody|most people|everyone|any guy|any girl|any person|most men|most guys) (would have|would'?ve|would of|in my (position|shoes|situation)|could have|would do|would)|(everyone|everybody|people|we all) (makes?|make) mistakes",
    {
      pattern:
        "(my )?(dad|father|mom|mum|mother|parents|ex) (cheated|did the same|did it too|was the same)|{you} (will|'ll|can|could|might|would|'d)? ?(understand|see) why i (did|do|was)|(work|my job|life|things|everything|home|the kids|the baby|that year|my life) (was|were|had been|got|has been|have been|is|'s been|'s) (so |really |just |completely |absolutely )?(insane|crazy|hell|stressful|brutal|overwhelming|chaotic|too much|so much|intense|unbearable)|i (didn'?t|did not|never) (plan|mean|intend) (it|for it|for this|this|for (it|this|anything) to)",
      notBefore: DISCLAIMER,
    },
    'i {adv}(needed|was looking for|was craving|craved|wanted) (someone|somebody|attention|affection|comfort|validation|an escape|an outlet|a release|a distraction|an ego boost|a connection|excitement|to feel (wanted|desired|loved|seen|alive|something|young|attractive|appreciated|special|needed|important|good))',
    {
      pattern: "({its}|that'?s|this is) not an excuse,? but|no excuses?,? but",
      negatable: false,
    },
    '(i|we) got (carried away|caught up|swept up|swept away)',
    {
      pattern:
        "i (felt|was feeling|had been feeling|'d been feeling) {adv}(like )?(neglected|lonely|alone|unloved|unwanted|invisible|unappreciated|ignored|rejected|taken for granted|like you didn'?t|like a roommate|like i (didn'?t|did not) (exist|matter|count)|like i was (invisible|nothing|alone)|trapped|stuck|undesired|unattractive|disconnected|unseen|unheard|like nobody|like no one)",
      notBefore: DISCLAIMER,
      notAfter: '(while|when|whenever) $',
    },
  ],
});

/** Shared rules: the partner or the relationship made the cause ("you pushed me away"). */
export const BLAME_RULES: Rule[] = byKind({
  blame_shift: [
    '{you} {adv}(always )?(made|make|pushed|push|drove|drive|forced|force|led|lead|left) me (to|into|do|away|cheat|look|go|turn|no choice|feel (so )?(alone|lonely|unwanted|unloved|invisible|neglected|stupid|small|useless|judged|inadequate|worthless|like))|to (drive|push) me (there|away|to)',
    "if {you} {adv}(had(n'?t| not)? (been|paid|listened|cared|given|shown|spent|made|treated|noticed|touched|wanted)|would(n'?t)? have|paid (more )?attention|listened|cared|gave me|spent (more )?time|showed|treated me|were(n'?t)? (there|around|home|more|less|not|so|always|never|ever|paying|listening|nicer|kinder)|was(n'?t)? (there|around|home|more|less|so|always|never)|did(n'?t)? (pay|listen|care|give|spend|show|make|notice|ignore|neglect|push|shut|freak|nag|yell)|ever (paid|listened|cared|noticed|touched|wanted))",
    {
      pattern:
        "{because} {you} {adv}(were|was|weren'?t|wasn'?t|had|hadn'?t|never|always|didn'?t|stopped|kept|wouldn'?t|made|pushed|ignored|neglected|shut|left|treated|chose|spent|are|'re|don'?t|drove|nagged|refused|rejected)",
      notBefore: ' (deserve|trusted|believed|asked|found|loved)',
    },
    {
      pattern:
        "({you} {adv}(were|was|are|have been|had been|became|got)|you'?ve {adv}been|you'?re|you'?d {adv}been) {adv}(never|always|so|too|hardly|barely|rarely|constantly)? ?(there|home|around|available|cold|distant|busy|working|at work|absent|critical|angry|unavailable|checked out|wrapped up in|obsessed with|withdrawn|closed off|nagging|controlling|shut off|preoccupied|focused on (the kids|work|your)|wrapped up|absorbed|consumed|obsessed|all about)",
      notAfter: '(while|whilst|when|as|whenever|since|after|before|although|though|and|till|until) $',
      notBefore: ' for me| to me| through|,? (and|but) i| the one| and you have',
    },
    "{you} {adv}(never|stopped|rarely|hardly ever|barely|didn'?t|did not|hadn'?t|haven'?t|wouldn'?t|would not|don'?t|won'?t|weren'?t|wasn'?t) (ever |even |really )?(paid attention|paying attention|pay attention|listened|listen|touched me|touch me|had time|have time|made time|make time|wanted me|want me|wanted to|showed|show|cared|care|noticed|notice|appreciated|appreciate|initiated|initiate|talked to me|talk to me|made me feel|make me feel|seemed to care|spent time|spend time|looked at me|look at me|there for me|there|around|interested|meeting my needs|met my needs|gave me (attention|affection)|affectionate|present)",
    '{you} {adv}(neglected|ignored|rejected|abandoned|pushed me away|shut me out|stopped loving|stopped wanting|stopped caring|stopped touching|nagged|criticized|criticised|belittled|smothered|controlled|cheated first|started it|started this|drove me away|froze me out)',
    '(our|the|this) (marriage|relationship|sex life|love life|intimacy|connection|spark|romance)({is}| {adv}(felt|had|seemed)) {adv}(already |basically |practically |pretty much |long |so |completely )?(dead|over|broken|falling apart|in trouble|on the rocks|struggling|failing|stale|cold|empty|loveless|sexless|not (working|meeting)|a mess|in a bad place|in a rut|gone|dying|non-?existent|long gone|missing|boring|lifeless|on life support)',
    {
      pattern:
        "(we|we'd|we had|we were|we'd been|we have been|we'?ve been) {adv}(been )?(drifting|drifted|distant|falling apart|growing apart|grown apart|disconnected|not connecting|fighting (so much|constantly|all the time)|arguing (so much|constantly|all the time)|roommates|in a rough patch|going through a (rough|hard|bad|difficult|tough)|not close|not intimate|not having sex|barely talking|living separate lives|on the rocks|struggling)",
      notBefore: ' (since|because) (i|you found|you learned|of me|of what i)',
    },
    'it takes two',
    {
      pattern: 'not (all|entirely|completely|only|just|solely|100%) my fault',
      negatable: false,
    },
    {
      pattern: 'no offen[cs]e,? but',
      negatable: false,
    },
    "{third} {adv}(came on to me|came onto me|pursued me|kept (texting|messaging|calling|pushing|chasing|pursuing|flirting)|threw (herself|himself|themselves) at me|seduced me|initiated|made the first move|started it|wouldn'?t leave me alone|took advantage|was very persistent|was so persistent|pushed|wouldn'?t take no|made me|talked me into|got me to|kissed me first|came after me|went after me)",
    {
      pattern:
        "maybe if (we|you|u|things|our)|if (only )?we (had|'d|hadn'?t|had not)|{you} (have|need|got|gotta) to admit|(things|we|us|our marriage|the relationship|our relationship|our sex life) (haven'?t|hadn'?t|weren'?t|wasn'?t|have not|had not) (been )?(great|good|right|easy|happy|close|connected|working|the same|okay|ok)|{you} (would have|would'?ve|'d have|would of|'d'?ve) (freaked|flipped|lost it|exploded|overreacted|left|gone crazy|been angry|been furious|been mad|yelled|made a scene|lost your mind|kicked me out)|{third} (was|kept|had been|is) (so |very |really |super |extremely )?(persistent|pushy|relentless|forward|aggressive|all over me|flirting with me|insistent)|we (both|each|all) (let|made|played|had|contributed|messed|stopped|neglected|drifted|failed|gave up|took|were|did|share|are responsible|are to blame|have (a part|things|our)|allowed|lost)|for my half|(for|about) my (part|share|side) (in|of) (it|this|that|all|the|what)",
      negatable: false,
    },
    {
      pattern:
        '{you} {adv}(kept |keep )?(went through|snooped|were snooping|read|check|checking|checked|looked through|spied on|go through) (my|on me)',
      notAfter: '\\b(why|understand|know|get|that|when|after|since) ',
    },
    {
      pattern:
        "what did {you} expect|if {you} (hadn'?t|had not|didn'?t|did not) (gone|been|pushed|ignored|found|looked|snooped|checked|read)|(my|our) needs {adv}(weren'?t|were not|wasn'?t|were never|aren'?t) (being )?met",
      notAfter: '\\b(asked|wonder\\w*) (me )?(if|whether)\\b',
    },
  ],
});
