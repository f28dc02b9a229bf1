import { ATONE_STEPS } from '@mend/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '../../lib/me';
import { buildMe, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import { honesty, item, meAs } from './test-data';
import { GroundworkTodayCard } from './today-card';

function setup(
  me = meAs('hurt'),
  days: number | null = 5,
  next: string | null = '2025-01-25T17:00:00Z',
  reviewDue = false,
) {
  mockApi({
    'GET /api/transparency': () => ({
      status: 200,
      body: { available: true, items: [item({ status: 'active', reviewDue })], ally: null },
    }),
    'GET /api/honesty': () => ({ status: 200, body: honesty({ daysSinceLastRevelation: days }) }),
    'GET /api/timeline': () => ({
      status: 200,
      body: {
        dayNumber: null,
        phase: 'attune',
        next: 'attach',
        missing: [],
        range: { feelsPossibleMonths: [12, 18], feelsNormalMonths: 24 },
        events: [],
      },
    }),
    'GET /api/counselling': () => ({
      status: 200,
      body: {
        counsellor: null,
        sessions: [],
        next: next ? { id: 'c1', at: next, note: null, mine: true, authorName: 'Hana' } : null,
      },
    }),
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<GroundworkTodayCard />, { path: '/today', queryClient });
}

describe('the groundwork card on Today', () => {
  it('shows the days since anything new came to light, the next session and a way in', async () => {
    setup();
    expect(await screen.findByText('5 days')).toBeTruthy();
    expect(await screen.findByText(/Next counselling session/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the groundwork' }).getAttribute('href')).toBe(
      '/groundwork',
    );
  });

  it('says "Less than a day" before the first whole day, not "0 days"', async () => {
    setup(meAs('hurt'), 0);
    expect(await screen.findByText('Less than a day')).toBeTruthy();
    expect(screen.queryByText(/0 days/)).toBeNull();
  });

  it('reminds both partners when a transparency item nears its review', async () => {
    setup(meAs('hurt'), 5, null, true);
    expect(await screen.findByRole('link', { name: /close to its review date/ })).toBeTruthy();
  });

  it('leaves the count out until the disclosure is complete', async () => {
    setup(meAs('repairing'), null, null);
    expect(await screen.findByText('No counselling session planned.')).toBeTruthy();
    expect(screen.queryByText(/days$/)).toBeNull();
  });

  it('points the partner who broke trust at the first step not yet done', async () => {
    mockApi({
      'GET /api/transparency': () => ({ status: 200, body: { available: true, items: [], ally: null } }),
      'GET /api/honesty': () => ({ status: 200, body: honesty({ daysSinceLastRevelation: null }) }),
      'GET /api/counselling': () => ({ status: 200, body: { counsellor: null, sessions: [], next: null } }),
      'GET /api/timeline': () => ({
        status: 200,
        body: {
          dayNumber: null,
          phase: 'atone',
          next: 'attune',
          missing: [ATONE_STEPS.apology, ATONE_STEPS.noContact],
          range: { feelsPossibleMonths: [12, 18], feelsNormalMonths: 24 },
          events: [],
        },
      }),
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, meAs('repairing'));
    renderPage(<GroundworkTodayCard />, { path: '/today', queryClient });
    const link = await screen.findByRole('link', { name: 'your apology' });
    expect(link.getAttribute('href')).toBe('/groundwork/apology');
    expect(screen.getByText(/A next step, when you are ready/)).toBeTruthy();
  });

  it('shows nothing without a space', () => {
    mockApi({});
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, buildMe());
    renderPage(<GroundworkTodayCard />, { path: '/today', queryClient });
    expect(screen.queryByRole('region', { name: 'Groundwork' })).toBeNull();
  });
});
