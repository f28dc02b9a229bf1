import { type CompiledRule, compileRules, dedupe, runRules } from './engine';
import { learnedFindings } from './learned';
import { STATEMENT_RULES, STATEMENT_TEXTS } from './lexicons';
import { STATEMENT_MODEL } from './model-statement';
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
  // The model's "absolute" findings are left out: it reads "never" without who the sentence is about ("I never
  // realised how much I rely on you"), which the rules check (decision 020, third part of the 2026-12-06 round).
  const learned = learnedFindings(STATEMENT_MODEL, text, ruled, STATEMENT_TEXTS).filter(
    (f) => f.kind !== 'absolute',
  );
  return { findings: dedupe([...ruled, ...learned]) };
}
