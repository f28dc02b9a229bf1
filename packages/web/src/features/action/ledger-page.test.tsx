import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { Ledger } from './api';
import LedgerPage from './ledger-page';
import { meAs, week } from './test-data';

function ledger(): Ledger {
  const weeks = Array.from({ length: 52 }, (_, i) => {
    const d = new Date(Date.UTC(2024, 0, 22 + i * 7));
    return week(d.toISOString().slice(0, 10));
  });
  weeks[51] = {
    ...weeks[51],
    kept: 2,
    renegotiated: 1,
    late: 0,
    missed: 1,
    disputed: 1,
  } as (typeof weeks)[number];
  weeks[49] = { ...weeks[49], kept: 3 } as (typeof weeks)[number];
  weeks[30] = { ...weeks[30], kept: 4, late: 1 } as (typeof weeks)[number];
  return { weeks, keptOrRenegotiatedRate: 10 / 12, rates: { last4: 6 / 7, last12: 6 / 7, last52: 10 / 12 } };
}

function setup(answer: () => { status: number; body?: unknown }) {
  mockApi({ 'GET /api/ledger?weeks=52': answer });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, meAs('hurt'));
  renderPage(<LedgerPage />, { path: '/promises/ledger', queryClient });
}

describe('The ledger', () => {
  it('says the rate in words over 4, 12 and 52 weeks, and notes disputes calmly', async () => {
    setup(() => ({ status: 200, body: ledger() }));
    const rates = await screen.findByRole('list', { name: 'Kept or changed with notice' });
    // 4 and 12 weeks hold the same numbers: one line says so, instead of the same line twice.
    expect(
      within(rates).getByText(
        '6 of 7 kept or changed with notice in the last 4 weeks; nothing else fell due in the last 12 weeks.',
      ),
    ).toBeTruthy();
    expect(within(rates).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(rates).getByText('10 of 12 kept or changed with notice in the last 52 weeks.'),
    ).toBeTruthy();
    expect(screen.getByText(/1 outcome in this year was disputed/)).toBeTruthy();
    expect(screen.queryByText(/%/)).toBeNull();
  });

  it('says it once when the numbers are the same over every span', async () => {
    const only = ledger();
    only.weeks = only.weeks.map((w, i) => (i < 49 ? { ...w, kept: 0, late: 0 } : w));
    setup(() => ({ status: 200, body: only }));
    const rates = await screen.findByRole('list', { name: 'Kept or changed with notice' });
    expect(
      within(rates)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '6 of 7 kept or changed with notice in the last 4 weeks; nothing else fell due in the last 52 weeks.',
    ]);
  });

  it('tells the hurt partner how an early promise counts, without speaking as the one who kept it', async () => {
    setup(() => ({ status: 200, body: ledger() }));
    expect(await screen.findByText(/A promise kept early counts in the week it was kept\./)).toBeTruthy();
  });

  it('describes the chart and gives its numbers in a table for screen readers', async () => {
    setup(() => ({ status: 200, body: ledger() }));
    const chart = await screen.findByRole('img', { name: /Promises and plans, the last 12 weeks/ });
    expect(chart.textContent).toMatch(/6 of 7 promises and plans kept or changed with notice over 12 weeks/);
    const table = screen.getByRole('table', { name: /week by week/ });
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    await userEvent.click(screen.getByLabelText('A year'));
    expect(within(screen.getByRole('table', { name: /week by week/ })).getAllByRole('row')).toHaveLength(53);
  });

  it('shows the error when the ledger cannot be read', async () => {
    setup(() => ({ status: 500 }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/went wrong/);
  });
});
