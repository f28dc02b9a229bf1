import { byKind } from './by-kind';
import type { KindText, Rule } from './engine';
import { BLAME_RULES, JUSTIFICATION_RULES, MINIMIZING_RULES } from './lexicon-shared';
import { REPLY_FRAMES } from './reply-frames';
import { BLAME_FRAMES, JUSTIFICATION_FRAMES, MINIMIZING_FRAMES } from './shared-frames';

/** What the reply coach says for each kind of finding, with a validating phrasing to try. */
export const REPLY_TEXTS: Readonly<Record<string, KindText>> = {
  defensive: {
    message:
      'This defends you before it hears them. Right now they need to feel heard more than to hear your side.',
    suggestion: 'I hear you. Tell me more.',
  },
  minimizing: {
    message: 'This may tell them their pain is too big. Their feelings make sense, given what happened.',
    suggestion: 'It makes sense that you feel this way.',
  },
  counter_attack: {
    message: 'Turning it back to them can feel like a new wound. Let their hurt have the floor for now.',
    suggestion: "You're right to bring this to me. I'm listening.",
  },
  justification: {
    message: 'Reasons can sound like excuses while the hurt is fresh. Stay with how this landed for them.',
    suggestion: 'There is no excuse. I did it, and I am sorry.',
  },
  rushing: {
    message: 'This asks them to be done before they are. Healing keeps its own pace.',
    suggestion: "Take all the time you need. I'm here.",
  },
};

