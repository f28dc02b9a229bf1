import { byKind } from './by-kind';
import type { Rule } from './engine';

// Broader I-statement frames: mind-reading ("you obviously…", "you think…", "you just want…"),
// intent ("on purpose"), and "every" after a you-verb. Each was checked against every clean text.

// A "you" inside these openers is part of a feeling sentence or a real question, not an accusation.
export const NOT_ACCUSING =
  "\\b(when|whenever|if|after|while|once|until|before|since|that|how|because|about|the way|what|whether|why|where|who|do|did|does|don'?t|didn'?t|hope|wonder|wondering|ask|asking|tell me|curious|maybe|perhaps|i know|i believe|i understand|i trust|i'?d like to know|i need to know|i want to know|i feel like|i felt like|it feels like|it felt like|i worry|i'?m worried|i'?m scared|i'?m afraid|i fear)\\s+([a-z']+\\s+){0,2}$";

/** Statement rules written as general shapes rather than fixed phrases. */
export const STATEMENT_FRAMES: Rule[] = byKind({
  accusation: [
    {
      pattern:
        "(sorry|upset|sad|gutted) (that )?(you|u) (got|were|was) caught|{youre} (not|n'?t) (even |really |actually )?sorry|{youre} (going to|gonna) (pretend|act|just|lie|keep|carry on|deny|sit)|{you} (don'?t|do not) get to|{youaux} {adv}((made|make|making) (a |an )?(fool|mug|idiot|joke|mockery|clown|monkey|mess) (out )?of (me|us|our)|played me|taken me for|took me for|let me (believe|think|take|carry|doubt|feel|look|go))|{you} (were|was|are|'re) (happy|content|fine|quite happy|willing|prepared) to (let|watch|leave|see|lie|risk|throw)",
      negatable: false,
      notAfter: NOT_ACCUSING,
    },
    {
      pattern:
        "{you}('re| are|'ve| have| were|'d| would)? {adv}(obviously|clearly|secretly|evidently|apparently|definitely) ([a-z']+)|{you} {adv}(think|thought|reckon|reckoned|assume|assumed|believe|believed|expect|expected|figure|figured|imagine|imagined) (that )?(saying|sorry|an apology|flowers|a gift|money|time|i|i'?m|i'?ll|i'?d|we|we'?re|it|it'?s|this|that|everything|nothing|you|you'?re|you can|you could|you'?ll|you'?d|no one|nobody|everyone|anyone|the|a|if)\\b",
      notAfter: NOT_ACCUSING,
      notBefore:
        "( [a-z']+){0,2} (about|of) (it|this|us|me|that)\\b|( [a-z']+){0,3} (is|was) (right|best|fair|helpful|good)\\b",
    },
    {
      pattern:
        "{youaux}('re| are| were)? {adv}([a-z']+ ){1,4}(on purpose|deliberately|intentionally|knowingly|just to (hurt|spite|upset|annoy|punish|wind|get at|provoke)|to (wind me up|spite me|get at me|get back at me|punish me|provoke me|make me (jealous|crazy|feel)))",
      notAfter: NOT_ACCUSING,
    },
    {
      // how they treat the writer, and sitting it out: "you're treating me like I'm stupid", "you just sit there"
      pattern: "{you} {adv}(sit|sat|sitting|stand|stood|lie|lay) there ([a-z']+ ){0,5}(like|as if|as though)",
      notAfter: NOT_ACCUSING,
    },
  ],
  character_attack: [
    {
      pattern:
        "(that'?s|that is) (what|who|all) {you} (are|really are|will ever be|'ll ever be)(?! to)|({youre} {adv}(a |an |such a |such an )?|what (a|an) )(sad|pathetic|small|weak|poor|miserable|nasty|horrible|vile|disgusting|cruel|cold|selfish|spineless|gutless|shameless|lying|cheating) (little |old |excuse for a )?(man|boy|woman|girl|person|human|creature|thing)|(^|(?<=[.!?\\n]\\s{0,3}))(spineless|pathetic|disgusting|despicable|gutless|shameless|heartless|vile|coward|liar|cheat|loser)( [a-z]+)?(?=\\s*[.!?]|$)|{youre} {adv}(a |an |such a |such an )(dog|worm|leech|parasite|slimeball|embarrassment|disgrace|shame)",
      negatable: false,
      aboutOther: true,
    },
  ],
  absolute: [
    {
      pattern: "{you} {adv}([a-z]+) ([a-z']+ )?every (single )?([a-z]+)",
      negatable: false,
      notAfter:
        "\\bi (need|want|would like|'?d like|ask|am asking|'?m asking|hope|wish)\\b|\\b(when|whenever|if)\\s+([a-z']+\\s+){0,2}$",
      notBefore: ' (day|morning|evening|night|week)\\b| (this|last) (week|month)| on [a-z]+day',
    },
  ],
});
