import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Space } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { buildMe, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { Repair, RepairSide } from './repair-api';
import RepairPage from './repair-page';

const space: Space = {
  id: 's1',
  role: 'hurt',
  discoveredOn: '2025-01-10',
  dayNumber: 12,
  createdAt: '2025-01-10T10:00:00Z',
  partner: { displayName: 'Ravi', role: 'repairing', joinedAt: '2025-01-11T10:00:00Z' },
  invite: null,
};

const side = (overrides: Partial<RepairSide> = {}): RepairSide => ({
  feelings: ['ashamed'],
  reality: 'The meeting ran over.',
  trigger: 'Being shouted at.',
  owns: 'I did not text.',
  nextTime: 'I text first.',
  summaryOfOther: null,
  writtenAt: '2025-01-20T19:00:00Z',
  mine: false,
  authorName: 'Ravi',
  ...overrides,
});

const repair = (overrides: Partial<Repair> = {}): Repair => ({
  id: 'r1',
  about: 'Tuesday evening',
  startedAt: '2025-01-20T18:00:00Z',
  stage: 'sides',
  mySide: null,
  partnerSide: null,
  mine: true,
  authorName: 'Hana',
  ...overrides,
});

function setup(current: Repair) {
  const sent: [string, unknown][] = [];
  mockApi({
    'GET /api/repairs/r1': () => ({ status: 200, body: { repair: current } }),
    'PUT /api/repairs/r1/side': (body) => {
      sent.push(['side', body]);
      return { status: 200, body: { repair: current } };
    },
    'POST /api/repairs/r1/summary': (body) => {
      sent.push(['summary', body]);
      return { status: 200, body: { repair: current } };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, buildMe({ space }));
  renderPage(<RepairPage />, { path: '/talk/repair/:id', url: '/talk/repair/r1', queryClient });
  return sent;
}

describe('Repair after a bad moment', () => {
  it('walks through the five steps of one’s own side and shares it', async () => {
    const sent = setup(repair());
    expect(await screen.findByText(/has not written their side yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
    await userEvent.click(screen.getByLabelText('scared'));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.type(screen.getByLabelText(/What happened, as you lived it/), 'You did not text.');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.type(screen.getByLabelText(/What set it off/), 'The silence.');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.type(screen.getByLabelText(/What you own/), 'I shouted.');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.type(screen.getByLabelText(/One thing you will do/), 'Say I am scared.');
    await userEvent.click(screen.getByRole('button', { name: 'Share my side' }));
    await waitFor(() =>
      expect(sent).toEqual([
        [
          'side',
          {
            feelings: ['scared'],
            reality: 'You did not text.',
            trigger: 'The silence.',
            owns: 'I shouted.',
            nextTime: 'Say I am scared.',
          },
        ],
      ]),
    );
  });

  it('shows the partner’s side and asks for a summary of it once both are written', async () => {
    const sent = setup(repair({ stage: 'summaries', mySide: side({ mine: true }), partnerSide: side() }));
    expect(await screen.findByRole('heading', { name: 'Ravi’s side' })).toBeTruthy();
    expect(screen.getAllByText('The meeting ran over.').length).toBe(2);
    // Each side is headed in the words of whoever wrote it: "What you felt" over mine, Ravi's name over his.
    const theirs = screen.getByRole('region', { name: 'Ravi’s side' });
    for (const heading of ['What Ravi felt', 'What Ravi owns in it', 'What Ravi will do next time'])
      expect(within(theirs).getByText(heading).tagName).toBe('DT');
    expect(within(theirs).queryByText(/What did you feel|What you own/)).toBeNull();
    const mine = screen.getByRole('region', { name: 'Your side' });
    expect(within(mine).getByText('What you felt')).toBeTruthy();
    expect(within(mine).getByText('What you will do next time')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/what Ravi lived/), 'You were stuck and it scared me.');
    await userEvent.click(screen.getByRole('button', { name: 'Share my summary' }));
    await waitFor(() => expect(sent).toEqual([['summary', { text: 'You were stuck and it scared me.' }]]));
  });
});
