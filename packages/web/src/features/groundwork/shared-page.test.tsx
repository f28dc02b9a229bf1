import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock';
import { renderPage } from '../../test/render';
import type { PartnerView } from './api';
import SharedPage from './shared-page';
import { item } from './test-data';

const things: PartnerView['things'] = [
  { type: 'transparency', id: 't1', detail: 'My phone, open whenever you ask', at: '2025-01-20T10:00:00Z' },
  { type: 'disclosure', id: 'd1', detail: 'What happened\nIt began in March.', at: '2025-01-12T10:00:00Z' },
  { type: 'counselling', id: 's1', detail: '2025-01-25T17:00:00.000Z', at: '2025-01-21T10:00:00Z' },
  {
    type: 'disclosure_complete',
    id: 'u1',
    detail: 'The disclosure is marked complete.',
    at: '2025-01-13T10:00:00Z',
  },
];

function setup() {
  mockApi({
    'GET /api/partner-view': () => ({ status: 200, body: { hasPartner: true, things } }),
    'GET /api/transparency': () => ({
      status: 200,
      body: {
        available: true,
        items: [item({ status: 'paused', statusBy: 'Ravi', mine: true, authorName: 'Ravi' })],
        ally: null,
      },
    }),
  });
  renderPage(<SharedPage />, { path: '/groundwork/shared' });
}

describe('what my partner can see', () => {
  it('names a transparency item by what was offered, with where it stands now', async () => {
    setup();
    expect(await screen.findByText(/^Offered: Phone ·/)).toBeTruthy();
    expect(screen.getByText(/^Paused by you on /)).toBeTruthy();
    expect(screen.queryByText(/Transparency item/)).toBeNull();
  });

  it('lists the other groundwork shares too, and a session by its time rather than a raw timestamp', async () => {
    setup();
    expect(await screen.findByText(/^Disclosure ·/)).toBeTruthy();
    expect(screen.getByText(/^Counselling session ·/)).toBeTruthy();
    expect(screen.getByText(/^Disclosure complete ·/)).toBeTruthy();
    expect(screen.queryByText('2025-01-25T17:00:00.000Z')).toBeNull();
  });
});
