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
  ".*?((does not excuse|n'?t an excuse|n'?t excuse|no excuse|not an excuse|not excuse)(?![,.]? (but |i |it'?s |just |that'?s )*(context|(need|want) you to understand))|not why|not the reason|hide behind|(not|won'?t)( going to)? blam|knew (exactly )?what i was doing|is no reason|not a reason|n'?t a reason|n'?t justify|not justify|not a justification|no justification|n'?t make (it|that|this|what i did) (any better|better|okay|ok|right)|never an excuse|none of (it|that|this) (excuses|justifies|matters)|nothing excuses|that'?s on me|my (choice|fault)|still chose|i still chose|i chose)";

const NOT_OWNING =
  "(selfish|a coward|cowardly|dishonest|chose|wanted to|liked|enjoyed|it was easier|thought only|put myself|didn'?t think about you|didn'?t care enough|was weak|knew (it|that|they) (was|were) wrong)";

/** Shared rules: making it smaller ("it was just a kiss", "nothing happened"). */
export const MINIMIZING_RULES: Rule[] = byKind({
  minimizing: [
    '(it|that|this|she|he|they|we|things|the \\w+|all of it|all it){is} {adv}(just|merely|no more than|nothing but|nothing more than|only|purely|simply) (a |an |my |one |some |the )?(a bit of fun|banter|bit of|casual|catching up|chatting|chat|co-worker|coffee|colleague|conversation|couple|coworker|crush|dinner|distraction|drinks?|dumb|emotional|ex|fantasy|few|fling|flirting|flirt|friendship|friends|friend|fun|game|harmless|hook-up|hookup|innocent|joke|kiss|lapse|little|lunch|meaningless|messages|messaging|minor|mistake|moment|night|nothing|once|one night|one time|online|phase|photos|physical|pictures|porn|sex|silly|slip|small|someone to talk to|stupid|talking|talk|texting|texts?|thing|venting|words)',
    '(just|merely|only) (once|one time|twice|a few times|a couple (of )?times|a kiss|one kiss|a fling|a few (dates|days|drinks|messages|months|texts|times|weeks)|a couple (of )?(dates|days|drinks|messages|months|texts|weeks)|texting|flirting|talking|physical|sex|emotional|online|a one-time|a one-night|one night|a moment|a stupid mistake|a silly|a small|a little|a bit of fun|friends|harmless|kissed|texted|talked|flirted|messaged|hugged|chatted|hung out|had (a drink|coffee|dinner|drinks|lunch)|went for (a )?(coffee|dinner|drinks|drink|lunch))',
    "(it|that|this|she|he|they|those \\w+|the \\w+|any of it|any of that) {adv}(did not|didn'?t|does not|doesn'?t|never|wouldn'?t) {adv}mean(t)? (a thing|anything|jack|much|nothing|squat)|(he|it|she|that|they|this) {adv}(means|meant) (little|nothing|so little|very little|zero)|meant nothing to me",
    {
      // "laughing like nothing happened was thoughtless of me" describes what they did (blind18)
      pattern:
        'nothing {adv}(really )?(came of it|happened|went on)|nothing (is|was) going on|nothing (physical|serious|sexual)|(it|that) {wasnt} (even )?(a big deal|a real affair|a relationship|an affair|cheating|physical|real|serious|sexual)',
      notAfter: '\\b(as if|as though|like) $',
    },
    "(i|we) {adv}(did not|didn'?t|never) (actually |even |really |technically )?(sleep together|slept together|have sex|had sex|sleep with|slept with|do anything (physical|serious|sexual)|did anything (physical|serious|sexual)|go all the way|went all the way|meet up|touch (her|him)|touched (her|him))",
    "(isn'?t|not|no|wasn'?t) (a |such a |such |that of a |that )?(big|huge) (of a )?deal|not the end of the world",
    "(isn'?t|not|wasn'?t) {adv}(all that|as|really|so|that) (bad|big|deep|important|much|serious)",
    {
      pattern:
        "at least {i} (admitted|came clean|confessed|didn'?t|ended it|never|owned up|stopped|told you|was honest|wasn'?t)",
      negatable: false,
    },
    "(a |one )?(brief|casual|drunken|dumb|harmless|little|meaningless|minor|one off|one time|one-off|one-time|quick|short|silly|small|stupid|tiny|wee) (affair|blip|crush|error|fib|fling|flirtation|fumble|hook-up|hookup|indiscretion|flutter|kiss|lapse|lie|mistake|moment|slip|snog|thing)|moment of (madness|silliness|weakness)|(a bit|a little) too (flirty|friendly)|(isn'?t|wasn'?t) much (in|to) it",
    ",? (that is|that was|that'?s) (all|it)(?=\\s*([.!]|$))",
    '{its} (no biggie|not a big thing|not serious|nothing)(?! to do| more)|(it|that|this) was nothing|blow(ing|n)? (everything|it|things|this) (way )?(out of proportion|up)|out of proportion|over ?react(ed|ing|ion)?',
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
      pattern: `((i|we) ?|(?<=(^|[.!?,\\n])\\s{0,3}))(was|were|had been|'d been|felt|was feeling|have been|'ve been|ve been) {adv}(${PLAIN_EXCUSES})`,
      notBefore: DISCLAIMER,
      notAfter: '(u|you) (knew|know|said|say)|(after|before|if|whenever|when|while) $',
    },
    {
      pattern:
        '(the )?(alcohol|drink|drinking|booze|wine|beer|vodka|whiskey|tequila|drugs|weed|pills|stress|pressure|work|my job|depression|my depression|my anxiety|anxiety|loneliness|my loneliness|my childhood|my past|my upbringing|my parents|my dad|my mom|my mum|my father|my mother|trauma|my trauma|grief|my ptsd|my adhd|my addiction|the situation|the circumstances|circumstances|(a |my )?mid-?life crisis|the pandemic|lockdown|covid|being away|distance|the distance) {adv}(made me|makes me|got the better of me|clouded|took over|was to blame|is to blame|played (a |its )?(big |huge |large )?(part|role)|had a lot to do with|had something to do with|messed with|affected my|impaired|lowered|led me|pushed me|drove me|was a factor|contributed|talking|got to me|caught up)',
      notBefore: DISCLAIMER,
    },
    {
      pattern:
        "{i} had (a couple|a few|a lot|several|so much|too much|way too much) (beer|drinks|of drinks|shots|to drink|wine)|(had|having) (a few|one|two|way) too many|we (had|'d) been drinking",
      notBefore: DISCLAIMER,
    },
    {
      pattern: `(i|we) (just |only )?(did (it|that|this|what i did)|lied|gambled|kept (hiding|lying|quiet)|(spent|took) (it|the [a-z]+)|(hid|kept) (it|this|that|the [a-z]+)( from you)?|didn'?t (mention|tell) ([a-z]+ ){0,3}) {because}(?! ${NOT_OWNING})`,
      notBefore: `\\s+(i )?(was )?${NOT_OWNING}|${DISCLAIMER}`,
    },
    '(everything|it|that|the affair|this) (just |only )?happened {because}|the (only )?reason (why )?(it|i|this) (cheated|did it|did|happened|hid|kept|lied|started|strayed|was|went)|there (was|were) reasons',
    '{you} (gotta|got|have|must|need) to understand|in my defen[cs]e|to be fair|{its} (complicated|not black and white|not that simple)',
    "(any girl|any guy|any man|any person|any woman|anybody|anyone|everyone|most guys|most men|most people) (would have|would'?ve|would of|in my (position|shoes|situation)|could have|would do|would)|(everybody|everyone|people|we all) (makes?|make) mistakes",
    {
      pattern:
        "(my )?(dad|ex|father|mom|mother|mum|parents) (cheated|did it too|did the same|was the same)|{you} (will|'ll|can|could|might|would|'d)? ?(see|understand) why i (did|do|was)|(everything|home|life|my job|my life|that year|the baby|the kids|things|work) (was|were|had been|got|has been|have been|is|'s been|'s) (absolutely |completely |just |really |so )?(brutal|chaotic|crazy|hell|insane|intense|overwhelming|so much|stressful|too much|unbearable)|i (did not|didn'?t|never) (intend|mean|plan) (it|for it|for this|this|for (anything|it|this) to)",
      notBefore: DISCLAIMER,
    },
    'i {adv}(craved|needed|wanted|was craving|was looking for) (someone|somebody|attention|affection|comfort|validation|an escape|an outlet|a release|a distraction|an ego boost|a connection|excitement|to feel (alive|appreciated|attractive|desired|good|important|loved|needed|seen|something|special|wanted|young))',
    {
      pattern: "({its}|that'?s|this is) not an excuse,? but|no excuses?,? but",
      negatable: false,
    },
    '(i|things|we) got (carried away|caught up|swept away|swept up)',
    {
      pattern:
        "i (felt|was feeling|had been feeling|'d been feeling) {adv}(like )?(neglected|lonely|alone|unloved|unwanted|invisible|unappreciated|ignored|rejected|taken for granted|like you didn'?t|like a roommate|like i (did not|didn'?t) (count|exist|matter)|like i was (alone|invisible|nothing)|trapped|stuck|undesired|unattractive|disconnected|unseen|unheard|like nobody|like no one)",
      notBefore: DISCLAIMER,
      notAfter: '(whenever|when|while) $',
    },
  ],
});

