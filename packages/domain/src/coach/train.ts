// Trains the learned layer of the coaches (see learned.ts) on every labelled file and writes it as data to
// model-<coach>.ts (for the coaches in SHIPPED); prints the leave-one-file-out (LOFO) figures it is judged by, and
// the figures of the coaches as shipped. Not imported by the domain: run it by hand,
//   npx tsx packages/domain/src/coach/train.ts            train, report, write the models
//   npx tsx packages/domain/src/coach/train.ts --cv       only report (nothing written)
//   npx tsx packages/domain/src/coach/train.ts --report   only the per-file figures of the coaches as shipped
//   --curve (threshold → figures, on `unseen`), --confusion (texts caught with the wrong kind), --coach=<name>,
//   --t-<coach>=<threshold> (report at that threshold instead of the chosen one), --fresh-choice (choose and draw the
//   curve on LAST_HELD scored `oof`: run it from a copy of the start-of-round rules, see POOL)
// Deterministic: fixed epochs, a fixed shuffle seed, no clock.
//
// How (decision 020, 2026-12-06 and its three follow-ups): each text is split into sentences; a sentence's features are its
// distinct words (`featuresOf`, with "!word" for a word just after "not"/"never"/"no"). Labels come from the corpus
// itself, per text ("multiple instance" learning): a flawed text counts as caught when its highest-scoring sentence
// is, so only that sentence learns from the text; every sentence of a clean text, and of the other coaches' clean
// texts, is a negative. The `*` model separates flawed from clean sentences (it keeps its KEEP_FLAW heaviest words);
// one model per kind, trained on the flawed texts only and on the `*` model's words only, says which flaw it is
// (KEEP_KIND words). Logistic regression with L2, AdaGrad, 20 epochs; each model is fitted again on the words it
// keeps; weights are rounded to whole steps. The threshold is set on LOFO scores of files scored as if unseen (the
// model never saw the file, and the rules lose every alternative that only that file's texts match): the one that
// maximises the model's own catches minus LAMBDA times its own false alarms (`bestTradeOff`, texts of equal score
// passing or failing together), capped so that the coach raises at most TARGET_FA false alarms on the clean texts.
// Since the fourth part of the round the shipped thresholds (FRESH_T) are that same choice made on the files held out
// before the round (LAST_HELD) as they were then: scored by the start-of-round rules and by models that never saw them
// (`--fresh-choice`, see POOL); `unseen` on rules tuned to every file says the models add nothing, which fresh writing
// contradicts. The statement model adds no "absolute" findings (SILENT). --alarms lists the model's own catches and
// alarms.
// The shipped models are still those of the fourth part (fitted without blind15): refitted with blind15 in the fifth
// part, they lost texts on the held-out files (blind12 reply 2 caught, blind11 statement 1, blind12 statement one more
// false alarm), which corpus.test.ts does not allow; measure with --cv before writing new ones.
import { APOLOGY_RULES, APOLOGY_TEXTS } from './apology-lexicon';
import { CORPORA } from './corpus/index';
import { type CompiledRule, compileRules, type KindText, type Rule, runRules, VALIDATING } from './engine';
import { analyze } from './index';
import { featuresOf, type LearnedModel, scoreSentence, sentenceSpans, weightList, wordList } from './learned';
import { expandPattern } from './pattern';
import { REPLY_RULES, REPLY_TEXTS } from './reply-lexicon';
import { STATEMENT_RULES, STATEMENT_TEXTS } from './statement-lexicon';
import { foldText, prepareText } from './text';
import type { CoachKind } from './types';

// The domain compiles without Node's types; the few Node things this script uses are declared here.
const host = globalThis as unknown as {
  process: { argv: string[] };
  console: { log: (line: string) => void };
};
const here = (import.meta as unknown as { url: string }).url;
const args = host.process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const a = args.find((x: string) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : fallback;
};
const log = (line: string) => host.console.log(line);

const COACHES: CoachKind[] = ['apology', 'statement', 'reply'];
const RULES: Record<
  CoachKind,
  { rules: readonly Rule[]; texts: Readonly<Record<string, KindText>>; guard?: RegExp }
