import { byKind } from './by-kind';
import type { Rule } from './engine';

// The four parts of a full apology. A part counts when one of its patterns appears, not negated
// and not in quotes. Add lines freely.

const ACTS =
  'lied|lie|cheated|slept with|had sex with|had an affair|had a (relationship|fling|thing|secret)|kissed|texted|messaged|sexted|hid|hidden|concealed|deceived|betrayed|went behind|gone behind|snuck|sneaked|met (up )?with|met (her|him|them)|saw (her|him|them)|(was |been )?seeing (her|him|someone|them)|spent|gambled|stole|took money|broke (my|our|your) (promise|promises|vows|word|trust)|broke your trust|was unfaithful|been unfaithful|was having|started (a|an|seeing|texting|talking|sleeping)|kept (it|this|secrets|talking|texting|seeing|in touch|contact|lying|the)|flirted|hooked up|had feelings|fell for|used|watched|visited|sent|made (a|an) (account|profile)|downloaded|chose (her|him|them|to)|(was |been )?(lying|cheating|hiding|texting|sleeping)|deleted|pursued|invited|told (you|her|him) (i|it|that|nothing)|misled|manipulated|gaslit|gaslighted|blamed you';

/** Patterns for each part of a full apology. */
export const PART_RULES: readonly Rule[] = byKind({
  namesAct: [
    // namesAct — says what was done
    `{i} {adv}(have |had |'ve |ve |was |were )?{adv}(${ACTS})`,
    'my (affair|lies|lie|lying|cheating|infidelity|betrayal|deception|deceit|dishonesty|secrets?|relationship with|texts|messages|gambling|porn|drinking|unfaithfulness|double life|hiding)|the (affair|lies|lie|messages|texts|relationship|secret) (i|that i)|for (lying|cheating|hiding|sleeping with|betraying|deceiving|texting|seeing|keeping|sneaking|going behind|breaking|having an affair|the affair|the lies|my lies|the lying)|an affair',
  ],
  ownsIt: [
    // ownsIt — takes responsibility without sharing it out
    "(it|this|that|the (affair|choice|decision|lie|lies|blame|responsibility|fault)){is} (entirely |all |completely |totally |fully |solely |100% )?(my (fault|choice|decision|doing|responsibility|mistake|own)|mine|on me)|my fault|this is on me|that'?s on me|it'?s on me",
    "{i} (take|accept|own|am taking|'m taking|bear|carry) (full |complete |total |all (the )?|sole |100% )?(responsibility|the blame|ownership|accountability|it|this|that|what i did|my choices|my actions|every bit)|{im} (fully |completely |entirely |solely |totally |the only one )?(responsible|accountable|to blame)|{i} (chose|made the choice|made a choice|made that choice|made the decision|decided|was wrong|did this|did that|did it)",
    {
      pattern:
        "(no one|nobody|nothing) (else )?(made|forced|pushed|drove) me|{you} (did nothing|didn'?t do anything) (to deserve|wrong)|(there'?s|there is|i have|i'?ve got|i got) no (excuse|justification)|(it'?s|it is|it was|this is|this was|none of (this|it) (is|was)) not your fault|(i )?(won'?t|will not|am not going to|'m not going to) (make excuses|blame|justify|minimi[sz]e)|(this|it) (wasn'?t|was not|isn'?t|is not) (because of|about) (you|anything you)|the (blame|responsibility|fault) (is|lies|rests) (entirely |all |solely )?(with me|mine|on me)|no excuses",
      negatable: false,
    },
  ],
  acknowledgesImpact: [
    // acknowledgesImpact — shows the hurt is seen
    "{i} {adv}(have |'ve |ve |had )?{adv}(hurt|wounded|devastated|humiliated|crushed|shattered|broke|broken|damaged|betrayed|embarrassed|traumati[sz]ed|scared|frightened|destroyed|harmed|disrespected|made you|caused you|put you through|took away|stole|robbed you|gave you|left you|cost you)",
    "(the )?(pain|hurt|damage|harm|trauma|heartbreak|anguish|suffering|betrayal|humiliation|shame|fear|anxiety|sleepless nights|doubt) (i|that i|i'?ve|i have|i'?d) (caused|brought|put|inflicted|created|gave)|(what|everything|all) (i'?ve|i have|i) put you through|(you|u) {adv}(feel|felt|must feel|must have felt|have felt|'ve felt|are feeling|were|are|'re|have been|'ve been) {adv}(hurt|betrayed|humiliated|devastated|lied to|foolish|stupid|unsafe|alone|crazy|broken|scared|anxious|angry|sick|small|worthless|unwanted|second|like|heartbroken|shattered|deceived|hurting|in pain)",
    "(your|ur) (trust|heart|pain|hurt|sleep|peace|safety|sense of|confidence|self-esteem|faith|world|family|health|dignity|anger|grief)|how much (i|this|my \\w+|it) (hurt|has hurt|have hurt|damaged|cost)|(made|make) you (feel|question|doubt|wonder|second-guess|cry|sick|anxious|afraid|scared)|(you|u) (can'?t|couldn'?t|cannot|haven'?t been able to) (sleep|eat|trust|stop|look|focus|breathe|feel safe)|(i )?(see|understand|know|realise|realize|recognize|recognise) (now )?(how|that|what|why) (much )?(this|i|my|you|it)",
  ],
  commitsToChange: [
    // commitsToChange — says what will be different
    '{ill} {adv}(never|not|always|be|do|make|keep|stop|start|tell|answer|show|earn|work|give|go|share|check|take|end|cut|block|delete|prove|rebuild|spend|come|call|text|let|put|get|see|find|change|continue|try|respect|honou?r|listen|support|stay|live|commit|wait|accept)|{i} (promise|commit|vow|swear)|from now on|going forward|moving forward|from today|from this day|never again|starting (today|now|tonight)|from here on|in the future',
    {
      pattern:
        "{ive} (already )?(started|begun|booked|joined|ended|cut off|cut all|blocked|deleted|stopped|found|scheduled|signed up|enrolled|made an appointment|reached out to a|quit|told her|told him)|{im} (going to|gonna|committed|committing|working on|seeing a|in therapy|getting help|starting|taking steps|willing to|ready to|determined)|(i|we) (want|plan|intend|need|am going|'m going) to (earn|rebuild|change|show|prove|be (better|honest|transparent|someone|the)|do better|work on|make (it|this|things) right|regain|win back|understand|learn)|my (phone|passwords?|accounts?|location|email|calendar|messages) (is|are|will be|'s) (yours|open|available|shared)|(go|going|get|getting|start|started|begin|began) (to )?(therapy|counsel?ling|help|treatment)|(won'?t|will not|will never|'?ll never) (ever )?(lie|cheat|hide|contact|see|talk|text|happen|do (this|that|it)|keep|betray|hurt|let|put you|go behind|make)",
      negatable: false,
    },
  ],
});
