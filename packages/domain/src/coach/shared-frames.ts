import { byKind } from './by-kind';
import type { Rule } from './engine';
import { DISCLAIMER, EXCUSE_STATES } from './lexicon-shared';

// Broader frames shared by the apology and reply coaches: a cause or a size said in a general shape
// ("work had me so stressed", "if you'd paid me any attention", "it was a few texts"), rather than a
// fixed phrase. Each frame was checked against every clean text in the corpus.

/** Things people name as the pressure they were under. */
const STRESSORS =
  "(work|my job|the job|my boss|life|stress|the stress|the pressure|everything|money|the money|the kids|the baby|grief|(the|my) redundancy|lockdown|the move|my health|(my )?mental health|my anxiety|my depression|the drink|drinking|alcohol|(my|your) (mum|mom|dad)('s)? (illness|death|dying)|(the|that|this) (year|month|time|period))";

/** Hard-time nouns: "a rough patch", "a terrible year". */
const HARD =
  '(hard|difficult|tough|rough|dark|bad|stressful|lonely|terrible|awful|horrible|shit|shitty|crap|crappy|brutal|miserable|painful|horrendous)';
const SPELL =
  '(time|year|period|season|few (months|weeks|years)|patch|week|month|stretch|phase|couple of (months|years))';

/** Closing the matter by decree: "draw a line under it", "consider the matter closed", "let bygones be bygones". */
export const CLOSE_MATTER =
  '(draw|(bury|burying) the hatchet|drew|drawing|put|putting) a (line|full stop) (under|to|on)|(consider|call|treat|regard|deem) (the matter|this matter|this|it|that|things|the issue|this chapter) (as )?(closed|settled|done|finished|resolved|over|behind us)|let bygones be bygones|close (this|the|that) (chapter|book)';