> = {
  apology: { rules: APOLOGY_RULES, texts: APOLOGY_TEXTS, guard: VALIDATING },
  statement: { rules: STATEMENT_RULES, texts: STATEMENT_TEXTS },
  reply: { rules: REPLY_RULES, texts: REPLY_TEXTS, guard: VALIDATING },
};
/** Files written by someone other than the rules' author (their LOFO figures are reported pooled). */
const BY_OTHERS = [
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind13',
  'blind14',
  'blind15',
];
/** The files held out before the fifth part of the 2026-12-06 round (their LOFO figures are the estimate for unseen writing). */
const LAST_HELD = ['blind15'];
/** The files by others written in the style of the outside evaluations (the pool the round's changes are judged on). */
const RECENT = BY_OTHERS.filter((file) => !['blind', 'blind2', 'blind3'].includes(file));
/** Clean texts that use the words of flaws innocently (the LOFO false alarms on them are reported apart). */
const TRICKY = ['clean2', 'clean3'];

const EPOCHS = num('epochs', 20);
const RATE = num('rate', 0.3);
const L2 = num('l2', 0.003);
const MIN_COUNT = num('min', 2);
// Words kept by the `*` model, per coach.
const KEEP_FLAW: Record<CoachKind, number> = {
  apology: num('keep-flaw-apology', num('keep-flaw', 400)),
  statement: num('keep-flaw-statement', num('keep-flaw', 200)),
  reply: num('keep-flaw-reply', num('keep-flaw', 400)),
};
// Words kept per kind, per coach: the apology coach has eight kinds that are easily confused, and needs more.
const KEEP_KIND: Record<CoachKind, number> = {
  apology: num('keep-kind-apology', num('keep-kind', 30)),
  statement: num('keep-kind-statement', num('keep-kind', 25)),
  reply: num('keep-kind-reply', num('keep-kind', 70)),
};
// The share of clean texts (every file's, each scored by a model that never saw it) the coach may raise false alarms
// on, per coach.
const TARGET_FA: Record<CoachKind, number> = {
  apology: num('fa-apology', num('fa', 0.03)),
  statement: num('fa-statement', num('fa', 0.03)),
  reply: num('fa-reply', num('fa', 0.03)),
};
// The model's own share of false alarms: on all clean texts, and on the tricky clean texts (see `thresholdFor`).
const MODEL_FA = num('model-fa', 1);
const TRICKY_FA = num('tricky-fa', 1);
// How much more a false alarm costs than a miss, when the model's threshold is chosen by `bestTradeOff` (0: not used).
// 2.5 (was 3): the outside set measured the reply model's alarms at about what LOFO predicted (its catches at three
// times as many), so 3 cut a reply model that earned its place; 2.5 keeps reply at its old level (decision 020).
const LAMBDA = num('lambda', 2.5);
const STEP = num('step', 1);
const MIN_STEPS = num('min-steps', 1);
const KIND_IN_FLAW = !args.includes('--kind-any-word');
// --prune-sim=N: score each left-out file with rules from which the longest alternatives matching no text of the
// other files (N characters of pattern in all) were removed: what pruning dead alternatives costs on unseen writing.
const PRUNE_SIM = num('prune-sim', Infinity);
const MAX_STEPS = 12;

interface Sentence {
  folded: string;
  feats: string[];
  /** The kinds the rules found in this sentence. */
  ruleKinds: Set<string>;
}
export interface Prepared {
  file: string;
  text: string;
  kinds: readonly string[];
  sentences: Sentence[];
  ruleKinds: Set<string>;
}

const compiledRules = new Map<CoachKind, CompiledRule[]>();
export function prepare(
  coach: CoachKind,
  file: string,
  text: string,
  kinds: readonly string[],
  ruleSet?: CompiledRule[],
): Prepared {
  let compiled = ruleSet ?? compiledRules.get(coach);
  if (!compiled) {
    compiled = compileRules(RULES[coach].rules);
    compiledRules.set(coach, compiled);
  }
  const found = runRules(prepareText(text), compiled, RULES[coach].texts, RULES[coach].guard);
  const folded = foldText(text);
  return {
    file,
    text,
    kinds,
    sentences: sentenceSpans(folded).map(([s, e]) => ({
      folded: folded.slice(s, e),
      feats: featuresOf(folded.slice(s, e)),
      ruleKinds: new Set(found.filter((f) => f.start < e && f.end > s).map((f) => f.kind)),
    })),
    ruleKinds: new Set(found.map((f) => f.kind)),
  };
}

