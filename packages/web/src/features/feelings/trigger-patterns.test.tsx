import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TriggerPatternsReply } from './api';
import { TriggerPatterns } from './trigger-patterns';

const bucket = (count: number) => ({ count, meanIntensity: count ? 5 : null });

/** Triggers logged at these weekdays (0 = Sunday) and hours. */
function patterns(at: readonly [number, number][]): TriggerPatternsReply {
  const byWeekday = Array.from({ length: 7 }, (_, d) => bucket(at.filter(([w]) => w === d).length));
  const byHour = Array.from({ length: 24 }, (_, h) => bucket(at.filter(([, hour]) => hour === h).length));
  const busiest = (counts: number[]) => (at.length ? counts.indexOf(Math.max(...counts)) : null);
  return {
    total: at.length,
    byWeekday,
    byHour,
    byKind: {
      song: bucket(0),
      scene: bucket(0),
      place: bucket(0),
      notification: bucket(0),
      date: bucket(0),
      other: bucket(at.length),
    },
    busiestWeekday: busiest(byWeekday.map((b) => b.count)),
    busiestHour: busiest(byHour.map((b) => b.count)),
  };
}

describe('trigger patterns', () => {
  it('waits for a first trigger before drawing anything', () => {
    render(<TriggerPatterns patterns={patterns([])} />);
    expect(screen.getByText('Patterns appear here once a few triggers are logged.')).toBeTruthy();
    expect(screen.queryByText('By weekday')).toBeNull();
  });

  it('draws one or two triggers without calling them a pattern', () => {
    render(<TriggerPatterns patterns={patterns([[1, 8]])} />);
    expect(
      screen.getByText(/1 logged so far\. The bars show when they came; a pattern needs a few more\./),
    ).toBeTruthy();
    expect(screen.queryByText(/come up most/)).toBeNull();
    expect(screen.getByLabelText('Mon: 1')).toBeTruthy();
    expect(screen.getByLabelText('Morning: 1')).toBeTruthy();
  });

  it('names the busiest weekday and hour once there are a few', () => {
    render(
      <TriggerPatterns
        patterns={patterns([
          [5, 21],
          [5, 21],
          [2, 9],
        ])}
      />,
    );
    expect(
      screen.getByText(/3 logged so far\. Fridays come up most\. The most common hour is 21:00\./),
    ).toBeTruthy();
    expect(screen.getByLabelText('Fri: 2')).toBeTruthy();
    expect(screen.getByLabelText('Evening: 2')).toBeTruthy();
  });
});
