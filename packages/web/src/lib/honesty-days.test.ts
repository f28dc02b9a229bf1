import { describe, expect, it } from 'vitest';
import { honestyDaysFigure, honestyDaysSentence } from './honesty-days';

describe('the honesty count in words', () => {
  it('says the count starts today instead of "0 days"', () => {
    expect(honestyDaysFigure(0)).toBe('Starts today');
    expect(honestyDaysSentence(0)).toBe('The count of days since anything new came to light starts today.');
  });

  it('counts one day and many days', () => {
    expect(honestyDaysFigure(1)).toBe('1 day');
    expect(honestyDaysSentence(1)).toBe('1 day since anything new came to light.');
    expect(honestyDaysSentence(40)).toBe('40 days since anything new came to light.');
  });
});
