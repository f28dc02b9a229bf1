import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me, Space } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { buildMe, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import { conversationsKey } from './api';
import CheckInSessionPage from './check-in-session-page';
import type { CheckInSession } from './session-api';

const space: Space = {
  id: 's1',
  role: 'repairing',
  discoveredOn: '2025-01-10',
  dayNumber: 12,
  createdAt: '2025-01-10T10:00:00Z',
  partner: { displayName: 'Hana', role: 'hurt', joinedAt: '2025-01-11T10:00:00Z' },
  invite: null,
};
const me: Me = buildMe({ space });

const session = (overrides: Partial<CheckInSession> = {}): CheckInSession => ({
  id: 'cs1',
  status: 'open',
  step: 'appreciations',
  startedAt: '2025-01-20T19:00:00.000Z',
  endedAt: null,
  minutes: 30,
  endsAt: '2025-01-20T19:30:00.000Z',
  timeBox: 'running',
  speakerId: null,
  listenerId: null,
  summarised: false,
  turnStartedAt: null,
  turnSeconds: 180,
  topic: null,
  people: [
    { userId: 'u1', displayName: 'Sam', me: true },
    { userId: 'u2', displayName: 'Hana', me: false },
  ],
  notes: [],
  myHeard: null,
  serverNow: '2025-01-20T19:05:00.000Z',
  ...overrides,
});

function setup(current: CheckInSession | null, routes: Parameters<typeof mockApi>[0] = {}) {
  const sent: [string, unknown][] = [];
  const record = (key: string, reply: CheckInSession) => (body: unknown) => {
    sent.push([key, body]);
    return { status: 200, body: { session: reply } };
  };
  mockApi({
    'GET /api/check-ins/sessions/current': () => ({ status: 200, body: { session: current } }),
    'GET /api/check-ins/sessions/cs1': () => ({ status: 200, body: { session: current ?? session() } }),
    'POST /api/check-ins/sessions': record('start', session()),
    'POST /api/check-ins/sessions/cs1/step': record('step', session({ step: 'went_well' })),
    'POST /api/check-ins/sessions/cs1/summarised': record('summarised', session()),
    'POST /api/check-ins/sessions/cs1/heard': record('heard', session({ step: 'closing', myHeard: 4 })),
    ...routes,
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<CheckInSessionPage />, { path: '/talk/check-in', queryClient });
  return sent;
}

describe('Check-in session', () => {
  it('starts a check-in for both, and says who sees what', async () => {
    const sent = setup(null);
    expect(await screen.findByText(/Whether you felt heard stays private to you/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start our check-in' }));
    await waitFor(() => expect(sent).toEqual([['start', {}]]));
  });

  it('shows the step, the ground rules, and moves on for both', async () => {
    const sent = setup(session());
    expect(await screen.findByRole('heading', { name: 'Now: Appreciations' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ground rules' })).toBeTruthy();
    expect(screen.getByText('Appreciations').getAttribute('aria-current')).toBe('step');
    await userEvent.click(screen.getByRole('button', { name: 'Next: What went well' }));
    await waitFor(() => expect(sent).toEqual([['step', { step: 'went_well' }]]));
  });

  it('holds the step buttons while a move is on its way, even once the move has shown live', async () => {
    // The live update of one's own move goes out at COMMIT and can land before the move's answer: the
    // screen already shows the next step, and a second tap must not move both screens on once more.
    let step: CheckInSession['step'] = 'appreciations';
    const moves: unknown[] = [];
    let answer: () => void = () => {};
    mockApi({
      'GET /api/check-ins/sessions/current': () => ({ status: 200, body: { session: session({ step }) } }),
      'GET /api/check-ins/sessions/cs1': () => ({ status: 200, body: { session: session({ step }) } }),
      'POST /api/check-ins/sessions/cs1/step': (body) => {
        moves.push(body);
        step = (body as { step: CheckInSession['step'] }).step;
        return new Promise((resolve) => {
          answer = () => resolve({ status: 200, body: { session: session({ step }) } });
        });
      },
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, me);
    renderPage(<CheckInSessionPage />, { path: '/talk/check-in', queryClient });
    await userEvent.click(await screen.findByRole('button', { name: 'Next: What went well' }));
    await waitFor(() => expect(moves).toHaveLength(1));
    // What the live event does: every Talk answer is fetched again, and the move is already stored.
    await queryClient.invalidateQueries({ queryKey: conversationsKey });
    expect(await screen.findByRole('heading', { name: 'Now: What went well' })).toBeTruthy();
    const next = screen.getByRole('button', { name: 'Next: One topic' });
    await userEvent.click(next);
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(moves).toEqual([{ step: 'went_well' }]);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    answer();
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Next: One topic' }).getAttribute('aria-disabled'),
      ).toBeNull(),
    );
  });

  it('lets the listener say they summarised, with the turn timer running', async () => {
    const turn = session({
      step: 'turns',
      speakerId: 'u2',
      listenerId: 'u1',
      turnStartedAt: '2025-01-20T19:04:00.000Z',
    });
    const sent = setup(turn);
    expect(await screen.findByText('Hana')).toBeTruthy();
    // Two minutes were left when the server answered; the clock may have ticked since on a busy machine.
    expect(screen.getByLabelText(/Time left in this turn: (2:0\d|1:5\d)/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'I summarised what I heard' }));
    await waitFor(() => expect(sent).toEqual([['summarised', {}]]));
  });

  it('does not offer the summary to the speaker', async () => {
    setup(
      session({
        step: 'turns',
        speakerId: 'u1',
        listenerId: 'u2',
        turnStartedAt: '2025-01-20T19:04:00.000Z',
      }),
    );
    expect(await screen.findByText(/sums up what you said/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'I summarised what I heard' })).toBeNull();
    // Moving on is offered, but not as the main button: one tap would skip the listener's turn.
    expect(screen.getByRole('button', { name: 'Next: Closing' }).className).toMatch(/button-secondary/);
  });

  it('leads with passing the turn once the listener has summed up', async () => {
    setup(
      session({
        step: 'turns',
        speakerId: 'u1',
        listenerId: 'u2',
        summarised: true,
        turnStartedAt: '2025-01-20T19:04:00.000Z',
      }),
    );
    const pass = await screen.findByRole('button', { name: 'Pass the turn to Hana' });
    expect(pass.className).toMatch(/button-primary/);
    expect(screen.getByRole('button', { name: 'Next: Closing' }).className).toMatch(/button-secondary/);
  });

  it('asks privately how heard each felt at the close, before the goodbye, then offers the way back', async () => {
    const sent = setup(session({ step: 'closing', status: 'ended' }));
    const question = await screen.findByText(/Only you will see this/);
    const goodbye = screen.getByText('This check-in has ended. Thank you both.');
    expect(question.compareDocumentPosition(goodbye) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Talk' }).getAttribute('href')).toBe('/talk');
    expect(screen.queryByRole('heading', { name: 'Ground rules' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();
    await userEvent.click(screen.getByLabelText('4 · Mostly'));
    await userEvent.click(screen.getByRole('button', { name: 'Keep my answer private' }));
    await waitFor(() => expect(sent).toEqual([['heard', { score: 4 }]]));
  });

  it('reads a saved answer back in words, for this person alone', async () => {
    setup(session({ step: 'closing', status: 'ended', myHeard: 2 }));
    expect(await screen.findByText('Saved for you alone: you felt a little heard (2 of 5).')).toBeTruthy();
    expect(screen.queryByRole('group', { name: /How heard did you feel/ })).toBeNull();
  });
});
