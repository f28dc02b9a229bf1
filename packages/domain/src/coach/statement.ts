import { type CompiledRule, compileRules, dedupe, runRules } from './engine';
import { learnedFindings } from './learned';
import { STATEMENT_MODEL } from './model-statement';
import { STATEMENT_RULES, STATEMENT_TEXTS } from './statement-lexicon';
import { prepareText } from './text';
import type { CoachAnalysis } from './types';

let compiled: CompiledRule[] | undefined;

/**
 * Reads what the hurt partner is about to send: accusations, absolutes and name-calling, with the I-statement shape.
 * @example analyzeStatement('You never listen.').findings[0]?.kind // 'absolute'
 */
export function analyzeStatement(text: string): CoachAnalysis {
  compiled ??= compileRules(STATEMENT_RULES);
  const ruled = runRules(prepareText(text), compiled, STATEMENT_TEXTS);
  return { findings: dedupe([...ruled, ...learnedFindings(STATEMENT_MODEL, text, ruled, STATEMENT_TEXTS)]) };
}
