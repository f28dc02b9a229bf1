import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { meQueryKey } from '../../lib/me';
import { descriptionOf } from '../../test/a11y';
import { buildMe, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import SettingsPage from './settings-page';

const partner = { displayName: 'Alex', role: 'repairing' as const, joinedAt: '2025-01-16T10:00:00Z' };
const me = buildMe({
  space: {
    id: 's1',
    role: 'hurt',
    discoveredOn: null,
    dayNumber: null,
    createdAt: '2025-01-15T10:00:00Z',
    partner,
    invite: null,
  },
});

function setup(
  extra: Parameters<typeof mockApi>[0] = {},
  page: { notifications?: (partnerName: string) => ReactNode; me?: typeof me } = {},
) {
  const calls: string[] = [];
  const record = (key: string, answer: { status: number; body?: unknown }) => () => {
    calls.push(key);
    return answer;
  };
  mockApi({
    'GET /api/access-log': () => ({
      status: 200,
      body: {
        entries: [
          {
            id: 'a1',
            viewer: { displayName: 'Alex', role: 'repairing' },
            recordType: 'status',
            recordId: 'st1',
            at: '2025-01-20T09:00:00Z',
          },
        ],
      },
    }),
    'GET /api/me': () => ({ status: 200, body: page.me ?? me }),
    'GET /api/status': () => ({ status: 200, body: { mine: null, partner: null } }),
    'POST /api/spaces/current/leave': record('leave', { status: 204 }),
    'POST /api/safety/reset': record('reset', {
      status: 200,
      body: { endedShares: 3, signedOutSessions: 1 },
    }),
    ...extra,
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, page.me ?? me);
  renderPage(<SettingsPage notifications={page.notifications} />, { path: '/settings', queryClient });
  return { calls };
}

describe('Settings', () => {
  it('shows the account and who opened what was shared', async () => {
    setup();
    expect(screen.getByText('sam@example.com')).toBeTruthy();
    expect(await screen.findByText('Alex opened your status')).toBeTruthy();
  });

  it('shows the notification choice for this device when there is a partner to hear from', async () => {
    setup({}, { notifications: (name) => <p>Notices when {name} sends an alert</p> });
    expect(screen.getByText('Notices when Alex sends an alert')).toBeTruthy();
  });

  it('shows no notification choice without a partner', async () => {
    const solo = buildMe({ space: { ...me.space, partner: null } as typeof me.space });
    setup({}, { notifications: (name) => <p>Notices when {name} sends an alert</p>, me: solo });
    expect(screen.getByText('sam@example.com')).toBeTruthy();
    expect(screen.queryByText(/Notices when/)).toBeNull();
  });

  it('leaves the space only after the person confirms', async () => {
    const { calls } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Leave this space…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave this space?' });
    expect(within(dialog).getByText(/everything you shared is taken back/i)).toBeTruthy();
    expect(calls).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Leave this space…' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave now' }),
    );
    await vi.waitFor(() => expect(calls).toEqual(['leave']));
  });

  it('does a safety reset only after confirmation, and says what it did', async () => {
    const { calls } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Safety reset…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Do a safety reset?' });
    expect(within(dialog).getByText(/mend tells no one/i)).toBeTruthy();
    expect(calls).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset now' }));
    expect(await screen.findByText('Done. Ended 3 shares and signed out 1 other device.')).toBeTruthy();
    expect(calls).toEqual(['reset']);
  });

  it('deletes the account only with the password, and shows a wrong password at the field', async () => {
    const sent: unknown[] = [];
    setup({
      'DELETE /api/me': (body) => {
        sent.push(body);
        return {
          status: 401,
          body: {
            error: { code: 'invalid_credentials', message: 'That password is not right.', field: 'password' },
          },
        };
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete your account?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete forever' }));
    const password = within(dialog).getByLabelText('Your password');
    expect(descriptionOf(password)).toContain('Please enter your password.');
    expect(sent).toEqual([]);

    await userEvent.type(password, 'not my password');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete forever' }));
    await vi.waitFor(() => expect(descriptionOf(password)).toContain('That password is not right.'));
    expect(sent).toEqual([{ password: 'not my password' }]);
  });
});