/** Shared justification frames. */
export const JUSTIFICATION_FRAMES: Rule[] = byKind({
  justification: [
    {
      pattern:
        'my (therapist|counsell?or|doctor) (says|said|thinks|reckons)|(made|make|makes) me (do|act|behave|say|seek|look for|go looking for) (things|stuff|something|what|it|validation|attention|comfort)|moment of (madness|weakness|stupidity|insanity)',
      notBefore: DISCLAIMER,
      notAfter: '\\b(nothing|no one|nobody|noone|not)\\b',
    },
    {
      pattern: `${STRESSORS} {adv}(had|left|got|kept|was making|made) me {adv}(${EXCUSE_STATES}|so \\w+|on edge|at breaking point|at the end of my rope|not thinking)`,
      notBefore: DISCLAIMER,
    },
    {
      // custom offered as the reason: "in my culture it is normal", "where I come from men…"
      pattern: 'in my (culture|country|community|religion|family)(?! i )',
      notBefore: DISCLAIMER,
    },
    {
      // "the stress from my visa situation made me…", "the pressure of the new job had me…"
      pattern:
        "(the|all the|my) (stress|pressure|strain|worry|grief|anxiety|loneliness|exhaustion) (of|from|over|about|with|around) ([a-z']+ ){1,4}(made|had|left|got|kept|turned|pushed|drove) me",
      notBefore: DISCLAIMER,
    },
    {
      pattern: `${STRESSORS} (was|were|had been|kept|is) {adv}(~crush|~kill|~destroy|~drown|~overwhelm|~eat|~consume|~wear (me )?down|~grind|~break|~swamp|~bury) (me|us)`,
      notBefore: DISCLAIMER,
    },
    {
      pattern:
        "{i} (wasn'?t|was not|am not|'m not|haven'?t been|have not been|hadn'?t been) {adv}(myself|in my right mind|thinking (straight|clearly|right|properly)|coping|well|in a good (place|way|headspace|state)|okay|ok)",
      negatable: false,
      notBefore: DISCLAIMER,
    },
    {
      pattern: `(it was|{i}('d| had)? (had|having|going through)|i'?d been having|that was|during) (such )?(a|an) {adv}${HARD} ${SPELL}`,
      negatable: false,
      notBefore: DISCLAIMER,
      notAfter: "(you|u|you'?ve|you have|you'?re) ([a-z']+ ){0,3}$",
    },
    {
      pattern:
        '{third} (was|were|had been) {adv}(kind|nice|sweet|there for me|understanding|easy to talk to|good to me|attentive|interested in me|someone to talk to|paying attention|so easy)',
      notBefore: DISCLAIMER,
    },
    {
      // the lie told "for their sake": "I didn't want to hurt you", "to protect you", "it would have caused a row"
      pattern:
        "(to|trying to|wanted to|only to|just to) (protect|spare|shield) {you}|(didn'?t|did not) want to (hurt|upset|worry|stress|burden) {you}|(knew|thought|worried|feared|scared) (how )?{you}('d| would) (leave|react|freak|go mad|be (angry|upset|furious|hurt)|kick me out|overreact|never forgive|hate me)|so {you}('d| would)( never|n'?t) (have to )?(worry|stress)",
      notBefore: DISCLAIMER,
    },
    {
      // a history or a condition as the cause: "I grew up in a house where…", "it's an addiction", "my mum's illness
      // messed with my head", "I thought I could win it back"
      pattern:
        "i grew up (in|with|around|watching)|(how|the way) i was (raised|brought up)|i was (going|gonna) to tell (you|u)(?=[,.!]| eventually)|(everyone|everybody|the (lads|girls|guys)) (was|were) (all )?going|only (way|place|time|thing) i could (cope|get|feel|deal|escape|switch off|relax|unwind|breathe)|(a|my) way (to|of) (cope|coping|escape|escaping|numb|numbing)|trying to be a good friend|part of (it|the reason) (was|is)|(find|found) the right (time|moment)|(trying|tried|going|planning) to (fix|sort|handle|win|pay) (it|this|things|everything)( out| back)? (myself|on my own|before)|(thought|sure|certain|convinced|hoped|figured)( that)?( if)? i (could|would|'d) (win|pay|put|make|get) it back|(did|messed with|fucked with|screwed with|messed up) my head|(messed|screwed|fucked) me up|went looking for|i (just )?panicked|\\b(\\d+|[a-z]+) pints|(she|he) (was|were) (just )?there|(only|one) (person|one) who (seemed to )?(understood|understand|got me|listened)|the devil|attachment (wound|style|issues)|not a choice|(when|while) we (were|weren'?t) (barely|hardly|not) (speaking|talking|close)|you know how (stressed|busy|tired|lonely|low|depressed|i (get|am|was))",
      notBefore: DISCLAIMER,
    },
    {
      // Fourth part of the 2026-12-06 round: no choice, "I can't help it", "young and stupid", "it started when things
      // were bad", "the shame made it impossible to stop".
      pattern:
        '{i} (had|have) no (choice|option|other (choice|option|way))|(young|immature|naive) and (stupid|dumb|naive|foolish|reckless|selfish)|(it|this|the affair|everything) (all )?(started|began) (when|while|because|after) (things|we|you|u|our|the|my|work)',
      notBefore: DISCLAIMER,
      // "I only started being honest when I had no other choice" owns the delay (blind18)
      notAfter: '\\b(when|until|once) $',
    },
    {
      // Fifth part of the 2026-12-06 round (blind15): the family line ("it's in my blood", "what did you think was
      // going to happen"), the deed done for them ("I did it for us"), the plan it was meant to be ("I thought it would
      // help us get out of debt"), a bad call blamed on the times, letting off steam.
      pattern:
        "(it'?s|it is|it runs|runs) in (my|the|our) (blood|genes|family|dna)|(never|didn'?t) (really )?(stood|stand|had|have) a chance|what did {you} (think|expect) (was going to|would|is going to) happen|{i} did (it|this|that|all (of )?(it|this|that)) (for|to help) (us|you|the family|our family|the kids|our future)(?=\\s*[.!,]|$)|{i} (thought|figured|assumed|believed) (it|this|that) (would|could|'d) (help (us|me|the family|with)|fix|solve|sort|get us|pay (off|for))|(made|make|making) (a |some )?(bad|poor|stupid|dumb|wrong|terrible) (call|choice|decision)s? (because|cause|due to|out of)|(blow|blowing|let|letting) off steam",
      notBefore: DISCLAIMER,
    },
  ],
});

