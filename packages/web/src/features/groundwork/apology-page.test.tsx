import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { Letter } from './api';
import ApologyPage from './apology-page';
import { meAs } from './test-data';

const apology: Letter = {
  id: 'a1',
  kind: 'apology',
  text: 'I lied to you for months. That was my choice.',
  status: 'sent',
  findings: [],
  parts: null,
  amendsId: null,
  createdAt: '2025-01-12T10:00:00Z',
  sentAt: '2025-01-12T10:00:00Z',
  responses: [],
  mine: false,
  authorName: 'Ravi',
};

function setup(me: Me, apologies: Letter[]) {
  const sent: unknown[] = [];
  mockApi({
    'GET /api/apologies': () => ({ status: 200, body: { apologies } }),
    'POST /api/apologies/a1/responses': (body) => {
      sent.push(body);
      return { status: 201, body: { response: { id: 'r1' } } };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<ApologyPage />, { path: '/groundwork/apology', queryClient });
  return { sent };
}

describe('the apology page', () => {
  it('chooses nothing for the hurt partner: sending without a choice asks her to pick, and sends nothing', async () => {
    const { sent } = setup(meAs('hurt'), [apology]);
    expect(await screen.findByRole('heading', { name: 'From Ravi' })).toBeTruthy();
    for (const radio of screen.getAllByRole('radio')) expect((radio as HTMLInputElement).checked).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(screen.getByText(/Choose one of the two first/)).toBeTruthy();
    expect(sent).toEqual([]);
    await userEvent.click(screen.getByRole('radio', { name: /I received it/ }));
    expect(screen.queryByText(/Choose one of the two first/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    await waitFor(() => expect(sent).toEqual([{ kind: 'received' }]));
  });

  it('tells only the author how amendments work', async () => {
    setup(meAs('hurt'), [apology]);
    await screen.findByRole('heading', { name: 'From Ravi' });
    expect(screen.queryByText(/write an amendment/)).toBeNull();
  });

  it('keeps "Sent" and the amendment note for the partner who wrote it', async () => {
    setup(meAs('repairing'), [{ ...apology, mine: true }]);
    expect(await screen.findByRole('heading', { name: 'Sent' })).toBeTruthy();
    expect(screen.getByText(/To add to it, write an amendment/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send my answer' })).toBeNull();
  });
});