/** Shared rules: the partner or the relationship made the cause ("you pushed me away"). */
export const BLAME_RULES: Rule[] = byKind({
  blame_shift: [
    '{you} {adv}(always )?(drive|drove|forced|force|lead|led|left|made|make|pushed|push) me (to|into|do|away|cheat|look|go|turn|no choice|feel (so )?(alone|inadequate|invisible|judged|like|lonely|neglected|small|stupid|unloved|unwanted|useless|worthless))|to (drive|push) me (away|there|to)',
    "if {you} {adv}(had(n'?t| not)? (been|cared|given|listened|made|noticed|paid|shown|spent|touched|treated|wanted)|would(n'?t)? have|paid (more )?attention|listened|cared|gave me|spent (more )?time|showed|treated me|were(n'?t)? (always|around|ever|home|kinder|less|listening|more|never|nicer|not|paying|so|there)|was(n'?t)? (always|around|home|less|more|never|so|there)|did(n'?t)? (care|freak|give|ignore|listen|make|nag|neglect|notice|pay|push|show|shut|spend|yell)|ever (cared|listened|noticed|paid|touched|wanted))",
    {
      pattern:
        "{because} {you} {adv}(were|was|weren'?t|wasn'?t|had|hadn'?t|never|always|didn'?t|stopped|kept|wouldn'?t|made|pushed|ignored|neglected|shut|left|treated|chose|spent|are|'re|don'?t|drove|nagged|refused|rejected)",
      notBefore: ' (asked|believed|deserve|found|loved|trusted)',
    },
    {
      pattern:
        "({you} {adv}(are|became|got|had been|have been|was|were)|you'?ve {adv}been|you'?re|you'?d {adv}been) {adv}(always|barely|constantly|hardly|never|rarely|so|too)? ?(there|home|around|available|cold|distant|busy|working|at work|absent|critical|angry|unavailable|checked out|wrapped up in|obsessed with|withdrawn|closed off|nagging|controlling|shut off|preoccupied|focused on (the kids|work|your)|wrapped up|absorbed|consumed|obsessed|all about)",
      notAfter:
        '(after|although|and|as|before|since|though|till|until|whenever|when|while|whilst|understand( that)?|accept that) $',
      notBefore: ' for me| to me| through|,? (and|but) i| the one| and you have',
    },
    "{you} {adv}(barely|did not|didn'?t|don'?t|hadn'?t|hardly ever|haven'?t|never|rarely|stopped|wasn'?t|weren'?t|won'?t|would not|wouldn'?t) (even |ever |really )?(paid attention|paying attention|pay attention|listened|listen|touched me|touch me|had time|have time|made time|make time|wanted me|want me|wanted to|showed|show|cared|care|noticed|notice|appreciated|appreciate|initiated|initiate|talked to me|talk to me|made me feel|make me feel|seemed to care|spent time|spend time|looked at me|look at me|there for me|there|around|interested|meeting my needs|met my needs|gave me (affection|attention)|affectionate|present)",
    '{you} {adv}(abandoned|belittled|cheated first|controlled|criticised|criticized|drove me away|froze me out|ignored|nagged|neglected|pushed me away|rejected|shut me out|smothered|started it|started this|stopped caring|stopped loving|stopped touching|stopped wanting)',
    '(our|the|this) (connection|intimacy|love life|marriage|relationship|romance|sex life|spark)({is}| {adv}(felt|had|seemed)) {adv}(already |basically |completely |long |practically |pretty much |so )?(dead|over|broken|falling apart|in trouble|on the rocks|struggling|failing|stale|cold|empty|loveless|sexless|not (meeting|working)|a mess|in a bad place|in a rut|gone|dying|non-?existent|long gone|missing|boring|lifeless|on life support)',
    {
      pattern:
        "(we had|we have been|we were|we'?ve been|we'd been|we'd|we) {adv}(been )?(drifting|drifted|distant|falling apart|growing apart|grown apart|disconnected|not connecting|fighting (all the time|constantly|so much)|arguing (all the time|constantly|so much)|roommates|in a rough patch|going through a (bad|difficult|hard|rough|tough)|not close|not intimate|not having sex|barely talking|living separate lives|on the rocks|struggling)",
      notBefore: ' (because|since) (i|of me|of what i|you found|you learned)',
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
    "{third} {adv}(came on to me|came onto me|pursued me|kept (calling|chasing|flirting|messaging|pursuing|pushing|texting)|threw (herself|himself|themselves) at me|seduced me|initiated|made the first move|started it|wouldn'?t leave me alone|took advantage|was very persistent|was so persistent|pushed|wouldn'?t take no|made me|talked me into|got me to|kissed me first|came after me|went after me)",
    {
      pattern:
        "maybe if (our|things|u|we|you)|if (only )?we (had|'d|hadn'?t|had not)|{you} (gotta|got|have|need) to admit|(our marriage|our relationship|our sex life|the relationship|things|us|we) (had not|hadn'?t|have not|haven'?t|wasn'?t|weren'?t) (been )?(close|connected|easy|good|great|happy|okay|ok|right|the same|working)|{you} (would have|would'?ve|'d have|would of|'d'?ve) (been angry|been furious|been mad|exploded|flipped|freaked|gone crazy|kicked me out|left|lost it|lost your mind|made a scene|overreacted|yelled)|{third} (had been|is|kept|was) (extremely |really |so |super |very )?(aggressive|all over me|flirting with me|forward|insistent|persistent|pushy|relentless)|we (all|both|each) (let|made|played|had|contributed|messed|stopped|neglected|drifted|failed|gave up|took|were|did|share|are responsible|are to blame|have (a part|our|things)|allowed|lost)|for my half|(about|for) my (part|share|side) (in|of) (all|it|that|the|this|what)",
      negatable: false,
    },
    {
      pattern:
        '{you} {adv}(keep |kept )?(checked|checking|check|go through|looked through|read|snooped|spied on|went through|were snooping) (my|on me)',
      notAfter: '\\b(after|get|know|since|that|understand|when|why) ',
    },
    {
      pattern:
        "what did {you} expect|if {you} (did not|didn'?t|had not|hadn'?t) (been|checked|found|gone|ignored|looked|pushed|read|snooped)|(my|our) needs {adv}(aren'?t|wasn'?t|were never|were not|weren'?t) (being )?met",
      notAfter: '\\b(asked|wonder\\w*) (me )?(if|whether)\\b',
      // "you've not been interested in me for ages, so what did you expect": the "not" is theirs (blind21 round)
      negatable: false,
    },
  ],
});
