import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, COACH_KINDS, FEELINGS, isCoachKind, VALIDATING_PHRASES } from './index';

describe('analyze', () => {
  it.each([
    ['apology', "I'm sorry if you were hurt.", 'conditional'],
    ['statement', 'You never listen.', 'absolute'],
    ['reply', 'Can we move on?', 'rushing'],
  ] as const)('routes %s to its coach', (kind, text, expected) => {
    expect(analyze(kind, text).findings.map((f) => f.kind)).toContain(expected);
  });

  it.each(COACH_KINDS)('%s: an empty text has no findings', (kind) => {
    expect(analyze(kind, '').findings).toEqual([]);
  });

  it('reports parts for apologies only', () => {
    expect(analyze('apology', 'x').parts).toBeDefined();
    expect(analyze('reply', 'x').parts).toBeUndefined();
  });

  it('exports the vocabularies', () => {
    expect(FEELINGS).toContain('scared');
    expect(VALIDATING_PHRASES.length).toBeGreaterThan(3);
    expect(isCoachKind('reply')).toBe(true);
    expect(isCoachKind('poem')).toBe(false);
  });

  it('validating phrases pass the reply coach', () => {
    for (const phrase of VALIDATING_PHRASES) expect(analyze('reply', phrase).findings).toEqual([]);
  });
});

// Words the coaches care about, so random texts hit the rules often.
const WORDS = [
  'you',
  'never',
  'always',
  "I'm",
  'sorry',
  'if',
  'but',
  'not',
  'just',
  'move on',
  'liar',
  'because',
  'I was',
  'drunk',
  'forgive me',
  '.',
  ',',
  '’',
  '"',
  '\n',
  'overreacting',
  'what about you',
  'it was',
  'nothing',
  'when',
];
const textArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
);

// The domain is type-checked without Node or DOM types; the clock is there at test time.
const clock = (globalThis as unknown as { performance: { now: () => number } }).performance;

describe('every analysis, on any text', () => {
  it('never throws, keeps offsets in bounds and findings sorted without same-kind overlaps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COACH_KINDS), textArb, (kind, text) => {
        const { findings } = analyze(kind, text);
        let previousStart = 0;
        const lastEnd = new Map<string, number>();
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.start).toBeGreaterThanOrEqual(previousStart);
          expect(f.start).toBeGreaterThanOrEqual(lastEnd.get(f.kind) ?? 0);
          expect(f.message.length).toBeGreaterThan(0);
          previousStart = f.start;
          lastEnd.set(f.kind, f.end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers a 100 KB text quickly', () => {
    const text = "You never listen, and I'm sorry if it was just a kiss. ".repeat(1900);
    for (const kind of COACH_KINDS) {
      const t0 = clock.now();
      analyze(kind, text);
      expect(clock.now() - t0).toBeLessThan(1000);
    }
  });
});
