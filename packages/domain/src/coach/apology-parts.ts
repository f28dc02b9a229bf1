import { byKind } from './by-kind';
import type { Rule } from './engine';

// The four parts of a full apology. A part counts when one of its patterns appears, not negated
// and not in quotes. Add lines freely.

const ACTS =
  'lied|lie|cheated|slept with|had sex with|had an affair|had a (fling|relationship|secret|thing)|kissed|texted|messaged|sexted|hid|hidden|concealed|deceived|betrayed|went behind|gone behind|snuck|sneaked|met (up )?with|met (her|him|them)|saw (her|him|them)|(been |was )?seeing (her|him|someone|them)|spent|gambled|stole|took money|broke (my|our|your) (promises|promise|trust|vows|word)|broke your trust|was unfaithful|been unfaithful|was having|started (an|a|seeing|sleeping|talking|texting)|kept (contact|in touch|it|lying|secrets|seeing|talking|texting|the|this)|flirted|hooked up|had feelings|fell for|used|watched|visited|sent|made (an|a) (account|profile)|downloaded|chose (her|him|them|to)|(been |was )?(cheating|hiding|lying|sleeping|texting)|deleted|pursued|invited|told (her|him|you) (it|i|nothing|that)|misled|manipulated|gaslit|gaslighted|blamed you';

/** Patterns for each part of a full apology. */
export const PART_RULES: readonly Rule[] = byKind({
  namesAct: [
    // namesAct — says what was done
    `{i} {adv}(have |had |'ve |ve |was |were )?{adv}(${ACTS})`,
    'my (affair|betrayal|cheating|deceit|deception|dishonesty|double life|drinking|gambling|hiding|infidelity|lies|lie|lying|messages|porn|relationship with|secrets?|texts|unfaithfulness)|the (affair|lies|lie|messages|relationship|secret|texts) (i|that i)|for (betraying|breaking|cheating|deceiving|going behind|having an affair|hiding|keeping|lying|my lies|seeing|sleeping with|sneaking|texting|the affair|the lies|the lying)|an affair',
  ],
  ownsIt: [
    // ownsIt — takes responsibility without sharing it out
    "(it|this|that|the (affair|blame|choice|decision|fault|lies|lie|responsibility)){is} (entirely |all |completely |totally |fully |solely |100% )?(my (choice|decision|doing|fault|mistake|own|responsibility)|mine|on me)|my fault|this is on me|that'?s on me|it'?s on me",
    "{i} (take|accept|own|am taking|'m taking|bear|carry) (full |complete |total |all (the )?|sole |100% )?(accountability|every bit|it|my actions|my choices|ownership|responsibility|that|the blame|this|what i did)|{im} (completely |entirely |fully |solely |the only one |totally )?(accountable|responsible|to blame)|{i} (chose|decided|did it|did that|did this|made a choice|made that choice|made the choice|made the decision|was wrong)",
    {
      pattern:
        "(no one|nobody|nothing) (else )?(drove|forced|made|pushed) me|{you} (did nothing|didn'?t do anything) (to deserve|wrong)|(i got|i have|i'?ve got|there is|there'?s) no (excuse|justification)|(it'?s|it is|it was|this is|this was|none of (it|this) (is|was)) not your fault|(i )?(won'?t|will not|am not going to|'m not going to) (make excuses|blame|justify|minimi[sz]e)|(it|this) (is not|isn'?t|was not|wasn'?t) (about|because of) (anything you|you)|the (blame|fault|responsibility) (is|lies|rests) (all |entirely |solely )?(mine|on me|with me)|no excuses",
      negatable: false,
    },
  ],
  acknowledgesImpact: [
    // acknowledgesImpact — shows the hurt is seen
    "{i} {adv}(have |'ve |ve |had )?{adv}(hurt|wounded|devastated|humiliated|crushed|shattered|broke|broken|damaged|betrayed|embarrassed|traumati[sz]ed|scared|frightened|destroyed|harmed|disrespected|made you|caused you|put you through|took away|stole|robbed you|gave you|left you|cost you)",
    "(the )?(anguish|anxiety|betrayal|damage|doubt|fear|harm|heartbreak|humiliation|hurt|pain|shame|sleepless nights|suffering|trauma) (i have|i'?d|i'?ve|i|that i) (brought|caused|created|gave|inflicted|put)|(all|everything|what) (i have|i'?ve|i) put you through|(u|you) {adv}(feel|felt|must feel|must have felt|have felt|'ve felt|are feeling|were|are|'re|have been|'ve been) {adv}(alone|angry|anxious|betrayed|broken|crazy|deceived|devastated|foolish|heartbroken|humiliated|hurting|hurt|in pain|lied to|like|scared|second|shattered|sick|small|stupid|unsafe|unwanted|worthless)",
    "(ur|your) (anger|confidence|dignity|faith|family|grief|health|heart|hurt|pain|peace|safety|self-esteem|sense of|sleep|trust|world)|how much (i|this|my \\w+|it) (cost|damaged|has hurt|have hurt|hurt)|(made|make) you (afraid|anxious|cry|doubt|feel|question|scared|second-guess|sick|wonder)|(u|you) (can'?t|cannot|couldn'?t|haven'?t been able to) (breathe|eat|feel safe|focus|look|sleep|stop|trust)|(i )?(know|realise|realize|recognise|recognize|see|understand) (now )?(how|that|what|why) (much )?(it|i|my|this|you)",
  ],
  commitsToChange: [
    // commitsToChange — says what will be different
    '{ill} {adv}(accept|always|answer|be|block|call|change|check|come|commit|continue|cut|delete|do|earn|end|find|get|give|go|honou?r|keep|let|listen|live|make|never|not|prove|put|rebuild|respect|see|share|show|spend|start|stay|stop|support|take|tell|text|try|wait|work)|{i} (commit|promise|swear|vow)|from now on|going forward|moving forward|from today|from this day|never again|starting (now|today|tonight)|from here on|in the future',
    {
      pattern:
        "{ive} (already )?(begun|blocked|booked|cut all|cut off|deleted|ended|enrolled|found|joined|made an appointment|quit|reached out to a|scheduled|signed up|started|stopped|told her|told him)|{im} (committed|committing|determined|getting help|going to|gonna|in therapy|ready to|seeing a|starting|taking steps|willing to|working on)|(i|we) (want|plan|intend|need|am going|'m going) to (earn|rebuild|change|show|prove|be (better|honest|someone|the|transparent)|do better|work on|make (it|things|this) right|regain|win back|understand|learn)|my (accounts?|calendar|email|location|messages|passwords?|phone) (is|are|will be|'s) (available|open|shared|yours)|(began|begin|getting|get|going|go|started|start) (to )?(counsel?ling|help|therapy|treatment)|(won'?t|will not|will never|'?ll never) (ever )?(lie|cheat|hide|contact|see|talk|text|happen|do (it|that|this)|keep|betray|hurt|let|put you|go behind|make)",
      negatable: false,
    },
  ],
});
