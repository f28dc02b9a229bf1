// First, so that the bundle puts the rules before the engine and keeps them side by side (see lexicons.ts).
import './lexicons';
import { analyzeApology } from './apology';
import { analyzeReply } from './reply';
import { analyzeStatement } from './statement';
import type { CoachAnalysis, CoachKind } from './types';

export { analyzeApology } from './apology';
export { FEELINGS, VALIDATING_PHRASES } from './feelings';
export { analyzeReply } from './reply';
export { analyzeStatement } from './statement';
export type { ApologyAnalysis, ApologyParts, CoachAnalysis, CoachKind, Finding } from './types';

/** The coaches, in the order the app offers them. */
export const COACH_KINDS: readonly CoachKind[] = ['apology', 'statement', 'reply'];

/** Whether a string names one of the coaches. */
export function isCoachKind(value: string): value is CoachKind {
  return (COACH_KINDS as readonly string[]).includes(value);
}

/**
 * Runs one coach over a text.
 * @example analyze('reply', 'Can we just move on?').findings.map((f) => f.kind) // ['rushing']
 */
export function analyze(kind: CoachKind, text: string): CoachAnalysis {
  if (kind === 'apology') return analyzeApology(text);
  if (kind === 'statement') return analyzeStatement(text);
  return analyzeReply(text);
}
