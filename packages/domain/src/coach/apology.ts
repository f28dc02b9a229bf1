import { type CompiledRule, compileRules, runRules, VALIDATING } from './engine';
import { APOLOGY_RULES, APOLOGY_TEXTS, PART_RULES } from './lexicons';
import { prepareText } from './text';
import type { ApologyAnalysis, ApologyParts } from './types';

let compiled: { rules: CompiledRule[]; parts: CompiledRule[] } | undefined;

function rules(): { rules: CompiledRule[]; parts: CompiledRule[] } {
  compiled ??= { rules: compileRules(APOLOGY_RULES), parts: compileRules(PART_RULES) };
  return compiled;
}

/**
 * Reads an apology draft from the partner who broke trust: what may hurt, and which of the four parts it has.
 * @example analyzeApology('I’m sorry if you felt hurt.').findings[0]?.kind // 'conditional'
 */
export function analyzeApology(text: string): ApologyAnalysis {
  const prepared = prepareText(text);
  const { rules: findingRules, parts: partRules } = rules();
  // No learned layer here: at any threshold where its held-out precision was worth having, an apology model added
  // under a point (decision 020, follow-up of 2026-12-06); its bytes went to rules.
  const findings = runRules(prepared, findingRules, APOLOGY_TEXTS, VALIDATING);
  // Words the coach flags are not yet a part: "sorry if you felt hurt" does not acknowledge the hurt.
  const seen = new Set(
    runRules(prepared, partRules, {})
      .filter((p) => !findings.some((f) => p.start < f.end && f.start < p.end))
      .map((p) => p.kind),
  );
  const parts: ApologyParts = {
    namesAct: seen.has('namesAct'),
    ownsIt: seen.has('ownsIt'),
    acknowledgesImpact: seen.has('acknowledgesImpact'),
    commitsToChange: seen.has('commitsToChange'),
  };
  return { findings, parts };
}
