import { byKind } from './by-kind';
import type { Rule } from './engine';
import { DISCLAIMER, EXCUSE_STATES } from './lexicon-shared';

// Broader frames shared by the apology and reply coaches: a cause or a size said in a general shape
// ("work had me so stressed", "if you'd paid me any attention", "it was a few texts"), rather than a
// fixed phrase. Each frame was checked against every clean text in the corpus.

/** Things people name as the pressure they were under. */
const STRESSORS =
  "(work|my job|the job|my boss|life|stress|the stress|the pressure|everything|money|the money|the kids|the baby|grief|(my|the) redundancy|lockdown|the move|my health|(my )?mental health|my anxiety|my depression|the drink|drinking|alcohol|(my|your) (dad|mom|mum)('s)? (death|dying|illness)|(that|the|this) (month|period|time|year))";

/** Hard-time nouns: "a rough patch", "a terrible year". */
const HARD =
  '(awful|bad|brutal|crappy|crap|dark|difficult|hard|horrendous|horrible|lonely|miserable|painful|rough|shitty|shit|stressful|terrible|tough)';
const SPELL =
  '(time|year|period|season|few (months|weeks|years)|patch|week|month|stretch|phase|couple of (months|years))';

/** Closing the matter by decree: "draw a line under it", "consider the matter closed", "let bygones be bygones". */
export const CLOSE_MATTER =
  '(draw|(burying|bury) the hatchet|drew|drawing|put|putting) a (full stop|line) (on|to|under)|(call|consider|deem|regard|treat) (it|that|the issue|the matter|things|this chapter|this matter|this) (as )?(behind us|closed|done|finished|over|resolved|settled)|let bygones be bygones|close (that|the|this) (book|chapter)';

