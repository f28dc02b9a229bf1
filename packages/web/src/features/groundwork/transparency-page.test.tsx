import type { TransparencyOverview } from '@mend/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { formatDay } from '../../lib/format';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { TransparencyItem } from './api';
import { item, meAs } from './test-data';
import TransparencyPage from './transparency-page';

type Overview = { available: boolean; items: TransparencyItem[]; ally?: TransparencyOverview['ally'] };

function setup(me: Me, overview: Overview) {
  const calls: string[] = [];
  mockApi({
    'GET /api/transparency': () => ({ status: 200, body: { ally: null, ...overview } }),
    'POST /api/transparency/items/t1/accept': () => {
      calls.push('accept');
      return { status: 200, body: { item: item({ status: 'active' }) } };
    },
    'POST /api/transparency/items/t1/end': () => {
      calls.push('end');
      return { status: 200, body: { item: item({ status: 'ended', endedReason: 'withdrawn' }) } };
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

  it('shows a pause honestly, with who paused it and when', async () => {
    const at = '2025-02-03T15:00:00Z';
    setup(meAs('hurt'), {
      available: true,
      items: [item({ status: 'paused', statusBy: 'Ravi', statusChangedAt: at })],
    });
    expect(await screen.findByText(`Paused by Ravi on ${formatDay(at)}`)).toBeTruthy();
    expect(formatDay(at)).toMatch(/2025/);
  });

  it('says an item ended on its end date without a day of change', async () => {
    setup(meAs('hurt'), {
      available: true,
      items: [item({ status: 'ended', endedReason: 'expired', statusChangedAt: null })],
    });
    expect(await screen.findByText('Ended on its end date')).toBeTruthy();
  });

  it('gives the offerer pause and end, and a reminder near the review', async () => {
    setup(meAs('repairing'), {
      available: true,
      items: [item({ status: 'active', mine: true, authorName: 'Ravi', reviewDue: true })],
    });
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stop sharing this for good' })).toBeTruthy();
    expect(screen.getByText(/The review date is close/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Offer this' })).toBeTruthy();
  });

  it('asks before the offerer stops sharing an item for good, and sends nothing on "Keep it"', async () => {
    const { calls } = setup(meAs('repairing'), {
      available: true,
      items: [item({ status: 'active', mine: true, authorName: 'Ravi' })],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Stop sharing this for good' }));
    const dialog = screen.getByRole('dialog', { name: 'Stop sharing this for good?' });
    expect(dialog.textContent).toContain('Hana will see that you ended it.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(calls).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Stop sharing this for good' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Stop sharing this for good' }),
    );
    await waitFor(() => expect(calls).toEqual(['end']));
  });

  it('tells the hurt partner in her own words who may name an ally', async () => {
    setup(meAs('hurt'), { available: true, items: [] });
    expect(await screen.findByText(/Ravi can name a sponsor, a trusted friend or a counsellor/)).toBeTruthy();
    expect(screen.queryByText(/hold you accountable/)).toBeNull();
    // What she is told about the ally matches what he is told: Mend sends the ally nothing.
    expect(screen.getByText(/Mend sends the ally nothing/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the ally' })).toBeNull();
  });

  it('tells the repairing partner what the ally receives and what Hana sees', async () => {
    setup(meAs('repairing'), {
      available: true,
      items: [],
      ally: { name: 'Sam', contact: 'sam@example.com', mine: true, authorName: 'Ravi' },
    });
    expect(await screen.findByText(/Hana sees your ally’s name and how to reach them/)).toBeTruthy();
    expect(screen.getByText(/Mend does not send your ally anything/)).toBeTruthy();
  });
});