/** Shared "it was smaller than it was" frames. */
export const MINIMIZING_FRAMES: Rule[] = byKind({
  minimizing: [
    "(it|that|this|they|those|these|she|he|the \\w+)({is}| {adv}(were|was|are)) {adv}(harmless|tame|innocent|meaningless|trivial|insignificant|inconsequential|limited|brief|minor|minimal|fleeting|superficial|of (no|little|minimal) (real )?(significance|consequence|importance|substance)|nothing serious|just fun|only fun|just banter|only banter|silly|nothing really)|(only|just) ([a-z']+ ){0,3}(once|twice|a few times|a couple (of )?times|one time|two times|three times)|lasted (only |just |barely |about |like |maybe )?(a few|five|two|ten|a couple of|\\d+) (minutes|seconds|days|weeks)|(lots of|loads of|plenty of|other|most|many|all) (couples|people|marriages|relationships) (go through|have|survive|deal with|get through|cope with|do)|not worth (getting|being|staying) (this |so )?(upset|angry|worked up|mad|cross)",
    '(it|that|this|all it|all that|those|these)({is}| {adv}(were|was)) {adv}(a few|a couple( of)?|one or two|a handful of|a bit of|one|a single|some|a) (bit of |little |silly |stupid |harmless |innocent |quick |few |drunken |dumb |meaningless |tiny |small |casual |friendly |work )+({affair}|nights?|times?|mistakes?|slip|evenings?|dates?|photos?|pictures?|emails?|calls?|dms?|snaps?|likes?|comments?|banter|fun|lapse)|(it|that|this|those|these)({is}| {adv}(were|was)) {adv}(a few|a couple( of)?|one or two|a handful of|only|just|one|a single) ({affair}|nights?|times?|dms?|calls?|emails?|photos?)',
    {
      pattern:
        "(barely|hardly|scarcely) (used|anything|a thing|happened|more than|knew (her|him|them)|touched|kissed|spoke|talked|physical)|{its} not (like|as if) (we|i|it was|they|she|he|anything)|(nothing|no) (more|else)( than that| to it)?(?=\\s*([.!]|$))|that'?s all it was",
      negatable: false,
    },
    {
      pattern:
        "(as|like) (you'?re|you are|ur|you) {adv}making (out|it out|it sound|it seem|it look|this out)",
      negatable: false,
    },
    // Fourth part of the 2026-12-06 round (blind13, blind14): normalised or shrunk ("everyone does it", "it's only
    // money", "it was one time,", "not a real affair", "nobody died", "treating this like a crisis").
    "(everyone|everybody|all (men|women|guys|couples)|most (people|couples)|people|we all) (do|does|make) (it|that|mistakes)(?=\\s*[.!,]|$)|(everyone|everybody) (lies|cheats|flirts|looks)|{its} (only|just) (money|sex|words|stuff)|(it|that) was (only |just )?(one (time|night|kiss)|once)(?=\\s*([.!,]|$))|barely counts|not (a |an )?(real|proper|actual|full-?blown) (affair|relationship)|(nobody|no one) died|(what|how) {youre} making (it|this) (into|out to be)|(most|half|many|lots) (of )?(people|them)( there)? (didn'?t|did not) (even )?(know|notice)|{i} (haven'?t|have not|wasn'?t|was not) (always )?been (perfect|an angel|a saint)",
    // Fifth part of the 2026-12-06 round (blind15): "it happens to a lot of people", "nobody loses sleep over…", "over
    // one mistake", "I just left some things out", "not the same as cheating".
    '(it|this|that) happens to (a lot of|lots of|loads of|so many|many|most|plenty of) (people|couples|men|women|guys|us|families)|(nobody|no one) (loses|lost|would lose|gets|would get) (any )?(sleep|upset|worked up) over|(just|only) (left|leaving|leave) (some|a few|a couple of|certain|a bit|a few bits)? ?(things|stuff|bits|details|parts|it|them) out|not the same as (cheating|an affair|lying|sleeping with|having an affair)|making (it|this) (into )?(more|bigger|worse) than (it was|it is)',
    {
      pattern: 'over (one|a single|1) (mistake|slip|kiss|night|text|message|lapse)(?=\\s*[.!,?]|$)',
      negatable: false,
    },
  ],
});

