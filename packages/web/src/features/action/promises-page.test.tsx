import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Me } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { Commitment, MenuItem } from './api';
import PromisesPage from './promises-page';
import { buildCommitment, buildOutcome, meAs } from './test-data';

const MENU_ITEM: MenuItem = {
  id: 'm1',
  title: 'Tell me when you leave work',
  cost: 'low',
  note: null,
  createdAt: '2025-01-18T10:00:00.000Z',
  promises: 0,
  mine: false,
  authorName: 'Hana',
};

type Routes = Parameters<typeof mockApi>[0];

function setup(me: Me, commitments: Commitment[], extra: Routes = {}, items: MenuItem[] = []) {
  const sent: { key: string; body: unknown }[] = [];
  const record = (key: string, status: number, body: unknown) => (sent_: unknown) => {
    sent.push({ key, body: sent_ });
    return { status, body };
  };
  mockApi({
    'GET /api/commitments': () => ({ status: 200, body: { commitments } }),
    'GET /api/menu': () => ({ status: 200, body: { items } }),
    'GET /api/action/settings': () => ({
      status: 200,
      body: { settings: { graceMinutes: 120, timeZone: 'Europe/Paris' } },
    }),
    'POST /api/commitments': record('make', 201, { commitment: buildCommitment() }),
    'POST /api/commitments/c1/renegotiate': record('change', 200, {
      commitment: buildCommitment(),
      notice: true,
    }),
    'POST /api/outcomes/o1/review': record('review', 200, { outcome: buildOutcome({ review: 'disputed' }) }),
    'POST /api/menu': record('menu', 201, { item: MENU_ITEM }),
    ...extra,
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<PromisesPage />, { path: '/promises', queryClient });
  return sent;
}

describe('Promises', () => {
  it('lets the repairing partner make a recurring promise with a due time', async () => {
    const sent = setup(meAs('repairing'), []);
    await userEvent.type(await screen.findByLabelText('What you will do'), 'Text at lunch');
    fireEvent.change(screen.getByLabelText('By when'), { target: { value: '2030-01-20T12:30' } });
    await userEvent.click(screen.getByLabelText('Every weekday'));
    await userEvent.click(screen.getByRole('button', { name: 'Make this promise' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toMatchObject({
      title: 'Text at lunch',
      dueAt: new Date('2030-01-20T12:30').toISOString(),
      recurrence: 'weekdays',
    });
    expect(screen.getByText(/No promises yet/)).toBeTruthy();
  });

  it('shows the server’s message beside the field it names', async () => {
    setup(meAs('repairing'), [], {
      'POST /api/commitments': () => ({
        status: 400,
        body: {
          error: { code: 'validation_failed', message: 'Choose a time that is still ahead.', field: 'dueAt' },
        },
      }),
    });
    await userEvent.type(await screen.findByLabelText('What you will do'), 'Call mum');
    await userEvent.click(screen.getByRole('button', { name: 'Make this promise' }));
    const field = screen.getByLabelText('By when');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Choose a time that is still ahead.')).toBeTruthy();
  });

  it('says that changing the time before it counts as notice, and sends the note', async () => {
    const sent = setup(meAs('repairing'), [buildCommitment()]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ask to change the time' }));
    expect(screen.getByText(/counts as notice/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('New time'), { target: { value: '2030-01-20T14:00' } });
    await userEvent.type(screen.getByLabelText('A note for your partner'), 'Meeting moved to noon.');
    await userEvent.click(screen.getByRole('button', { name: 'Change the time' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          key: 'change',
          body: { dueAt: new Date('2030-01-20T14:00').toISOString(), note: 'Meeting moved to noon.' },
        },
      ]),
    );
  });

  it('lets the hurt partner dispute an outcome, with a note, and shows a dispute as disputed', async () => {
    const done = buildCommitment({
      mine: false,
      status: 'done',
      outcome: 'kept',
      outcomes: [buildOutcome()],
    });
    const sent = setup(meAs('hurt'), [done]);
    expect(screen.queryByRole('button', { name: 'Mark done' })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: 'That is not how I saw it' }));
    await userEvent.type(screen.getByLabelText(/How you saw it/), 'No text came.');
    await userEvent.click(screen.getByRole('button', { name: 'Dispute it' }));
    await waitFor(() =>
      expect(sent).toEqual([{ key: 'review', body: { review: 'disputed', note: 'No text came.' } }]),
    );
  });

  it('shows a disputed outcome as disputed, with the note, and no review buttons', async () => {
    const outcome = buildOutcome({ review: 'disputed', reviewNote: 'No text came.' });
    setup(meAs('hurt'), [buildCommitment({ mine: false, status: 'done', outcomes: [outcome] })]);
    expect(await screen.findByText('Disputed')).toBeTruthy();
    expect(screen.getByText('“No text came.”')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  it('lets the hurt partner write the menu, and the repairing partner turn an item into a promise', async () => {
    const sent = setup(meAs('hurt'), []);
    const field = await screen.findByLabelText('Something that would help you trust again');
    await userEvent.click(screen.getByLabelText(/Bigger/));
    await userEvent.type(field, 'Show me the statements');
    await userEvent.click(screen.getByRole('button', { name: 'Add to my list' }));
    await waitFor(() =>
      expect(sent).toEqual([{ key: 'menu', body: { title: 'Show me the statements', cost: 'high' } }]),
    );
  });

  it('prefills a promise from the menu and sends the item’s id', async () => {
    const sent = setup(meAs('repairing'), [], {}, [MENU_ITEM]);
    const list = await screen.findByRole('list', { name: 'The list' });
    await userEvent.click(within(list).getByRole('button', { name: 'Make this a promise' }));
    expect((screen.getByLabelText('What you will do') as HTMLInputElement).value).toBe(MENU_ITEM.title);
    await userEvent.click(screen.getByRole('button', { name: 'Make this promise' }));
    await waitFor(() => expect(sent[0]?.body).toMatchObject({ menuItemId: 'm1', title: MENU_ITEM.title }));
  });

  it('keeps the saved time zone in view, and offers this device’s one beside it', async () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...real.call(this), timeZone: 'America/Los_Angeles' };
    });
    const sent = setup(meAs('repairing'), [], {
      'GET /api/action/settings': () => ({
        status: 200,
        body: { settings: { graceMinutes: 60, timeZone: 'UTC' } },
      }),
      'PUT /api/action/settings': (body) => {
        sent.push({ key: 'settings', body });
        return { status: 200, body: { settings: body } };
      },
    });
    const zone = (await screen.findByRole('combobox', { name: 'Your time zone' })) as HTMLSelectElement;
    expect(zone.value).toBe('UTC');
    await userEvent.click(
      screen.getByRole('button', { name: 'Use this device’s time zone: America/Los Angeles' }),
    );
    expect(zone.value).toBe('America/Los_Angeles');
    expect(screen.queryByRole('button', { name: /Use this device/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(sent).toEqual([
        { key: 'settings', body: { graceMinutes: 60, timeZone: 'America/Los_Angeles' } },
      ]),
    );
  });
});
