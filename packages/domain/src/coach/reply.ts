import { type CompiledRule, compileRules, dedupe, runRules, VALIDATING } from './engine';
import { learnedFindings } from './learned';
import { REPLY_RULES, REPLY_TEXTS } from './lexicons';
import { REPLY_MODEL } from './model-reply';
import { prepareText } from './text';
import type { CoachAnalysis } from './types';

let compiled: CompiledRule[] | undefined;

/**
 * Reads the repairing partner's answer to the hurt partner's pain: defending, minimising, counter-attacking, excusing, rushing.
 * @example analyzeReply('You’re overreacting.').findings[0]?.kind // 'minimizing'
 */
export function analyzeReply(text: string): CoachAnalysis {
  compiled ??= compileRules(REPLY_RULES);
  const ruled = runRules(prepareText(text), compiled, REPLY_TEXTS, VALIDATING);
  return { findings: dedupe([...ruled, ...learnedFindings(REPLY_MODEL, text, ruled, REPLY_TEXTS)]) };
}
