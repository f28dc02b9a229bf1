import type { KindText } from './engine';
import { foldText } from './text';
import type { Finding } from './types';

/**
 * A small linear model shipped as data (written by `train.ts`, never edited by hand): per kind, a bias and
 * the weights of the word and word-pair features it kept, as `feature tenths|feature tenths|…` (weights in
 * tenths, `sorry_i 9` is 0.9, to keep the bundle small).
 */
export interface LearnedModel {
  /** The score a sentence must reach to be flagged (chosen in training to keep false alarms low). */
  threshold: number;
  /** Per kind: bias, then the features it weighs. */
  kinds: Readonly<Record<string, { bias: number; weights: string }>>;
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
  never: 'never',
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

/** The words of a folded sentence, spelled one way and stemmed. */
export function wordsOf(folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(/[a-z0-9']+|\?/g)) {
    const bare = m[0].replace(/'/g, '');
    if (!bare) continue;
    out.push(SPELLING[bare] ?? stem(bare));
  }
  return out;
}

/** The features of a sentence: its words and each pair of neighbouring words (the first paired with `^`). */
export function featuresOf(folded: string): string[] {
  const words = wordsOf(folded);
  const out = new Set<string>();
  let previous = '^';
  for (const w of words) {
    out.add(w);
    out.add(`${previous}_${w}`);
    previous = w;
  }
  return [...out];
}

type Parsed = { bias: number; weights: Map<string, number> }[];
const parsedModels = new WeakMap<LearnedModel, { kinds: string[]; parsed: Parsed }>();

function parse(model: LearnedModel): { kinds: string[]; parsed: Parsed } {
  let p = parsedModels.get(model);
  if (!p) {
    const kinds = Object.keys(model.kinds);
    const parsed = kinds.map((k) => {
      const entry = model.kinds[k] ?? { bias: 0, weights: '' };
      const weights = new Map<string, number>();
      for (const pair of entry.weights.split('|')) {
        const at = pair.lastIndexOf(' ');
        if (at > 0) weights.set(pair.slice(0, at), Number(pair.slice(at + 1)) / 10);
      }
      return { bias: entry.bias, weights };
    });
    p = { kinds, parsed };
    parsedModels.set(model, p);
  }
  return p;
}

/** The model's score for each kind on one sentence (folded). */
export function scoreSentence(model: LearnedModel, folded: string): Record<string, number> {
  const { kinds, parsed } = parse(model);
  const feats = featuresOf(folded);
  const out: Record<string, number> = {};
  kinds.forEach((k, i) => {
    const m = parsed[i];
    if (!m) return;
    let s = m.bias;
    for (const f of feats) s += m.weights.get(f) ?? 0;
    out[k] = s;
  });
  return out;
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
 * Findings the model adds: a sentence whose score for a kind is above the threshold is marked whole, with
 * that kind's usual message. Sentences a rule already marked are left to the rule.
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
    if (ruled.some((f) => f.start < end && f.end > start)) continue;
    const scores = scoreSentence(model, folded.slice(start, end));
    let best = '';
    let top = model.threshold;
    for (const [kind, s] of Object.entries(scores)) {
      if (s > top) {
        top = s;
        best = kind;
      }
    }
    if (!best) continue;
    const base = texts[best];
    out.push({
      kind: best,
      start,
      end,
      message: base?.message ?? '',
      ...(base?.suggestion ? { suggestion: base.suggestion } : {}),
    });
  }
  return out;
}
