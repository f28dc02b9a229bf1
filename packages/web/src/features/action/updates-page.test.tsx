import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { AnxietyWindow, ReassuranceMessage } from './api';
import { buildWindow, meAs } from './test-data';
import UpdatesPage from './updates-page';

const MESSAGE: ReassuranceMessage = {
  id: 'r1',
  kind: 'update',
  text: 'On my way now.',
  proactive: true,
  at: '2025-01-20T18:00:00.000Z',
  mine: false,
  authorName: 'Ravi',
};

type Answer = { status: number; body?: unknown };

function setup(me: Me, windows: AnxietyWindow[] = [], windowPost?: () => Answer) {
  const sent: { path: string; body: unknown }[] = [];
  const post = (path: string, answer: Answer) => (body: unknown) => {
    sent.push({ path, body });
    return answer;
  };
  mockApi({
    'GET /api/updates': () => ({ status: 200, body: { messages: [MESSAGE] } }),
    'GET /api/anxiety-windows': () => ({ status: 200, body: { windows } }),
    'POST /api/updates': post('updates', { status: 201, body: { message: MESSAGE } }),
    'POST /api/reassurance/asks': post('asks', { status: 201, body: { message: MESSAGE } }),
    'POST /api/anxiety-windows': (body) => {
      sent.push({ path: 'windows', body });
      return windowPost ? windowPost() : { status: 201, body: { window: buildWindow() } };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<UpdatesPage />, { path: '/promises/updates', queryClient });
  return sent;
}

describe('Updates and reassurance', () => {
  it('lets the repairing partner start from a template and send it', async () => {
    const sent = setup(meAs('repairing'));
    await userEvent.click(await screen.findByRole('button', { name: /Still at work/ }));
    const text = screen.getByLabelText('Your update for Hana') as HTMLTextAreaElement;
    const chosen = text.value;
    expect(chosen).toMatch(/Still at work/);
    await userEvent.click(screen.getByRole('button', { name: 'Send the update' }));
    await waitFor(() => expect(sent).toEqual([{ path: 'updates', body: { text: chosen } }]));
    expect(screen.queryByRole('button', { name: 'I could use some reassurance' })).toBeNull();
  });

  it('lets the hurt partner ask for reassurance, and shows updates offered before being asked', async () => {
    const sent = setup(meAs('hurt'));
    expect(await screen.findByText(/offered before being asked/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'I could use some reassurance' }));
    await waitFor(() => expect(sent).toEqual([{ path: 'asks', body: {} }]));
    expect(await screen.findByText('Sent. Ravi has been told.')).toBeTruthy();
  });

  it('lets the hurt partner mark a weekly hard time with what helps', async () => {
    const sent = setup(meAs('hurt'));
    fireEvent.change(await screen.findByLabelText('Day'), { target: { value: '3' } });
    await userEvent.type(screen.getByLabelText(/What helps then/), 'A call at nine.');
    await userEvent.click(screen.getByRole('button', { name: 'Add this time' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toMatchObject({
      kind: 'weekly',
      weekday: 3,
      start: '19:00',
      end: '23:00',
      helps: 'A call at nine.',
    });
  });

  it('shows the server’s message by the field it names', async () => {
    setup(meAs('hurt'), [], () => ({
      status: 400,
      body: {
        error: { code: 'validation_failed', message: 'The end must differ from the start.', field: 'end' },
      },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Add this time' }));
    await waitFor(() => expect(screen.getByLabelText('Until').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('The end must differ from the start.')).toBeTruthy();
  });

  it('shows the repairing partner the anxious times and what helps, without the form', async () => {
    setup(meAs('repairing'), [buildWindow()]);
    expect(await screen.findByText('Friday drinks')).toBeTruthy();
    expect(screen.getByText('What helps: A text when you arrive.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add this time' })).toBeNull();
  });
});
