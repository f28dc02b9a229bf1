/** A text made ready for matching: folded to lower case with unified apostrophes, same length as the original. */
export interface PreparedText {
  text: string;
  sentenceStarts: number[];
  clauseStarts: number[];
  quotes: Array<[number, number]>;
}

// Each folded character stays one UTF-16 unit long, so offsets in the folded text are offsets in the original.
const FOLD: Readonly<Record<string, string>> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2014': '-',
  '\u2013': '-',
  '\u2026': '.',
};
const FOLD_RE =
  /[\u2019\u2018\u02bc\u2032`\u00b4\u201c\u201d\u201e\u00ab\u00bb\u00a0\u2009\u202f\u2014\u2013\u2026]/g;

/** Lower-cases and folds apostrophes, quotes, dashes and spaces without changing the length, e.g. `I’M` → `i'm`. */
export function foldText(raw: string): string {
  let lower = raw.toLowerCase();
  if (lower.length !== raw.length || /[\u0080-\uffff]/.test(raw)) lower = lowerEachUnit(raw);
  return lower.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

function lowerEachUnit(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const SENTENCE_END = /[.!?]+["')\]]*(?=\s|$)|\n/g;
// A clause starts after a comma-like mark, or at a conjunction that opens a new thought.
const CLAUSE_MARK =
  /[,;:()]|\s-+\s|\s(?:but|because|cause|cuz|coz|bc|though|although|yet|whereas|except|however|otherwise|so (?:i|you|u|we|it|that|please|can)|and (?:i|we|it|that|then|now|yet|still|honestly))\b/g;
const QUOTE_RES = [/"[^"\n]{1,400}"/g, /(?<![a-z0-9])'[^'\n]{1,300}?'(?![a-z])/g];

/** Folds a text and finds its sentences, clauses and quoted spans. */
export function prepareText(raw: string): PreparedText {
  const text = foldText(raw);
  const sentenceStarts = [0];
  for (const m of text.matchAll(SENTENCE_END)) sentenceStarts.push(m.index + m[0].length);
  const clauseStarts = [...sentenceStarts];
  for (const m of text.matchAll(CLAUSE_MARK)) {
    clauseStarts.push(m[0].length === 1 ? m.index + 1 : m.index + (m[0].startsWith(' ') ? 1 : 0));
  }
  clauseStarts.sort((a, b) => a - b);
  const quotes: Array<[number, number]> = [];
  for (const re of QUOTE_RES)
    for (const m of text.matchAll(re)) quotes.push([m.index, m.index + m[0].length]);
  return { text, sentenceStarts, clauseStarts, quotes };
}

/** The greatest value in a sorted list that is ≤ `at` (0 when none). */
export function floorOf(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] ?? 0;
    if (v <= at) {
      best = v;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The smallest value in a sorted list that is > `at`, or `fallback`. */
export function ceilingOf(sorted: readonly number[], at: number, fallback: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = fallback;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] ?? fallback;
    if (v > at) {
      best = v;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}

/** Whether the span [start, end) lies inside a quoted passage. */
export function isQuoted(prepared: PreparedText, start: number, end: number): boolean {
  return prepared.quotes.some(([qs, qe]) => start > qs && end < qe);
}
