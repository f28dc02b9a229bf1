import { type CompiledRule, compileRules, dedupe, runRules, VALIDATING } from './engine';
import { learnedFindings } from './learned';
import { REPLY_RULES, REPLY_TEXTS } from './lexicons';
import { REPLY_MODEL } from './model-reply';
import { prepareText } from './text';
import type { CoachAnalysis } from './types';

let compiled: CompiledRule[] | undefined;
const PROMISE = /^(i'?ll|i will|i won'?t|i will not|i'?m going to|i am going to|i'?m not going to)\b/;

/**
 * Reads the repairing partner's answer to the hurt partner's pain: defending, minimising, counter-attacking, excusing, rushing.
 * @example analyzeReply('You’re overreacting.').findings[0]?.kind // 'minimizing'
 */
export function analyzeReply(text: string): CoachAnalysis {
  compiled ??= compileRules(REPLY_RULES);
  const prepared = prepareText(text);
  const ruled = runRules(prepared, compiled, REPLY_TEXTS, VALIDATING);
  // A sentence that starts with a promise ("I won't mention her", "I'll be honest about the small stuff too") is what
  // the coach hopes to see; the learned layer reads its words without that shape (decision 020, 2026-12-07).
  const learned = learnedFindings(REPLY_MODEL, text, ruled, REPLY_TEXTS).filter(
    (f) => !PROMISE.test(prepared.text.slice(f.start, f.end)),
  );
  return { findings: dedupe([...ruled, ...learned]) };
}
