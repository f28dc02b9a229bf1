import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '../../lib/me';
import { buildMe, buildSpace, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import ReflectPage from './reflect-page';

function setup(role: 'hurt' | 'repairing') {
  const sent: unknown[] = [];
  mockApi({
    'GET /api/reflections': () => ({ status: 200, body: { reflections: [] } }),
    'POST /api/reflections': (body) => {
      sent.push(body);
      return {
        status: 201,
        body: { reflection: { id: 'r1', promptId: 'showing_it', text: 'x', at: '2025-01-20T10:00:00Z' } },
      };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, buildMe({ space: buildSpace(role) }));
  renderPage(<ReflectPage />, { path: '/talk/reflect', queryClient });
  return sent;
}

describe('Remorse and regret', () => {
  it('keeps a private answer to a prompt, and says no one else sees it', async () => {
    const sent = setup('repairing');
    expect(await screen.findByText('Only you. Never your partner, never a therapist.')).toBeTruthy();
    await userEvent.type(
      screen.getByLabelText(/What is one thing you could do this week/),
      'Cook on Friday.',
    );
    const buttons = screen.getAllByRole('button', { name: 'Keep it, just for me' });
    await userEvent.click(buttons.find((b) => !b.hasAttribute('disabled')) as HTMLElement);
    await waitFor(() => expect(sent).toEqual([{ promptId: 'showing_it', text: 'Cook on Friday.' }]));
  });

  it('is not offered to the hurt partner', async () => {
    setup('hurt');
    expect(await screen.findByText(/for the partner who broke trust/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Keep it, just for me' })).toBeNull();
  });
});