/** Shared justification frames. */
export const JUSTIFICATION_FRAMES: Rule[] = byKind({
  justification: [
    {
      pattern:
        'my (counsell?or|doctor|therapist) (reckons|said|says|thinks)|(made|makes|make) me (act|behave|do|go looking for|look for|say|seek) (attention|comfort|it|something|stuff|things|validation|what)|moment of (insanity|madness|stupidity|weakness)',
      notBefore: DISCLAIMER,
      notAfter: '\\b(no one|nobody|noone|nothing|not)\\b',
    },
    {
      pattern: `${STRESSORS} {adv}(got|had|kept|left|made|was making) me {adv}(${EXCUSE_STATES}|so \\w+|on edge|at breaking point|at the end of my rope|not thinking)`,
      notBefore: DISCLAIMER,
    },
    {
      // custom offered as the reason: "in my culture it is normal", "where I come from men…"
      pattern: 'in my (community|country|culture|family|religion)(?! i )',
      notBefore: DISCLAIMER,
    },
    {
      // "the stress from my visa situation made me…", "the pressure of the new job had me…"
      pattern:
        "(all the|my|the) (anxiety|exhaustion|grief|loneliness|pressure|strain|stress|worry) (about|around|from|of|over|with) ([a-z']+ ){1,4}(drove|got|had|kept|left|made|pushed|turned) me",
      notBefore: DISCLAIMER,
    },
    {
      pattern: `${STRESSORS} (had been|is|kept|was|were) {adv}(~crush|~kill|~destroy|~drown|~overwhelm|~eat|~consume|~wear (me )?down|~grind|~break|~swamp|~bury) (me|us)`,
      notBefore: DISCLAIMER,
    },
    {
      pattern:
        "{i} {adv}(wasn'?t|was not|am not|'m not|haven'?t been|have not been|hadn'?t been) {adv}(myself|in my right mind|thinking (clearly|properly|right|straight)|coping|well|in a good (headspace|place|state|way)|okay|ok)",
      negatable: false,
      notBefore: DISCLAIMER,
    },
    {
      pattern: `(it was|{i}('d| had)? (going through|had|having)|i'?d been having|that was|during) (such )?(an|a) {adv}${HARD} ${SPELL}`,
      negatable: false,
      notBefore: DISCLAIMER,
      notAfter: "(u|you have|you'?re|you'?ve|you) ([a-z']+ ){0,3}$",
    },
    {
      pattern:
        '{third} (had been|was|were) {adv}(attentive|easy to talk to|good to me|interested in me|kind|nice|paying attention|so easy|someone to talk to|sweet|there for me|understanding)',
      notBefore: DISCLAIMER,
    },
    {
      // the lie told "for their sake": "I didn't want to hurt you", "to protect you", "it would have caused a row"
      pattern:
        "(just to|only to|to|trying to|wanted to) (protect|shield|spare) {you}|(did not|didn'?t) want to (burden|hurt|stress|upset|worry) {you}|(feared|knew|scared|thought|worried) (how )?{you}('d| would) (leave|react|freak|go mad|be (angry|furious|hurt|upset)|kick me out|overreact|never forgive|hate me)|so {you}('d| would)( never|n'?t) (have to )?(know|stress|worry)",
      notBefore: DISCLAIMER,
    },
    {
      // a history or a condition as the cause: "I grew up in a house where…", "it's an addiction", "my mum's illness
      // messed with my head", "I thought I could win it back"
      pattern:
        "(that is|that'?s|which is) why i (cheated|did it|drank|gambled|hid|kept|lied|started|strayed|took|went)|i grew up (around|in|watching|with)|(how|the way) i was (brought up|raised)|i was (going|gonna) to tell (u|you)(?=[,.!]| eventually)|(everyone|everybody|the (girls|guys|lads)) (was|were) (all )?going|only (place|thing|time|way) i could (breathe|cope|deal|escape|feel|get|relax|switch off|unwind)|(a|my) way (of|to) (cope|coping|escape|escaping|numbing|numb)|trying to be a good friend|part of (it|the reason) (is|was)|(going|planning|tried|trying) to (fix|handle|pay|sort|win) (everything|it|things|this)( out| back)? (before|myself|on my own)|(certain|convinced|figured|hoped|sure|thought)( that)?( if)? i (could|would|'d) (get|make|pay|put|win) it back|(did|fucked with|messed up|messed with|screwed with) my head|(fucked|messed|screwed) me up|went looking for|i (just )?panicked|\\b(\\d+|[a-z]+) pints|(he|she) (was|were) (just )?there|(one|only) (one|person) who (seemed to )?(got me|listened|understand|understood)|the devil|attachment (issues|style|wound)|not a choice|(when|while) we (weren'?t|were) (barely|hardly|not) (close|speaking|talking)|you know how (stressed|busy|tired|lonely|low|depressed|i (am|get|was))",
      notBefore: DISCLAIMER,
    },
    {
      // Fourth part of the 2026-12-06 round: no choice, "I can't help it", "young and stupid", "it started when things
      // were bad", "the shame made it impossible to stop".
      pattern:
        '{i} (had|have) no (choice|option|other (choice|option|way))|(immature|naive|young) and (dumb|foolish|naive|reckless|selfish|stupid)|(everything|it|the affair|this) (all )?(began|started) (after|because|when|while) (my|our|the|things|u|we|work|you)',
      notBefore: DISCLAIMER,
      // "I only started being honest when I had no other choice" owns the delay (blind18)
      notAfter: '\\b(once|until|when) $',
    },
    {
      // Fifth part of the 2026-12-06 round (blind15): the family line ("it's in my blood", "what did you think was
      // going to happen"), the deed done for them ("I did it for us"), the plan it was meant to be ("I thought it would
      // help us get out of debt"), a bad call blamed on the times, letting off steam.
      pattern:
        "(it is|it runs|it'?s|runs) in (my|our|the) (blood|dna|family|genes)|what did {you} (expect|think) (is going to|was going to|would) happen|{i} (assumed|believed|figured|thought) (it|that|this) (would|could|'d) (help (me|the family|us|with)|fix|solve|sort|get us|pay (for|off))|(made|make|making) (a |some )?(bad|dumb|poor|stupid|terrible|wrong) (call|choice|decision)s? (because|cause|due to|out of)",
      notBefore: DISCLAIMER,
    },
  ],
});

