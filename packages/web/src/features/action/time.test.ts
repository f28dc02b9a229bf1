import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/format';
import { formatDue, formatTime } from './time';

describe('formatDue', () => {
  const now = new Date(2026, 11, 7, 9, 0);

  it('gives only the time for later the same day on this device', () => {
    const at = new Date(2026, 11, 7, 13, 0);
    expect(formatDue(at.toISOString(), now)).toBe(formatTime(at));
  });

  it('gives the date and the time for any other day', () => {
    const at = new Date(2026, 11, 8, 13, 0).toISOString();
    expect(formatDue(at, now)).toBe(formatDateTime(at));
    expect(formatDue(at, now)).not.toBe(formatTime(at));
  });

  it('leaves something that is not a time as it came', () => {
    expect(formatDue('soon', now)).toBe('soon');
  });
});
