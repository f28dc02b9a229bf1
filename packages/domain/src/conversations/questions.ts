// The question queue's rules: categories, the gentle warning, "asked before", and ages.

/** Suggested categories for a question (none is required). */
export const QUESTION_CATEGORIES = ['timeline', 'relationship', 'secrecy', 'now'] as const;
/** One of `QUESTION_CATEGORIES`. */
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

/** Where a question stands: waiting, answered in writing, declined with a reason, or kept for a talk. */
export const QUESTION_STATUSES = ['open', 'answered', 'declined', 'follow_up'] as const;
/** One of `QUESTION_STATUSES`. */
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** A gentle note on a question: it never stops the question being asked. */
export interface QuestionWarning {
  kind: 'graphic_detail';
  message: string;
}

/** Words about sex itself (data: extend freely; matched as whole words or phrases, lower case). */
export const SEXUAL_TERMS: readonly string[] = [
  'sex',
  'sexual',
  'sexually',
  'slept with',
  'sleep with',
  'sleeping with',
  'in bed',
  'naked',
  'nude',
  'oral',
  'orgasm',
  'orgasms',
  'position',
  'positions',
  'intercourse',
  'undressed',
  'her body',
  'his body',
  'their body',
  'touched her',
  'touched him',
  'foreplay',
];

/** Words that ask for a picture rather than a fact (data, as above). */
export const DETAIL_CUES: readonly string[] = [
  'describe',
  'details',
  'detail',
  'exactly',
  'what was it like',
  'how was it',
  'how did it feel',
  'what did you do',
  'what did she do',
  'what did he do',
  'what did they do',
  'tell me everything',
  'step by step',
  'better than me',
  'compared to me',
  'compare',
  'enjoy',
  'enjoyed',
  'like it',
  'look like',
  'positions',
  'how many times',
  'where did you touch',
  'what did you like',
];

export const GRAPHIC_DETAIL_MESSAGE =
  'Questions about sexual details often leave pictures that come back uninvited. ' +
  'You can still ask it. You might first ask yourself what the answer would give you, ' +
  'or ask the fact you need ("did it happen, and when?") instead of the detail.';

function containsPhrase(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

/** Lower case, apostrophes kept inside words, everything else that is not a letter or digit a space. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The gentle warnings a question earns. A question about graphic sexual detail (a sexual term and a
 * cue that asks for a picture or a comparison) is warned about; a factual question ("did you sleep
 * with her?") is not. Never a refusal: the caller still stores the question.
 */
export function questionWarnings(text: string): QuestionWarning[] {
  const t = normalizeText(text);
  const sexual = SEXUAL_TERMS.some((w) => containsPhrase(t, normalizeText(w)));
  const detail = DETAIL_CUES.some((w) => containsPhrase(t, normalizeText(w)));
  return sexual && detail ? [{ kind: 'graphic_detail', message: GRAPHIC_DETAIL_MESSAGE }] : [];
}

/** Words that carry no meaning for "was this asked before" (data). */
export const QUESTION_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of to in on at for with did do does you your yours i me my we our us it its is ' +
    'was were are be been that this what when where why how who whom which ever really just please tell ' +
    'can could would will have has had there then so if about'
  ).split(' '),
);

/** The meaningful words of a question, lightly stemmed (a trailing plural `s` dropped). */
export function questionTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeText(text).split(' ')) {
    if (!w || QUESTION_STOPWORDS.has(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/** How alike two questions are, 0 to 1 (Dice coefficient over their meaningful words). */
export function questionSimilarity(a: string, b: string): number {
  const ta = questionTerms(a);
  const tb = questionTerms(b);
  if (ta.size === 0 && tb.size === 0) return normalizeText(a) === normalizeText(b) ? 1 : 0;
  let shared = 0;
  for (const w of ta) if (tb.has(w)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/** At or above this similarity a new question counts as asked before. */
export const ASKED_BEFORE_THRESHOLD = 0.7;

/**
 * The earlier answered question most like `text`, or null: so asking again links to the answer
 * already given. Ties go to the most recent (the last in `earlier`).
 */
export function findAskedBefore<T extends { text: string }>(text: string, earlier: readonly T[]): T | null {
  let best: T | null = null;
  let bestScore = ASKED_BEFORE_THRESHOLD;
  for (const q of earlier) {
    const s = questionSimilarity(text, q.text);
    if (s >= bestScore) {
      best = q;
      bestScore = s;
    }
  }
  return best;
}

/** Whole days a question has waited (or waited until it was settled). */
export function questionAgeDays(askedAt: number, until: number): number {
  return Math.max(0, Math.floor((until - askedAt) / 86_400_000));
}

/**
 * Whether a person may put questions in the queue for their partner: the hurt partner asks the
 * repairing partner; in a space where both hold the same role each may ask the other.
 */
export function mayAsk(askerRole: 'hurt' | 'repairing', partnerRole: 'hurt' | 'repairing'): boolean {
  return askerRole === 'hurt' || askerRole === partnerRole;
}
