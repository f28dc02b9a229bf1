import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_LIMIT, ackAfterSeconds, alertAllowance } from './alerts';
import { nextOccurrence, promptDaysAhead } from './hard-dates';
import { moodTrend } from './mood-trend';
import { breathSeconds, breathsPerMinute, clampPattern, DEFAULT_BREATHING, pacerAt } from './pacer';
import { triggerPatterns, weekdayAndHour } from './trigger-patterns';

describe('breathing pacer', () => {
  it('defaults to in 4, hold 4, out 6: 14 s a breath, 4.3 a minute', () => {
    expect(breathSeconds(DEFAULT_BREATHING)).toBe(14);
    expect(breathsPerMinute(DEFAULT_BREATHING)).toBe(4.3);
    expect(breathsPerMinute({ inhale: 5, holdIn: 0, exhale: 5, holdOut: 0 })).toBe(6);
  });

  it.each([
    [0, 'inhale', 0, 0, 4],
    [3_999, 'inhale', 0, 0.99975, 1],
    [4_000, 'holdIn', 0, 0, 4],
    [5_000, 'holdIn', 0, 0.25, 3],
    [8_000, 'exhale', 0, 0, 6],
    [13_500, 'exhale', 0, 0.9166666666666666, 1],
    [14_000, 'inhale', 1, 0, 4],
    [14 * 1000 * 10 + 9_000, 'exhale', 10, 1 / 6, 5],
  ])('at %i ms it is %s (breath %i)', (ms, phase, breath, progress, secondsLeft) => {
    expect(pacerAt(DEFAULT_BREATHING, ms)).toEqual({ phase, breath, progress, secondsLeft });
  });

  it('skips phases of zero length and uses a pause after breathing out', () => {
    const box = { inhale: 4, holdIn: 0, exhale: 4, holdOut: 2 };
    expect(pacerAt(box, 4_000).phase).toBe('exhale');
    expect(pacerAt(box, 8_500).phase).toBe('holdOut');
    expect(pacerAt(box, 10_000)).toMatchObject({ phase: 'inhale', breath: 1 });
  });

  it('keeps every phase within its limits, in half seconds', () => {
    expect(clampPattern({ inhale: 0, holdIn: -3, exhale: 40, holdOut: 2.3 })).toEqual({
      inhale: 1,
      holdIn: 0,
      exhale: 16,
      holdOut: 2.5,
    });
  });

  it('always answers a phase with progress in [0, 1) for any time and clamped pattern', () => {
    fc.assert(
      fc.property(
        fc.record({
          inhale: fc.double({ min: -5, max: 30, noNaN: true }),
          holdIn: fc.double({ min: -5, max: 30, noNaN: true }),
          exhale: fc.double({ min: -5, max: 30, noNaN: true }),
          holdOut: fc.double({ min: -5, max: 30, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (raw, ms) => {
          const p = clampPattern(raw);
          const at = pacerAt(p, ms);
          expect(at.progress).toBeGreaterThanOrEqual(0);
          expect(at.progress).toBeLessThan(1);
          expect(p[at.phase]).toBeGreaterThan(0);
          expect(at.breath).toBe(Math.floor(ms / (breathSeconds(p) * 1000)));
        },
      ),
    );
  });
});

describe('mood trend', () => {
  const at = (iso: string) => Date.parse(iso);
  it('means each day and rolls a window over the days before, in the person’s time zone', () => {
    const points = [
      { at: at('2026-11-20T10:00:00Z'), score: 6 },
      { at: at('2026-11-21T10:00:00Z'), score: 2 },
      { at: at('2026-11-21T18:00:00Z'), score: 4 },
      // 23:30 UTC is already the 23rd in Paris.
      { at: at('2026-11-22T23:30:00Z'), score: 8 },
    ];
    const days = moodTrend(points, { endDate: '2026-11-23', days: 4, window: 3, timeZone: 'Europe/Paris' });
    expect(days).toEqual([
      { date: '2026-11-20', count: 1, mean: 6, rolling: 6 },
      { date: '2026-11-21', count: 2, mean: 3, rolling: 4 },
      { date: '2026-11-22', count: 0, mean: null, rolling: 4 },
      { date: '2026-11-23', count: 1, mean: 8, rolling: 4.7 },
    ]);
  });

  it('answers empty days with nulls rather than zeros', () => {
    const days = moodTrend([], { endDate: '2026-11-23', days: 2, window: 7, timeZone: 'UTC' });
    expect(days.map((d) => [d.mean, d.rolling])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe('trigger patterns', () => {
  it('finds the weekday and hour in the time zone, across a DST change', () => {
    // Sunday 29 March 2026, 21:30 in Paris (summer time began that morning).
    expect(weekdayAndHour(Date.parse('2026-03-29T19:30:00Z'), 'Europe/Paris')).toEqual({
      weekday: 0,
      hour: 21,
    });
    expect(weekdayAndHour(Date.parse('2026-03-30T00:30:00Z'), 'America/New_York')).toEqual({
      weekday: 0,
      hour: 20,
    });
  });

  it('counts by weekday, hour and kind, with the mean intensity', () => {
    const sunEvening = Date.parse('2026-11-22T20:00:00Z');
    const points = [
      { at: sunEvening, kind: 'song' as const, intensity: 8 },
      { at: sunEvening + 7 * 86_400_000, kind: 'song' as const, intensity: 6 },
      { at: Date.parse('2026-11-24T08:15:00Z'), kind: 'place' as const, intensity: 3 },
    ];
    const p = triggerPatterns(points, 'UTC');
    expect(p.total).toBe(3);
    expect(p.byWeekday[0]).toEqual({ count: 2, meanIntensity: 7 });
    expect(p.byWeekday[2]).toEqual({ count: 1, meanIntensity: 3 });
    expect(p.byHour[20]).toEqual({ count: 2, meanIntensity: 7 });
    expect(p.byKind.song).toEqual({ count: 2, meanIntensity: 7 });
    expect(p.byKind.date).toEqual({ count: 0, meanIntensity: null });
    expect(p.busiestWeekday).toBe(0);
    expect(p.busiestHour).toBe(20);
  });

  it('names no busiest time when nothing stands out', () => {
    const p = triggerPatterns(
      [
        { at: Date.parse('2026-11-22T20:00:00Z'), kind: 'song', intensity: 5 },
        { at: Date.parse('2026-11-23T09:00:00Z'), kind: 'song', intensity: 5 },
      ],
      'UTC',
    );
    expect([p.busiestWeekday, p.busiestHour]).toEqual([null, null]);
    expect(triggerPatterns([], 'UTC').busiestHour).toBeNull();
  });

  it('puts every trigger in exactly one weekday and one hour', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_000_000_000_000 }), { maxLength: 40 }), (times) => {
        const p = triggerPatterns(
          times.map((at) => ({ at, kind: 'other', intensity: 5 })),
          'Asia/Kolkata',
        );
        expect(p.byWeekday.reduce((a, b) => a + b.count, 0)).toBe(times.length);
        expect(p.byHour.reduce((a, b) => a + b.count, 0)).toBe(times.length);
      }),
    );
  });
});

describe('alert limit', () => {
  const now = 1_000_000_000;
  const min = 60_000;
  it.each([
    [[], { allowed: true }],
    [[now - 10_000], { allowed: false, reason: 'just_sent', retryAt: now + 50_000 }],
    [[now - 2 * min], { allowed: true }],
    [
      [now - 25 * min, now - 10 * min, now - 2 * min],
      { allowed: false, reason: 'several_recently', retryAt: now + 5 * min },
    ],
    [[now - 31 * min, now - 10 * min, now - 2 * min], { allowed: true }],
  ])('with alerts at %o the answer is %o', (sent, answer) => {
    expect(alertAllowance(sent, now)).toEqual(answer);
  });

  it('holds the eleventh alert of a day until the first is a day old', () => {
    const sent = Array.from({ length: 10 }, (_, i) => now - (20 - i) * 60 * min);
    expect(alertAllowance(sent, now)).toEqual({
      allowed: false,
      reason: 'many_today',
      retryAt: now - 20 * 60 * min + 86_400_000,
    });
    expect(ALERT_LIMIT.perDay).toBe(10);
  });

  it('counts whole seconds to an acknowledgement', () => {
    expect(ackAfterSeconds(0, 61_400)).toBe(61);
    expect(ackAfterSeconds(5_000, 1_000)).toBe(0);
  });
});

describe('hard dates', () => {
  it.each([
    [{ date: '2020-12-01', yearly: true }, '2026-11-29', '2026-12-01'],
    [{ date: '2020-03-01', yearly: true }, '2026-11-29', '2027-03-01'],
    [{ date: '2024-02-29', yearly: true }, '2026-01-10', '2026-02-28'],
    [{ date: '2026-12-05', yearly: false }, '2026-11-29', '2026-12-05'],
    [{ date: '2026-11-01', yearly: false }, '2026-11-29', null],
  ])('%o after %s next falls on %s', (hard, today, next) => {
    expect(nextOccurrence(hard, today)).toBe(next);
  });

  it('prompts within the window only', () => {
    const hard = { date: '2020-12-01', yearly: true, remindDaysBefore: 3 };
    expect(promptDaysAhead(hard, '2026-11-27')).toBeNull();
    expect(promptDaysAhead(hard, '2026-11-28')).toBe(3);
    expect(promptDaysAhead(hard, '2026-12-01')).toBe(0);
    expect(promptDaysAhead(hard, '2026-12-02')).toBeNull();
  });
});
