import { APOLOGY_FRAMES } from './apology-frames';
import { byKind } from './by-kind';
import type { KindText, Rule } from './engine';
import { BLAME_RULES, JUSTIFICATION_RULES, MINIMIZING_RULES } from './lexicon-shared';
import { BLAME_FRAMES, JUSTIFICATION_FRAMES, MINIMIZING_FRAMES } from './shared-frames';

/** What the apology coach says for each kind of finding, with a better shape to try. */
export const APOLOGY_TEXTS: Readonly<Record<string, KindText>> = {
  blame_shift: {
    message:
      'This points part of the cause at them or at your relationship. An apology lands when it stays with what you chose.',
    suggestion: 'I made that choice, and it was mine alone.',
  },
  conditional: {
    message: '“If” can make the hurt sound uncertain. Naming it plainly shows you see it.',
    suggestion: 'I hurt you when I …',
  },
  non_apology: {
    message:
      'This is sorry for their feelings, or for being found out, more than for what you did. It may land as a brush-off.',
    suggestion: "I'm sorry that I …",
  },
  minimizing: {
    message:
      'Words that make it smaller can sound like it didn’t matter. Let it be as big as it was for them.',
    suggestion: 'What I did was serious, and I know how much it hurt you.',
  },
  justification: {
    message:
      'Reasons can sound like excuses while the hurt is fresh. They can wait until your partner asks for them.',
    suggestion: 'There is no excuse for what I did.',
  },
  self_focus: {
    message:
      'This turns toward your own pain. It is real and deserves care, somewhere other than this apology.',
    suggestion: 'I know the pain I caused you is …',
  },
  pressure: {
    message: 'Asking for forgiveness or a fresh start puts a clock on their healing. Let them set the pace.',
    suggestion: "Take all the time you need. I'm not going anywhere.",
  },
  vague: {
    message:
      'This leaves out who did what. Saying it plainly, in your own name, shows you are not hiding from it.',
    suggestion: 'I … (say what you did, in your words).',
  },
};

const SORRY_FOR_THEM_GUARD =
  ".*?(been me|from me|because of (me|what i|my)|what i (did|put|caused|have done|'ve done)|i caused|by me|i put you|i did (to|this|that)|i should|my (choices|actions|lies|lying|affair|cheating|betrayal))";

