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
  kind: /^(\{third\}|\((we|our)\|)/.test(r.pattern) ? 'justification' : 'counter_attack',
}));

const LABELS_OF_PAIN =
  'overreacting|over-reacting|over reacting|overthinking|over-thinking|dramatic|overdramatic|paranoid|crazy|ridiculous|silly|irrational|hysterical|unreasonable|too sensitive|oversensitive|overly sensitive|sensitive|a bit much|extra|insecure|jealous|petty|emotional|hormonal|mental|nuts|delusional|making (this|it|a|such a) (a )?(big|bigger|huge|too much|thing|deal|drama|scene)|making (a )?(mountain|big deal|drama|scene|fuss)|imagining (things|it|stuff)|spiral(l)?ing|catastrophi[sz]ing|losing it|freaking out|being a lot|making (stuff|things) up|projecting|reading (too much )?into|blowing (this|it|things)|exaggerating|being (so )?extra|a drama queen|obsessing|obsessed|taking (this|it|things) (too|so) (seriously|personally|hard)';

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
          "(don'?t|do not) put (this|it) (all )?on me|{i} {adv}(said|told you|apologi[sz]ed)( that)? (i'?m |i am |i was )?sorry|({i}|i have|i had) {adv}already (apologi[sz]ed|said|told|explained|answered)|how many (more )?times (do|does|must|will|should|have|am) (i|we)",
        negatable: false,
        notAfter: '\\bi know $',
      },
      {
        pattern: 'what (more|else) (do|does|can|could|should|would) {you} {adv}(want|need|expect)',
        negatable: false,
      },
      {
        pattern:
          "(that'?s|that is|it'?s|it is) (not|so not|totally not|just not) (fair|true|what happened|what i said|what i meant|how it (was|happened|went)|the (whole )?(story|point|case|truth))|(that'?s|that is|this is|this'?s) (so |just |completely |totally )?(unfair|ridiculous|absurd|a lie|not right|bullshit|bs|crazy|insane|a stretch|an exaggeration|harsh|rich)",
        negatable: false,
        notBefore: " that you (have|had)|,? (to|on) you|,? and i'?m (so )?sorry",
      },
      {
        pattern:
          "{youre} {adv}(twisting|putting words|taking (it|this|that|me|my words) (out of context|the wrong way|wrong)|not listening|not being fair|being unfair|making (it|this|me) (sound|look|out)|attacking me|accusing me|treating me like|never going to (believe|trust|let))|{i} {adv}(never|didn'?t|did not) (said|say|mean|meant) (that|it like that|it that way|it how)",
        negatable: false,
        notAfter: 'whether ',
      },
      {
        pattern:
          "{im} (doing|trying) (my best|everything|all i can|the best i can|so hard|really hard|my hardest)|{ive} (been )?(doing|done|trying|tried) (everything|my best|so much|all i can|so hard|really hard|everything you asked|my hardest)|(nothing|anything|whatever|everything) i (do|say|ever do|ever say|try|did)( or (say|do))? (is|will be|'s|ever is|seems) (ever |always |just )?(enough|good enough|right|wrong|never (enough|right))|i (can'?t|cannot|never) (do|say|get) anything right",
        negatable: false,
      },
      {
        pattern:
          '{im} not (a |that )?(bad|terrible|horrible|evil|the bad|kind of|sort of|type of) (person|guy|man|woman|husband|wife|partner|one)|stop (attacking|accusing|interrogating|blaming|punishing|yelling at|judging|treating|questioning) me',
        negatable: false,
      },
      {
        pattern:
          "(i (hear|understand|get|know|see)|{im} sorry|that'?s fair|you'?re right|fair enough|ok|okay)( [^.!?\\n,]{0,60})?,? but",
        notBefore:
          " (i'?m (here|listening|not going|staying)|i want to (understand|hear|listen|know)|i'?ll|i will|i can|tell me|please tell|you'?re right|it'?s (still )?on me|that'?s on me|it doesn'?t matter|there'?s no excuse|i did|i'?m not)|[^.!?]{0,50}\\bwhat i (did|put|caused)",
      },
      {
        pattern:
          "(?<!(i get|i see|i know|i understand|i can see) )why {you}('d| would) (even )?(think|say|believe|assume|accuse)|why (are|do|would) {you} (always |keep |even |still )?(bringing|bring|making|assume|assuming|thinking|accusing|attacking|doing this|interrogating|checking|looking|snooping|asking)|{im} sorry {you} feel (that|this) way|ugh|seriously\\?|omg|come on",
        negatable: false,
      },
      {
        pattern: '{its} not like {i}',
        negatable: false,
      },
      {
        pattern:
          "(always|all) my fault\\?|(i'?m|i am) (done|finished|through) (explaining|apologi[sz]ing|talking|with this|defending|answering|justifying)|keep (apologi[sz]ing|saying sorry|explaining|paying) (forever|for ever|all the time|every day|for the rest)|coming from you|(told|said|explained|answered|apologi[sz]ed|discussed|gone over|been over|gone through)[^.!?]{0,30}?((a |like |about |literally )?(hundred|thousand|million|dozen|billion|fifty|twenty|ten|\\d+)|so many|countless|too many) times|i (already )?(answered|explained|told you|went over) (that|this|it)( question)? (yesterday|already|before|last (night|week|time)|twice|earlier|this morning)|{im} (really |just )?trying( here| my best| so hard)?(?=\\s*([,.!]|$| and you| but you| okay| ok))|{im} (the|always the|forever the|now the|just the) (bad guy|villain|monster|bad one|criminal|enemy|worst)|i (can )?never (do|say|get) anything right|think (whatever|what) (you want|you like)",
        negatable: false,
      },
      {
        pattern:
          "(don'?t|stop|quit) (lecture|lecturing|preach|preaching|judge|judging|yell|yelling|talk down|talking down|nag|nagging)( at| to)? me",
        negatable: false,
      },
      // Plain wordings added in the blind8 round.
      "{ive} (got )?nothing to hide|{you} {adv}(make|made) me (sound|look) like (a|an) (monster|villain|criminal)|{im} {adv}not the (only one|bad guy|villain)|{i} {adv}(don'?t|do not) (have|need) to (explain|justify) myself|{thats} (simply |just )?(not true|untrue)|technically|(wasn'?t|was not) (hiding|trying to hide)|(don'?t|do not) know what (else|more) (i can|you want me to) (do|say)|acting like {im}",
      "{im} not (a|some|the) (monster|villain|criminal|devil|liar|cheat|cheater)|that'?s what {you} think of me|(need to|let me|have to|want to) (correct|clarify) (one thing|something|that)|{im} doing (the work|my best|everything)",
      {
        pattern:
          "{im} not that (person|man|woman|guy) any ?more|(treated|treat me|treating me) like (a |an )?(suspect|criminal|prisoner|child|monster|liar)|(not going to|won'?t|refuse to) (apologi[sz]e|say sorry) for (something|what|things) i (didn'?t|did not|never)|why {you} keep (saying|telling|accusing|asking|bringing)|(it|that) (wasn'?t|was not|isn'?t|is not) like that(?=\\s*[.!]|$)|inaccurate|(jump|jumping|jumped) to conclusions|{i} (wasn'?t|was not|am not|'m not) lying(?=\\s*[,.!]|$| this time)",
        negatable: false,
      },
      {
        // Fifth part of the 2026-12-06 round (blind15): their word put back in scare quotes ("I didn't 'hide'
        // anything"), an alibi ("Ask him."), "doesn't that count for anything?"
        pattern:
          "(didn'?t|did not|wasn'?t|was not|never|not) '(hid\\w*|lie|lying|lied|cheat\\w*|st[eo]\\w*|sneak\\w*)'|(^|(?<=[.!?]\\s{0,3}))ask (him|her|them|anyone|my (mate|friend|boss|brother|sister|mum|mom|dad))(?=\\s*[.!]|$)|(doesn'?t|does not|don'?t) (that|it|this) (count|mean) (for )?(anything|something)",
        negatable: false,
        quotable: false,
      },
    ],
    minimizing: [
      // minimizing — the hurt made too big, too sensitive, or laughable
      `({youre}|(are|aren'?t) {you}|{you} (might|may|could) be) {adv}(${LABELS_OF_PAIN})|(don'?t|stop|quit) (be|being) (so |such a |a )?(${LABELS_OF_PAIN})`,
      'calm down|relax(?=\\s*([.!,?]|$|ok|okay|babe|lol))|chill( out)?(?=\\s*([.!,?]|$|ok|okay|babe|lol))|storm in a teacup|over nothing|looking for (problems|trouble|reasons to be|things to be|drama|a fight)|{its} (fine|all good|nothing)(?=\\s*([.!,]|$))',
      "(it|that) (was|is) (nothing|harmless|innocent|meaningless|silly|nothing serious|(ages|years) ago)|no need for (all )?(the|these) tears|it'?s not like (i|we|it)",
      '(survived|been through) (much |far )?worse',
      'not (such|that) a big (thing|deal)|bigger than (it is|it was|it needs)|making (it|this|things) (feel |seem |look |sound )?bigger|nothing ?burger|drama (llama|queen)|a bit (much|obsessive|paranoid|excessive)|(is|will) this (going to|gonna) be a thing',
      {
        pattern:
          "{youre} (acting|behaving|carrying on|reacting) (like|as if|as though) (i|i'?d|i had|it was|it'?s|this is|someone|the world)|(don'?t|do not) (know|understand|get|see) why {youre} (crying|upset|so upset|this upset|angry|getting|making)",
        negatable: false,
      },
    ],
    counter_attack: [
      // counter_attack — turning it back on them
      {
        pattern:
          "what about (you|u|when you|the time you|your|how you|what you|all the|me)|easy to live with|(and )?{you} (did|do|have done|'ve done) (the same|it too|worse|that too|stuff too|it yourself)|{youre} (one to talk|no saint|no angel|not exactly)|(at least|well at least) {i} (don'?t|didn'?t|never|wasn'?t|am not|'m not)|{you} (are|were|was|'re|re) the one (who|that)|{youre} the one (who|that)|{youre} not making (it|this|things) easy|{you} (weren'?t|aren'?t|wasn'?t|were not|are not|haven'?t been|have not been) exactly|{you}('re|'ve| are| have)? {adv}(always|never|constantly)(?! (be|been|deserved?|had|have|there|right|welcome|allowed)\\b)|{you} ([a-z']+ ){1,4}(all the time|constantly|24/7|every (single )?time)",
        negatable: false,
        quotable: false,
        notAfter: '\\bi (know|understand|get|see) (that )?$',
      },
      {
        pattern:
          "{you} {adv}(never|don'?t|won'?t) (let me|give me a chance|believe (me|anything)|trust me|appreciate|let (it|this) go)",
        negatable: false,
        notAfter:
          '\\b(understandable|makes sense|get why|know why|understand why|fair that|of course|no wonder|i know)\\b',
        notBefore: "( [a-z']+)? yet\\b",
      },
      {
        pattern:
          "{youre} (being )?(so |too |really |just )?(controlling|cruel|mean|vindictive|hateful|toxic|abusive|nasty|unfair|hypocritical|petty|obsessed|obsessive|unbearable|impossible|a nightmare|relentless|cold|selfish|manipulative|crazy)|{youre} (just )?(trying|looking|using|wanting) (to|for|this) (punish|hurt|control|make me|an excuse|a fight|against|as)|{you} (have|'ve) (done|said) (worse|things|stuff) (too|yourself|to me)|(don'?t) (act|pretend) (like )?(you'?re|you are|you were)? ?(innocent|perfect|a saint|an angel|blameless|the victim)|(remember|how about|what about) (when|the time) {you}|remember {your}",
        negatable: false,
        notAfter: '\\b(feel|felt|feeling) like $',
      },
      '{youve} (hurt|lied to) me (too|as well)|{you} think {youre} (a saint|perfect)|(look at|check) {your} own|lecture me',
      // General shapes added in the blind10 round (follow-up of 2026-12-06).
      "{you} owe me (an apology|one|a sorry)|(that'?s|this is) (abuse|cruel|manipulat\\w*|controlling) too|just as (much|bad|guilty|often) as (i do|me|i did)|{youre} {adv}just as (bad|guilty)|{you} (haven'?t|have not|weren'?t|were not|aren'?t|are not) exactly (been )?(easy|a saint|an angel|perfect|innocent|blameless|a picnic)",
      // General shapes added in the fourth part of the 2026-12-06 round (blind13, blind14).
      {
        pattern:
          "(winding|wound|wind|stirring|riling|poisoning|turning) (you|u) (up|against)|{you}('d| would)( never|n'?t)? (have )?(had )?the (guts|balls|courage|decency|nerve)|{you}('d| would) have kept it|(don'?t|do not) pretend (that )?{you} (didn'?t|never|weren'?t|don'?t|haven'?t)|{youre} not the only one (who|that|hurting)|{im} not the only one (who|that|to blame)|{your} (trust|anger|jealousy|control|insecurity|own) issues|mind you,? {you}|(let'?s|let us|we should|we can) both (be honest|admit|own|come clean)|{you} {adv}(seem to |conveniently )?(forget|forgot|ignore|ignored) (all |about )?(the good|everything (good|i)|all (the|that) (i|good)|how (much|hard) i|that i)|{you} (should|need to) (ask|look at) (yourself|your own)|{you} (don'?t|do not) get to (bring|talk|say|speak|judge|lecture|use|throw)",
        negatable: false,
      },
    ],
    rushing: [
      // rushing — asking them to be done before they are
      {
        pattern:
          'move on|(move|moving) forward(?! to)|move past (this|it)|get (over|past) (it|this|that)|put (this|it|that|all this|everything) behind|{its} (in the past|behind us|ancient history|old news|water under the bridge)|{its} been (months|weeks|years|a year|a month|so long|long enough|ages|forever)|let (it|this|that|things) go',
        notBefore:
          " (only )?(at your|in your|when you'?re|whenever you|on your) (own )?(pace|time|ready)|,? but i (can|will)|,? and i know| (isn'?t|is not) (something|up to)",
        notAfter: "\\bi( know|'?ll| will) $",
      },
      {
        pattern:
          "(can|could) we (please )?{adv}(not go over|not do this|not right now|not tonight|not now|stop|drop|leave|change the subject|talk about (something else|it later|this later|this another|this tomorrow)|do this (later|tomorrow|another)|forget|skip|move|just (not|drop|stop|forget|move|have|enjoy))|not (tonight|now|right now|rn|again|this again|today)(?=\\s*([.!?,]|$|please|ok|okay|babe|i'?m|i am|i have|i need|we))",
        negatable: false,
      },
      {
        pattern:
          "(i'?m|i am) {adv}(too )?(tired|exhausted|done|busy|not in the mood) (for (this|that|it|another)|to (talk|deal|do this|discuss|go over|keep)|of (talking|this|hearing|going over|rehashing|discussing|dealing))|(how long|when) (are|will|do|is) {you} (going to|gonna|keep|still|need|be|stop)|(stop|quit) (bringing (it|this|that) up|dwelling|living in the past|going on about|harping|rehashing|dragging)",
        negatable: false,
      },
      {
        // "It's okay to bring it up again" invites it (blind18)
        pattern:
          "(bring|bringing|brought) (it|this|that) up (again|all the time|every)|(can'?t|cannot|won'?t|not going to|i am not|i'?m not|refuse to) (keep )?(having|have|do|doing|go through|going through|repeat|repeating|rehash) (this|the same|that) (conversation|discussion|fight|argument|talk)|(a|one) (normal|nice|good|quiet|peaceful|happy) (evening|night|day|weekend|dinner|meal|holiday) without|(can'?t) we (just |please )?(have|enjoy|be|not|stop|drop)|(let'?s|can we) (just )?(enjoy|have a nice|have a good|relax|watch|try to have)|here we go again|not this again|we'?ve (been|gone) (over|through) (this|it)",
        notAfter: '\\b(okay|ok|fine|free|welcome|allowed|right) to $',
      },
      {
        pattern:
          "(we|you|u) (said|agreed|promised) (we|you|u) (weren'?t|wouldn'?t|won'?t|were not|would not|would stop|'d stop|were done)|(can|could|would) {you} (please |just )?(not (do|start|bring)|stop (this|it|bringing)|drop it|leave it|give it a rest)|((there'?s |there is )?no (point|use|sense)|what'?s the point|what is the point) (in |of )?(talking|discussing|going over|bringing|rehashing)|(talk|discuss|do this|deal with|get into|go over)( about)?( (it|this|that))? (later|tomorrow|another time|some other time|another day|in the morning|next week|at the weekend)|at some point {you} (have|need|'ll have|will have|must|gotta)",
        negatable: false,
        notIn: "would it help|only if {you} (want|like)|if {you}('d| would)? (prefer|like)",
      },
      "(dwell|dwelling|rehash|rehashing|dig up|digging up|dredge up|dredging up|drag (this|it) out(?! of)|dragging (this|it) out|beating a dead horse|keep going over|live in the past|living in the past)|(?<!(fair|good|true|long|close|often|clear|soon|kind) )(enough|that'?s enough)(?=\\s*([.!]|$| already| of this| with))|(let'?s|let us) (just )?(not|stop|drop|forget|move|focus on the future|look forward|leave it)|(it'?s |it is )?time (we|to) {adv}(stop|stopped|move|moved|put|let|leave|left|drop|dropped|forget)|(drag|dragging|dredg\\w*) (it|this|that|things) up|(can|could) we {adv}(be|b) ([a-z]+ ){0,2}again|{you} (need|have|got|gotta) to (let (it|this) go|get over|move on|stop)",
      'how many more times|done talking about|keep bringing (this|it|that) up',
      {
        pattern:
          "healthy (for you )?to keep|{im} not (getting|going) (into|over|through) (this|it|that|all this) (again|now|tonight|today)|do we (have|need) to (do|talk about|go (over|through)|get into|have) (this|it|that)|(focus|focusing) on the future|can'?t keep (living|dwelling|going)|(not|won'?t) (be )?(talking|talk|discussing|doing) (about )?(this|it|that) (again|at|every|tonight)",
        negatable: false,
      },
      {
        pattern:
          "(don'?t|do not) start (with )?(this|that|it|again)|{i} (can'?t|cannot) do this (now|tonight|right now|today|again)|(stop|quit) (looking|going) back|(let'?s) (just )?(get through|get some sleep)|round in circles|do we (really )?have to do this|{youre} (going|gonna) (to )?have to (trust|forgive|believe|get over|move on|let)|(rather|prefer) not (rehash|go over|go through|revisit|relive|dig|drag)",
        negatable: false,
      },
    ],
    justification: [
      '(low|lowest) point|rock bottom|tough childhood|(sort|kind) of happened|i had (a lot|so much) going on',
    ],
  }),
];
