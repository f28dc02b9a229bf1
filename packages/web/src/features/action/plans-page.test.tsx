import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { AnxietyWindow, Commitment, Plan } from './api';
import PlansPage from './plans-page';
import { buildCommitment, buildPlan, buildWindow, meAs } from './test-data';
import { formatTime } from './time';
import { ActionTodayCard } from './today-card';

function setup(me: Me, plans: Plan[], post?: (body: unknown) => { status: number; body?: unknown }) {
  const sent: unknown[] = [];
  mockApi({
    'GET /api/plans': () => ({ status: 200, body: { plans } }),
    'POST /api/plans': (body) => {
      sent.push(body);
      return post ? post(body) : { status: 201, body: { plan: buildPlan() } };
    },
    'POST /api/plans/p1/updates': (body) => {
      sent.push(body);
      return { status: 201, body: { plan: buildPlan() } };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<PlansPage />, { path: '/promises/plans', queryClient });
  return sent;
}

describe('Plans', () => {
  it('lets the repairing partner share a plan', async () => {
    const sent = setup(meAs('repairing'), []);
    await userEvent.type(await screen.findByLabelText('What you are doing'), 'Dinner with the team');
    await userEvent.type(screen.getByLabelText(/Where/), 'Luca’s');
    fireEvent.change(screen.getByLabelText('Home by'), { target: { value: '2030-01-20T22:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Share the plan' }));
    await waitFor(() =>
      expect(sent).toEqual([
        expect.objectContaining({
          what: 'Dinner with the team',
          where: 'Luca’s',
          etaAt: new Date('2030-01-20T22:00').toISOString(),
        }),
      ]),
    );
    expect(await screen.findByText('Shared. Hana can see it now.')).toBeTruthy();
  });

  it('names the field when the time home has passed', async () => {
    setup(meAs('repairing'), [], () => ({
      status: 400,
      body: { error: { code: 'validation_failed', message: 'That time has passed.', field: 'etaAt' } },
    }));
    await userEvent.type(await screen.findByLabelText('What you are doing'), 'Gym');
    await userEvent.click(screen.getByRole('button', { name: 'Share the plan' }));
    await waitFor(() => expect(screen.getByLabelText('Home by').getAttribute('aria-invalid')).toBe('true'));
  });

  it('sends one-tap updates: running late with a new time, then arrived', async () => {
    const sent = setup(meAs('repairing'), [buildPlan()]);
    await userEvent.click(await screen.findByRole('button', { name: 'Running late' }));
    fireEvent.change(screen.getByLabelText('New time home'), { target: { value: '2030-01-20T22:30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Send the new time' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Arrived' }));
    await waitFor(() =>
      expect(sent).toEqual([
        { kind: 'late', newEtaAt: new Date('2030-01-20T22:30').toISOString() },
        { kind: 'arrived' },
      ]),
    );
  });

  it('shows the hurt partner the plan and its updates, without the buttons', async () => {
    const plan = buildPlan({
      mine: false,
      etaAt: '2030-01-20T21:30:00.000Z',
      updates: [
        {
          id: 'u1',
          kind: 'late',
          newEtaAt: '2030-01-20T21:30:00.000Z',
          at: '2030-01-20T20:00:00.000Z',
          notice: true,
        },
      ],
    });
    setup(meAs('hurt'), [plan]);
    expect(await screen.findByText(/Running late: home by/)).toBeTruthy();
    expect(screen.getByText(/with notice/)).toBeTruthy();
    expect(screen.getByText(/first said/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Arrived' })).toBeNull();
  });

  it('speaks to each partner in their own words at the top', async () => {
    setup(meAs('hurt'), []);
    expect(await screen.findByText(/Ravi’s plans show here as they share and update them/)).toBeTruthy();
    expect(screen.queryByText(/Be where you say you will be/)).toBeNull();
  });

  it('keeps the repairing partner’s own intro', async () => {
    setup(meAs('repairing'), []);
    expect(await screen.findByText(/Be where you say you will be/)).toBeTruthy();
  });
});

describe('Today', () => {
  function today(me: Me, plans: Plan[], windows: AnxietyWindow[], commitments: Commitment[] = []) {
    mockApi({
      'GET /api/commitments': () => ({ status: 200, body: { commitments } }),
      'GET /api/plans': () => ({ status: 200, body: { plans } }),
      'GET /api/anxiety-windows': () => ({ status: 200, body: { windows } }),
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, me);
    renderPage(<ActionTodayCard />, { path: '/today', queryClient });
  }

  it('shows the open plan to the hurt partner', async () => {
    today(meAs('hurt'), [buildPlan({ mine: false })], []);
    expect(await screen.findByText(/Ravi’s plan/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open plans' }).getAttribute('href')).toBe('/promises/plans');
  });

  it('tells the repairing partner a hard time is under way, and what helps', async () => {
    today(meAs('repairing'), [], [buildWindow({ active: true })]);
    expect(await screen.findByRole('heading', { name: 'A hard time for Hana' })).toBeTruthy();
    expect(screen.getByText('What helps: A text when you arrive.')).toBeTruthy();
  });

  it('lists the promises due within a day, and not the ones further off or settled', async () => {
    const soon = new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString();
    const later = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString();
    today(
      meAs('repairing'),
      [],
      [],
      [
        buildCommitment({ id: 'c1', title: 'Call when I leave the office', dueAt: soon }),
        buildCommitment({ id: 'c2', title: 'Book the counsellor', dueAt: later }),
        buildCommitment({ id: 'c3', title: 'Text at lunch', status: 'done', dueAt: null }),
      ],
    );
    expect(await screen.findByRole('heading', { name: 'Your promises for today' })).toBeTruthy();
    expect(screen.getByText('Call when I leave the office')).toBeTruthy();
    expect(screen.queryByText('Book the counsellor')).toBeNull();
    expect(screen.queryByText('Text at lunch')).toBeNull();
  });

  it('gives a promise due later today its time alone, without the date', async () => {
    const now = new Date();
    const laterToday = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59);
    today(
      meAs('repairing'),
      [],
      [],
      [buildCommitment({ title: 'Call tonight', dueAt: laterToday.toISOString() })],
    );
    const line = (await screen.findByText('Call tonight')).parentElement;
    expect(line?.textContent).toBe(`Call tonight by ${formatTime(laterToday)}`);
  });

  it('shows nothing when no plan is open and no hard time is near', async () => {
    today(meAs('repairing'), [buildPlan({ status: 'arrived' })], [buildWindow()]);
    await waitFor(() => expect(screen.queryByRole('heading')).toBeNull());
  });
});
