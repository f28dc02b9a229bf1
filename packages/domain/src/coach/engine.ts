import { compileContext, compilePattern, matchesOf } from './pattern';
import { ceilingOf, floorOf, isQuoted, type PreparedText } from './text';
import type { Finding } from './types';

/** A readable rule: a pattern template plus the context that cancels it (see `pattern.ts` for the shorthand). */
export interface Rule {
  kind: string;
  pattern: string;
  /** A more specific message than the kind's default. */
  message?: string;
  suggestion?: string;
  /** When false, a "not"/"never"/"won't" just before the words does not cancel the finding (default true). */
  negatable?: boolean;
  /** When false, words in quotes or reported speech ("you called me …") are still flagged (default true). */
  quotable?: boolean;
  /** Cancel when this matches the clause text just before the words. */
  notAfter?: string;
  /** Cancel when this matches the rest of the sentence after the words. */
  notBefore?: string;
  /** Cancel when this matches anywhere in the sentence. */
  notIn?: string;
  /** Keep only when this matches somewhere in the sentence. */
  onlyIn?: string;
  /** Require the nearest pronoun before the words to be someone other than the writer ("you're a liar", not "I felt like a liar"). */
  aboutOther?: boolean;
}

/** The default wording for one kind of finding. */
export interface KindText {
  message: string;
  suggestion?: string;
}

/** A rule with its regular expressions built once. */
export interface CompiledRule {
  rule: Rule;
  re: RegExp;
  notAfter?: RegExp;
  notBefore?: RegExp;
  notIn?: RegExp;
  onlyIn?: RegExp;
}

/** Builds the regular expressions of a rule list once, at first use. */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  return rules.map((rule) => ({
    rule,
    re: compilePattern(rule.pattern),
    ...(rule.notAfter ? { notAfter: compileContext(`(?:${rule.notAfter})`) } : {}),
    ...(rule.notBefore ? { notBefore: compileContext(`^(?:${rule.notBefore})`) } : {}),
    ...(rule.notIn ? { notIn: compileContext(`(?:${rule.notIn})`) } : {}),
    ...(rule.onlyIn ? { onlyIn: compileContext(`(?:${rule.onlyIn})`) } : {}),
  }));
}

