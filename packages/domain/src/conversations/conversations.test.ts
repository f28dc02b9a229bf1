import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAskedBefore, mayAsk, questionAgeDays, questionSimilarity, questionWarnings } from './questions';
import {
  checkInCalendar,
  foldLine,
  instantOfWallTime,
  nextCheckIn,
  offsetChanges,
  parseTime,
  utf8Length,
  wallTimeIn,
} from './schedule';

describe('question warnings', () => {
  it.each([
    ['What positions did you use with her?', true],
    ['Describe what the sex was like.', true],
    ['Was she better than me in bed?', true],
    ['Tell me everything you did when you slept with him, step by step', true],
    ['Did you sleep with her?', false],
    ['When did it start?', false],
    ['Did you have sex with her, and when?', false],
    ['Describe how you hid the phone.', false],
    ['', false],
  ])('%s → warned: %s', (text, warned) => {
    const w = questionWarnings(text);
    expect(w.length > 0).toBe(warned);
    if (warned) expect(w[0]).toMatchObject({ kind: 'graphic_detail', message: expect.any(String) });
  });

  it('never throws and warns at most once, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(questionWarnings(s).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('asked before', () => {
  it.each([
    ['When did it start?', 'when did it START', 1],
    ['How did you meet her?', 'Where did you meet her?', 1],
    ['Did you love him?', 'When did it start?', 0],
  ])('%s ~ %s = %s', (a, b, score) => {
    expect(questionSimilarity(a, b)).toBeCloseTo(score, 5);
  });

  it('links to the closest earlier question above the threshold, or none', () => {
    const earlier = [
      { id: 'a', text: 'When did the affair start?' },
      { id: 'b', text: 'Do you still talk to her?' },
    ];
    expect(findAskedBefore('when did the affair start', earlier)?.id).toBe('a');
    expect(findAskedBefore('Do you still talk with her?', earlier)?.id).toBe('b');
    expect(findAskedBefore('Why did you lie about the trip?', earlier)).toBeNull();
  });

  it('is symmetric and between 0 and 1; a question is like itself', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = questionSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(questionSimilarity(b, a)).toBeCloseTo(s, 10);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (a) => {
        expect(questionSimilarity(a, a)).toBe(1);
      }),
    );
  });

  it('ages in whole days and decides who asks whom', () => {
    expect(questionAgeDays(0, 86_399_999)).toBe(0);
    expect(questionAgeDays(0, 3 * 86_400_000)).toBe(3);
    expect(questionAgeDays(10, 0)).toBe(0);
    expect(mayAsk('hurt', 'repairing')).toBe(true);
    expect(mayAsk('repairing', 'hurt')).toBe(false);
    expect(mayAsk('repairing', 'repairing')).toBe(true);
    expect(mayAsk('hurt', 'hurt')).toBe(true);
  });
});

