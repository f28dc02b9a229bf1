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
        "{ive} (answered|been honest about|explained|given you|shown you|told you) (all|everything|every)|(it is|it'?s|that is|that'?s|this is) {adv}(bollocks|false|nonsense|not the truth|rubbish|untrue)|i swear (on|to god|down|i (didn'?t|haven'?t|never|wasn'?t))|(hang on|hold on|wait a (minute|second)|whoa)\\b|{i} (did not|didn'?t|have not|haven'?t|never) (cheated|cheat|do anything|done anything|done nothing|hide|hid|lied|lie|sleep with|slept with|touched|touch)\\b(?! to protect| because| for)",
      negatable: false,
    },
    {
      pattern:
        "(i )?(do not|don'?t) (really )?(accept|agree|think) (it is|it was|it'?s|that is|that was|that'?s|this is|you'?re being) (a |entirely |quite |really |very )?(accurate|fair|how it|right|true|what happened)|{ive} been nothing but|(so|oh so|right,? so|ok,? so|okay,? so|wow) {im} (always |just |now |the )?(a |an |the )?([a-z]+ )?(bad guy|criminal|guy|husband|liar|man|monster|one|partner|person|villain|wife|woman)(?=\\s*([.!?]|$| then| now| am i| i guess| apparently))|(that is|that'?s) (n'?t|not) (how i remember|how it went|my memory of)",
      negatable: false,
    },
    {
      // defending the record: "don't put words in my mouth", "I object to that", "whatever I do is wrong"
      pattern:
        'i (object to|resent|reject|dispute|take (exception|issue) with) (being|that|the|this|what|your)',
    },
    {
      pattern:
        '(puts|putting|put) words in(to)? my mouth|(twisted|twisting|twist) (everything i|my|what i) (said|say|words)',
      negatable: false,
    },
    // 2026-12-06 round: shapes from the blind4–blind8 misses.
    {
      // sarcastic or self-praising defence: "excuse me for trying", "I've bent over backwards", "I am a good man."
      pattern:
        'excuse me for (asking|being|breathing|caring|existing|having|living|trying|wanting|working)|(bending|bend|bent) over backwards|{im} a good (dad|father|husband|man|mom|mother|mum|partner|person|wife|woman)(?=\\s*[.!,]| who)|{youre} misremembering',
      negatable: false,
    },
    "where( is|'?s) (the|your) proof|{thats} (just |simply )?not how it happened|(talking|texting) (to|with) (her|him|someone) (is not|isn'?t) cheating",
  ],
  counter_attack: [
    {
      pattern:
        '{you} {adv}(cheated on me|cheated|flirted|flirt|hooked up|kissed|lied|slept with|snogged)\\b(?! on me\\b(?! (before|first|too)))',
      negatable: false,
    },
    {
      pattern:
        "(how|what) about ([a-z']+ ){0,5}(ur|u|yours|your|you)\\b(?! (feel|need|want|are feeling|'?re feeling)|[,?]? how)|{youre} (always so|completely|so very|so|such an?|totally) (a saint|amazing|an angel|easy|faithful|great|honest|innocent|loyal|open|perfect|saintly|transparent|trustworthy|wonderful)(?=[^.!?]{0,30}\\?)",
      negatable: false,
    },
    {
      // turning it back: "says the person who…", "you lie too", "you weren't exactly an angel"
      pattern:
        "(^|(?<=[.!?\\n]\\s{0,3}))(coming from|said|says|this from) the (bloke|girl|guy|lady|man|one|person|same person|woman) who|rich coming from|{you} (weren'?t|were not|aren'?t|are not|'re not) (entirely |exactly |hardly )?(an? )?(angel|blameless|innocent|perfect|saint)|{youre} (hardly|no) (an? )?(angel|better|easy|honest|innocent|perfect|saint)",
      negatable: false,
    },
    {
      // turning it back by idiom: "look who's talking", "pot, meet kettle", "funny how you…", "your own sins"
      pattern:
        "look who'?s talking|(and|so) {you} think [^.!?]{0,60}(acceptable|better|fine|okay)\\?|filling {your} head|(do not|don'?t) (act|pretend) (as if|like) (it|this) (came|happened|was)|pot,? (and |calling |meet )?(the )?kettle|funny how {you}|{your} own (baggage|issues|mistakes|problems|sins|skeletons)|(let'?s|shall we) talk about {your}|{you} want to talk about (betrayal|honesty|hurt|lies|lying|trust)",
      negatable: false,
    },
    "(don'?t|do not) (lecture|talk to) me about ([a-z]+ ){0,2}when {you}|let'?s talk about how {you}",
    // "stop playing the victim": a "stop" before it is not a negation
    { pattern: '(play|playing) the victim', negatable: false },
  ],
  rushing: [
    {
      pattern:
        '{its} been (\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many|so many) (days|months|weeks|years)(?=\\s*[,.!?]| (already|now|surely))',
      negatable: false,
    },
    {
      pattern:
        "how long (am|are we|are|does|do|has|have|is|must|will) (all this|it|i|things|this|we|you) (going to |gonna |got to |have to |need to )?(be|carry on|continue|drag|go on|keep|last|stay|take)|(assumed|figured|think|thought) (u|we|you) (were|was|had|'d|'re|are|'ve|have) (already )?(dealt with|done with|finished with|moved on|over|past|put|sorted|through)|(back|return) to normal|(again|still) on (about )?(it|that|this)|(are|r) (u|we|you) (really still|still) (doing|on|talking about)",
      negatable: false,
    },
    // rushing — closing the matter by decree ("draw a line under it", "consider the matter closed")
    { pattern: CLOSE_MATTER, negatable: false },
    {
      pattern: 'turn(ing)? the page|bygones|park (it|that|this)|enough now',
      negatable: false,
    },
    '{thats} enough for (one night|today|tonight)|{ive} (already )?answered (that|this)',
  ],
  minimizing: [
    {
      pattern:
        'reading ((far|(winding|worked|working|wound) yourself up|way|a bit|a little|much|a lot) )?(more|so much|too much) into|(getting|get|got) (yourself )?(all |so )?(hysterical|in a state|in a tizz|worked up|wound up)',
      negatable: false,
    },
    {
      // "it's hardly the end of the world", "steady on", "calm down"
      pattern: 'steady on|(hardly|not exactly) (a |the )?(big deal|crime)',
      negatable: false,
    },
    // "isn't that a bit dramatic?": the question carries the "not"
    { pattern: '(a bit|a little|bit) (dramatic|over the top)', negatable: false },
  ],
  justification: ["(did not|didn'?t) want to (ruin|spoil) {your}"],
});