/** The top-level alternatives of a pattern template: "a|(b|c)|d" → a, (b|c), d. */
export function alternativesOf(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\') {
      current += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/**
 * Alternatives that match no corpus text of any coach using the pattern, longest first. With `except`, the files
 * of that name are left out of the corpus (to simulate pruning before that file was written).
 */
export function deadAlternatives(except?: string): Array<{ pattern: string; alternative: string }> {
  const users = new Map<string, Set<CoachKind>>();
  for (const c of COACHES)
    for (const r of RULES[c].rules) users.set(r.pattern, (users.get(r.pattern) ?? new Set()).add(c));
  const textsOf = new Map(
    COACHES.map((c) => [
      c,
      Object.entries(CORPORA[c])
        .filter(([name]) => name !== except)
        .flatMap(([, list]) => list.map((i) => foldText(i.text))),
    ]),
  );
  const out: Array<{ pattern: string; alternative: string }> = [];
  for (const [pattern, coaches] of users) {
    const texts = [...coaches].flatMap((c) => textsOf.get(c) ?? []);
    const alternatives = alternativesOf(pattern);
    for (const alternative of alternatives) {
      const re = new RegExp(expandPattern(alternative), 'g');
      const hit = texts.some((t) => {
        re.lastIndex = 0;
        return re.test(t);
      });
      if (!hit) out.push({ pattern, alternative });
    }
  }
  return out.sort((a, b) => b.alternative.length - a.alternative.length);
}

const deadCache = new Map<string, Map<string, Set<string>>>();
/** The coach's rules without the longest dead alternatives (see `deadAlternatives`), `chars` characters in all. */
export function withoutDead(coach: CoachKind, except: string, chars: number): Rule[] {
  let drop = deadCache.get(except);
  if (!drop) {
    drop = new Map();
    let total = 0;
    for (const { pattern, alternative } of deadAlternatives(except)) {
      if (total >= chars) break;
      const set = drop.get(pattern) ?? new Set();
      if (set.size + 1 >= alternativesOf(pattern).length) continue;
      drop.set(pattern, set.add(alternative));
      total += alternative.length;
    }
    deadCache.set(except, drop);
  }
  const d = drop;
  return RULES[coach].rules.map((r) => {
    const set = d.get(r.pattern);
    return set
      ? {
          ...r,
          pattern: alternativesOf(r.pattern)
            .filter((a) => !set.has(a))
            .join('|'),
        }
      : r;
  });
}

/** A fixed pseudo-random sequence (linear congruential), for a deterministic shuffle. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

type Weights = Map<string, number>;
/** One bag of sentences: positive when its best sentence is (y = 1), or a single negative sentence (y = 0). */
type Example = { rows: Int32Array[]; y: number };

/** Logistic regression over bags of sentences (max over the bag), AdaGrad with L2; only `allow` words learn. */
function fitKind(
  vocab: string[],
  examples: Example[],
  allow?: Set<string>,
): { bias: number; weights: Weights } {
  const pos = examples.filter((e) => e.y).length;
  const wPos = Math.max(1, (examples.length - pos) / Math.max(1, pos) / 2);
  const allowed = allow ? Uint8Array.from(vocab, (f) => (allow.has(f) ? 1 : 0)) : undefined;
  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const next = sequence(12345);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const at of order) {
      const e = examples[at] as Example;
      let best = e.rows[0] as Int32Array;
      let z = -Infinity;
      for (const row of e.rows) {
        let s = b;
        for (const i of row) s += w[i] as number;
        if (s > z) {
          z = s;
          best = row;
        }
      }
      const d = (1 / (1 + Math.exp(-z)) - e.y) * (e.y ? wPos : 1);
      gb2 += d * d;
      b -= (RATE * d) / Math.sqrt(gb2);
      for (const i of best) {
        if (allowed && !allowed[i]) continue;
        const g = d + L2 * (w[i] as number);
        g2[i] = (g2[i] as number) + g * g;
        w[i] = (w[i] as number) - (RATE * g) / Math.sqrt(g2[i] as number);
      }
    }
  }
  const weights: Weights = new Map();
  vocab.forEach((f, i) => {
    if (w[i]) weights.set(f, w[i] as number);
  });
  return { bias: b, weights };
}