// Read top to bottom: each line is one way people write it. Add lines freely; keep them specific. Rules are grouped
// by kind (`byKind`); within a kind they are in the order they were added, and a comment naming a round marks where
// that round's rules begin.
/** The rules of the apology coach, by kind. */
export const APOLOGY_RULES: readonly Rule[] = [
  ...BLAME_RULES,
  ...MINIMIZING_RULES,
  ...JUSTIFICATION_RULES,
  ...BLAME_FRAMES,
  ...MINIMIZING_FRAMES,
  ...JUSTIFICATION_FRAMES,
  ...APOLOGY_FRAMES,
  ...byKind({
    conditional: [
      // conditional — "if I hurt you", "if anything I did", "I may have hurt you"
      {
        pattern:
          "if {i} {adv}(ever )?(have |had |'ve |ve )?(ever )?(hurt|upset|offended|wronged|harmed|disappointed|caused|made you|did (something|anything|wrong)|said (something|anything)|crossed|betrayed|let you down|disrespected|went too far|acted|was wrong|were wrong|was out of line|made (a mistake|mistakes)|done (something|anything)|came across|seemed|gave you|did)",
        notBefore: "( [a-z']+){0,3} again|,? i (would|'d|will|'ll) (understand|accept|leave|deserve)",
      },
      "if (anything|something|any of|what|whatever|some of|one of|any part of)( of)?( what| that)? (i|i'?ve) (did|said|have done|'ve done|ve done|do|say|wrote|did or said|said or did)|if [^.!?]{3,70}(,|then) (then )?{im} {adv}sorry|forgive me if (i|my|anything|any)",
      'if (that|it|this|my \\w+|any of (that|this|it)|what happened|what i did) {adv}(hurt|upset|offended|bothered|caused|made you|came across|affected|was hurtful|was painful|has hurt|did hurt|hurts)',
      "if {you} {adv}(were|was|felt|feel|are|'re|got|have been|'ve been|ve been|had been) (at all |in any way )?(hurt|upset|offended|bothered|betrayed|disrespected|uncomfortable|sad|angry|disappointed|that way|this way|like that|let down|wronged|humiliated)",
      "(may|might|possibly|probably) {adv}(have|'ve|of) (hurt|upset|offended|caused|wronged|made you|been wrong|crossed|harmed|let you down|bothered|affected|come across|seemed|been hurtful|been insensitive|disappointed)",
      {
        pattern:
          "to (whatever|any|some) (extent|degree)|whatever part|should my|insofar as|to the (extent|degree) that|{sorry} if|{sorry} for (whatever|anything) (i did|i'?ve done|i have done|happened|it was|you think|you feel|i may)",
        negatable: false,
      },
      {
        pattern: "if (that'?s|that is) what {you} (need|want|wanna) to hear",
        negatable: false,
      },
    ],
    non_apology: [
      // non_apology — sorry for their feelings, for being found out, or exasperated
      {
        pattern:
          "{sorry} (that )?{you} {adv}(feel|felt|are|were|'re|re|got|get|took|take|see|saw|think|thought|found|don'?t|can'?t|no longer|had to find|had to see|had to hear|discovered|read|heard|learned|learnt|had to \\w+|have to feel|are feeling|'re feeling|were feeling|reacted|caught)|{sorry} (that )?{youre} going through",
        notBefore: SORRY_FOR_THEM_GUARD,
      },
      {
        pattern: '{sorry} (for|about) your (feelings|reaction)',
        notBefore: SORRY_FOR_THEM_GUARD,
      },
      '{sorry} (that )?{i} (got caught|was caught|got found out|was found out|got busted)|{sorry} (that )?(you had to )?(find|found) out (this way|like this|like that|that way|from someone else|the way you did)',
      {
        pattern:
          'what (more|else) (do|does|did|can|could|would) {you} {adv}(want|need|expect)|how many (more )?(times|ways) (do|does|must|will|should|have|am|can) i (have to )?(say|apologi[sz]e|tell you|going to)|is (that|this|it) (not )?enough\\?',
        negatable: false,
      },
      'i said {im} sorry',
      {
        pattern:
          "i regret that {you}|{sorry} for (any|all the|the) (inconvenience|misunderstanding|confusion|drama|trouble|fuss)|happy now\\?|(don'?t|do not) know what (else |more )?(you want|to say|else to say|you expect|i can say|i'?m supposed to)|,? ?(ok|okay|alright)\\?(?=\\s|$)|{ive} {adv}(said|told you|apologi[sz]ed)[^.!?]{0,24}?((a |like |about |literally )?(hundred|thousand|million|dozen|fifty|twenty|ten|\\d+)|so many|countless|too many) times",
        negatable: false,
      },
      {
        pattern:
          '{sorry}(?! (doesn|isn|won|can|is n))[^.!?\\n]{1,80}?,? but(?! because| not because| sorry| (you|me)\\s*[.!?,])|{sorry}[.!] but',
        message: 'A “but” after sorry can cancel the sorry. Let the apology stand on its own.',
        notBefore:
          " (sorry|words|an apology|apologies|saying sorry) (is|are)n'?t enough| (i know|that'?s not enough|i want to|i'?m going to|i will|more importantly|i also|i did|i chose|it was my|it'?s on me|that'?s on me|i was wrong|i can'?t undo|i know i can'?t)",
      },
      {
        pattern: '{sorry},? but',
        message: 'A “but” after sorry can cancel the sorry. Let the apology stand on its own.',
        notBefore:
          " (sorry|words|an apology|apologies|saying sorry) (is|are)n'?t enough| (i know|that'?s not enough|i want to|i'?m going to|i will|more importantly|i also)",
      },
      // Plain wordings added in the blind8 round.
      "{sorry} (that )?(this|it) (is|has been|'s been|'s) {adv}(hard|difficult|painful) (for|on) {you}",
      {
        pattern:
          "{sorry} ([a-z']+ ){0,5}how {you}('re| are)? (feel|feeling|felt)|forgot {youre} perfect|i (already )?said sorry( already)?(?=\\s*([.!?]|$))|(it|this) got back to {you}|came out the way|my honesty",
        notBefore: SORRY_FOR_THEM_GUARD,
      },
      // Fifth part of the 2026-12-06 round (blind15): "I've been saying sorry for weeks", "what else is there?".
      {
        pattern:
          '{ive} been (saying sorry|apologi[sz]ing) (for (weeks|days|months|ages|a year)|every (single )?day|non-?stop|over and over|since)|what (else|more) (is there|can i (do|say)|do i have to do|am i supposed to (do|say))( to (say|do))?(?=\\s*\\?)',
        negatable: false,
      },
    ],
    minimizing: [
      "(you know|u know) (i'?d|i would) never",
      "(wasn'?t|was not) (anything|something) (serious|major)",
      "fibbed|white lies?|(wasn'?t|was not|haven'?t been) (completely|entirely|totally|fully|100%|exactly|quite) (upfront|honest|truthful|transparent|forthcoming)|more of an? [a-z]+ than|(once|one)-off|(never|didn'?t) (go|went) anywhere|out of (\\d+|[a-z]+) ([a-z]+ )?years|the (small|little|minor) (matter|thing|issue)|(literally|only|just) (five|\\d+|a few|two|ten) (minutes|seconds)",
    ],
    self_focus: [
      // self_focus — the apology becomes about the writer's own suffering
      '(this|it|all this|all of this|everything|the last (few )?(weeks|months|days|year)|these (weeks|months|days)|life)({is}| {adv}(has|have)) (been )?{adv}(hard|tough|difficult|painful|awful|hell|torture|brutal|exhausting|draining|a nightmare|unbearable|horrible|terrible) (on|for) me',
      {
        pattern:
          "{you} (have |has )?no idea how (hard|much|bad|awful|painful|difficult|terrible|miserable|guilty|sorry|much pain)|(do|don'?t|can'?t) {you} (know|realise|realize|understand|see) how (hard|much|bad|awful|painful|difficult|terrible|miserable)",
        negatable: false,
      },
      {
        pattern:
          "{i} (can'?t|cannot|haven'?t|have not|hardly|barely|couldn'?t) {adv}(sleep|slept|eat|eaten|function|focus|work|breathe|stop crying|live with myself|look at myself|face myself|get out of bed)",
        negatable: false,
        notAfter: '(you|u) $',
      },
      {
        pattern:
          '{im} {adv}(such |a |an |the )?(terrible|horrible|awful|worthless|disgusting|pathetic|evil|monster|failure|wreck|mess|the worst|piece of (shit|garbage|trash|crap)|waste of space)( (person|human|husband|wife|partner|boyfriend|girlfriend|man|woman|father|mother|dad|mom|mum|human being))?',
        notBefore: ' at\\b| with words',
      },
      {
        pattern:
          "(do|don'?t|can'?t) {you} (know|understand|imagine|see) what (it'?s|it is|this is|it'?s been) like|{ive} lost (\\d+|a|ten|twenty|so much|a lot of) (kilos|kg|pounds|lbs|weight|stone)|(is|'s|has been|was|are|have been) {adv}(destroying|killing|eating|tearing|breaking|crushing|ruining|consuming|haunting) me|i (feel|felt) like (the |a |an |such a |such an )?([a-z]+ )?(monster|piece of (shit|garbage|trash|crap)|scum|dirt|garbage|trash|failure|worst person|criminal|villain|waste of space)|{im} the one who (has to|must) live with|i (can'?t|cannot) (take|handle|stand|bear|deal with|cope with) (this|it|you being|much more|any more|anymore|the guilt|the way)|i hate myself",
        negatable: false,
      },
      '{im} {adv}(hurting|suffering|struggling|in pain|devastated|broken|heartbroken|depressed|a wreck|falling apart|drowning|dying inside|miserable) (too|as well|also|so much|more than you know|every day|every night|inside|here)|{im} {adv}(suffering|drowning|falling apart|dying inside|a wreck|barely functioning)',
      {
        pattern: 'what about (me|my feelings|how i feel)',
        negatable: false,
      },
      '{ive} been (so |really )?(beating myself up|hard on myself|torturing myself|punishing myself|in agony|miserable|depressed|a wreck|a mess|suffering|crying|so low)|i (feel|felt) (like )?(such )?(a )?(monster|piece of (shit|garbage|trash|crap)|worthless|like dying|like dirt|like the worst person|like garbage|like trash)',
      "{i} {adv}(can|could) (barely|hardly) (function|cope)|(nobody|no one)( [a-z']+){0,4} (on|with|at|of) me than",
      {
        pattern:
          "(doing|trying) (the|my) best i can|panic attacks?|my anxiety|(it'?s|what) a relief|{im} paying for|don'?t hate me|in the mirror|how (alone|lonely) i feel|gentle with myself",
        negatable: false,
      },
      {
        pattern: "its own (kind|sort) of (hell|torture|punishment|pain)|(can'?t|cannot) (even )?show my face",
        negatable: false,
      },
    ],
    pressure: [
      // pressure — asking for forgiveness, to move on, to put it behind
      "{please} {adv}(forgive|forgiv) me|i need an answer|(i|we) (need|want|really need) {you} to (forgive|let (it|this) go|move on|trust me|get over|stop|forget|take me back|believe me|give me)|{you}('ll| will)? (need|have|got|gotta|must|should) (to )?(forgive me|let (it|this|that) go|move on|trust me again|get over|stop bringing|forget|give me (a|another)|take me back)|(need|want|like) us to {adv}(move (on|forward|past)|start (living|over|again|fresh)|get (back|past|over)|be (normal|past|over|done)|stop (talking|bringing|dwelling|treating|going on)|put (it|this) behind|forget)",
      "{i} (hope|pray|wish) (that )?{you} (can|will|could|'ll|ll|would|'d) {adv}(one day |someday |some day |eventually |soon |find (it in your heart|a way) to )?(be able to )?(forgive|give me|move past|get past|see past|let this go|move on|trust me|take me back)",
      "(let'?s|lets|let us|we should|we need to|we have to|can we|could we|i want us to|i'?d like us to|it'?s time (we|to)|time to|we must|we can'?t keep) {adv}(move on|move forward|move past|get past|put (this|it|all this|that) behind|forget|start (over|fresh|again)|get back to|go back to|leave (this|it) in the past|let (this|it|that) go|not dwell|stop(ped)? (dwelling|talking|fighting)|focus on the future)",
      'move on|put (this|it|that|all of this|all this|everything) (all )?behind (us|you)|(go|get|going|getting) back to (normal|how (it|we|things) (was|were)|the way (it|we|things) (was|were)|the way we were)|(leave|let) (it|this|that) (be )?in the past|let (it|this|that) go(?! on)|back to normal',
      {
        pattern:
          '(how long|when) (are|will|do|is) {you} (going to|gonna|keep|need to|plan to|have to)? ?(punish|hold|keep|be angry|be mad|make me|bring|stay|hate|forgive|trust|get over|let|stop)',
        negatable: false,
      },
      {
        pattern: 'forgive me(?! for (writing|saying|asking|being)| or don| is )',
        notAfter: '\\b(whether|if|even if|until|unless|expect|deserve|hope you never)\\b',
        // the choice left with them: "forgive me only if and when you want to", "…in your own time"
        notBefore:
          ',? (only |if and |one day )?(if|when|whenever|if and when|in your own time|in time|if you ever can)\\b(?! i\\b)',
      },
      {
        pattern:
          '(another|a second|one more|one last|a last|a fresh|2nd|second) chance|(get|move) past (this|it|that)|start (over|again|fresh|afresh)|(look|looked|focus|focused|looking|focusing) (to|on|at) (the|our) future|(can|could) we (just |please )?(not|stop|drop|leave it|talk about something|have a (nice|normal|good|quiet))',
        notIn: "(don'?t|do not) owe me",
        notAfter: "\\b(whether|when you'?re ready|whenever)\\b",
      },
      '(please |just |you can |you should |you have to |you need to )?trust me(?! again| with| to)',
      {
        pattern: 'forgive and forget|when will {you} (be able to |ever )?(trust|forgive)',
        negatable: false,
      },
      {
        pattern:
          "if we (could|can) {adv}(stop|move|forget|leave|not|drop)|(can|could) we {adv}(be|b) ([a-z]+ ){0,2}again|let'?s not let|leave (all )?(this|it) alone|tell me (we'?re|it'?s) (okay|ok|fine)|{its} been (\\w+ )?(weeks|months|years?)(?=\\s*[.!]|$|,? (now|though|already))|seventy times seven|leave (this|it) where it belongs|picking at (it|this)",
        negatable: false,
      },
      {
        // a deadline on their healing: "forgive me by the summer", "back to normal by your birthday"
        pattern:
          "(forgive|trust|normal|over (it|this)|past (it|this))( [a-z']+){0,5} by (the |your |next |this |our )?(summer|christmas|spring|autumn|winter|new year|birthday|anniversary|weekend|end|[a-z]+(ber|uary)|march|april|may|june|july|august|[a-z]+day)",
        negatable: false,
      },
    ],
    vague: [
      // vague — passive or evasive wording
      {
        pattern:
          '(recent|the|those|these|past) (events|circumstances|goings-on)|(the|this|that) whole ([a-z]+ )?(thing|situation|business|episode|saga|drama|mess)|my (behaviou?r|actions|conduct|attitude) (lately|recently|of late|these (past|last)|this (year|month))',
        notBefore: ':',
      },
      '(mistakes|lies|errors|things|lines|boundaries|errors of judge?ment|promises|vows|feelings|trust|people|hearts|choices|decisions|bad calls|comments|remarks|bad choices|poor choices) (that )?(were|was|got|became|have been|has been|had been) (made|crossed|broken|said|hurt|damaged|blurred|done|told)',
      {
        pattern:
          '(things|stuff) {adv}(happened|went on|got out of hand|went too far|went wrong|escalated|got {adv}(complicated|messy)|went south|went sideways|spiral\\w*|took a turn)|(it|this|that) {adv}(got out of hand|went too far|escalated|got {adv}(complicated|messy)|spiral\\w*|went further than|kind of happened|sort of happened|just happened)|what happened,? happened',
        notBefore:
          ' (because|when|while|(three|two|four|five|many|several|\\d+) times|for (months|weeks|a year|years)|more than once|over (and|months))',
      },
      '{sorry} (for|about) (what happened|everything that happened|how things (went|turned out|happened|ended up)|the mess|all this|all of this|the way things (went|turned out))|{sorry} (for|about) (everything|it all|all of it|all of this|all that|all this|everything that went on|the way it all (went|happened))(?=\\s*([.!]|$|,\\s*(ok|okay|babe)))|{sorry} about that(?=\\s*([.!]|$))|{sorry} (for|about) how (things|everything|it all|it) (turned out|went|ended|happened|played out|unfolded|went down|worked out)|{sorry} (that |this |it )?happened',
      "(the|this|that|my) (situation|incident|indiscretion|transgression|misstep|lapse in judge?ment|error in judge?ment|mishap)|(i|we) (let|allowed) (things|it|this) (to )?(get|go(?! on))|(there was|there'?s been|there were) (some )?(inappropriate|improper|a lapse|an incident|a situation|an issue|a breach)",
      'what went (on|down)|{sorry} (for|about) being (an? |so )?(idiot|jerk|dick|dumb|stupid|an ass|fool|silly|weird|distant|off|secretive|shady|bad (husband|wife|partner|boyfriend|girlfriend))|(got|been|acting|was being) (weird|strange|secretive|shady)',
      "(the way|how) (things|it all|everything) (have )?(gone|turned out|went|ended up|unfolded|played out)|(haven'?t|wasn'?t) been the (best|greatest|perfect)|{sorry} (for|about)[,. ]*you know|{sorry} (about|for|bout) all (the|that) (drama|stuff)|things took place",
      // General shapes added in the fourth part of the 2026-12-06 round (blind13, blind14).
      "{sorry} (that )?(it|things|this|we|everything|it all) {adv}(ended up|came to (this|that)|got (this|that|so) far|got {adv}(messed up|out of (hand|control)|messy|bad))|(the|that) (?!(only|worst|best|first|last|main|hardest|one|same|other|right|real|next|whole|biggest) )[a-z]+ thing (got|went|was|happened)|(the|that) stuff (with|about|at|between)|caught up in (something|some)|{sorry} (that )?my (mistakes?|actions|behaviou?r|choices) (made|makes) you|{sorry} (to have|for having) (disappointed|upset|hurt|let) (you|u)( down)?(?=\\s*[.!]|$)|{sorry} (for|about) (whatever|anything) (i did|i'?ve done|i have done|happened)|{sorry} (for|about) (any|the|all the) (confusion|misunderstanding|(upset|distress|hurt|pain)( (this|that|it))?( has| may have| might have)? (been )?caused)|{sorry} (for|about) my (part|share) in",
      // Fifth part of the 2026-12-06 round (blind15): "I made some bad choices", "I did what I did", "you know what I
      // mean", "the debt got away from me".
      "i (made|have made|'ve made) (some|a few|a couple of|a lot of|many) (bad |poor |wrong |stupid |questionable )?(choices|decisions)(?=\\s*[.!,]|$| with| about| around)|i did what i did|got away from me",
    ],
    blame_shift: [
      // General shapes added in the blind10 round (follow-up of 2026-12-06).
      "{youaux} {adv}(chosen|chose|picked|put|prioriti[sz]ed) ([a-z']+ ){1,6}(over|before|above) me|{youre} the one (who|that) (wanted|insisted|pushed|suggested)|(dynamics|problems|issues|patterns) in (our|the) (relationship|marriage)|responsibility for (yours|your (part|share|side))|{you} {adv}react so|between us first|gone stale|i'?d never have (gone|looked|strayed)|stopped (all )?(physical )?intimacy|(bedroom|sex life) (had been|was) dead",
    ],
  }),
];
