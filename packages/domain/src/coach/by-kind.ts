import type { Rule } from './engine';

/** A rule in its kind's group: a bare pattern, or a pattern with the context that cancels it (see `Rule`). */
export type KindRule = string | Omit<Rule, 'kind'>;

/**
 * Rules written grouped by kind, so that no rule repeats its kind: `byKind({ vague: ['mistakes were made', …] })`.
 * (Decision 020, fifth part of the 2026-12-06 round: the `kind:` keys cost ~0.3 KB of the coach chunk.)
 */
export function byKind(groups: Readonly<Record<string, readonly KindRule[]>>): Rule[] {
  return Object.entries(groups).flatMap(([kind, list]) =>
    list.map((r) => (typeof r === 'string' ? { kind, pattern: r } : { kind, ...r })),
  );
}
