import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentOrNextWindow, isWithinWindow } from './anxiety-windows';
import {
  addWeeks,
  applyDeltas,
  deltasFor,
  isWeekStart,
  keptOrRenegotiatedRate,
  type LedgerEntry,
  ledgerSeries,
  meanAckSeconds,
  outcomeWeekStart,
  proactiveShare,
  recompute,
  steadyWeeks,
  type WeeklyCounts,
  weekStartOf,
  zeroCounts,
} from './ledger';
import { isNotice, missedAt, outcomeOfDone, planOutcome } from './outcomes';
import { isProactive } from './pillars';
import { localTimeOf, nextDue } from './recurrence';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('outcomes around the due time', () => {
  const due = at('2026-11-24T18:00:00Z');
  it('is kept at or before the due time and late one millisecond after', () => {
    expect(outcomeOfDone(due, due - HOUR)).toBe('kept');
    expect(outcomeOfDone(due, due)).toBe('kept');
    expect(outcomeOfDone(due, due + 1)).toBe('late');
    expect(outcomeOfDone(due, due + 30 * 24 * HOUR)).toBe('late');
  });
  it('counts a change of time as notice only strictly before the due time', () => {
    expect(isNotice(due, due - 1)).toBe(true);
    expect(isNotice(due, due)).toBe(false);
    expect(isNotice(due, due + HOUR)).toBe(false);
  });
  it('marks a promise missed after the grace the couple set', () => {
    expect(missedAt(due, 120)).toBe(due + 2 * HOUR);
    expect(missedAt(due, 0)).toBe(due);
  });
  it('reads a plan: by the first time is kept, by an announced later time renegotiated, else late', () => {
    const first = at('2026-11-24T19:00:00Z');
    const plan = { firstEtaAt: first, etaAt: first + HOUR, noticeGiven: true };
    expect(planOutcome(plan, first)).toBe('kept');
    expect(planOutcome(plan, first + HOUR / 2)).toBe('renegotiated');
    expect(planOutcome(plan, first + 2 * HOUR)).toBe('late');
    expect(planOutcome({ ...plan, noticeGiven: false }, first + HOUR / 2)).toBe('late');
  });
});

