import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { honestyFigures, isLateDisclosure, lastRevelationAt, wholeDaysBetween } from './honesty';

const DAY = 86_400_000;

describe('late disclosures', () => {
  it('is late only once the disclosure was marked complete', () => {
    expect(isLateDisclosure(null)).toBe(false);
    expect(isLateDisclosure(0)).toBe(true);
  });

  it.each([
    [
      'nothing marked complete',
      null,
      [],
      10 * DAY,
      { daysSinceLastRevelation: null, lateDisclosureCount: 0 },
    ],
    [
      'complete, nothing late',
      2 * DAY,
      [{ at: DAY, late: false }],
      12 * DAY,
      { daysSinceLastRevelation: 10, lateDisclosureCount: 0 },
    ],
    [
      'a late disclosure resets the count',
      2 * DAY,
      [
        { at: DAY, late: false },
        { at: 9 * DAY, late: true },
      ],
      12 * DAY,
      { daysSinceLastRevelation: 3, lateDisclosureCount: 1 },
    ],
    [
      'same day counts as zero',
      5 * DAY,
      [{ at: 5 * DAY + 1000, late: true }],
      5 * DAY + 5000,
      { daysSinceLastRevelation: 0, lateDisclosureCount: 1 },
    ],
  ] as const)('%s', (_name, completedAt, disclosures, now, expected) => {
    expect(honestyFigures(completedAt, disclosures, now)).toMatchObject(expected);
  });

  it('never goes below zero, even with a clock that went backwards', () => {
    expect(wholeDaysBetween(10 * DAY, 5 * DAY)).toBe(0);
  });
});

// Random stories: disclosures and one "mark complete" in any order, then a look at the counter.
type Step = { kind: 'disclose'; gapMs: number } | { kind: 'complete'; gapMs: number };
const step = fc.oneof(
  fc.record({ kind: fc.constant('disclose' as const), gapMs: fc.integer({ min: 0, max: 40 * DAY }) }),
  fc.record({ kind: fc.constant('complete' as const), gapMs: fc.integer({ min: 0, max: 40 * DAY }) }),
);

function play(steps: Step[]) {
  let t = 0;
  let completedAt: number | null = null;
  const disclosures: { at: number; late: boolean }[] = [];
  for (const s of steps) {
    t += s.gapMs;
    if (s.kind === 'complete') completedAt ??= t;
    else disclosures.push({ at: t, late: isLateDisclosure(completedAt) });
  }
  return { completedAt, disclosures, end: t };
}

describe('days since the last revelation (properties)', () => {
  it('never counts from before the last late disclosure', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 30 }),
        fc.integer({ min: 0, max: 400 * DAY }),
        (steps, after) => {
          const { completedAt, disclosures, end } = play(steps);
          const now = end + after;
          const { daysSinceLastRevelation } = honestyFigures(completedAt, disclosures, now);
          const lastLate = Math.max(-Infinity, ...disclosures.filter((d) => d.late).map((d) => d.at));
          if (lastLate > -Infinity)
            expect(daysSinceLastRevelation).toBeLessThanOrEqual(wholeDaysBetween(lastLate, now));
        },
      ),
    );
  });

  it('is null until the disclosure is marked complete, and counts from completion or later', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const { completedAt, disclosures, end } = play(steps);
        const anchor = lastRevelationAt(completedAt, disclosures);
        if (completedAt === null) expect(anchor).toBeNull();
        else expect(anchor).toBeGreaterThanOrEqual(completedAt);
        expect(honestyFigures(completedAt, disclosures, end).daysSinceLastRevelation === null).toBe(
          completedAt === null,
        );
      }),
    );
  });

  it('counts every late disclosure, and only disclosures made after completion are late', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const { completedAt, disclosures, end } = play(steps);
        const afterCompletion = disclosures.filter((d) => completedAt !== null && d.at >= completedAt);
        expect(honestyFigures(completedAt, disclosures, end).lateDisclosureCount).toBe(
          disclosures.filter((d) => d.late).length,
        );
        expect(disclosures.filter((d) => d.late).length).toBeLessThanOrEqual(afterCompletion.length);
      }),
    );
  });

  it('does not depend on the order the disclosures are listed in', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), fc.integer(), (steps, seed) => {
        const { completedAt, disclosures, end } = play(steps);
        const shuffled = [...disclosures].sort((a, b) => ((a.at * 31 + seed) % 7) - ((b.at * 31 + seed) % 7));
        expect(honestyFigures(completedAt, shuffled, end)).toEqual(
          honestyFigures(completedAt, disclosures, end),
        );
      }),
    );
  });
});
