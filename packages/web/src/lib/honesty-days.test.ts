import { describe, expect, it } from 'vitest';
import { honestyDaysFigure, honestyDaysSentence } from './honesty-days';

describe('the honesty count in words', () => {
  it('says "Less than a day" before the first whole day instead of "0 days"', () => {
    expect(honestyDaysFigure(0)).toBe('Less than a day');
    expect(honestyDaysSentence(0)).toBe('Less than a day since anything new came to light.');
  });

  it('counts one day and many days', () => {
    expect(honestyDaysFigure(1)).toBe('1 day');
    expect(honestyDaysSentence(1)).toBe('1 day since anything new came to light.');
    expect(honestyDaysSentence(40)).toBe('40 days since anything new came to light.');
  });
});
