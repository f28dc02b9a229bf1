import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { DisclosureList } from './api';
import { composeDisclosure } from './disclosure-form';
import DisclosurePage from './disclosure-page';
import { honesty, meAs } from './test-data';

function setup(me: Me, list: DisclosureList, figures = honesty()) {
  const sent: unknown[] = [];
  mockApi({
    'GET /api/disclosures': () => ({ status: 200, body: list }),
    'GET /api/honesty': () => ({ status: 200, body: figures }),
    'POST /api/disclosures': (body) => {
      sent.push(body);
      return { status: 201, body: { disclosure: { id: 'd9', late: false } } };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<DisclosurePage />, { path: '/groundwork/disclosure', queryClient });
  return { sent };
}

const part = {
  id: 'd1',
  text: 'What happened\nIt began in March.',
  topics: ['what' as const],
  late: false,
  at: '2025-01-12T10:00:00Z',
  mine: false,
  authorName: 'Ravi',
};

describe('the disclosure', () => {
  it('guides the repairing partner through each topic and sends only what was written', async () => {
    const { sent } = setup(meAs('repairing'), { disclosures: [], completedAt: null });
    await userEvent.type(await screen.findByLabelText(/^What happened/), 'It began in March.');
    await userEvent.type(screen.getByLabelText(/^With whom/), 'A colleague.');
    await userEvent.click(screen.getByRole('button', { name: 'Share this part' }));
    expect(await screen.findByText('Shared with your partner.')).toBeTruthy();
    expect(sent).toEqual([
      { text: 'What happened\nIt began in March.\n\nWith whom\nA colleague.', topics: ['what', 'who'] },
    ]);
    expect(screen.getByText(/You and your partner. Each part is shared/)).toBeTruthy();
  });

  it('says plainly, without blame, that something new after completion starts the count again', async () => {
    setup(
      meAs('repairing'),
      { disclosures: [{ ...part, mine: true }], completedAt: '2025-01-13T10:00:00Z' },
      honesty({ daysSinceLastRevelation: 8, disclosureCompletedAt: '2025-01-13T10:00:00Z' }),
    );
    expect(await screen.findByText(/the count of days starts again/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Share this' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Mark the disclosure complete/ })).toBeNull();
  });

  it('shows the hurt partner the counter and every part, marking the late ones, with no form', async () => {
    setup(
      meAs('hurt'),
      {
        disclosures: [part, { ...part, id: 'd2', text: 'There was also a trip.', topics: [], late: true }],
        completedAt: '2025-01-13T10:00:00Z',
      },
      honesty({ daysSinceLastRevelation: 3, lateDisclosureCount: 1 }),
    );
    expect(await screen.findByText('3 days')).toBeTruthy();
    expect(screen.getByText(/each one started the count again/)).toBeTruthy();
    expect(screen.getByText('Shared after it was marked complete')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Share/ })).toBeNull();
  });

  it('composes nothing from blank prompts', () => {
    expect(composeDisclosure({ what: '  ', who: '' })).toEqual({ text: '', topics: [] });
  });
});
