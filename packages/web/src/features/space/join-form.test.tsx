import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock';
import { renderPage } from '../../test/render';
import { JoinForm } from './join-form';

it('names who invited, never their role, and joins with the role the person picks', async () => {
  const sent: unknown[] = [];
  mockApi({
    'GET /api/invites/ABCDEFGHJK': () => ({
      status: 200,
      body: { invite: { inviterName: 'Hana', expiresAt: '2026-12-14T10:00:00Z' } },
    }),
    'POST /api/invites/ABCDEFGHJK/accept': (body) => {
      sent.push(body);
      return { status: 200, body: { space: { id: 's1', role: 'repairing' } } };
    },
  });
  renderPage(<JoinForm code="ABCDEFGHJK" />, {
    path: '/join/ABCDEFGHJK',
    routes: [{ path: '/today', element: <p>Today</p> }],
  });
  expect(await screen.findByText(/Hana invited you to a shared space in Mend/)).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/Hana (was hurt|broke trust)|is here to (heal|repair)/);
  await userEvent.click(screen.getByRole('radio', { name: /I broke trust/ }));
  await userEvent.click(screen.getByRole('button', { name: 'Join the space' }));
  expect(await screen.findByText('Today')).toBeTruthy();
  expect(sent).toEqual([{ role: 'repairing' }]);
});
