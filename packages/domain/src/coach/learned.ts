import type { KindText } from './engine';
import { foldText } from './text';
import type { Finding } from './types';

/**
 * A linear model over the words of a sentence, shipped as data (written by `train.ts`, never edited by hand).
 * `words` is the model's vocabulary, sorted, each word spelled and stemmed as `featuresOf` does, and front-coded:
 * each word is a digit, how many letters it shares with the word before, then the rest of it
 * ("0apolog6is7e7ze6y" is apolog, apologis, apologise, apologize, apology). Each kind has a bias and a string of
 * weights in word order: a weight is a letter, its value in half steps from `m` (0): `n` is +0.5, `l` is −0.5, `a`
 * is −6, `y` is +6; a number before a letter skips that many words (weight 0). The kind `*` says whether the
 * sentence is flawed at all; the other kinds say which flaw it is.
 */
export interface LearnedModel {
  /** The score of `*` a sentence must pass to be flagged (chosen in training to keep false alarms low). */
  threshold: number;
  words: string;
  kinds: Readonly<Record<string, { bias: number; weights: string }>>;
}

/** The words of a front-coded vocabulary (see `LearnedModel`). */
export function wordList(words: string): string[] {
  const out: string[] = [];
  let previous = '';
  for (const m of words.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(m[1])) + m[2];
    out.push(previous);
  }
  return out;
}

/** A kind's weights by word position (see `LearnedModel`). */
export function weightList(weights: string, length: number): number[] {
  const out = new Array<number>(length).fill(0);
  let at = 0;
  for (const m of weights.matchAll(/(\d*)([a-y])/g)) {
    at += Number(m[1]);
    out[at++] = ((m[2] ?? 'm').charCodeAt(0) - 109) / 2;
  }
  return out;
}

const SPELLING: Readonly<Record<string, string>> = {
  u: 'you',
  ya: 'you',
  ur: 'your',
  youre: 'you',
  yours: 'your',
  r: 'are',
  im: 'i',
  ive: 'i',
  id: 'i',
  ill: 'i',
  me: 'i',
  my: 'i',
  myself: 'i',
  cos: 'because',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  tho: 'though',
  pls: 'please',
  plz: 'please',
  dont: 'not',
  didnt: 'not',
  doesnt: 'not',
  cant: 'not',
  wont: 'not',
  wasnt: 'not',
  isnt: 'not',
  arent: 'not',
  werent: 'not',
  havent: 'not',
  hasnt: 'not',
  shouldnt: 'not',
  wouldnt: 'not',
  couldnt: 'not',
};

/** A crude stem: enough to join "lies/lied/lying" and "blames/blamed". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The distinct words of a folded sentence, spelled one way and stemmed ("?" counts as a word); a word up to three
 * words after "not", "never" or "no" in the same clause also counts as "!word" ("not a bad person": `!bad`).
 */
export function featuresOf(folded: string): string[] {
  const out = new Set<string>();
  let negated = 0;
  for (const m of folded.matchAll(/[a-z0-9']+|[?,;:]/g)) {
    const bare = m[0].replace(/'/g, '');
    if (/^[,;:]$/.test(bare)) negated = 0;
    if (!/^[a-z0-9?]+$/.test(bare)) continue;
    const word = SPELLING[bare] ?? stem(bare);
    out.add(word);
    if (negated-- > 0) out.add(`!${word}`);
    if (word === 'not' || word === 'never' || word === 'no') negated = 3;
  }
  return [...out];
}

type Parsed = { kinds: string[]; bias: number[]; weights: Map<string, number[]> };
const parsedModels = new WeakMap<LearnedModel, Parsed>();

function parse(model: LearnedModel): Parsed {
  let p = parsedModels.get(model);
  if (!p) {
    const kinds = Object.keys(model.kinds);
    const words = wordList(model.words);
    const columns = kinds.map((k) => weightList(model.kinds[k]?.weights ?? '', words.length));
    const weights = new Map<string, number[]>();
    words.forEach((word, i) => {
      weights.set(
        word,
        columns.map((c) => c[i] ?? 0),
      );
    });
    p = { kinds, bias: kinds.map((k) => model.kinds[k]?.bias ?? 0), weights };
    parsedModels.set(model, p);
  }
  return p;
}

/** The model's verdict on one sentence (folded): how flawed it looks (`*`'s score) and which flaw fits best. */
export function scoreSentence(model: LearnedModel, folded: string): { kind: string; score: number } {
  const { kinds, bias, weights } = parse(model);
  const sums = [...bias];
  for (const f of featuresOf(folded)) {
    const w = weights.get(f);
    if (w) for (let i = 0; i < sums.length; i++) sums[i] = (sums[i] ?? 0) + (w[i] ?? 0);
  }
  let kind = '';
  let best = -Infinity;
  let score = -Infinity;
  kinds.forEach((k, i) => {
    const s = sums[i] ?? 0;
    if (k === '*') score = s;
    else if (s > best) {
      best = s;
      kind = k;
    }
  });
  return { kind, score };
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;

/** The sentences of a folded text as [start, end) spans, trimmed. */
export function sentenceSpans(folded: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of folded.matchAll(SENTENCE)) {
    const start = m.index + m[0].length - m[0].trimStart().length;
    const end = m.index + m[0].trimEnd().length;
    if (end - start >= 3) out.push([start, end]);
  }
  return out;
}

/**
 * Findings the model adds: a sentence whose `*` score passes the threshold is marked whole, with the message of
 * the kind that fits it best, unless a rule already marked that kind in it.
 */
export function learnedFindings(
  model: LearnedModel,
  text: string,
  ruled: readonly Finding[],
  texts: Readonly<Record<string, KindText>>,
): Finding[] {
  const folded = foldText(text);
  const out: Finding[] = [];
  for (const [start, end] of sentenceSpans(folded)) {
    const { kind, score } = scoreSentence(model, folded.slice(start, end));
    if (!(score > model.threshold) || !kind) continue;
    // A sentence a rule marked gets the model's finding only when the model sees a different flaw in it.
    if (ruled.some((f) => f.start < end && f.end > start && f.kind === kind)) continue;
    const base = texts[kind];
    out.push({
      kind,
      start,
      end,
      message: base?.message ?? '',
      ...(base?.suggestion ? { suggestion: base.suggestion } : {}),
    });
  }
  return out;
}
