import { byKind } from './by-kind';
import type { Rule } from './engine';
import { CLOSE_MATTER } from './shared-frames';

// Broader reply frames: defending in polite or sarcastic form, "what about" with anything between,
// time questions that hurry the other. Each was checked against every clean text in the corpus.

/** Reply rules written as general shapes rather than fixed phrases. */
export const REPLY_FRAMES: Rule[] = byKind({
  defensive: [
    {
      pattern:
        "{ive} (answered|told you|explained|been honest about|shown you|given you) (every|all|everything)|(that'?s|that is|this is|it'?s|it is) {adv}(untrue|false|rubbish|nonsense|bollocks|not the truth)|i swear (on|to god|down|i (didn'?t|never|wasn'?t|haven'?t))|(hang on|hold on|wait a (minute|second)|whoa)\\b|{i} (didn'?t|did not|never|haven'?t|have not) (lie|lied|cheat|cheated|hide|hid|touch|touched|sleep with|slept with|do anything|done anything|done nothing)\\b(?! to protect| because| for)",
      negatable: false,
    },
    {
      pattern:
        "(i )?(don'?t|do not) (really )?(think|agree|accept) (that'?s|that is|it'?s|it is|this is|that was|it was|you'?re being) (a |very |entirely |quite |really )?(fair|true|accurate|right|what happened|how it)|{ive} been nothing but|(so|oh so|right,? so|ok,? so|okay,? so|wow) {im} (just |now |the |always )?(a |an |the )?([a-z]+ )?(person|guy|villain|monster|bad guy|man|woman|husband|wife|partner|liar|criminal|one)(?=\\s*([.!?]|$| then| now| am i| i guess| apparently))|(that'?s|that is) (not|n'?t) (how i remember|how it went|my memory of)",
      negatable: false,
    },
    {
      // defending the record: "don't put words in my mouth", "I object to that", "whatever I do is wrong"
      pattern:
        'i (object to|resent|reject|dispute|take (issue|exception) with) (that|this|the|your|being|what)',
    },
    {
      pattern:
        '(put|putting|puts) words in(to)? my mouth|(twist|twisting|twisted) (my|everything i|what i) (words|say|said)',
      negatable: false,
    },
    // 2026-12-06 round: shapes from the blind4–blind8 misses.
    {
      // sarcastic or self-praising defence: "excuse me for trying", "I've bent over backwards", "I am a good man."
      pattern:
        'excuse me for (trying|having|breathing|living|existing|caring|wanting|being|asking|working)|(bent|bend|bending) over backwards|{im} a good (man|woman|husband|wife|father|dad|mother|mum|mom|person|partner)(?=\\s*[.!,]| who)|{youre} misremembering',
      negatable: false,
    },
  ],
  counter_attack: [
    {
      pattern:
        '{you} {adv}(lied|kissed|flirted|flirt|slept with|snogged|hooked up|cheated on me|cheated)\\b(?! on me\\b(?! (first|too|before)))',
      negatable: false,
    },
    {
      pattern:
        "(what|how) about ([a-z']+ ){0,5}(you|u|your|ur|yours)\\b(?! (feel|need|want|are feeling|'?re feeling))|{youre} (so|such an?|always so|totally|completely|so very) (honest|perfect|innocent|open|faithful|saintly|a saint|an angel|transparent|trustworthy|wonderful|great|amazing|loyal|easy)(?=[^.!?]{0,30}\\?)|(and|but|like|as if) {youve} never",
      negatable: false,
    },
    {
      // turning it back: "says the person who…", "you lie too", "you weren't exactly an angel"
      pattern:
        "(^|(?<=[.!?\\n]\\s{0,3}))(says|said|this from|coming from) the (person|one|man|woman|guy|girl|bloke|lady|same person) who|(a bit|pretty|quite|very|real) rich|rich coming from|{you} (weren'?t|were not|aren'?t|are not|'re not) (exactly |hardly |entirely )?(an? )?(angel|saint|innocent|perfect|blameless)|{youre} (hardly|no) (an? )?(angel|saint|innocent|better|easy|perfect|honest)",
      negatable: false,
    },
    {
      // turning it back by idiom: "look who's talking", "pot, meet kettle", "funny how you…", "your own sins"
      pattern:
        "look who'?s talking|(and|so) {you} think [^.!?]{0,60}(better|okay|fine|acceptable)\\?|filling {your} head|(don'?t|do not) (act|pretend) (like|as if) (this|it) (came|happened|was)|pot,? (meet |calling |and )?(the )?kettle|funny how {you}|{your} own (sins|issues|problems|mistakes|skeletons|baggage)|(let'?s|shall we) talk about {your}|{you} want to talk about (hurt|lying|lies|honesty|trust|betrayal)",
      negatable: false,
    },
  ],
  rushing: [
    {
      pattern:
        '{its} been (\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many|so many) (months|weeks|years|days)(?=\\s*[,.!?]| (now|already|surely))',
      negatable: false,
    },
    {
      pattern:
        "how long (is|will|are|does|do|has|must|am|are we|have) (this|it|all this|you|we|i|things) (going to |gonna |have to |need to |got to )?(take|last|go on|keep|be|drag|continue|carry on|stay)|(thought|think|assumed|figured) (we|you|u) (were|was|had|'d|'re|are|'ve|have) (already )?(past|over|done with|moved on|finished with|through|put|sorted|dealt with)|(back|return) to normal|(still|again) on (about )?(this|that|it)|(are|r) (we|you|u) (still|really still) (on|doing|talking about)",
      negatable: false,
    },
    // rushing — closing the matter by decree ("draw a line under it", "consider the matter closed")
    { pattern: CLOSE_MATTER, negatable: false },
    {
      pattern: 'turn(ing)? the page|bygones|park (this|it|that)|enough now',
      negatable: false,
    },
  ],
  minimizing: [
    {
      pattern:
        'reading ((far|(working|winding|wound|worked) yourself up|way|a bit|a little|much|a lot) )?(too much|so much|more) into|(getting|got|get) (yourself )?(all |so )?(worked up|wound up|in a state|in a tizz|hysterical)',
      negatable: false,
    },
    {
      // "it's hardly the end of the world", "steady on", "calm down"
      pattern: 'steady on|(hardly|not exactly) (a |the )?(crime|big deal)',
      negatable: false,
    },
  ],
});