/** The examples of one kind (`*` for "flawed at all"). */
function examplesOf(
  kind: string,
  items: Prepared[],
  otherClean: Prepared[],
  rowOf: (s: Sentence) => Int32Array,
): Example[] {
  const out: Example[] = [];
  for (const it of items) {
    const rows = it.sentences.map(rowOf);
    if (rows.length === 0) continue;
    if (kind === '*') {
      if (it.kinds.length) out.push({ rows, y: 1 });
      else for (const r of rows) out.push({ rows: [r], y: 0 });
    } else if (it.kinds.includes(kind)) out.push({ rows, y: 1 });
    else if (it.kinds.length) for (const r of rows) out.push({ rows: [r], y: 0 });
  }
  if (kind === '*')
    for (const it of otherClean) for (const s of it.sentences) out.push({ rows: [rowOf(s)], y: 0 });
  return out;
}

/** Trains every kind of a coach, keeps each kind's heaviest words, refits on them, rounds to half steps. */
export function fit(coach: CoachKind, items: Prepared[], otherClean: Prepared[]): LearnedModel {
  const counts = new Map<string, number>();
  for (const it of items)
    for (const s of it.sentences) for (const f of s.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const allowed = ONLY_WORDS.get(coach);
  const vocab = [...counts]
    .filter(([f, n]) => n >= MIN_COUNT && !/\d/.test(f) && (!allowed || allowed.has(f)))
    .map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rowOf = (s: Sentence) =>
    Int32Array.from(s.feats.map((f) => index.get(f) ?? -1).filter((i) => i >= 0));
  const kinds = ['*', ...Object.keys(RULES[coach].texts)];
  let flawWords: Set<string> | undefined;
  const fitted = kinds.map((k) => {
    const examples = examplesOf(k, items, otherClean, rowOf);
    const full = fitKind(vocab, examples, k !== '*' && KIND_IN_FLAW ? flawWords : undefined);
    const keep = new Set(
      [...full.weights]
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
        .slice(0, k === '*' ? KEEP_FLAW[coach] : KEEP_KIND[coach])
        .map(([f]) => f),
    );
    if (k === '*') flawWords = keep;
    return fitKind(vocab, examples, keep);
  });
  return finish(kinds, fitted);
}

/** Rounds fitted weights to half steps and encodes them. */
function finish(kinds: string[], fitted: Array<{ bias: number; weights: Weights }>): LearnedModel {
  const steps = (v: number) => {
    const n = Math.max(-MAX_STEPS, Math.min(MAX_STEPS, Math.round(v / STEP) * Math.round(STEP / 0.5)));
    return Math.abs(n) < MIN_STEPS ? 0 : n;
  };
  const words = [
    ...new Set(fitted.flatMap(({ weights }) => [...weights].filter(([, v]) => steps(v)).map(([f]) => f))),
  ].sort();
  return encode(
    words,
    kinds.map((k, i) => {
      const { bias, weights } = fitted[i] as { bias: number; weights: Weights };
      return [k, Math.round(bias * 10) / 10, words.map((f) => steps(weights.get(f) ?? 0))];
    }),
    0,
  );
}

/** Writes a model in the shipped format (see `LearnedModel`): front-coded words, weights in half steps. */
function encode(words: string[], kinds: Array<[string, number, number[]]>, threshold: number): LearnedModel {
  let previous = '';
  const coded = words.map((w) => {
    let shared = 0;
    while (shared < 9 && shared < previous.length && previous[shared] === w[shared]) shared++;
    previous = w;
    return `${shared}${w.slice(shared)}`;
  });
  return {
    threshold,
    words: coded.join(''),
    kinds: Object.fromEntries(
      kinds.map(([k, bias, steps]) => {
        let skip = 0;
        let column = '';
        for (const v of steps) {
          if (!v) {
            skip++;
            continue;
          }
          column += `${skip || ''}${String.fromCharCode(109 + v)}`;
          skip = 0;
        }
        return [k, { bias, weights: column }];
      }),
    ),
  };
}

/** What the coach (rules + model) finds in a prepared text: the kinds, with the model's sentences at threshold t. */
export type Scored = { item: Prepared; model: Array<{ kind: string; score: number }> };
export function scoreItem(model: LearnedModel, item: Prepared, silent: readonly string[] = []): Scored {
  return {
    item,
    model: item.sentences.map((s) => {
      const m = scoreSentence(model, s.folded);
      return silent.includes(m.kind) ? { kind: '', score: -99 } : m;
    }),
  };
}
/**
 * Kinds the model never adds, per coach (the coach drops them too, see statement.ts): the statement model's
 * "absolute" findings were first-person "never" ("I never realised how much I rely on you"); the rules read
 * "always"/"never" with who the sentence is about, the model cannot.
 */
const SILENT: Partial<Record<CoachKind, string[]>> = {
  statement: args.includes('--absolute') ? [] : ['absolute'],
};
function kindsAt(x: Scored, t: number): Set<string> {
  const out = new Set(x.item.ruleKinds);
  for (const m of x.model) if (m.score > t && m.kind) out.add(m.kind);
  return out;
}
function figures(scored: Scored[], t: number) {
  const flawed = scored.filter((x) => x.item.kinds.length);
  const clean = scored.filter((x) => !x.item.kinds.length);
  let caught = 0;
  let right = 0;
  for (const x of flawed) {
    const k = kindsAt(x, t);
    if (k.size) caught++;
    if (x.item.kinds.some((y) => k.has(y))) right++;
  }
  const alarms = clean.filter((x) => kindsAt(x, t).size).length;
  return { flawed: flawed.length, clean: clean.length, caught, right, alarms };
}
const pct = (n: number, of: number) => `${Math.round((100 * n) / Math.max(1, of))}`.padStart(3);
const row = (f: ReturnType<typeof figures>) =>
  `${pct(f.caught, f.flawed)} /${pct(f.right, f.flawed)} /${pct(f.alarms, f.clean)}`;
const pct1 = (n: number, of: number) => ((100 * n) / Math.max(1, of)).toFixed(1);
/** Pooled figures to a tenth of a point, with the counts. */
const rowPrecise = (f: ReturnType<typeof figures>) =>
  `${pct1(f.caught, f.flawed)} / ${pct1(f.right, f.flawed)} / ${pct1(f.alarms, f.clean)} (${f.caught}/${f.right} of ${f.flawed}, ${f.alarms} of ${f.clean})`;

/**
 * The lowest threshold at which, on the clean texts each scored by a model that never saw their file, (1) the coach
 * (rules + model) raises false alarms on at most `target` of them, (2) the model alone (texts no rule flagged) on at
 * most MODEL_FA of them and (3) the model alone on at most TRICKY_FA of the tricky clean texts (`TRICKY`). (2) and (3)
 * keep the model's share apart from the rules': fixing a rule's false alarm does not loosen the model.
 */
export function thresholdFor(scored: Scored[], target: number): number {
  const clean = scored.filter((x) => !x.item.kinds.length);
  const byRules = clean.filter((x) => x.item.ruleKinds.size).length;
  const top = (x: Scored) => Math.max(-99, ...x.model.filter((m) => m.kind).map((m) => m.score));
  const tops = (list: Scored[]) =>
    list
      .filter((x) => !x.item.ruleKinds.size)
      .map(top)
      .sort((a, b) => b - a);
  const tricky = clean.filter((x) => TRICKY.includes(x.item.file));
  // The n-th highest model-only score among `list`: a threshold just above it lets at most n of them through.
  const at = (list: Scored[], n: number) => tops(list)[Math.max(0, n)] ?? -99;
  const t = Math.max(
    at(clean, Math.floor(clean.length * target) - byRules),
    at(clean, Math.floor(clean.length * MODEL_FA)),
    at(tricky, Math.floor(tricky.length * TRICKY_FA)),
  );
  // Just above the highest score the caps must keep out; the trade-off's threshold is already between two scores.
  // (Until the fourth part of the 2026-12-06 round 0.05 was added to both, which put a threshold chosen to pass the
  // texts scoring x exactly on x, so they failed: statement 2.8 and reply 2.7 were meant as 2.75 and 2.65.)
  return Math.round(Math.max(t + 0.05, LAMBDA ? bestTradeOff(scored) : -99) * 100) / 100;
}

/**
 * --fresh-choice: choose on the files held out before this round (LAST_HELD), each scored by a model that never saw it
 * and by the rules as they are (`oof`). Meaningful only when run from a copy of the rules as they were when those
 * files were new (the start of the round): then it is the nearest thing to the next unseen file. The fourth part of
 * the 2026-12-06 round chose the shipped thresholds this way (FRESH_T), because once the rules are tuned on every file
 * `unseen` flatters them (it keeps shapes that match two files) and says the models add nothing, while on blind13 and
 * blind14 as measured fresh they added 4–5 points of recall for under a point of false alarms (decision 020).
 */
const POOL = args.includes('--fresh-choice') ? LAST_HELD : BY_OTHERS;
/** Thresholds chosen with --fresh-choice on the start-of-round rules (see POOL); --t-<coach> overrides them. */
const FRESH_T: Partial<Record<CoachKind, number>> = { statement: 2.75, reply: 2.65 };

/**
 * The score above which the model's own findings pay most: the threshold that maximises (share of flawed texts only
 * the model catches) − LAMBDA × (share of clean texts only the model alarms), over the files written by others and
 * the tricky clean texts, LOFO.
 */
function bestTradeOff(scored: Scored[]): number {
  const pool = scored.filter((x) => [...POOL, ...TRICKY].includes(x.item.file) && !x.item.ruleKinds.size);
  const flawed = scored.filter((x) => [...POOL].includes(x.item.file) && x.item.kinds.length).length;
  const clean = scored.filter(
    (x) => [...POOL, ...TRICKY].includes(x.item.file) && !x.item.kinds.length,
  ).length;
  const tops = pool
    .map((x) => ({
      y: x.item.kinds.length > 0,
      s: Math.max(-99, ...x.model.filter((m) => m.kind).map((m) => m.score)),
    }))
    .sort((a, b) => b.s - a.s);
  let best = 99;
  let bestU = 0;
  let u = 0;
  for (const [i, x] of tops.entries()) {
    u += x.y ? 1 / flawed : -LAMBDA / clean;
    // Texts with the same score pass or fail together: a threshold can only fall between two scores.
    if (tops[i + 1]?.s === x.s) continue;
    if (u > bestU) {
      bestU = u;
      best = x.s - 0.05;
    }
  }
  return best;
}

/** Per-file figures of the coaches as shipped (analyze(), rules + the models in model-*.ts). */
function report(): void {
  for (const coach of COACHES) {
    const cells = Object.entries(CORPORA[coach]).map(([file, items]) => {
      const scored = items.map((i) => ({
        kinds: i.kinds,
        found: new Set(analyze(coach, i.text).findings.map((f) => f.kind)),
      }));
      const flawed = scored.filter((x) => x.kinds.length);
      const clean = scored.filter((x) => !x.kinds.length);
      const caught = flawed.filter((x) => x.found.size).length;
      const right = flawed.filter((x) => x.kinds.some((k) => x.found.has(k))).length;
      const alarms = clean.filter((x) => x.found.size).length;
      return `${file} ${pct(caught, flawed.length)}/${pct(right, flawed.length)}/${pct(alarms, clean.length)}`;
    });
    log(`shipped ${coach}: ${cells.join('  ')}`);
  }
}

/**
 * The coach whose model may only use words the other shipped model keeps (`--share=none` for none, `--share=apology`
 * for the unshipped apology model): the statement model then adds no words to the shared vocabulary (393 words
 * instead of 677, 0.9 KB of the chunk) and is about as good, LOFO unseen (decision 020, third part of the 2026-12-06
 * round). Its words are chosen by the reply model fitted on every file, the held-out one included: a small leak.
 */
const SHARE = 'statement';
/** The models whose words the SHARE coach may use (the reply model's, as when it was chosen). */
const SHARE_FROM: CoachKind[] = ['reply'];
/**
 * The coaches that ship a learned layer. The apology coach does not: at the threshold chosen below it added under a
 * point LOFO (unseen); in the fifth part of the 2026-12-06 round, chosen with --fresh-choice on blind15 (3.45), it
 * added one text of 97 there (no right kind, no false alarm) for ~1.6 KB of the chunk with its own vocabulary, and one
 * false alarm on a held-out file; with the reply model's words it added nothing (decision 020).
 */
const SHIPPED: CoachKind[] = ['statement', 'reply'];
/** Per coach, the only words its model may use (see SHARE). */
const ONLY_WORDS = new Map<CoachKind, Set<string>>();

export async function main(): Promise<void> {
  if (args.includes('--report')) return report();
  const write = !args.includes('--cv');
  const models = new Map<CoachKind, LearnedModel>();
  const only = args.find((x: string) => x.startsWith('--coach='))?.slice(8);
  const share = (args.find((x: string) => x.startsWith('--share='))?.slice(8) ?? SHARE) as CoachKind | 'none';
  if (share !== 'none' && (!only || only === share)) {
    const words = new Set<string>();
    for (const c of SHARE_FROM.filter((x) => x !== share)) {
      const items = Object.entries(CORPORA[c]).flatMap(([file, list]) =>
        list.map((i) => prepare(c, file, i.text, i.kinds)),
      );
      const otherClean = COACHES.filter((x) => x !== c).flatMap((x) =>
        Object.entries(CORPORA[x]).flatMap(([file, list]) =>
          list.filter((i) => !i.kinds.length).map((i) => prepare(c, file, i.text, [])),
        ),
      );
      for (const w of wordList(fit(c, items, otherClean).words)) words.add(w);
    }
    ONLY_WORDS.set(share, words);
    log(`${share} may use ${words.size} words of the other models`);
  }
  for (const coach of COACHES.filter((c) => !only || c === only)) {
    const items = Object.entries(CORPORA[coach]).flatMap(([file, list]) =>
      list.map((i) => prepare(coach, file, i.text, i.kinds)),
    );
    const otherClean = COACHES.filter((c) => c !== coach).flatMap((c) =>
      Object.entries(CORPORA[c]).flatMap(([file, list]) =>
        list.filter((i) => !i.kinds.length).map((i) => prepare(coach, file, i.text, [])),
      ),
    );
    const files = [...new Set(items.map((i) => i.file))];
    // Each file scored by a model that never saw it (`oof`), with the rules as they are, and (`unseen`) with the
    // rules less every alternative that matches only that file's texts: the nearest thing to a file not yet written,
    // which neither the model nor the rules were tuned on. The threshold is chosen on `unseen`.
    const oof: Scored[] = [];
    const unseen: Scored[] = [];
    for (const held of files) {
      const model = fit(
        coach,
        items.filter((i) => i.file !== held),
        otherClean.filter((i) => i.file !== held),
      );
      const pruned = PRUNE_SIM ? compileRules(withoutDead(coach, held, PRUNE_SIM)) : undefined;
      for (const it of items.filter((i) => i.file === held)) {
        oof.push(scoreItem(model, it, SILENT[coach]));
        unseen.push(
          scoreItem(model, pruned ? prepare(coach, it.file, it.text, it.kinds, pruned) : it, SILENT[coach]),
        );
      }
    }
    const chosen = thresholdFor(args.includes('--fresh-choice') ? oof : unseen, TARGET_FA[coach]);
    const t = num(`t-${coach}`, args.includes('--fresh-choice') ? chosen : (FRESH_T[coach] ?? chosen));
    log(
      `${coach}: threshold ${t} (the trade-off on ${args.includes('--fresh-choice') ? 'oof, LAST_HELD' : 'unseen'} says ${chosen})`,
    );
    for (const [name, list] of [
      ['LOFO', oof],
      ['LOFO unseen', unseen],
    ] as const) {
      const of = (names: string[]) => list.filter((x) => names.includes(x.item.file));
      log(
        `${name} ${coach} (t=${t}; caught / right kind / false alarms %): ${files
          .map((f) => `${f} ${row(figures(of([f]), t))}`)
          .join('  ')}`,
      );
      log(
        `${name} ${coach} pooled: ${LAST_HELD.join('+')} ${row(figures(of(LAST_HELD), t))}  by others ${row(figures(of(BY_OTHERS), t))}  all ${row(figures(list, t))}  tricky FA ${row(figures(of(TRICKY), t)).slice(-3)}  rules alone: by others ${row(figures(of(BY_OTHERS), Infinity))}  all ${row(figures(list, Infinity))}`,
      );
      log(
        `${name} ${coach} recent (blind4-14): ${rowPrecise(figures(of(RECENT), t))}  rules alone ${rowPrecise(figures(of(RECENT), Infinity))}  tricky FA ${rowPrecise(figures(of(TRICKY), t)).split(' / ')[2]}`,
      );
    }
    const of = (names: string[]) =>
      (args.includes('--fresh-choice') ? oof : unseen).filter((x) => names.includes(x.item.file));
    if (args.includes('--curve')) {
      // The trade-off, on `unseen`: threshold → caught / right kind / false alarms (by others, blind10, all files),
      // false alarms on the tricky clean texts, and what the model adds over the rules (flawed texts only it catches
      // : clean texts only it alarms, by others + tricky).
      const others = of([...BY_OTHERS, ...TRICKY]);
      const base = figures(others, Infinity);
      for (let u = num('curve-from', 0); u <= num('curve-to', 5) + 0.01; u += 0.25) {
        const f = figures(others, u);
        log(
          `  t=${u.toFixed(2).padStart(5)}  by others ${row(figures(of(BY_OTHERS), u))}  ${LAST_HELD.join('+')} ${row(figures(of(LAST_HELD), u))}  all ${row(figures(unseen, u))}  tricky FA ${pct(figures(of(TRICKY), u).alarms, figures(of(TRICKY), u).clean)}  model adds ${f.caught - base.caught} caught : ${f.alarms - base.alarms} alarms`,
        );
      }
    }
    if (args.includes('--alarms')) {
      // Clean texts only the model alarms on (`unseen`, at t), with their best sentence's score.
      for (const x of unseen.filter((y) => !y.item.ruleKinds.size)) {
        const best = x.model.reduce((a, m) => (m.kind && m.score > a.score ? m : a), {
          kind: '',
          score: -99,
        });
        if (best.score > t)
          log(
            `  ${x.item.kinds.length ? `catch ${x.item.kinds.join('+')} as` : 'alarm'} ${best.kind} ${x.item.file} ${best.score.toFixed(1)}: ${x.item.text}`,
          );
      }
    }
    if (args.includes('--confusion')) {
      // Flawed texts of files by others (`unseen`) caught with none of their kinds: labelled kind → kinds found, and who.
      const counts = new Map<string, number>();
      for (const x of of(BY_OTHERS)) {
        const found = kindsAt(x, t);
        if (!x.item.kinds.length || !found.size || x.item.kinds.some((k) => found.has(k))) continue;
        const byModel = x.model.some(
          (m) => m.score > t && found.has(m.kind) && !x.item.ruleKinds.has(m.kind),
        );
        const key = `${x.item.kinds.join('+')} → ${[...found].join('+')} (${byModel ? 'model' : 'rules'})`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      log(
        [...counts]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `  ${n}× ${k}`)
          .join('\n'),
      );
    }
    if (write && SHIPPED.includes(coach))
      models.set(coach, { ...fit(coach, items, otherClean), threshold: t });
  }
  if (write) writeModels(models);
}

/** Writes the three models over one shared, sorted vocabulary (model-words.ts), each kind a column of weights. */
async function writeModels(models: Map<CoachKind, LearnedModel>): Promise<void> {
  const fsModule = 'node:fs';
  const { writeFileSync } = (await import(fsModule)) as {
    writeFileSync: (path: string, data: string) => void;
  };
  const path = (name: string) => here.replace('file://', '').replace(/train\.ts$/, name);
  const own = new Map([...models].map(([c, m]) => [c, wordList(m.words)]));
  const words = [...new Set([...own.values()].flat())].sort();
  const shared = encode(words, [], 0).words;
  writeFileSync(
    path('model-words.ts'),
    `// Written by train.ts. Do not edit by hand.\n/** The words the coaches' learned layers weigh, front-coded (see learned.ts), shared by the three models. */\nexport const MODEL_WORDS =\n  '${shared}';\n`,
  );
  for (const [coach, model] of models) {
    const list = own.get(coach) ?? [];
    const at = new Map(list.map((w, i) => [w, i]));
    const kinds = Object.entries(model.kinds).map(([k, { bias, weights }]): [string, number, number[]] => {
      const values = weightList(weights, list.length);
      return [k, bias, words.map((w) => Math.round((values[at.get(w) ?? -1] ?? 0) * 2))];
    });
    const name = `${coach.toUpperCase()}_MODEL`;
    writeFileSync(
      path(`model-${coach}.ts`),
      `import type { LearnedModel } from './learned';\nimport { MODEL_WORDS } from './model-words';\n\n// Written by train.ts from every labelled file. Do not edit by hand.\n/** The learned layer of the ${coach} coach. */\nexport const ${name}: LearnedModel = { threshold: ${model.threshold}, words: MODEL_WORDS, kinds: ${JSON.stringify(encode(words, kinds, 0).kinds)} };\n`,
    );
  }
}

if (host.process.argv[1]?.endsWith('train.ts')) void main();
