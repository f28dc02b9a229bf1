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
        "should (anything|any|it|i|my|something|that|this|what)( [a-z']+){0,4} have (affected|bothered|caused|distressed|given|harmed|hurt|made|offended|upset)|(in case|in the event) (that )?(anything|any|i|my)|{sorry} (about|for) any (distress|upset|hurt|pain|offen[cs]e|harm|inconvenience|discomfort|trouble)",
      negatable: false,
    },
    {
      pattern:
        "(any|whatever|whichever) (harm|hurt|mistakes?|pain|part|role|upset|wrong) (that )?(i have|i may have|i might have|i'?ve|i) (caused|did|done|had|made|played)",
      negatable: false,
    },
  ],
  non_apology: [
    // non_apology — sorry for their feeling, or for it coming out
    {
      pattern:
        '{sorry} (that )?{youre} {adv}(angry|bothered|disappointed|feeling|hurting|hurt|mad|offended|sad|so upset|unhappy|upset)|({sorry}|regret) (that )?(this|it|all this|my [a-z ]{1,30}?|the [a-z ]{1,30}?) (had |has |have )?(come out|came out|came to light|come to light|got out|upset (anyone|everyone|people|you)|caused (you )?(upset|offen[cs]e|distress|inconvenience|drama|a fuss|problems))|(are|r) we (done|even|finished|good|okay|ok|sorted|square)( now)?\\?',
      negatable: false,
    },
    // The blind21 round: sorry for the timing of how they found out ("sorry the letter came when it did"), "I wish you'd
    // never found out", "tell me what you want me to say"
    "{sorry} ([a-z']+ ){1,5}(arrived|came|happened|lit up|showed up|turned up|went off) when (it|she|he|they) did|wish {you}('d| had)? never (found out|known|seen)",
  ],
  self_focus: [
    // self_focus — the writer's own suffering takes the centre
    {
      pattern:
        "my (head|health|heart|life|mind|nerves|sleep|world)({is}| (has been|is|was)) {adv}(a mess|a wreck|all over the place|broken|fried|gone|in bits|in pieces|shattered|shot|spinning|wrecked)|{i} (feel|felt) like {im} (going (crazy|insane|mad)|losing (it|my mind|myself)|dying|falling apart|drowning)|{i} {adv}(break down|broke down|cried|cry|shake|shook|sobbed|sob)( [a-z']+){0,5} (all|each|every) (single )?(day|evening|morning|night|the time)|{im} (so |such )?(a |an )?(disgrace|failure|waste of space|wreck)",
      negatable: false,
    },
    {
      pattern:
        "{ive} (also )?been (in|{im} not (coping|eating|sleeping)|through|to) (a dark place|a lot|agony|bits|hell|pieces|torment)( and back)?|(can'?t|do not|don'?t) (know how )?(i can |i will |i'?m going to |to )?(live with (it|myself|the guilt|this|what i)|cope with (myself|the guilt)|go on like this)",
      negatable: false,
    },
    // self_focus — "the hardest month of my life"
    {
      pattern:
        "(the )?(darkest|hardest|loneliest|most difficult|most painful|worst) ([a-z]+ ){0,2}(of my (entire life|life)|i'?ve ever (been through|had|known|lived))",
      negatable: false,
    },
    // Fifth part of the 2026-12-06 round (blind15): "any idea how hard it is for me", "this has wrecked me", "I feel
    // so alone in this".
    {
      pattern:
        "how (awful|difficult|exhausting|hard|horrible|lonely|painful|tough) (it has been|it is|it'?s been|it'?s|this has been|this is|this'?s) for me|(has|have|'s|'ve) {adv}(broken|crushed|destroyed|gutted|ruined|shattered|wrecked) me|(i feel|i'?m feeling|i am feeling|{im}) (so )?(alone|isolated|lonely) (at the moment|in this|right now|these days)",
      negatable: false,
    },
  ],
  vague: [
    // vague — "my actions" said with nothing named: cancelled when the sentence names the act or its impact
    {
      pattern:
        '{sorry} (about|for) my (actions|behaviou?r|choices|conduct|decisions|mistakes?)(?=\\s*([.!,]|$| and))',
      notIn:
        '\\b(caused|hurt|humiliat\\w*|pain|lie|lied|lies|lying|cheat\\w*|betray\\w*|affair|unfaithful|deceiv\\w*|slept|to you)\\b',
    },
    "{sorry} (for|about) (all )?(everything|what)( that)?('s| has| had)? (been going on|gone on|going on|happened|went on)",
  ],
  pressure: [
    // pressure — closing the matter by decree
    { pattern: CLOSE_MATTER, negatable: false },
    // pressure — "for your own good", questions that set the clock, asking them to say it's over
    {
      pattern:
        "(clean|fresh|new) (beginning|go|page|slate|start)|(need|want) (a decision|an answer|to know)[a-z' ]{0,30} (before|by) (friday|monday|next|the end|the weekend|tomorrow|tonight)|(do not|don'?t) let (it|my mistake|one mistake|one thing|this|what i did) (define|destroy|end|ruin|take away|throw away|wreck)|(our family|our kids|the children|the kids) (deserve|needs|need) (this|us|you) to",
      negatable: false,
    },
    {
      pattern:
        "(holding (on )?(on)?to|hanging on to|hanging onto|dwelling on|bringing (it|that|this) up|staying (angry|mad|upset)|being (angry|mad)|keeping (it|this) up|living in the past|going over (it|this))( (all this|everything|it|that|the past|this))? (can'?t|cannot|does not|doesn'?t|is not|isn'?t|will not|won'?t) (be )?(healthy|good|helping|help|going to help|fair|doing (anyone|either|us|you)|change)|(admit|promise me|say|tell me) (that )?({youre}|{you}) (not (angry|cross|hurt|mad|upset)|over it|okay|ok|fine|forgive|will forgive|still love|won'?t leave)",
      negatable: false,
    },
    {
      // Fifth part of the 2026-12-06 round: "I'm sorry, but I need…" / "…but you can't…": a demand after sorry is pressure (the outside files' labels)
      pattern:
        "{sorry},? but ((i|we) (really )?(have to|need) (this|it|us|you|to (move|stop|end|get|put|know (if|whether)))|{you} (need|have|can'?t|cannot|must|'ve got|got) (to )?(accept|decide|forgive|get over|give|hold|keep|let|move|punish|stop|trust))",
      negatable: false,
    },
    // pressure — "don't hold this over me forever" (2026-12-06 round)
    { pattern: '(holding|hold) (it|that|this) over (me|my head)', negatable: false },
    // Fifth part of the 2026-12-06 round (blind15): "how much longer can I do this", "I need this to end", "punished
    // enough", "you can't keep punishing me", "when can we start…", "I need you to decide".
    {
      pattern:
        'how much longer (am i|are you going to|can i|do i have to|i can|must i|will i have to)|punished (me )?(enough|for long enough|long enough)|when (are|can|could|do|will) we (be|get back|go back|have|sleep|start|try)|(need|want) {you} to (decide|choose|make (a decision|up your mind))',
      negatable: false,
    },
    // The blind21 round (2026-12-07): "can we agree not to bring it up again", "normal again", an answer by Friday
    {
      pattern:
        "agree ([a-z']+ ){0,3}(it'?s (behind us|done|finished|over)|not to (bring|mention|talk))|(be|being|get|getting) (back to )?normal again|give me (a decision|an answer) (by|before)",
      negatable: false,
    },
  ],
  blame_shift: [
    // The blind21 round: their way with the writer as the reason for hiding ("you get so angry…, so I…", "you
    // check everything I do, so of course…", "you were the one who said…")
    {
      pattern:
        "{you} {adv}(always |constantly )?(check|checked|get|got|made it|make it|put|were the one who|watch|watched) ([a-z',]+ ){0,8}(so|that) (of course )?(i|hiding|lying|telling you)\\b(?! (will|'ll|am going|'m going|want to|would like))",
      notAfter: "\\b(after|because|how|if|that|when|whenever|why) ([a-z']+ ){0,3}$",
    },
  ],
});