const NEGATOR =
  /\b(?:not|no|never|nor|without|cannot|hardly|refuse|refused|refusing|stop|stopped|instead of|rather than|no longer|(?:do|does|did|is|are|was|were|have|has|had|wo|ca|could|would|should|must|need|ai|might)n'?t)\b/g;
// "can't you…", "why don't we…", "I don't know why…" and "don't be so…" do not negate what follows.
const NOT_A_NEGATION =
  /^\s+(?:you|u|we|ya|even know|know|understand|get|see|believe|imagine|stand|wait|help but)\b/;
const IMPERATIVE = /^(?:don'?t|stop|quit)$/;
const IMPERATIVE_OBJECT = /^\s+(?:be|being|get|getting)\b/;
const STRONG_REPORT =
  /\b(?:call(?:ed|ing|s)?|accus(?:e|ed|ing)|blam(?:e|ed|ing)|hid(?:e|ing) behind|hide|us(?:e|ed|ing)|pretend(?:ed|ing|s)?|claim(?:ed|ing|s)?|could (?:say|tell you|point to)|told myself|tell(?:ing)? myself|convinced myself|made you (?:feel|think|believe)|let you (?:believe|think)|excuses? like|lines? like|words? like|phrases? like|(?:you|u) (?:said|asked))\b/;
const WEAK_REPORT =
  /\b(?:said|say|saying|says|told|tell|telling|wrote|texted|asked|answered|replied|responded)\b/;
const WRONGNESS =
  /\b(?:wrong|lie|lied|lying|unfair|cruel|not true|untrue|false|dismissive|dismissing|dismissed|hurtful|hurt|sorry|shouldn'?t|should not|should never|regret|ashamed|excuse|minimi[sz]|gaslight|gaslighting|unkind|not okay|not ok|awful|terrible|horrible|invalidat\w*|(?:was|is|were)n'?t(?=\s*[.!]))\b/;
const PRONOUN =
  /\b(?:i|i'm|im|i've|ive|i'd|me|myself|you|u|you're|youre|ur|your|yourself|he|she|they|him|her|them|he's|she's)\b/g;
const FIRST_PERSON = /^(?:i|i'm|im|i've|ive|i'd|me|myself)$/;
const WINDOW = 56;
const AFTER = 120;

/** Whether a "not", "never", "won't"… in the clause just before `start` negates the words. */
export function isNegated(prepared: PreparedText, start: number): boolean {
  const prefix = clausePrefix(prepared, start);
  for (const m of prefix.matchAll(NEGATOR)) {
    const rest = prefix.slice(m.index + m[0].length);
    if (NOT_A_NEGATION.test(rest)) continue;
    if (IMPERATIVE.test(m[0]) && IMPERATIVE_OBJECT.test(rest)) continue;
    return true;
  }
  return false;
}

/** The text of the clause before `start`, at most a few words. */
export function clausePrefix(prepared: PreparedText, start: number): string {
  const from = Math.max(floorOf(prepared.clauseStarts, start), start - WINDOW);
  return prepared.text.slice(from, start);
}

// A "sentence" is read at most this far either side of the words: a run-on text with no full stop (100 KB of
// "never never…") would otherwise be read whole again for every match.
const SPAN = 400;

function sentenceBounds(prepared: PreparedText, start: number): [number, number] {
  const s = floorOf(prepared.sentenceStarts, start);
  return [
    Math.max(s, start - SPAN),
    Math.min(ceilingOf(prepared.sentenceStarts, start, prepared.text.length), start + SPAN),
  ];
}

function isReported(prepared: PreparedText, start: number, end: number, sentence: string): boolean {
  if (isQuoted(prepared, start, end)) return true;
  const prefix = clausePrefix(prepared, start);
  if (STRONG_REPORT.test(prefix)) return true;
  return WEAK_REPORT.test(prefix) && WRONGNESS.test(sentence);
}

function isAboutWriter(prefix: string): boolean {
  let last = '';
  for (const m of prefix.matchAll(PRONOUN)) last = m[0];
  return FIRST_PERSON.test(last);
}

/**
 * Words that, just before a finding, make it a validation rather than a jab: "of course you're angry",
 * "no wonder you don't trust me", "it makes sense that you can't let it go".
 */
export const VALIDATING =
  /\b(?:of course|no wonder|(?:it )?makes (?:total |complete |perfect )?sense(?: that| why)?|(?:it'?s |that'?s )?(?:understandable|fair|natural|normal|okay|ok|right) (?:that|if)|i (?:understand|get|see|know|can see|can understand|totally get) (?:why|if)|(?:you have|you've got) every (?:right|reason) to(?: be)?|you(?:'re| are) right(?: that)?|i'?d (?:be|feel) the same if|(?:won'?t|will not|will never|not going to|never going to|would never|wouldn'?t|'?m not|am not) (?:ever )?(?:ask|tell|expect|rush|pressur|push|say)\w*(?: you)?(?: to)?)\s+(?:[a-z']+\s+){0,2}$/;

function keep(
  c: CompiledRule,
  prepared: PreparedText,
  start: number,
  end: number,
  guard: RegExp | undefined,
): boolean {
  const { rule } = c;
  const [ss, se] = sentenceBounds(prepared, start);
  const sentence = prepared.text.slice(ss, se);
  const prefix = clausePrefix(prepared, start);
  if (guard?.test(prefix)) return false;
  if (rule.negatable !== false && isNegated(prepared, start)) return false;
  // What was said may be called wrong in the next sentence: "I told you it was nothing. That was a lie."
  if (rule.quotable !== false && isReported(prepared, start, end, prepared.text.slice(ss, se + AFTER)))
    return false;
  if (c.notAfter?.test(prefix)) return false;
  // What follows may be in the next sentence too: "I was lonely. That's no excuse."
  if (c.notBefore?.test(prepared.text.slice(end, Math.max(se, Math.min(end + AFTER, prepared.text.length)))))
    return false;
  if (c.notIn?.test(sentence)) return false;
  // A sentence that is only the words ("Every time.", "Always.") is about the one before it.
  const alone = se - ss < 20 && !/\S/.test(prepared.text.slice(ss, start));
  const context = alone ? prepared.text.slice(floorOf(prepared.sentenceStarts, ss - 1), se) : sentence;
  if (c.onlyIn && !c.onlyIn.test(context)) return false;
  if (alone && c.notAfter?.test(context)) return false;
  return !(rule.aboutOther && isAboutWriter(prefix));
}

/**
 * Runs compiled rules over a prepared text and returns findings sorted by start, one per overlapping kind.
 * `guard` cancels any finding whose clause prefix it matches (e.g. `VALIDATING`).
 */
export function runRules(
  prepared: PreparedText,
  rules: readonly CompiledRule[],
  texts: Readonly<Record<string, KindText>>,
  guard?: RegExp,
): Finding[] {
  const found: Finding[] = [];
  for (const c of rules) {
    for (const m of matchesOf(c.re, prepared.text)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (end <= start || !keep(c, prepared, start, end, guard)) continue;
      const base = texts[c.rule.kind];
      const suggestion = c.rule.suggestion ?? base?.suggestion;
      found.push({
        kind: c.rule.kind,
        start,
        end,
        message: c.rule.message ?? base?.message ?? '',
        ...(suggestion ? { suggestion } : {}),
      });
    }
  }
  return dedupe(found);
}

/** Sorts findings by position and merges findings of the same kind that overlap into one. */
export function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const last = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of sorted) {
    const previous = last.get(f.kind);
    if (previous && previous.end > f.start) {
      previous.end = Math.max(previous.end, f.end);
      continue;
    }
    const copy = { ...f };
    last.set(f.kind, copy);
    out.push(copy);
  }
  return out;
}