const CARE_VERBS =
  '(~check (on|in)|~notice|~thank|~bother|~try|~initiate|~kiss|~hug|~compliment|~ask (about|how|me how)|~make (an|any) effort|~call|~text|~want to (spend|be|go|do)|~say (thank|i love|anything nice))';

/** Shared "it came from you / from us" frames. */
export const BLAME_FRAMES: Rule[] = byKind({
  blame_shift: [
    {
      // the cause named as something of theirs: "your constant nagging pushed me out the door"
      pattern: "{your} ([a-z']+ ){0,5}(drove|pushed|forced|drives|pushes) me (out|away|to|into)",
    },
    {
      pattern:
        "{youaux} {adv}(checked out|stopped (?!trusting|believing)[a-z]+ing|moved (out|into the spare|to the spare)|gave up on (us|me|the marriage)|given up on (us|me)|pulled away|went cold|gone cold|withdrew|withdrawn|lost interest|shut down|switched off|froze me out)|(we|we'?d|we had) (were|been|become|had become) (more |basically |just |practically )?(like )?(flatmates|roommates|strangers|housemates|just friends|co-?parents)|if (home|things|our marriage|the marriage|our relationship|the relationship|our sex life|life at home|you and i) (had|'d|were|was|hadn'?t|weren'?t|wasn'?t|felt)|in (all )?fairness,? (to me,? )?(you|u|we|it|things)|but,? {adv}(to be (fair|honest),? |let'?s be honest,? )?{youaux} {adv}(had|were|was|weren'?t|wasn'?t|didn'?t|never|always|stopped|checked|left|went|moved|kept|haven'?t|hadn'?t|shut|pushed|gave|made)\\b(?! (deserve|right|every right|stupid|wrong|crazy|to blame|ask|need))",
      negatable: false,
    },
    {
      pattern:
        "if (only )?{you}('d|d| had)( not|n'?t)? {adv}(paid|been|given|shown|listened|noticed|cared|made|spent|treated|wanted|touched|looked|tried|talked|stayed|put|loved|supported|appreciated|focused|realised|realized|bothered|told|let|said|kept|felt|got|done|left|[a-z]{3,}ed)",
      negatable: false,
    },
    '{youaux} {adv}(made|make|makes|making) (it|things|lying|hiding|cheating|everything) {adv}(so |too |very |really )?(easy|easier|hard|harder|impossible|difficult) (for me )?to',
    {
      pattern: `{youaux} {adv}(never|hardly ever|rarely|barely|didn'?t (even|once|ever)|did not (even|once)|wouldn'?t even|stopped) (once |even |really |ever )?${CARE_VERBS}`,
      negatable: false,
    },
    {
      pattern:
        "{you} {adv}(were|was|are|'re|re) {adv}(always|never|constantly|forever) (at|on|out|with|away|busy|working|asleep|gone|in|off|glued|tired|too|somewhere)\\b",
      notBefore: ' (my side|me\\b|there for|by my|honest|faithful|loyal|kind|good|patient|right)',
      notAfter: '(while|when|whenever|since|and) $',
    },
    {
      // the cause named as the partner's doing ("owing largely to your withdrawal"), or the marriage as already over
      pattern:
        "(marriage|relationship|things between us|intimacy|our sex life) (had|'d) (already |long |effectively |basically )?(broken down|died|ended|fallen apart|been over|been dead|stopped)",
    },
    '(starved|starving|deprived) (of|for) (affection|attention|love|intimacy|touch|sex|warmth)',
    // Fourth part of the 2026-12-06 round: the marriage over before it happened, "long before I met her".
    "(we|we'?d|we had) (stopped|quit) being (a couple|close|intimate|partners|a team|happy|together)",
    // Fifth part of the 2026-12-06 round (blind15): their ways with money named as the cause.
    '{you} {adv}(spend|spent|spends|spending|throw|threw) (money|it) (around )?like (water)',
    {
      // the counterfactual: "I wouldn't have needed to escape if your mum hadn't…", "if you'd let me…, I'd never have…"
      pattern: "i ('d|would)(n'?t| not| never)? have (had|needed|felt|gone|looked|strayed|ended up)",
      negatable: false,
      onlyIn: '\\bif (only )?(you|your|u|ur)\\b',
    },
  ],
});
