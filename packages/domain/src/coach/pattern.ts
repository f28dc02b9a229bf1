/**
 * Shorthand for readable patterns. In a pattern, a space means "one to nine spaces",
 * and `{name}` stands for a small alternation, e.g. `{youre} {w2}overreacting` matches
 * "you're overreacting", "ur totally overreacting" and "you are being so overreacting".
 * `~verb` stands for every form of a verb: `~blame` matches blame, blames, blamed and blaming.
 * A bare `(a|b)` is a non-capturing group (nothing is captured; findings use the whole match).
 */
export const MACROS: Readonly<Record<string, string>> = {
  i: "(i'd|i'll|i'm|i've|id|ill|im|ive|i)",
  im: "(i am|i'?m)",
  ive: "(i have|i'?ve)",
  ill: "(i am going to|i will|i'?ll|i'?m going to|i'?m gonna)",
  you: "(u|y'all|yall|ya|you)",
  // "you" as the subject of a verb, with a contracted or plain auxiliary: "you've", "u'd", "you had"
  youaux: "(u|ya|you)('ve|'d|ve| have| had| would have| would'?ve)?",
  your: '(ur|your|yr)',
  youre: "(u r|u'?re|ur|you are|you'?re|your)",
  youve: "(u have|uve|you have|you'?ve)",
  youll: "(u'?ll|you will|you'?ll)",
  its: "(it is|it was|it'?s)",
  thats: "(that is|that was|that'?s)",
  wasnt: "(was not|wasn'?t)",
  // a verb "to be" after a subject, contracted or not: "it's", "she is", "they were honestly"
  is: "('s|'re|s| {adv}(are|had been|has been|have been|is|was|were))",
  because: "(because|becuase|becasue|bc|b/c|cause|'cause|cuz|coz|cos|since)",
  sorry: '(sorry|sry|soz|apologi[sz]e|apologi[sz]ing|apologi[sz]ed|apologies|my apologies)',
  please: '(please|plse|pls|plz)',
  // up to 2 or 3 filler words
  w2: "([a-z']+ ){0,2}",
  w3: "([a-z']+ ){0,3}",
  adv: '((a bit|a little|actually|all|also|basically|being|completely|even|ever|honestly|just|kind of|kinda|literally|now|pretty|really|simply|sort of|so|still|too|totally|truly|very|way) ){0,3}',
  third: '(she|he|they|her|him|them|that (girl|guy|man|person|woman))',
  affair:
    '(affair|chats|chatting|chat|cheating|coffee|conversation|dinner|drinks|drink|emotional affair|fling|flirting|flirt|fooling around|friendship|hook up|hook-up|hookup|kissing|kiss|lunch|messages|messaging|one night stand|one-night stand|physical|relationship|sexting|sex|talking|texting|texts?|thing)',
};

const MACRO_RE = /\{([a-z0-9]+)\}/g;
const INFLECT_RE = /~([a-z]+)/g;
// Irregular verbs used with `~` in the lexicons (add one here before writing `~verb` for it).
const IRREGULAR: Readonly<Record<string, string>> = {
  make: 'make|makes|made|making',
  say: 'say|says|said|saying',
  break: 'break|breaks|broke|broken|breaking',
};

/** Every form of a regular English verb: `~blame` → blame, blames, blamed, blaming. */
export function inflect(verb: string): string {
  const irregular = IRREGULAR[verb];
  if (irregular) return `(?:${irregular})`;
  let forms: string[];
  if (verb.endsWith('e')) forms = [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  else if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    forms = [verb, `${stem}ies`, `${stem}ied`, `${verb}ing`];
  } else if (/(?:s|sh|ch|x|z)$/.test(verb)) forms = [verb, `${verb}es`, `${verb}ed`, `${verb}ing`];
  else {
    // short verbs ending consonant-vowel-consonant double it: stop → stopped, stopping
    const double = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb) ? verb.slice(-1) : '';
    forms = [verb, `${verb}s`, `${verb}${double}ed`, `${verb}${double}ing`];
  }
  return `(?:${forms.join('|')})`;
}

function expandMacros(template: string): string {
  let out = template.replace(INFLECT_RE, (_, verb: string) => inflect(verb));
  // Macros may use other macros ({is} uses {adv}); two passes are enough.
  for (let i = 0; i < 3 && /\{[a-z0-9]+\}/.test(out); i++)
    out = out.replace(MACRO_RE, (whole, name: string) => MACROS[name] ?? whole);
  // A bare "(" is a group that captures nothing: "(a|b)" means "(?:a|b)" (shorter to read and to ship).
  out = out.replace(/(?<!\\)\((?!\?)/g, '(?:');
  // "we (?:had|'d)" must also match "we'd": the space before a group with a contracted alternative is optional.
  out = out.replace(/ \(\?:(?=[^()]*\|'[a-z])/g, ' ?(?:');
  // At most 9 spaces between two words: with `\s+`, a text of 100,000 spaces took 11 s (every start in the run read
  // it to its end).
  return out.replace(/ \?/g, '\\s{0,9}').replace(/ /g, '\\s{1,9}');
}

/** Expands a pattern template into regular-expression source that starts and ends at word edges. */
export function expandPattern(template: string): string {
  return `(?:(?<![a-z0-9'])|(?<=[a-z])(?='))${expandBody(template)}`;
}

/** The source of a pattern without its left word edge (see `compilePattern`). */
function expandBody(template: string): string {
  return `(?:${expandMacros(template)})(?![a-z0-9])`;
}

/**
 * Compiles a pattern template to a global regular expression that ends at a word edge; where it starts is checked by
 * `atWordEdge` (see `matchesOf`). A look-behind at the front of the expression keeps the regular-expression engine
 * from skipping ahead to the letters a pattern can start with, which made every rule about four times slower.
 */
export function compilePattern(template: string): RegExp {
  return new RegExp(expandBody(template), 'g');
}

/** Whether a match may start at `at`: not inside a word, or at the apostrophe of "it's" (as `expandPattern` reads). */
export function atWordEdge(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const inWord = (before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 39;
  return !inWord || (before >= 97 && before <= 122 && text[at] === "'");
}

/** The matches of a compiled pattern that start at a word edge: the same as `expandPattern`'s expression finds. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!atWordEdge(text, m.index)) re.lastIndex = m.index + 1;
    else {
      if (!m[0]) re.lastIndex++;
      yield m;
    }
  }
}

/** Compiles a context template (no word-edge wrapping, no global flag). */
export function compileContext(template: string): RegExp {
  return new RegExp(expandMacros(template));
}
