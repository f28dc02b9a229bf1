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
  ".*?(been me|from me|because of (me|my|what i)|what i (did|put|caused|have done|'ve done)|i caused|by me|i put you|i did (that|this|to)|i should|my (actions|affair|betrayal|cheating|choices|lies|lying))";

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
          "if {i} {adv}(ever )?(have |had |'ve |ve )?(ever )?(hurt|upset|offended|wronged|harmed|disappointed|caused|made you|did (anything|something|wrong)|said (anything|something)|crossed|betrayed|let you down|disrespected|went too far|acted|was wrong|were wrong|was out of line|made (a mistake|mistakes)|done (anything|something)|came across|seemed|gave you|did)",
        notBefore: "( [a-z']+){0,3} again|,? i (would|'d|will|'ll) (accept|deserve|leave|understand)",
      },
      "if (any of|any part of|anything|one of|some of|something|whatever|what)( of)?( what| that)? (i'?ve|i) (did|said|have done|'ve done|ve done|do|say|wrote|did or said|said or did)|if [^.!?]{3,70}(,|then) (then )?{im} {adv}sorry|forgive me if (anything|any|i|my)",
      'if (that|it|this|my \\w+|any of (it|that|this)|what happened|what i did) {adv}(affected|bothered|came across|caused|did hurt|has hurt|hurts|hurt|made you|offended|upset|was hurtful|was painful)',
      "if {you} {adv}(were|was|felt|feel|are|'re|got|have been|'ve been|ve been|had been) (at all |in any way )?(angry|betrayed|bothered|disappointed|disrespected|humiliated|hurt|let down|like that|offended|sad|that way|this way|uncomfortable|upset|wronged)",
      "(may|might|possibly|probably) {adv}(have|'ve|of) (affected|been hurtful|been insensitive|been wrong|bothered|caused|come across|crossed|disappointed|harmed|hurt|let you down|made you|offended|seemed|upset|wronged)",
      {
        pattern:
          "to (any|some|whatever) (degree|extent)|whatever part|should my|insofar as|to the (degree|extent) that|{sorry} if|{sorry} for (anything|whatever) (happened|i did|i have done|i may|i'?ve done|it was|you feel|you think)",
        negatable: false,
      },
      {
        pattern: "if (that is|that'?s) what {you} (need|wanna|want) to hear",
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
        pattern: '{sorry} (about|for) your (hurt )?(feelings|reaction)',
        notBefore: SORRY_FOR_THEM_GUARD,
      },
      '{sorry} (that )?{i} (got busted|got caught|got found out|was caught|was found out)',
      {
        pattern:
          'what (else|more) (can|could|did|does|do|would) {you} {adv}(expect|need|want)|how many (more )?(times|ways) (am|can|does|do|have|must|should|will) i (have to )?(say|apologi[sz]e|tell you|going to)|is (it|that|this) (not )?enough\\?',
        negatable: false,
      },
      'i said {im} sorry',
      {
        pattern:
          "i regret that {you}|{sorry} for (all the|any|the) (confusion|drama|fuss|inconvenience|misunderstanding|trouble)|happy now\\?|(do not|don'?t) know what (else |more )?(else to say|i can say|i'?m supposed to|to say|you expect|you want)|,? ?(alright|okay|ok)\\?(?=\\s|$)|{ive} {adv}(said|told you|apologi[sz]ed)[^.!?]{0,24}?((a |about |like |literally )?(hundred|thousand|million|dozen|fifty|twenty|ten|\\d+)|so many|countless|too many) times",
        negatable: false,
      },
      {
        pattern:
          '{sorry}(?! (can|doesn|is n|isn|won))[^.!?\\n]{1,80}?,? but(?! because| not because| sorry| (me|you)\\s*[.!?,])|{sorry}[.!] but',
        message: 'A “but” after sorry can cancel the sorry. Let the apology stand on its own.',
        notBefore:
          " (an apology|apologies|saying sorry|sorry|words) (are|is)n'?t enough| (i also|i can'?t undo|i chose|i did|i know i can'?t|i know|i want to|i was wrong|i will|i'?m going to|it was my|it'?s on me|more importantly|that'?s not enough|that'?s on me)",
      },
      {
        pattern: '{sorry},? but',
        message: 'A “but” after sorry can cancel the sorry. Let the apology stand on its own.',
        notBefore:
          " (an apology|apologies|saying sorry|sorry|words) (are|is)n'?t enough| (i also|i know|i want to|i will|i'?m going to|more importantly|that'?s not enough)",
      },
      // Plain wordings added in the blind8 round.
      "{sorry} (that )?(it|this) (is|has been|'s been|'s) {adv}(difficult|hard|painful) (for|on) {you}",
      {
        pattern:
          "{sorry} ([a-z']+ ){0,5}how {you}('re| are)? (feeling|feel|felt)|forgot {youre} perfect|i (already )?said sorry( already)?(?=\\s*([.!?]|$))|(it|this) got back to {you}|came out the way|my honesty",
        notBefore: SORRY_FOR_THEM_GUARD,
      },
      // Fifth part of the 2026-12-06 round (blind15): "I've been saying sorry for weeks", "what else is there?".
      {
        pattern:
          '{ive} been (saying sorry|apologi[sz]ing) (for (a year|ages|days|months|weeks)|every (single )?day|non-?stop|over and over|since)|what (else|more) (is there|can i (do|say)|do i have to do|am i supposed to (do|say))( to (do|say))?(?=\\s*\\?)',
        negatable: false,
      },
    ],
    minimizing: [
      "(u know|you know) (i would|i'?d) never",
      "(was not|wasn'?t) (anything|something) (major|serious)",
      "fibbed|white lies?|(haven'?t been|was not|wasn'?t) (completely|entirely|totally|fully|100%|exactly|quite) (forthcoming|honest|transparent|truthful|upfront)|more of an? [a-z]+ than|(once|one)-off|(didn'?t|never) (go|went) anywhere|out of (\\d+|[a-z]+) ([a-z]+ )?years|the (little|minor|small) (issue|matter|thing)",
    ],
    self_focus: [
      // self_focus — the apology becomes about the writer's own suffering
      '(this|it|all this|all of this|everything|the last (few )?(days|months|weeks|year)|these (days|months|weeks)|life)({is}| {adv}(has|have)) (been )?{adv}(a nightmare|awful|brutal|difficult|draining|exhausting|hard|hell|horrible|painful|terrible|torture|tough|unbearable) (for|on) me',
      {
        pattern:
          "{you} (has |have )?no idea how (awful|bad|difficult|guilty|hard|miserable|much pain|much|painful|sorry|terrible)|(can'?t|don'?t|do) {you} (know|realise|realize|see|understand) how (awful|bad|difficult|hard|miserable|much|painful|terrible)",
        negatable: false,
      },
      {
        pattern:
          "{i} (barely|can'?t|cannot|couldn'?t|hardly|have not|haven'?t) {adv}(breathe|eaten|eat|face myself|focus|function|get out of bed|live with myself|look at myself|sleep|slept|stop crying|work)",
        negatable: false,
        notAfter: '(u|you) $',
      },
      {
        pattern:
          '{im} {adv}(a |an |such |the )?(terrible|horrible|awful|worthless|disgusting|pathetic|evil|monster|failure|wreck|mess|the worst|piece of (crap|garbage|shit|trash)|waste of space)( (boyfriend|dad|father|girlfriend|human being|human|husband|man|mom|mother|mum|partner|person|wife|woman))?',
        notBefore: ' at\\b| with words',
      },
      {
        pattern:
          "(can'?t|don'?t|do) {you} (imagine|know|see|understand) what (it is|it'?s been|it'?s|this is) like|{ive} lost (\\d+|a|ten|twenty|so much|a lot of) (kg|kilos|lbs|pounds|stone|weight)|(is|'s|has been|was|are|have been) {adv}(breaking|consuming|crushing|destroying|eating|haunting|killing|ruining|tearing) me|i (feel|felt) like (a |an |such a |such an |the )?([a-z]+ )?(monster|piece of (crap|garbage|shit|trash)|scum|dirt|garbage|trash|failure|worst person|criminal|villain|waste of space)|{im} the one who (has to|must) live with|i (can'?t|cannot) (bear|cope with|deal with|handle|stand|take) (any more|anymore|it|much more|the guilt|the way|this|you being)|i hate myself",
        negatable: false,
      },
      '{im} {adv}(a wreck|broken|depressed|devastated|drowning|dying inside|falling apart|heartbroken|hurting|in pain|miserable|struggling|suffering) (also|as well|every day|every night|here|inside|more than you know|so much|too)|{im} {adv}(a wreck|barely functioning|drowning|dying inside|falling apart|suffering)|think less of me',
      {
        pattern: 'what about (how i feel|me|my feelings)',
        negatable: false,
      },
      '{ive} been (really |so )?(a mess|a wreck|beating myself up|crying|depressed|hard on myself|in agony|miserable|punishing myself|so low|suffering|torturing myself)',
      "{i} {adv}(can|could) (barely|hardly) (cope|function)|(no one|nobody)( [a-z']+){0,4} (at|of|on|with) me than",
      {
        pattern:
          "(doing|trying) (my|the) best i can|panic attacks?|my anxiety|(it'?s|what) a relief|{im} paying for|don'?t hate me|in the mirror|how (alone|lonely) i feel|gentle with myself",
        negatable: false,
      },
      {
        pattern: "its own (kind|sort) of (hell|pain|punishment|torture)|(can'?t|cannot) (even )?show my face",
        negatable: false,
      },
    ],
    pressure: [
      // pressure — asking for forgiveness, to move on, to put it behind
      "{please} {adv}(forgive|forgiv) me|i need an answer|(i|we) (need|really need|want) {you} to (forgive|let (it|this) go|move on|trust me|get over|stop|forget|take me back|believe me|give me)|{you}('ll| will)? (gotta|got|have|must|need|should) (to )?(forgive me|let (it|that|this) go|move on|trust me again|get over|stop bringing|forget|give me (another|a)|take me back)|(like|need|want) us to {adv}(move (forward|on|past)|start (again|fresh|living|over)|get (back|over|past)|be (done|normal|over|past)|stop (bringing|dwelling|going on|talking|treating)|put (it|this) behind|forget)",
      "{i} (hope|pray|wish) (that )?{you} (can|will|could|'ll|ll|would|'d) {adv}(one day |someday |some day |eventually |soon |find (a way|it in your heart) to )?(be able to )?(forgive|get past|give me|let this go|move on|move past|see past|take me back|trust me)",
      "(let'?s|lets|let us|we should|we need to|we have to|can we|could we|i want us to|i'?d like us to|it'?s time (to|we)|time to|we must|we can'?t keep) {adv}(move on|move forward|move past|get past|put (all this|it|that|this) behind|forget|start (again|fresh|over)|get back to|go back to|leave (it|this) in the past|let (it|that|this) go|not dwell|stop(ped)? (dwelling|fighting|talking)|focus on the future)",
      {
        // "I let it go further than it should have" is the writer's own doing (blind20)
        pattern:
          'move on|put (all of this|all this|everything|it|that|this) (all )?behind (us|you)|(getting|get|going|go) back to (normal|how (it|things|we) (was|were)|the way (it|things|we) (was|were)|the way we were)|(leave|let) (it|that|this) (be )?in the past|let (it|that|this) go(?! on)|back to normal',
        notAfter: '\\bi $',
      },
      {
        pattern:
          '(how long|when) (are|do|is|will) {you} (going to|gonna|have to|keep|need to|plan to)? ?(be angry|be mad|bring|forgive|get over|hate|hold|keep|let|make me|punish|stay|stop|trust)',
        negatable: false,
      },
      {
        pattern: 'forgive me(?! for (asking|being|saying|writing)| or don| is )',
        notAfter: '\\b(deserve|even if|expect|hope you never|if|unless|until|whether)\\b',
        // the choice left with them: "forgive me only if and when you want to", "…in your own time"
        notBefore:
          ',? (if and |one day |only )?(if and when|if you ever can|if|in time|in your own time|whenever|when)\\b(?! i\\b)',
      },
      {
        pattern:
          '(another|a second|one more|one last|a last|a fresh|2nd|second) chance|(get|move) past (it|that|this)|start (afresh|again|fresh|over)|(focused|focusing|focus|looked|looking|look) (at|on|to) (our|the) future|(can|could) we (just |please )?(not|stop|drop|leave it|talk about something|have a (good|nice|normal|quiet))',
        notIn: "(do not|don'?t) owe me",
        notAfter: "\\b(when you'?re ready|whenever|whether)\\b",
      },
      '(just |please |you can |you have to |you need to |you should )?trust me(?! again| with| to)',
      {
        pattern: 'forgive and forget|when will {you} (be able to |ever )?(forgive|trust)',
        negatable: false,
      },
      {
        pattern:
          "if we (can|could) {adv}(drop|forget|leave|move|not|stop)|(can|could) we {adv}(be|b) ([a-z]+ ){0,2}again|let'?s not let|leave (all )?(it|this) alone|tell me (it'?s|we'?re) (fine|okay|ok)|{its} been (\\w+ )?(months|weeks|years?)(?=\\s*[.!]|$|,? (already|now|though))|seventy times seven|leave (it|this) where it belongs|picking at (it|this)",
        negatable: false,
      },
      {
        // a deadline on their healing: "forgive me by the summer", "back to normal by your birthday"
        pattern:
          "(forgive|trust|normal|over (it|this)|past (it|this))( [a-z']+){0,5} by (next |our |the |this |your )?(summer|christmas|spring|autumn|winter|new year|birthday|anniversary|weekend|end|[a-z]+(ber|uary)|march|april|may|june|july|august|[a-z]+day)",
        negatable: false,
      },
    ],
    vague: [
      // vague — passive or evasive wording
      {
        pattern:
          '(past|recent|these|the|those) (circumstances|events|goings-on)|(that|the|this) whole ([a-z]+ )?(business|drama|episode|mess|saga|situation|thing)|my (actions|attitude|behaviou?r|conduct) (lately|recently|of late|these (last|past)|this (month|year))',
        notBefore: ':',
      },
      '(bad calls|bad choices|boundaries|choices|comments|decisions|errors of judge?ment|errors|feelings|hearts|lies|lines|mistakes|people|poor choices|promises|remarks|things|trust|vows) (that )?(became|got|had been|has been|have been|was|were) (blurred|broken|crossed|damaged|done|hurt|made|said|told)',
      {
        pattern:
          '(stuff|things) {adv}(happened|went on|got out of hand|went too far|went wrong|escalated|got {adv}(complicated|messy)|went south|went sideways|spiral\\w*|took a turn)|(it|that|this) {adv}(got out of hand|went too far|escalated|got {adv}(complicated|messy)|spiral\\w*|went further than|kind of happened|sort of happened|just happened)|what happened,? happened',
        notBefore:
          ' (because|when|while|(three|two|four|five|many|several|\\d+) times|for (a year|months|weeks|years)|more than once|over (and|months))',
      },
      '{sorry} (about|for) (what happened|everything that happened|how things (ended up|happened|turned out|went)|the mess|all this|all of this|the way things (turned out|went))|{sorry} (about|for) (everything|it all|all of it|all of this|all that|all this|everything that went on|the way it all (happened|went))(?=\\s*([.!]|$|,\\s*(babe|okay|ok)))|{sorry} about that(?=\\s*([.!]|$))|{sorry} (about|for) how (everything|it all|it|things) (ended|happened|played out|turned out|unfolded|went down|went|worked out)|{sorry} (it |that |this )?happened',
      "(my|that|the|this) (error in judge?ment|incident|indiscretion|lapse in judge?ment|mishap|misstep|situation|transgression)|(i|we) (allowed|let) (it|things|this) (to )?(get|go(?! on))|(there was|there were|there'?s been) (some )?(a breach|a lapse|a situation|an incident|an issue|improper|inappropriate)",
      'what went (down|on)|{sorry} (about|for) being (an? |so )?(idiot|jerk|dick|dumb|stupid|an ass|fool|silly|weird|distant|off|secretive|shady|bad (boyfriend|girlfriend|husband|partner|wife))|(acting|been|got|was being) (secretive|shady|strange|weird)',
      "(how|the way) (everything|it all|things) (have )?(ended up|gone|played out|turned out|unfolded|went)|(haven'?t|wasn'?t) been the (best|greatest|perfect)|{sorry} (about|for)[,. ]*you know|{sorry} (about|bout|for) all (that|the) (drama|stuff)|things took place",
      // General shapes added in the fourth part of the 2026-12-06 round (blind13, blind14).
      "{sorry} (that )?(everything|it all|it|things|this|we) {adv}(ended up|came to (that|this)|got (so|that|this) far|got {adv}(messed up|out of (control|hand)|messy|bad))|(that|the) (?!(best|biggest|first|hardest|last|main|next|one|only|other|real|right|same|whole|worst) )[a-z]+ thing (got|happened|was|went)|(that|the) stuff (about|at|between|with)|caught up in (something|some)|{sorry} (that )?my (actions|behaviou?r|choices|mistakes?) (made|makes) you|{sorry} (for having|to have) (disappointed|hurt|let|upset) (u|you)( down)?(?=\\s*[.!]|$)|{sorry} (about|for) (anything|whatever) (happened|i did|i have done|i'?ve done)|{sorry} (about|for) (all the|any|the) (confusion|misunderstanding|(distress|hurt|pain|upset)( (it|that|this))?( has| may have| might have)? (been )?caused)|{sorry} (about|for) my (part|share) in",
      // Fifth part of the 2026-12-06 round (blind15): "I made some bad choices", "I did what I did", "you know what I
      // mean", "the debt got away from me".
      "i (made|have made|'ve made) (a couple of|a few|a lot of|many|some) (bad |poor |questionable |stupid |wrong )?(choices|decisions)(?=\\s*[.!,]|$| with| about| around)|i did what i did|got away from me",
    ],
    blame_shift: [
      // General shapes added in the blind10 round (follow-up of 2026-12-06).
      "{youaux} {adv}(chosen|chose|picked|put|prioriti[sz]ed) ([a-z']+ ){1,6}(above|before|over) me|{youre} the one (that|who) (insisted|pushed|suggested|wanted)|(dynamics|issues|patterns|problems) in (our|the) (marriage|relationship)|responsibility for (yours|your (part|share|side))|{you} {adv}react so|between us first|gone stale|i'?d never have (gone|looked|strayed)|stopped (all )?(physical )?intimacy|(bedroom|sex life) (had been|was) dead",
    ],
  }),
];