// In a reply, blaming the partner for the affair is a counter-attack.
// Blaming the other person in the affair ("she came onto me") or the marriage ("we'd been fighting so much") is an
// excuse, not a turn on the partner.
const TURNED_BACK: Rule[] = [...BLAME_RULES, ...BLAME_FRAMES].map((r) => ({
  ...r,
  kind: /^(\{third\}|\((we|our)\b)/.test(r.pattern) ? 'justification' : 'counter_attack',
}));

const LABELS_OF_PAIN =
  'overreacting|over-reacting|over reacting|overthinking|over-thinking|dramatic|overdramatic|paranoid|crazy|ridiculous|silly|irrational|hysterical|unreasonable|too sensitive|oversensitive|overly sensitive|sensitive|a bit much|extra|insecure|jealous|petty|emotional|hormonal|mental|nuts|delusional|making (a|it|such a|this) (a )?(bigger|big|deal|drama|huge|scene|thing|too much)|making (a )?(big deal|drama|fuss|mountain|scene)|imagining (it|stuff|things)|spiral(l)?ing|catastrophi[sz]ing|losing it|freaking out|being a lot|making (stuff|things) up|projecting|reading (too much )?into|blowing (it|things|this)|exaggerating|being (so )?extra|a drama queen|obsessing|obsessed|taking (it|things|this) (so|too) (hard|personally|seriously)';

// Read top to bottom: each line is one way people write it. Add lines freely; keep them specific. Rules are grouped
// by kind (`byKind`); within a kind they are in the order they were added, and a comment naming a round marks where
// that round's rules begin.
/** The rules of the reply coach, by kind. */
export const REPLY_RULES: readonly Rule[] = [
  ...MINIMIZING_RULES,
  ...JUSTIFICATION_RULES,
  ...TURNED_BACK,
  ...MINIMIZING_FRAMES,
  ...JUSTIFICATION_FRAMES,
  ...REPLY_FRAMES,
  ...byKind({
    defensive: [
      // defensive — protecting oneself before hearing them
      {
        pattern:
          "(do not|don'?t) put (it|this) (all )?on me|(make|makes|making) it sound like i|{im} not (a |some |the )?(sort of )?(bad (bloke|guy|person)|criminal|monster|villain)|i (do not|don'?t) have to take this|{i} {adv}(said|told you|apologi[sz]ed)( that)? (i am |i was |i'?m )?sorry|({i}|i have|i had) {adv}already (apologi[sz]ed|said|told|explained|answered)|how many (more )?times (am|does|do|have|must|should|will) (i|we)",
        negatable: false,
        notAfter: '\\bi know $',
      },
      {
        pattern: 'what (else|more) (can|could|does|do|should|would) {you} {adv}(expect|need|want)',
        negatable: false,
      },
      {
        pattern:
          "(it is|it'?s|that is|that'?s) (just not|not|so not|totally not) (fair|true|what happened|what i said|what i meant|how it (happened|was|went)|the (whole )?(case|point|story|truth))|(that is|that'?s|this is|this'?s) (completely |just |so |totally )?(a lie|a stretch|absurd|an exaggeration|bs|bullshit|crazy|harsh|insane|not right|rich|ridiculous|unfair)",
        negatable: false,
        notBefore: " that you (had|have)|,? (on|to) you|,? and i'?m (so )?sorry",
      },
      {
        pattern:
          "{youre} {adv}(twisting|putting words|taking (it|me|my words|that|this) (out of context|the wrong way|wrong)|not listening|not being fair|being unfair|making (it|me|this) (look|out|sound)|attacking me|accusing me|treating me like|never going to (believe|let|trust))|{i} {adv}(did not|didn'?t|never) (meant|mean|said|say) (it how|it like that|it that way|that)",
        negatable: false,
        notAfter: 'whether ',
      },
      {
        pattern:
          "{im} (doing|trying) (all i can|everything|my best|my hardest|really hard|so hard|the best i can)|{ive} (been )?(doing|done|tried|trying) (all i can|everything you asked|everything|my best|my hardest|really hard|so hard|so much)|(anything|everything|nothing|whatever) i (did|do|ever do|ever say|say|try)( or (do|say))? (is|will be|'s|ever is|seems) (always |ever |just )?(enough|good enough|right|wrong|never (enough|right))|i (can'?t|cannot|never) (do|get|say) anything right",
        negatable: false,
      },
      {
        pattern:
          '{im} not (a |that )?(bad|evil|horrible|kind of|sort of|terrible|the bad|type of) (guy|husband|man|one|partner|person|wife|woman)|stop (accusing|attacking|blaming|interrogating|judging|punishing|questioning|treating|yelling at) me',
        negatable: false,
      },
      {
        pattern:
          "(i (get|hear|know|see|understand)|{im} sorry|that'?s fair|you'?re right|fair enough|ok|okay)( [^.!?\\n,]{0,60})?,? but",
        notBefore:
          " (i'?m (here|listening|not going|staying)|i want to (hear|know|listen|understand)|i'?ll|i will|i can|tell me|please tell|you'?re right|it'?s (still )?on me|that'?s on me|it doesn'?t matter|there'?s no excuse|i did|i'?m not)|[^.!?]{0,50}\\bwhat i (caused|did|put)",
      },
      {
        pattern:
          "(?<!(i can see|i get|i know|i see|i understand) )why {you}('d| would) (even )?(accuse|assume|believe|say|think)|why (are|do|would) {you} (always |even |keep |still )?(accusing|asking|assume|assuming|attacking|bringing|bring|checking|doing this|interrogating|looking|making|snooping|thinking)|{im} sorry {you} feel (that|this) way|ugh|seriously\\?|omg|come on",
        negatable: false,
      },
      {
        pattern: '{its} not like {i}',
        negatable: false,
      },
      {
        pattern:
          "(all|always) my fault\\?|(i am|i'?m) (done|finished|through) (explaining|apologi[sz]ing|talking|with this|defending|answering|justifying)|keep (apologi[sz]ing|saying sorry|explaining|paying) (all the time|every day|for ever|for the rest|forever)|coming from you|(told|said|explained|answered|apologi[sz]ed|discussed|gone over|been over|gone through)[^.!?]{0,30}?((a |about |like |literally )?(hundred|thousand|million|dozen|billion|fifty|twenty|ten|\\d+)|so many|countless|too many) times|i (already )?(answered|explained|told you|went over) (it|that|this)( question)? (yesterday|already|before|last (night|time|week)|twice|earlier|this morning)|{im} (just |really )?trying( here| my best| so hard)?(?=\\s*([,.!]|$| and you| but you| okay| ok))|{im} (always the|forever the|just the|now the|the) (bad guy|bad one|criminal|enemy|monster|villain|worst)|i (can )?never (do|get|say) anything right|think (whatever|what) (you like|you want)",
        negatable: false,
      },
      {
        pattern:
          "(don'?t|quit|stop) (judge|judging|lecture|lecturing|nagging|nag|preaching|preach|talk down|talking down|yelling|yell)( at| to)? me",
        negatable: false,
      },
      // Plain wordings added in the blind8 round.
      "{ive} (got )?nothing to hide|{you} {adv}(made|make) me (look|sound) like (an|a) (criminal|monster|villain)|{im} {adv}not the (bad guy|only one|villain)|{i} {adv}(do not|don'?t) (have|need) to (explain|justify) myself|{thats} (just |simply )?(not true|untrue)|technically|(was not|wasn'?t) (hiding|trying to hide)|acting like {im}",
      "{im} not (a|some|the) (cheater|cheat|criminal|devil|liar|monster|villain)|that'?s what {you} think of me|(have to|let me|need to|want to) (clarify|correct) (one thing|something|that)|{im} doing (everything|my best|the work)",
      {
        pattern:
          "{im} not that (guy|man|person|woman) any ?more|(look at me|looking at me|treat me|treated|treating me) like (a |an )?(child|criminal|liar|monster|prisoner|suspect)|(not going to|refuse to|won'?t) (apologi[sz]e|say sorry) for (something|things|what) i (did not|didn'?t|never)|why {you} keep (accusing|asking|bringing|saying|telling)|(it|that) (is not|isn'?t|was not|wasn'?t) like that(?=\\s*[.!]|$)|inaccurate|(jumped|jumping|jump) to conclusions|{i} (wasn'?t|was not|am not|'m not) lying(?=\\s*[,.!]|$| this time)",
        negatable: false,
      },
      {
        // Fifth part of the 2026-12-06 round (blind15): their word put back in scare quotes ("I didn't 'hide'
        // anything"), an alibi ("Ask him."), "doesn't that count for anything?"
        pattern:
          "(did not|didn'?t|never|not|was not|wasn'?t) '(hid\\w*|lie|lying|lied|cheat\\w*|st[eo]\\w*|sneak\\w*)'|(^|(?<=[.!?]\\s{0,3}))ask (him|her|them|anyone|my (boss|brother|dad|friend|mate|mom|mum|sister))(?=\\s*[.!]|$)|(does not|doesn'?t|don'?t) (it|that|this) (count|mean) (for )?(anything|something)",
        negatable: false,
        quotable: false,
      },
    ],
    minimizing: [
      // minimizing — the hurt made too big, too sensitive, or laughable
      `({youre}|(aren'?t|are) {you}|{you} (could|may|might) be) {adv}(${LABELS_OF_PAIN})|(don'?t|quit|stop) (being|be) (a |so |such a )?(${LABELS_OF_PAIN})`,
      // "I need twenty minutes to calm down" is the writer's own (blind24)
      { pattern: 'calm down', aboutOther: true },
      'relax(?=\\s*([.!,?]|$|ok|okay|babe|lol))|chill( out)?(?=\\s*([.!,?]|$|ok|okay|babe|lol))|storm in a teacup|over nothing|looking for (a fight|drama|problems|reasons to be|things to be|trouble)|{its} (all good|fine|nothing)(?=\\s*([.!,]|$))',
      "built (it|this) up|(it|that) (is|was) (nothing|harmless|innocent|meaningless|silly|nothing serious|(ages|years) ago)|no need for (all )?(these|the) tears|it'?s not like (it|i|we)",
      '(been through|survived) (far |much )?worse',
      'not (such|that) a big (deal|thing)|bigger than (it is|it needs|it was)|making (it|things|this) (feel |look |seem |sound )?bigger|nothing ?burger|drama (llama|queen)|a bit (excessive|much|obsessive|paranoid)|(is|will) this (going to|gonna) be a thing',
      {
        pattern:
          "{youre} (acting|behaving|carrying on|reacting) (as if|as though|like) (i had|i'?d|it was|it'?s|i|someone|the world|this is)|(do not|don'?t) (get|know|see|understand) why {youre} (angry|crying|getting|making|so upset|this upset|upset)",
        negatable: false,
      },
    ],
    counter_attack: [
      // counter_attack — turning it back on them
      {
        pattern:
          "what about (all the|how you|me|the time you|u|what you|when you|your|you)|easy to live with|(and )?{you} (did|do|have done|'ve done) (it too|it yourself|stuff too|that too|the same|worse)|{youre} (no angel|no saint|not exactly|one to talk)|(at least|well at least) {i} (don'?t|didn'?t|never|wasn'?t|am not|'m not)|{you} (are|were|was|'re|re) the one (that|who)|{youre} the one (that|who)|{youre} not making (it|things|this) easy|{you} (are not|aren'?t|have not been|haven'?t been|wasn'?t|were not|weren'?t) exactly|{you}('re|'ve| are| have)? {adv}(always|constantly|never)(?! (allowed|asked (for|to)|been|be|deserved?|had|have|once|right|said|there|told|welcome)\\b)|{you} ([a-z']+ ){1,4}(all the time|constantly|24/7|every (single )?time)",
        negatable: false,
        quotable: false,
        notAfter: '\\b(if|i (get|know|see|understand)( that)?) $',
        // "What about you, how are you doing?" asks after them (blind20, blind24)
        notBefore: '[,?]? how (are|is|have)',
      },
      {
        pattern:
          "{you} {adv}(don'?t|never|won'?t) (let me|give me a chance|believe (anything|me)|trust me|appreciate|let (it|this) go)",
        negatable: false,
        notAfter:
          '\\b(fair that|get why|i know|know why|makes sense|no wonder|of course|understand why|understandable)\\b',
        notBefore: "( [a-z']+)? yet\\b",
      },
      {
        pattern:
          "{youre} (being )?(just |really |so |too )?(a nightmare|abusive|cold|controlling|crazy|cruel|hateful|hypocritical|impossible|manipulative|mean|nasty|obsessed|obsessive|petty|relentless|selfish|toxic|unbearable|unfair|vindictive)|{youre} (just )?(looking|trying|using|wanting) (for|this|to) (a fight|against|an excuse|as|control|hurt|make me|punish)|{you} (have|'ve) (done|said) (stuff|things|worse) (to me|too|yourself)|(don'?t) (act|pretend) (like )?(you are|you were|you'?re)? ?(a saint|an angel|blameless|innocent|perfect|the victim)|(how about|remember|what about) (the time|when) {you}|remember {your}",
        negatable: false,
        notAfter: "\\b((feeling|feel|felt) like|(not|\\w+n't) (call|say|think)\\w*( that)?) $",
      },
      '{youve} (hurt|lied to) me (as well|too)|{you} think {youre} (a saint|perfect)|(check|look at) {your} own|lecture me',
      // General shapes added in the blind10 round (follow-up of 2026-12-06).
      "{you} owe me (a sorry|an apology|one)|(that'?s|this is) (abuse|cruel|manipulat\\w*|controlling) too|just as (bad|guilty|much|often) as (i did|i do|me)|{youre} {adv}just as (bad|guilty)",
      // General shapes added in the fourth part of the 2026-12-06 round (blind13, blind14).
      {
        pattern:
          "(poisoning|riling|stirring|turning|winding|wind|wound) (u|you) (against|up)|{you}('d| would)( never|n'?t)? (have )?(had )?the (balls|courage|decency|guts|nerve)|{you}('d| would) have kept it|(do not|don'?t) pretend (that )?{you} (didn'?t|don'?t|haven'?t|never|weren'?t)|{youre} not the only one (hurting|that|who)|{im} not the only one (that|to blame|who)|{your} (anger|control|insecurity|jealousy|own|trust) issues|mind you,? {you}|(let us|let'?s|we can|we should) both (admit|be honest|come clean|own)|{you} {adv}(conveniently |seem to )?(forget|forgot|ignored|ignore) (about |all )?(the good|everything (good|i)|all (that|the) (good|i)|how (hard|much) i|that i)|{you} (need to|should) (ask|look at) (your own|yourself)|{you} (do not|don'?t) get to (bring|judge|lecture|say|speak|talk|throw|use)",
        negatable: false,
      },
    ],
    rushing: [
      // rushing — asking them to be done before they are
      {
        pattern:
          'move on|(move|moving) forward(?! to)|move past (it|this)|get (over|past) (it|that|this)|put (all this|everything|it|that|this) behind|{its} (ancient history|behind us|in the past|old news|water under the bridge)|{its} been (a month|a year|ages|forever|long enough|months|so long|weeks|years)|let (it|that|things|this) go',
        notBefore:
          " (only )?(at your|in your|on your|when you'?re|whenever you) (own )?(pace|ready|time)|,? but i (can|will)|,? and i know| (is not|isn'?t) (something|up to)",
        notAfter: "\\bi( know|'?ll| will) $",
      },
      {
        pattern:
          "(can|could) we (please )?{adv}(not go over|not do this|not right now|not tonight|not now|stop|drop|leave|change the subject|talk about (it later|something else|this another|this later|this tomorrow)|do this (another|later|tomorrow)|forget|skip|move|just (drop|enjoy|forget|have|move|not|stop))|not (again|now|right now|rn|this again|today|tonight)(?=\\s*([.!?,]|$|please|ok|okay|babe|i'?m|i am|i have|i need|we))",
        negatable: false,
      },
      {
        pattern:
          "(i am|i'?m) {adv}(too )?(busy|done|exhausted|not in the mood|tired) (for (another|it|that|this)|to (deal|discuss|do this|go over|keep|talk)|of (dealing|discussing|going over|hearing|rehashing|talking|this))|(how long|when) (are|do|is|will) {you} (be|going to|gonna|keep|need|still|stop)|(quit|stop) (bringing (it|that|this) up|dwelling|living in the past|going on about|harping|rehashing|dragging)",
        negatable: false,
      },
      {
        // "It's okay to bring it up again" invites it (blind18)
        pattern:
          "(bringing|bring|brought) (it|that|this) up (again|all the time|every)|(can'?t|cannot|i am not|i'?m not|not going to|refuse to|won'?t) (keep )?(doing|do|go through|going through|have|having|rehash|repeating|repeat) (that|the same|this) (argument|conversation|discussion|fight|talk)|(a|one) (good|happy|nice|normal|peaceful|quiet) (day|dinner|evening|holiday|meal|night|weekend) without|(can we|let'?s) (just )?(enjoy|have a good|have a nice|relax|try to have|watch)|here we go again|not this again|we'?ve (been|gone) (over|through) (it|this)",
        notAfter: '\\b(allowed|fine|free|okay|ok|right|welcome) to $',
      },
      {
        pattern:
          "(u|we|you) (agreed|promised|said) (u|we|you) (weren'?t|wouldn'?t|won'?t|were not|would not|would stop|'d stop|were done)|(can|could|would) {you} (just |please )?(not (bring|do|start)|stop (bringing|it|this)|drop it|leave it|give it a rest)|((there is |there'?s )?no (point|sense|use)|what'?s the point|what is the point) (in |of )?(bringing|discussing|going over|rehashing|talking)|(deal with|discuss|do this|get into|go over|talk)( about)?( (it|that|this))? (another day|another time|at the weekend|in the morning|later|next week|some other time|tomorrow)|at some point {you} (have|need|'ll have|will have|must|gotta)",
        negatable: false,
        notIn: "would it help|only if {you} (like|want)|if {you}('d| would)? (like|prefer)",
      },
      "(dwell|dwelling|rehash|rehashing|dig up|digging up|dredge up|dredging up|drag (it|this) out(?! of)|dragging (it|this) out|beating a dead horse|keep going over|live in the past|living in the past)|(?<!(clear|close|fair|good|kind|long|often|soon|true) )(enough|that'?s enough)(?=\\s*([.!]|$| already| of this| with))|(let us|let'?s) (just )?(drop|focus on the future|forget|leave it|look forward|move|not|stop)|(it is |it'?s )?time (to|we) {adv}(dropped|drop|forget|leave|left|let|moved|move|put|stopped|stop)|(drag|dragging|dredg\\w*) (it|that|things|this) up|(can|could) we {adv}(be|b) ([a-z]+ ){0,2}again|{you} (gotta|got|have|need) to (let (it|this) go|get over|move on|stop)",
      'how many more times|done talking about|keep bringing (it|that|this) up',
      {
        pattern:
          "healthy (for you )?to keep|{im} not (getting|going) (into|over|through) (all this|it|that|this) (again|now|today|tonight)|do we (have|need) to (do|talk about|go (over|through)|get into|have) (it|that|this)|(focusing|focus) on the future|can'?t keep (dwelling|going|living)|(not|won'?t) (be )?(discussing|doing|talking|talk) (about )?(it|that|this) (again|at|every|tonight)",
        negatable: false,
      },
      {
        pattern:
          "(do not|don'?t) start (with )?(again|it|that|this)|{i} (can'?t|cannot) do this (again|now|right now|today|tonight)|(quit|stop) (going|looking) back|(let'?s) (just )?(get some sleep|get through)|round in circles|put (it|this) to bed|done and dusted|do we (really )?have to do this|{youre} (going|gonna) (to )?have to (believe|forgive|get over|let|move on|trust)|(prefer|rather) not (dig|drag|go over|go through|rehash|relive|revisit)",
        negatable: false,
      },
    ],
    justification: [
      '(lowest|low) point|rock bottom|tough childhood|(kind|sort) of happened|i had (a lot|so much) going on',
    ],
  }),
];
