import { describe, expect, it } from 'vitest';
import { APOLOGY_FIRST } from './corpus/apology';
import { APOLOGY_BLIND } from './corpus/apology-blind';
import type { CorpusItem as Item } from './corpus/corpus-item';
import { REPLY_FIRST } from './corpus/reply';
import { REPLY_BLIND } from './corpus/reply-blind';
import { STATEMENT_FIRST } from './corpus/statement';
import { STATEMENT_BLIND } from './corpus/statement-blind';
import { analyze } from './index';
import type { CoachKind } from './types';

// "first" was written alongside the rules; "blind" after them, and measured before any tuning.
const CORPORA: Record<CoachKind, { first: readonly Item[]; blind: readonly Item[] }> = {
  apology: { first: APOLOGY_FIRST, blind: APOLOGY_BLIND },
  statement: { first: STATEMENT_FIRST, blind: STATEMENT_BLIND },
  reply: { first: REPLY_FIRST, blind: REPLY_BLIND },
};

function score(kind: CoachKind, items: readonly Item[]) {
  const flawed = items.filter((i) => i.kinds.length > 0);
  const clean = items.filter((i) => i.kinds.length === 0);
  let caught = 0;
  let rightKind = 0;
  for (const item of flawed) {
    const found = analyze(kind, item.text).findings.map((f) => f.kind);
    if (found.length > 0) caught++;
    if (found.some((k) => item.kinds.includes(k))) rightKind++;
  }
  const falseAlarms = clean.filter((i) => analyze(kind, i.text).findings.length > 0).length;
  const share = (n: number, of: number) => Math.round((n / of) * 1000) / 1000;
  return {
    texts: items.length,
    caught: share(caught, flawed.length),
    rightKind: share(rightKind, flawed.length),
    falseAlarms: share(falseAlarms, clean.length),
  };
}

// The test runs without Node or DOM types; console is there at run time.
const log = (globalThis as unknown as { console: { log: (line: string) => void } }).console.log;

describe('labelled corpus', () => {
  it.each(Object.keys(CORPORA) as CoachKind[])(
    '%s meets the bars (≥90% caught, ≥80% right kind, ≤10% false alarms)',
    (kind) => {
      const { first, blind } = CORPORA[kind];
      expect(first.length + blind.length).toBeGreaterThanOrEqual(150);
      expect(blind.length).toBeGreaterThanOrEqual(50);
      const all = score(kind, [...first, ...blind]);
      log(
        JSON.stringify({ corpus: kind, all, firstHalf: score(kind, first), secondHalf: score(kind, blind) }),
      );
      expect(all.caught).toBeGreaterThanOrEqual(0.9);
      expect(all.rightKind).toBeGreaterThanOrEqual(0.8);
      expect(all.falseAlarms).toBeLessThanOrEqual(0.1);
    },
  );
});
