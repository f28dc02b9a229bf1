import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock';
import { renderPage } from '../../test/render';
import type { Debrief } from './debrief-api';
import { DebriefToday } from './debrief-today';

const debrief = (overrides: Partial<Debrief> = {}): Debrief => ({
  id: 'd1',
  day: '2025-01-20',
  status: 'asked',
  promptedAt: new Date(Date.now() - 60_000).toISOString(),
  askedAt: new Date().toISOString(),
  answer: null,
  iAsk: false,
  askerName: 'Ravi',
  ...overrides,
});

function setup(d: Debrief) {
  const sent: [string, unknown][] = [];
  mockApi({
    'GET /api/debriefs': () => ({ status: 200, body: { debriefs: [d] } }),
    'POST /api/debriefs/d1/ask': (body) => {
      sent.push(['ask', body]);
      return { status: 200, body: { debrief: { ...d, status: 'asked' } } };
    },
    'POST /api/debriefs/d1/reply': (body) => {
      sent.push(['reply', body]);
      return { status: 200, body: { debrief: { ...d, status: 'not_tonight' } } };
    },
  });
  renderPage(<DebriefToday partnerName="Hana" />, { path: '/today' });
  return sent;
}

describe('Evening debrief on Today', () => {
  it('prompts the partner who asks, and sends the question', async () => {
    const sent = setup(debrief({ status: 'due', iAsk: true, askedAt: null }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ask Hana' }));
    await waitFor(() => expect(sent).toEqual([['ask', {}]]));
  });

  it('lets the partner asked say "not tonight", with no answer needed', async () => {
    const sent = setup(debrief());
    expect(await screen.findByText(/Only Ravi will see it/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send my answer' }).hasAttribute('disabled')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Not tonight' }));
    await waitFor(() => expect(sent).toEqual([['reply', { kind: 'not_tonight' }]]));
  });

  it('offers the I-statement coach inline on the answer, without blocking it', async () => {
    setup(debrief());
    await userEvent.type(await screen.findByLabelText('Your answer'), 'You never listen, you always lie.');
    expect(await screen.findByText(/The coach only advises/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send my answer' }).hasAttribute('disabled')).toBe(false);
  });

  it('shows nothing for an evening that has passed', async () => {
    setup(debrief({ promptedAt: new Date(Date.now() - 30 * 3_600_000).toISOString() }));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('Evening debrief')).toBeNull();
  });
});