/** Shared "it was smaller than it was" frames. */
export const MINIMIZING_FRAMES: Rule[] = byKind({
  minimizing: [
    "(it|that|this|they|those|these|she|he|the \\w+)({is}| {adv}(are|was|were)) {adv}(harmless|tame|innocent|meaningless|trivial|insignificant|inconsequential|limited|brief|minor|minimal|fleeting|superficial|of (little|minimal|no) (real )?(consequence|importance|significance|substance)|nothing serious|just fun|only fun|just banter|only banter|silly|nothing really)|(just|only) ([a-z']+ ){0,3}(once|twice|a few times|a couple (of )?times|one time|two times|three times)|(all|loads of|lots of|many|most|other|plenty of) (couples|marriages|people|relationships) (cope with|deal with|do|get through|go through|have|survive)|not worth (being|getting|staying) (so |this )?(angry|cross|mad|upset|worked up)",
    '(all it|all that|it|that|these|this|those)({is}| {adv}(was|were)) {adv}(a few|a couple( of)?|one or two|a handful of|a bit of|one|a single|some|a) (bit of |casual |drunken |dumb |few |friendly |harmless |innocent |little |meaningless |quick |silly |small |stupid |tiny |work )+({affair}|nights?|times?|mistakes?|slip|evenings?|dates?|photos?|pictures?|emails?|calls?|dms?|snaps?|likes?|comments?|banter|fun|lapse)|(it|that|these|this|those)({is}| {adv}(was|were)) {adv}(a few|a couple( of)?|one or two|a handful of|only|just|one|a single) ({affair}|nights?|times?|dms?|calls?|emails?|photos?)',
    {
      pattern:
        "(barely|hardly|scarcely) (used|anything|a thing|happened|more than|knew (her|him|them)|touched|kissed|spoke|talked|physical)|{its} not (as if|like) (anything|he|it was|i|she|they|we)|(nothing|no) (else|more)( than that| to it)?(?=\\s*([.!]|$))|that'?s all it was",
      negatable: false,
    },
    {
      pattern:
        "(as|like) (ur|you are|you'?re|you) {adv}making (it look|it out|it seem|it sound|out|this out)",
      negatable: false,
    },
    // Fourth part of the 2026-12-06 round (blind13, blind14): normalised or shrunk ("everyone does it", "it's only
    // money", "it was one time,", "not a real affair", "nobody died", "treating this like a crisis").
    "(everyone|everybody|all (couples|guys|men|women)|most (couples|people)|people|we all) (does|do|make) (it|mistakes|that)(?=\\s*[.!,]|$)|(everybody|everyone) (cheats|flirts|lies|looks)|(something|what) (a lot of|loads of|lots of|most|plenty of) (blokes|couples|guys|men|people|women) do|(a couple|a few) (of )?(grand|hundred quid|quid)|{its} (just|only) (money|sex|stuff|words)|(it|that) was (just |only )?(one (kiss|night|time)|once)(?=\\s*([.!,]|$))|barely counts|not (a |an )?(actual|full-?blown|proper|real) (affair|relationship)|(no one|nobody) died|(half|lots|many|most) (of )?(people|them)( there)? (did not|didn'?t) (even )?(know|notice)|{i} (have not|haven'?t|was not|wasn'?t) (always )?been (a saint|an angel|perfect)",
    // Fifth part of the 2026-12-06 round (blind15): "it happens to a lot of people", "nobody loses sleep over…", "over
    // one mistake", "I just left some things out", "not the same as cheating".
    '(it|that|this) happens to (a lot of|loads of|lots of|many|most|plenty of|so many) (couples|families|guys|men|people|us|women)|(no one|nobody) (gets|loses|lost|would get|would lose) (any )?(sleep|upset|worked up) over|(just|only) (leave|leaving|left) (a bit|a couple of|a few bits|a few|certain|some)? ?(bits|details|it|parts|stuff|them|things) out|not the same as (an affair|cheating|having an affair|lying|sleeping with)',
    {
      pattern: 'over (one|a single|1) (kiss|lapse|message|mistake|night|slip|text)(?=\\s*[.!,?]|$)',
      negatable: false,
    },
  ],
});

const CARE_VERBS =
  '(~check (in|on)|~notice|~thank|~bother|~try|~initiate|~kiss|~hug|~compliment|~ask (about|how|me how)|~make (any|an) effort|~call|~text|~want to (be|do|go|spend)|~say (anything nice|i love|thank))';

