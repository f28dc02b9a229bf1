import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Me, Space, StatusOverview } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { buildMe, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import TodayPage from './today-page';

function buildSpace(overrides: Partial<Space> = {}): Space {
  return {
    id: 's1',
    role: 'hurt',
    discoveredOn: '2025-01-10',
    dayNumber: 12,
    createdAt: '2025-01-15T10:00:00Z',
    partner: null,
    invite: null,
    ...overrides,
  };
}

function setup(me: Me, status: StatusOverview = { mine: null, partner: null }, first?: ReactNode) {
  const sent: unknown[] = [];
  mockApi({
    'GET /api/status': () => ({ status: 200, body: status }),
    'PUT /api/status': (body) => {
      sent.push(body);
      return {
        status: 200,
        body: { status: { id: 'st1', at: '2025-01-21T09:00:00Z', ...(body as object) } },
      };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<TodayPage first={first} />, { path: '/today', queryClient });
  return { sent };
}

describe('Today', () => {
  it('counts the days since it came to light', async () => {
    setup(buildMe({ space: buildSpace() }));
    expect(await screen.findByText('Day 12')).toBeTruthy();
  });

  it('offers, gently, to add the date when there is none', async () => {
    setup(buildMe({ space: buildSpace({ discoveredOn: null, dayNumber: null }) }));
    expect(screen.queryByText(/^Day \d+/)).toBeNull();
    expect(await screen.findByRole('region', { name: 'Count the days, if you want to' })).toBeTruthy();
    expect(await screen.findByLabelText('When did it come to light?')).toBeTruthy();
  });

  it('puts the card for a hard moment first, above the day count or the optional date form', async () => {
    const hardMoment = <section aria-label="A hard moment?">I'm triggered</section>;
    const follows = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    setup(buildMe({ space: buildSpace({ discoveredOn: null, dayNumber: null }) }), undefined, hardMoment);
    const form = await screen.findByRole('region', { name: 'Count the days, if you want to' });
    expect(follows(screen.getByRole('region', { name: 'A hard moment?' }), form)).toBe(true);
    cleanup();
    setup(buildMe({ space: buildSpace() }), undefined, hardMoment);
    const count = await screen.findByText('Day 12');
    expect(follows(screen.getByRole('region', { name: 'A hard moment?' }), count)).toBe(true);
  });

  it('says when the partner has not joined yet, with the invitation', async () => {
    const invite = { code: 'K7Q2M9', url: 'http://mend.test/join/K7Q2M9', expiresAt: '2025-01-28T10:00:00Z' };
    setup(buildMe({ space: buildSpace({ invite }) }));
    expect(await screen.findByText(/your partner hasn't joined yet/i)).toBeTruthy();
    expect(screen.getByText('K7Q2M9')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the invitation link' })).toBeTruthy();
  });

  it('after a partner left, says what happens to earlier shares if someone new joins', async () => {
    setup(buildMe({ space: buildSpace({ pastPartner: true }) }));
    expect(await screen.findByText(/No one else is in this space now/)).toBeTruthy();
    expect(
      screen.getByText(/If someone new joins, what you shared before becomes private first/),
    ).toBeTruthy();
    expect(screen.queryByText(/your partner hasn't joined yet/i)).toBeNull();
  });

  it('names the partner who joined, kindly, and shows what they shared', async () => {
    const partner = { displayName: 'Alex', role: 'repairing' as const, joinedAt: '2025-01-16T10:00:00Z' };
    setup(buildMe({ space: buildSpace({ partner }) }), {
      mine: null,
      partner: { text: 'Thinking of you today', at: '2025-01-21T08:00:00Z' },
    });
    expect(await screen.findByText('Thinking of you today')).toBeTruthy();
    expect(screen.getByText('Alex').parentElement?.textContent).toContain(
      'broke trust, and is here to repair it',
    );
  });

  it('says so when someone uses Mend on their own, and offers no one to share with', async () => {
    setup(buildMe({ space: null }));
    expect(await screen.findByText(/you're using mend on your own/i)).toBeTruthy();
    expect(await screen.findByText('Only you will see this.')).toBeTruthy();
    expect(screen.queryByRole('radio', { name: 'My partner too' })).toBeNull();
  });

  it('keeps the status line private unless the person chooses otherwise', async () => {
    const { sent } = setup(buildMe({ space: buildSpace() }));
    await userEvent.type(await screen.findByLabelText('A few words about today'), 'Tired but okay');
    expect(screen.getByRole('radio', { name: 'Only me' })).toHaveProperty('checked', true);
    expect(screen.getByText('Only you will see this.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(sent).toEqual([{ text: 'Tired but okay', visibility: 'private' }]);
  });
});
