import { byKind } from './by-kind';
import type { Rule } from './engine';
import { CLOSE_MATTER } from './shared-frames';

// Broader apology frames: formal conditionals, first-person suffering, pressure in question or
// "for your own good" form. Each was checked against every clean text in the corpus.

/** Apology rules written as general shapes rather than fixed phrases. */
export const APOLOGY_FRAMES: Rule[] = byKind({
  conditional: [
    // conditional — formal inversion and "any distress" hedges
    {
      pattern:
        "should (any|anything|my|i|it|this|that|something|what)( [a-z']+){0,4} have (caused|hurt|upset|offended|distressed|harmed|affected|bothered|given|made)|(in the event|in case) (that )?(i|my|anything|any)|{sorry} (for|about) any (distress|upset|hurt|pain|offen[cs]e|harm|inconvenience|discomfort|trouble)",
      negatable: false,
    },
    {
      pattern:
        "(whatever|any|whichever) (part|role|hurt|pain|harm|wrong|mistakes?|upset) (that )?(i|i'?ve|i have|i may have|i might have) (played|had|caused|did|done|made)",
      negatable: false,
    },
  ],
  non_apology: [
    // non_apology — sorry for their feeling, or for it coming out
    {
      pattern:
        '{sorry} (that )?{youre} {adv}(feeling|upset|hurt|hurting|angry|mad|sad|bothered|offended|disappointed|unhappy|so upset)|({sorry}|regret) (that )?(this|it|all this|my [a-z ]{1,30}?|the [a-z ]{1,30}?) (has |have |had )?(come out|came out|came to light|come to light|got out|upset (everyone|people|anyone|you)|caused (you )?(upset|offen[cs]e|distress|inconvenience|drama|a fuss|problems))|(are|r) we (done|good|okay|ok|finished|square|even|sorted)( now)?\\?',
      negatable: false,
    },
  ],
  self_focus: [
    // self_focus — the writer's own suffering takes the centre
    {
      pattern:
        "my (head|mind|life|heart|world|sleep|health|nerves)({is}| (has been|is|was)) {adv}(a mess|all over the place|wrecked|broken|gone|shot|in pieces|fried|spinning|shattered|in bits|a wreck)|{i} (feel|felt) like {im} (going (crazy|mad|insane)|losing (my mind|it|myself)|dying|falling apart|drowning)|{i} {adv}(cry|cried|sob|sobbed|break down|broke down|shake|shook)( [a-z']+){0,5} (every|each|all) (single )?(day|night|morning|evening|the time)|{im} (such |so )?(a |an )?(failure|disgrace|wreck|waste of space)",
      negatable: false,
    },
    {
      pattern:
        "{ive} (also )?been (in|{im} not (sleeping|eating|coping)|through|to) (hell|agony|pieces|bits|a dark place|torment|a lot)( and back)?|(hurting|suffering|struggling|in pain|in hell|in agony|been through (a lot|hell)) (too|as well)(?=\\s*([.,!]|$| you))|(don'?t|do not|can'?t) (know how )?(to |i can |i'?m going to |i will )?(live with (it|myself|this|the guilt|what i)|cope with (the guilt|myself)|go on like this)",
      negatable: false,
    },
    // self_focus — "the hardest month of my life"
    {
      pattern:
        "(the )?(hardest|worst|darkest|loneliest|most painful|most difficult) ([a-z]+ ){0,2}(of my (life|entire life)|i'?ve ever (had|lived|known|been through))",
      negatable: false,
    },
    // Fifth part of the 2026-12-06 round (blind15): "any idea how hard it is for me", "this has wrecked me", "I feel
    // so alone in this".
    {
      pattern:
        "how (hard|difficult|painful|tough|awful|lonely|exhausting|horrible) (it is|this is|it'?s been|this has been|it has been|it'?s|this'?s) for me|(has|have|'s|'ve) {adv}(wrecked|destroyed|broken|crushed|shattered|gutted|ruined) me|(i feel|i'?m feeling|i am feeling|{im}) (so )?(alone|lonely|isolated) (in this|right now|at the moment|these days)",
      negatable: false,
    },
  ],
  vague: [
    // vague — "my actions" said with nothing named: cancelled when the sentence names the act or its impact
    {
      pattern:
        '{sorry} (for|about) my (actions|behaviou?r|choices|decisions|conduct|mistakes?)(?=\\s*([.!,]|$| and))',
      notIn:
        '\\b(caused|hurt|humiliat\\w*|pain|lie|lied|lies|lying|cheat\\w*|betray\\w*|affair|unfaithful|deceiv\\w*|slept|to you)\\b',
    },
  ],
  pressure: [
    // pressure — closing the matter by decree
    { pattern: CLOSE_MATTER, negatable: false },
    // pressure — "for your own good", questions that set the clock, asking them to say it's over
    {
      pattern:
        "(fresh|new|clean) (go|start|slate|beginning|page)|(need|want) (an answer|a decision|to know)[a-z' ]{0,30} (by|before) (the weekend|tomorrow|tonight|friday|monday|next|the end)|(don'?t|do not) let (this|it|one mistake|what i did|my mistake|one thing) (ruin|destroy|end|wreck|define|throw away|take away)|(the kids|the children|our family|our kids) (need|needs|deserve) (us|this|you) to",
      negatable: false,
    },
    {
      pattern:
        "(holding (on )?(on)?to|hanging on to|hanging onto|dwelling on|bringing (it|this|that) up|staying (angry|mad|upset)|being (angry|mad)|keeping (this|it) up|living in the past|going over (it|this))( (this|it|that|all this|the past|everything))? (isn'?t|is not|won'?t|will not|doesn'?t|does not|can'?t|cannot) (be )?(healthy|good|helping|help|going to help|fair|doing (us|you|either|anyone)|change)|(say|tell me|admit|promise me) (that )?({youre}|{you}) (not (mad|angry|upset|cross|hurt)|over it|okay|ok|fine|forgive|will forgive|still love|won'?t leave)",
      negatable: false,
    },
    {
      // Fifth part of the 2026-12-06 round: "I'm sorry, but I need…" / "…but you can't…": a demand after sorry is pressure (the outside files' labels)
      pattern:
        "{sorry},? but ((i|we) (really )?(need|have to) (this|it|us|you|to (move|stop|end|get|put|know (if|whether)))|{you} (need|have|can'?t|cannot|must|'ve got|got) (to )?(forgive|move|stop|let|get over|trust|decide|give|keep|accept|punish|hold))",
      negatable: false,
    },
    // pressure — "don't hold this over me forever" (2026-12-06 round)
    { pattern: '(hold|holding) (this|it|that) over (me|my head)', negatable: false },
    // Fifth part of the 2026-12-06 round (blind15): "how much longer can I do this", "I need this to end", "punished
    // enough", "you can't keep punishing me", "when can we start…", "I need you to decide".
    {
      pattern:
        "how much longer (i can|can i|am i|do i have to|will i have to|must i|are you going to)|(i )?need (this|it|all this|all of this) to (end|stop|be over)|punished (me )?(enough|long enough|for long enough)|(can'?t|cannot|won'?t) (keep )?(punish|punishing) me|when (can|will|could|do|are) we (start|go back|get back|be|sleep|have|try)|(need|want) {you} to (decide|choose|make (up your mind|a decision))",
      negatable: false,
    },
  ],
});
