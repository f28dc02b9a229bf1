import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Mood } from './api';
import { MoodChart } from './mood-chart';

const DAY = 86_400_000;
const mood = (daysAgo: number, score: number) =>
  ({ at: new Date(Date.now() - daysAgo * DAY).toISOString(), score }) as unknown as Mood;

const description = (moods: Mood[]) =>
  render(<MoodChart moods={moods} title="My moods" />).container.querySelector('desc')?.textContent;

describe('the mood chart’s words', () => {
  it('says a trend needs a few more days, rather than "from 5 to 5" on one day', () => {
    expect(description([mood(0, 5)])).toBe('1 mood logged. A trend shows after a few more days.');
  });

  it('names where the 7-day average went once the days are spread out', () => {
    expect(description([mood(10, 3), mood(5, 5), mood(0, 7)])).toMatch(
      /^3 moods logged\. The 7-day average went from 3 on .+ to \d(\.\d)? on .+\.$/,
    );
  });
});