/** Shared "it came from you / from us" frames. */
export const BLAME_FRAMES: Rule[] = byKind({
  blame_shift: [
    {
      // the cause named as something of theirs: "your constant nagging pushed me out the door"
      pattern: "{your} ([a-z']+ ){0,5}(drives|drove|forced|pushed|pushes) me (away|into|out|to)",
    },
    {
      pattern:
        "{youaux} {adv}(checked out|stopped (?!believing|eating|sleeping|trusting)[a-z]+ing|moved (into the spare|out|to the spare)|gave up on (me|the marriage|us)|given up on (me|us)|pulled away|went cold|gone cold|withdrew|withdrawn|lost interest|shut down|switched off|froze me out)|(we had|we'?d|we) (become|been|had become|were) (basically |just |more |practically )?(like )?(co-?parents|flatmates|housemates|just friends|roommates|strangers)|if (home|life at home|our marriage|our relationship|our sex life|the marriage|the relationship|things|you and i) (had|'d|were|was|hadn'?t|weren'?t|wasn'?t|felt)|but,? {adv}(to be (fair|honest),? |let'?s be honest,? )?{youaux} {adv}(always|checked|didn'?t|gave|hadn'?t|had|haven'?t|kept|left|made|moved|never|pushed|shut|stopped|wasn'?t|was|went|weren'?t|were)\\b(?! (ask|crazy|deserve|every right|need|right|stupid|to blame|wrong))",
      negatable: false,
    },
    {
      pattern:
        "if (only )?{you}('d|d| had)( not|n'?t)? {adv}(paid|been|given|shown|listened|noticed|cared|made|spent|treated|wanted|touched|looked|tried|talked|stayed|put|loved|supported|appreciated|focused|realised|realized|bothered|told|let|said|kept|felt|got|done|left|[a-z]{3,}ed)",
      negatable: false,
    },
    '{youaux} {adv}(made|makes|make|making) (cheating|everything|hiding|it|lying|things) {adv}(really |so |too |very )?(difficult|easier|easy|harder|hard|impossible) (for me )?to',
    {
      pattern: `{youaux} {adv}(never|hardly ever|rarely|barely|didn'?t (even|ever|once)|did not (even|once)|wouldn'?t even|stopped) (even |ever |once |really )?${CARE_VERBS}`,
      negatable: false,
      // "If you never want to go back there, we won't" (blind24)
      notAfter: '\\bif $',
    },
    {
      pattern:
        "{you} {adv}(were|was|are|'re|re) {adv}(always|constantly|forever|never) (asleep|at|away|busy|glued|gone|in|off|on|out|somewhere|tired|too|with|working)\\b",
      notBefore: ' (my side|me\\b|there for|by my|honest|faithful|loyal|kind|good|patient|right)',
      notAfter: '(and|since|whenever|when|while) $',
    },
    {
      // the cause named as the partner's doing ("owing largely to your withdrawal"), or the marriage as already over
      pattern:
        "(intimacy|marriage|our sex life|relationship|things between us) (had|'d) (already |basically |effectively |long )?(been dead|been over|broken down|died|ended|fallen apart|stopped)",
    },
    '(deprived|starved|starving) (for|of) (affection|attention|intimacy|love|sex|touch|warmth)',
    // Fourth part of the 2026-12-06 round: the marriage over before it happened, "long before I met her".
    "(we had|we'?d|we) (quit|stopped) being (a couple|a team|close|happy|intimate|partners|together)",
    // Fifth part of the 2026-12-06 round (blind15): their ways with money named as the cause.
    '{you} {adv}(spending|spends|spend|spent|threw|throw) (it|money) (around )?like (water)',
    {
      // the counterfactual: "I wouldn't have needed to escape if your mum hadn't…", "if you'd let me…, I'd never have…"
      pattern: "i ('d|would)(n'?t| not| never)? have (ended up|felt|gone|had|looked|needed|strayed)",
      negatable: false,
      onlyIn: '\\bif (only )?(ur|u|your|you)\\b',
    },
  ],
});
