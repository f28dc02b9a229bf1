import { byKind } from './by-kind';
import type { Rule } from './engine';

// Broader I-statement frames: mind-reading ("you obviously…", "you think…", "you just want…"),
// intent ("on purpose"), and "every" after a you-verb. Each was checked against every clean text.

// A "you" inside these openers is part of a feeling sentence or a real question, not an accusation.
export const NOT_ACCUSING =
  "\\b(about|after|asking|ask|because|before|curious|didn'?t|did|does|don'?t|do|hope|how|i believe|i fear|i feel like|i felt like|i know|i need to know|i trust|i understand|i want to know|i worry|i'?d like to know|i'?m afraid|i'?m scared|i'?m worried|if|it feels like|it felt like|maybe|once|perhaps|since|tell me|that|the way|until|what|whenever|when|where|whether|while|who|why|wondering|wonder)\\s+([a-z']+\\s+){0,2}$";

/** Statement rules written as general shapes rather than fixed phrases. */
export const STATEMENT_FRAMES: Rule[] = byKind({
  accusation: [
    {
      pattern:
        "{youre} (n'?t|not) (actually |even |really )?sorry|{youre} (going to|gonna) (act|carry on|deny|just|keep|lie|pretend|sit)|{you} (do not|don'?t) get to|{youaux} {adv}((made|make|making) (a |an )?(clown|fool|idiot|joke|mess|mockery|monkey|mug) (out )?of (me|our|us)|played me|taken me for|took me for|let me (believe|carry|doubt|feel|go|look|take|think))|{you} (were|was|are|'re) (content|fine|happy|prepared|quite happy|willing) to (leave|let|lie|risk|see|throw|watch)",
      negatable: false,
      notAfter: NOT_ACCUSING,
    },
    {
      pattern:
        "{you}('re| are|'ve| have| were|'d| would)? {adv}(apparently|clearly|definitely|evidently|obviously|secretly) ([a-z']+)|{you} {adv}(assumed|assume|believed|believe|expected|expect|figured|figure|imagined|imagine|reckoned|reckon|think|thought) (that )?(a gift|an apology|anyone|a|everyone|everything|flowers|i'?d|i'?ll|i'?m|if|it'?s|it|i|money|no one|nobody|nothing|saying|sorry|that|the|this|time|we'?re|we|you can|you could|you'?d|you'?ll|you'?re|you)\\b",
      notAfter: NOT_ACCUSING,
      notBefore:
        "( [a-z']+){0,2} (about|of) (it|me|that|this|us)\\b|( [a-z']+){0,3} (is|was) (best|fair|good|helpful|right)\\b",
    },
    {
      pattern:
        "{youaux}('re| are| were)? {adv}([a-z']+ ){1,4}(on purpose|deliberately|intentionally|knowingly|just to (annoy|get at|hurt|provoke|punish|spite|upset|wind)|to (wind me up|spite me|get at me|get back at me|punish me|provoke me|make me (crazy|feel|jealous)))",
      notAfter: NOT_ACCUSING,
    },
    {
      // how they treat the writer, and sitting it out: "you're treating me like I'm stupid", "you just sit there"
      pattern: "{you} {adv}(lay|lie|sat|sitting|sit|stand|stood) there ([a-z']+ ){0,5}(as if|as though|like)",
      notAfter: NOT_ACCUSING,
    },
  ],
  character_attack: [
    {
      pattern:
        "(that is|that'?s) (all|what|who) {you} (are|really are|will ever be|'ll ever be)(?! to)|({youre} {adv}(a |an |such a |such an )?|what (an|a) )(cheating|cold|cruel|disgusting|gutless|horrible|lying|miserable|nasty|pathetic|poor|sad|selfish|shameless|small|spineless|vile|weak) (excuse for a |little |old )?(boy|creature|girl|human|man|person|thing|woman)|(^|(?<=[.!?\\n]\\s{0,3}))(cheat|coward|despicable|disgusting|gutless|heartless|liar|loser|pathetic|shameless|spineless|vile)( [a-z]+)?(?=\\s*[.!?]|$)|{youre} {adv}(a |an |such a |such an )(disgrace|dog|embarrassment|leech|parasite|shame|slimeball|worm)",
      negatable: false,
      aboutOther: true,
    },
  ],
  absolute: [
    {
      pattern: "{you} {adv}([a-z]+) ([a-z']+ )?every (single )?([a-z]+)",
      negatable: false,
      notAfter:
        "\\bi (need|want|would like|'?d like|ask|am asking|'?m asking|hope|wish)\\b|\\b(if|whenever|when)\\s+([a-z']+\\s+){0,2}$",
      notBefore: ' (day|evening|morning|night|week)\\b| (last|this) (month|week)| on [a-z]+day',
    },
  ],
});
