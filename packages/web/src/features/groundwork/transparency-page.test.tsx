import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { TransparencyItem } from './api';
import { item, meAs } from './test-data';
import TransparencyPage from './transparency-page';

function setup(me: Me, overview: { available: boolean; items: TransparencyItem[] }) {
  const calls: string[] = [];
  mockApi({
    'GET /api/transparency': () => ({ status: 200, body: { ...overview, ally: null } }),
    'POST /api/transparency/items/t1/accept': () => {
      calls.push('accept');
      return { status: 200, body: { item: item({ status: 'active' }) } };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<TransparencyPage />, { path: '/groundwork/transparency', queryClient });
  return { calls };
}

describe('transparency', () => {
  it('says only "not turned on in this space" to a partner whose own answer was yes', async () => {
    setup(meAs('repairing'), { available: false, items: [] });
    expect(await screen.findByText('Transparency is not turned on in this space.')).toBeTruthy();
    expect(screen.queryByText(/safety|safe|answer/i)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Offer this' })).toBeNull();
  });

  it('tells a person when their own private answer keeps it off', async () => {
    const base = meAs('hurt');
    setup({ ...base, safety: { ...base.safety, feelsSafe: 'unsure' } }, { available: false, items: [] });
    expect(await screen.findByText(/Your private answer to the safety question keeps it off/)).toBeTruthy();
  });

  it('lets the hurt partner accept an offer, and never offer one', async () => {
    const { calls } = setup(meAs('hurt'), { available: true, items: [item()] });
    expect(await screen.findByText('Offered to you')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Offer this' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(calls).toEqual(['accept']));
  });

  it('shows a pause honestly, with who paused it', async () => {
    setup(meAs('hurt'), { available: true, items: [item({ status: 'paused', statusBy: 'Ravi' })] });
    expect(await screen.findByText('Paused by Ravi')).toBeTruthy();
  });

  it('gives the offerer pause and end, and a reminder near the review', async () => {
    setup(meAs('repairing'), {
      available: true,
      items: [item({ status: 'active', mine: true, authorName: 'Ravi', reviewDue: true })],
    });
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End it' })).toBeTruthy();
    expect(screen.getByText(/The review date is close/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Offer this' })).toBeTruthy();
  });
});