const at = (s: string) => Date.parse(s);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('check-in times', () => {
  it.each([
    ['20:00', { hour: 20, minute: 0 }],
    ['00:00', { hour: 0, minute: 0 }],
    ['23:59', { hour: 23, minute: 59 }],
    ['25:00', null],
    ['24:00', null],
    ['7:30', null],
    ['12:60', null],
  ])('parses %s', (t, expected) => expect(parseTime(t)).toEqual(expected));

  it.each([
    // Paris moves to summer time on the last Sunday of March (2027-03-28) and back on the last of October.
    ['Europe/Paris', [0], '20:00', '2027-03-20T12:00:00Z', '2027-03-21T19:00:00.000Z'],
    ['Europe/Paris', [0], '20:00', '2027-03-27T12:00:00Z', '2027-03-28T18:00:00.000Z'],
    ['Europe/Paris', [0], '20:00', '2026-10-24T12:00:00Z', '2026-10-25T19:00:00.000Z'],
    ['Europe/Paris', [0], '20:00', '2026-10-18T12:00:00Z', '2026-10-18T18:00:00.000Z'],
    // 02:30 never happens on 2027-03-28 in Paris: it moves forward by the hour skipped.
    ['Europe/Paris', [0], '02:30', '2027-03-27T12:00:00Z', '2027-03-28T01:30:00.000Z'],
    // 02:30 happens twice on 2026-10-25 in Paris: the first one.
    ['Europe/Paris', [0], '02:30', '2026-10-24T12:00:00Z', '2026-10-25T00:30:00.000Z'],
    // New York: 2027-03-14 and 2026-11-01.
    ['America/New_York', [0, 3], '19:30', '2027-03-13T12:00:00Z', '2027-03-14T23:30:00.000Z'],
    ['America/New_York', [0, 3], '19:30', '2027-03-06T12:00:00Z', '2027-03-08T00:30:00.000Z'],
    ['America/New_York', [1], '08:00', '2026-10-31T12:00:00Z', '2026-11-02T13:00:00.000Z'],
    // Later today, or a week on when today's time has passed.
    ['UTC', [2], '18:00', '2026-11-24T12:00:00Z', '2026-11-24T18:00:00.000Z'],
    ['UTC', [2], '10:00', '2026-11-24T12:00:00Z', '2026-12-01T10:00:00.000Z'],
    ['UTC', [2], '12:00', '2026-11-24T12:00:00Z', '2026-11-24T12:00:00.000Z'],
    ['Asia/Tokyo', [3], '07:00', '2026-11-24T23:00:00Z', '2026-12-01T22:00:00.000Z'],
  ])('%s %o at %s after %s → %s', (timeZone, weekdays, time, now, expected) => {
    expect(iso(nextCheckIn({ weekdays, time, timeZone }, at(now)))).toBe(expected);
  });

  it('has nothing to schedule without a weekday or a valid time', () => {
    expect(nextCheckIn({ weekdays: [], time: '20:00', timeZone: 'UTC' }, 0)).toBeNull();
    expect(nextCheckIn({ weekdays: [1], time: '25:00', timeZone: 'UTC' }, 0)).toBeNull();
  });

  const zones = fc.constantFrom(
    'Europe/Paris',
    'America/New_York',
    'Australia/Sydney',
    'Asia/Kolkata',
    'UTC',
    'America/St_Johns',
  );
  const schedules = fc.record({
    weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    timeZone: zones,
  });
  const instants = fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2030-12-31T00:00:00Z') });
  const pad = (n: number) => String(n).padStart(2, '0');

  it('is never before now, falls on a chosen weekday, within 8 days, and at the agreed time unless it is skipped', () => {
    fc.assert(
      fc.property(schedules, instants, ({ weekdays, hour, minute, timeZone }, now) => {
        const time = `${pad(hour)}:${pad(minute)}`;
        const next = nextCheckIn({ weekdays, time, timeZone }, now);
        expect(next).not.toBeNull();
        const t = next as number;
        expect(t).toBeGreaterThanOrEqual(now);
        expect(t - now).toBeLessThanOrEqual(8 * 86_400_000);
        const w = wallTimeIn(t, timeZone);
        const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
        expect(weekdays).toContain(weekday);
        const asked = hour * 60 + minute;
        const got = w.hour * 60 + w.minute;
        // Exactly the time, or (on the night clocks go forward) later by at most the gap.
        expect(got === asked || (got > asked && got - asked <= 60)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('has no earlier occurrence: one minute before the next one, the next one is the same', () => {
    fc.assert(
      fc.property(schedules, instants, ({ weekdays, hour, minute, timeZone }, now) => {
        const s = { weekdays, time: `${pad(hour)}:${pad(minute)}`, timeZone };
        const next = nextCheckIn(s, now) as number;
        expect(nextCheckIn(s, Math.max(now, next - 60_000))).toBe(next);
        expect(nextCheckIn(s, next)).toBe(next);
        expect(nextCheckIn(s, next + 1)).toBeGreaterThan(next);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips a wall time that exists', () => {
    fc.assert(
      fc.property(instants, zones, (t, tz) => {
        const minute = Math.floor(t / 60_000) * 60_000;
        const w = wallTimeIn(minute, tz);
        const back = instantOfWallTime(w, w.hour, w.minute, tz);
        expect(wallTimeIn(back, tz)).toEqual(w);
      }),
      { numRuns: 300 },
    );
  });
});

describe('iCalendar', () => {
  const schedule = { weekdays: [3, 0], time: '20:00', minutes: 45, timeZone: 'Europe/Paris' };
  const ics = checkInCalendar({
    uid: 'space-1@mend',
    schedule,
    firstStart: at('2026-11-25T19:00:00Z'),
    now: at('2026-11-24T12:00:00Z'),
  });
  const lines = ics.split('\r\n');

  it('is one weekly event at the agreed local time, with its time zone', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20261125T200000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU,WE');
    expect(lines).toContain('DURATION:PT45M');
    expect(lines).toContain('DTSTAMP:20261124T120000Z');
    expect(lines).toContain('SUMMARY:Check-in');
    expect(lines.filter((l) => l.startsWith('BEGIN:')).length).toBe(
      lines.filter((l) => l.startsWith('END:')).length,
    );
  });

  it('describes Paris summer time in its VTIMEZONE', () => {
    const i = lines.indexOf('BEGIN:DAYLIGHT');
    expect(i).toBeGreaterThan(0);
    expect(lines.slice(i, i + 4)).toEqual([
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
    ]);
    expect(lines).toContain('DTSTART:20261025T030000');
  });

  it('finds the offset changes of a year', () => {
    const changes = offsetChanges('America/New_York', at('2027-01-01T00:00:00Z'), at('2028-01-01T00:00:00Z'));
    expect(changes.map((c) => new Date(c.at).toISOString())).toEqual([
      '2027-03-14T07:00:00.000Z',
      '2027-11-07T06:00:00.000Z',
    ]);
    expect(offsetChanges('Asia/Tokyo', at('2027-01-01T00:00:00Z'), at('2028-01-01T00:00:00Z'))).toEqual([]);
  });

  it('folds long lines at 75 octets', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    for (const l of folded.split('\r\n')) expect(utf8Length(l)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });
});
