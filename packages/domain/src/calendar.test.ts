import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateIn, dayNumber, daysBetween, isCalendarDate, isTimeZone } from './calendar';

describe('calendar', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['yesterday', false],
  ])('isCalendarDate(%s) is %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });

  it.each([
    ['2026-01-01', '2026-01-01', 1],
    ['2026-01-01', '2026-01-03', 3],
    ['2025-12-31', '2026-01-01', 2],
    ['2026-03-28', '2026-03-30', 3],
    ['2026-05-01', '2026-04-01', 1],
  ])('dayNumber(%s, %s) is %i', (from, to, n) => {
    expect(dayNumber(from, to)).toBe(n);
  });

  it('daysBetween is antisymmetric and additive', () => {
    const date = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });

  it('reads the calendar date in the person’s time zone', () => {
    const instant = new Date('2026-03-01T02:30:00Z');
    expect(calendarDateIn(instant, 'UTC')).toBe('2026-03-01');
    expect(calendarDateIn(instant, 'America/New_York')).toBe('2026-02-28');
    expect(calendarDateIn(instant, 'Asia/Tokyo')).toBe('2026-03-01');
  });

  it('knows real time zones only', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