describe('recurring promises across time zones and daylight saving', () => {
  it('keeps 18:00 in Paris across the October change (UTC offset moves from +2 to +1)', () => {
    const due = at('2026-10-24T16:00:00Z'); // Saturday 18:00 in Paris (summer time)
    expect(localTimeOf(due, 'Europe/Paris')).toBe('18:00');
    const next = nextDue(due, 'daily', '18:00', 'Europe/Paris');
    expect(new Date(next).toISOString()).toBe('2026-10-25T17:00:00.000Z'); // Sunday 18:00, winter time
  });
  it('moves a time the clocks skip forward by the gap, then returns to the agreed time', () => {
    const due = at('2026-03-28T01:30:00Z'); // Saturday 02:30 in Paris
    const skipped = nextDue(due, 'daily', '02:30', 'Europe/Paris');
    expect(new Date(skipped).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 summer time
    const after = nextDue(skipped, 'daily', '02:30', 'Europe/Paris');
    expect(new Date(after).toISOString()).toBe('2026-03-30T00:30:00.000Z'); // 02:30 again
  });
  it('skips the weekend for weekdays and adds seven days for weekly', () => {
    const friday = at('2026-11-27T08:00:00Z');
    expect(new Date(nextDue(friday, 'weekdays', '08:00', 'UTC')).toISOString()).toBe(
      '2026-11-30T08:00:00.000Z',
    );
    expect(new Date(nextDue(friday, 'weekly', '08:00', 'UTC')).toISOString()).toBe(
      '2026-12-04T08:00:00.000Z',
    );
  });
  it('reads the day in the couple’s time zone (late evening in New York is the next day in UTC)', () => {
    const due = at('2026-11-25T02:00:00Z'); // Tuesday 21:00 in New York
    expect(new Date(nextDue(due, 'daily', '21:00', 'America/New_York')).toISOString()).toBe(
      '2026-11-26T02:00:00.000Z',
    );
  });
});

describe('weeks', () => {
  it('starts on the Monday of the week as the time zone reads it', () => {
    expect(weekStartOf(at('2026-11-25T12:00:00Z'), 'UTC')).toBe('2026-11-23');
    // Monday 00:30 in Auckland is still Sunday in UTC.
    expect(weekStartOf(at('2026-11-22T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-11-23');
    expect(weekStartOf(at('2026-11-22T11:30:00Z'), 'UTC')).toBe('2026-11-16');
    expect(isWeekStart('2026-11-23')).toBe(true);
    expect(isWeekStart('2026-11-24')).toBe(false);
    expect(addWeeks('2026-11-23', -52)).toBe('2025-11-24');
  });
  it('counts an outcome in the week it was settled or fell due, whichever came first', () => {
    const sundayNight = at('2026-11-29T23:50:00Z');
    const mondayMorning = at('2026-11-30T00:20:00Z');
    // Kept ten minutes before a due time in the next week: counts now, in a week the ledger shows.
    expect(outcomeWeekStart(mondayMorning, sundayNight, 'UTC')).toBe('2026-11-23');
    // Late or missed after a due time on Sunday: counts in the week it fell due.
    expect(outcomeWeekStart(sundayNight, mondayMorning, 'UTC')).toBe('2026-11-23');
    expect(outcomeWeekStart(mondayMorning, mondayMorning + 3_600_000, 'UTC')).toBe('2026-11-30');
    // The week as the couple's time zone reads it: Sunday 23:50 UTC is Monday in Auckland.
    expect(outcomeWeekStart(mondayMorning, sundayNight, 'Pacific/Auckland')).toBe('2026-11-30');
  });
  it('fills quiet weeks with zeros, oldest first', () => {
    const rollups = recompute([
      { weekStart: '2026-11-16', kind: 'outcome', outcome: 'kept', disputed: false },
    ]);
    const series = ledgerSeries(rollups, '2026-11-23', 3);
    expect(series.map((w) => [w.weekStart, w.kept])).toEqual([
      ['2026-11-09', 0],
      ['2026-11-16', 1],
      ['2026-11-23', 0],
    ]);
  });
  it('gives no rate rather than zero when nothing fell due, and one miss does not erase a pattern', () => {
    expect(keptOrRenegotiatedRate([zeroCounts()])).toBeNull();
    const weeks = [{ ...zeroCounts(), kept: 9, renegotiated: 2, missed: 1 }];
    expect(keptOrRenegotiatedRate(weeks)).toBeCloseTo(11 / 12);
    expect(proactiveShare([{ ...zeroCounts(), proactive: 3, asked: 1 }])).toBe(0.75);
    expect(meanAckSeconds([{ ...zeroCounts(), acks: 2, ackSeconds: 61 }])).toBe(31);
  });
});

describe('steady weeks', () => {
  it('counts weeks with something due and at least 80% kept or changed with notice; quiet weeks do not count', () => {
    const w = (kept: number, renegotiated: number, missed: number) => ({
      ...zeroCounts(),
      kept,
      renegotiated,
      missed,
    });
    expect(steadyWeeks([w(4, 0, 1), w(3, 0, 1), w(0, 0, 0), w(1, 1, 0), w(0, 0, 1)])).toBe(2);
  });
});

describe('reassurance before being asked', () => {
  it('is proactive with no ask in the two hours before', () => {
    const sent = at('2026-11-24T18:00:00Z');
    expect(isProactive(sent, null)).toBe(true);
    expect(isProactive(sent, sent - 2 * HOUR)).toBe(true);
    expect(isProactive(sent, sent - 2 * HOUR + 1)).toBe(false);
    expect(isProactive(sent, sent + 1)).toBe(true);
  });
});

describe('anxiety windows', () => {
  const friday = {
    kind: 'weekly',
    weekday: 5,
    start: '19:00',
    end: '23:00',
    timeZone: 'Europe/London',
  } as const;
  it('finds the next Friday evening and knows when one is under way', () => {
    const wed = at('2026-11-25T12:00:00Z');
    expect(currentOrNextWindow(friday, wed)).toEqual({
      startsAt: at('2026-11-27T19:00:00Z'),
      endsAt: at('2026-11-27T23:00:00Z'),
    });
    expect(isWithinWindow(friday, wed)).toBe(false);
    expect(isWithinWindow(friday, at('2026-11-27T20:00:00Z'))).toBe(true);
  });
  it('runs an overnight window past midnight and forgets a date that has passed', () => {
    const late = { ...friday, start: '22:00', end: '02:00' };
    expect(isWithinWindow(late, at('2026-11-28T01:00:00Z'))).toBe(true);
    const trip = { kind: 'date', date: '2026-12-01', start: '08:00', end: '20:00', timeZone: 'UTC' } as const;
    expect(currentOrNextWindow(trip, at('2026-12-02T00:00:00Z'))).toBeNull();
    expect(currentOrNextWindow(trip, at('2026-11-30T00:00:00Z'))?.startsAt).toBe(at('2026-12-01T08:00:00Z'));
  });
});

// The property the roll-up design rests on: apply any sequence of adds, back-dated adds, changes
// and removals as differences, and the roll-ups equal counting the surviving entries from scratch.
describe('roll-ups equal a full recomputation', () => {
  const week = fc.integer({ min: 0, max: 6 }).map((i) => addWeeks('2026-01-05', i));
  const entry: fc.Arbitrary<LedgerEntry> = fc.oneof(
    fc.record({
      weekStart: week,
      kind: fc.constant('outcome' as const),
      outcome: fc.constantFrom('kept', 'renegotiated', 'late', 'missed' as const),
      disputed: fc.boolean(),
    }),
    fc.record({ weekStart: week, kind: fc.constant('reassurance' as const), proactive: fc.boolean() }),
    fc.record({
      weekStart: week,
      kind: fc.constant('ack' as const),
      seconds: fc.integer({ min: 0, max: 9999 }),
    }),
    fc.record({ weekStart: week, kind: fc.constant('answer' as const) }),
  );
  const op = fc.oneof(
    fc.record({ op: fc.constant('add' as const), entry }),
    fc.record({ op: fc.constant('change' as const), index: fc.nat(), entry }),
    fc.record({ op: fc.constant('remove' as const), index: fc.nat() }),
  );

  it('after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const live: LedgerEntry[] = [];
        const rollups = new Map<string, WeeklyCounts>();
        for (const o of ops) {
          if (o.op === 'add') {
            live.push(o.entry);
            applyDeltas(rollups, deltasFor(null, o.entry));
          } else if (live.length > 0) {
            const i = o.index % live.length;
            const before = live[i] ?? null;
            const after = o.op === 'change' ? o.entry : null;
            applyDeltas(rollups, deltasFor(before, after));
            if (after) live[i] = after;
            else live.splice(i, 1);
          }
        }
        const expected = recompute(live);
        for (const ws of new Set([...rollups.keys(), ...expected.keys()]))
          expect(rollups.get(ws) ?? zeroCounts()).toEqual(expected.get(ws) ?? zeroCounts());
      }),
      { numRuns: 300 },
    );
  });
});
