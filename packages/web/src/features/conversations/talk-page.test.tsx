import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Me, Space } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { buildMe, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { Question } from './api';
import TalkPage from './talk-page';
import { ConversationsTodayCard } from './today-card';

function meAs(role: 'hurt' | 'repairing'): Me {
  const space: Space = {
    id: 's1',
    role,
    discoveredOn: '2025-01-10',
    dayNumber: 12,
    createdAt: '2025-01-10T10:00:00Z',
    partner: {
      displayName: role === 'hurt' ? 'Ravi' : 'Hana',
      role: role === 'hurt' ? 'repairing' : 'hurt',
      joinedAt: '2025-01-11T10:00:00Z',
    },
    invite: null,
  };
  return buildMe({ space });
}

const question = (overrides: Partial<Question> = {}): Question => ({
  id: 'q1',
  text: 'When did it start?',
  category: 'timeline',
  status: 'open',
  askedAt: '2025-01-20T18:00:00Z',
  ageDays: 3,
  additions: [],
  declineReason: null,
  askedBefore: null,
  warnings: [],
  toMe: false,
  mine: true,
  authorName: 'Hana',
  ...overrides,
});

const NEXT = {
  startsAt: '2025-01-26T19:00:00.000Z',
  minutes: 45,
  timeZone: 'Europe/Paris',
  agenda: [{ questionId: 'q1', text: 'When did it start?' }],
};

function setup(me: Me, questions: Question[], extra: Parameters<typeof mockApi>[0] = {}) {
  const sent: unknown[] = [];
  const spy = mockApi({
    'GET /api/questions': () => ({ status: 200, body: { questions } }),
    'GET /api/needs': () => ({ status: 200, body: { needs: [] } }),
    'GET /api/check-ins/schedule': () => ({
      status: 200,
      body: { schedule: { weekdays: [0], time: '20:00', minutes: 45, timeZone: 'Europe/Paris' } },
    }),
    'GET /api/check-ins/next': () => ({ status: 200, body: NEXT }),
    'GET /api/debriefs/settings': () => ({ status: 200, body: { settings: null } }),
    'POST /api/questions': (body) => {
      sent.push(body);
      return { status: 201, body: { question: question({ id: 'q2' }) } };
    },
    'POST /api/questions/q1/answer': (body) => {
      sent.push(body);
      return { status: 200, body: { question: question({ status: 'answered' }) } };
    },
    ...extra,
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<TalkPage />, { path: '/talk', queryClient });
  return { sent, spy };
}

/** This device, as the browser reports it, in another zone than any saved one. */
function deviceIn(timeZone: string) {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...real.call(this), timeZone };
  });
}

const NOTHING_NEXT = { startsAt: null, minutes: null, timeZone: null, agenda: [] };

describe('Talk', () => {
  it('lets the hurt partner ask, with a category, and shows how long questions wait', async () => {
    const { sent } = setup(meAs('hurt'), [question()]);
    expect(await screen.findByText('waiting 3 days')).toBeTruthy();
    expect(await screen.findByText(/Next check-in:/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('A question for Ravi'), 'Who else knew?');
    await userEvent.click(screen.getByLabelText('The secrecy'));
    await userEvent.click(screen.getByRole('button', { name: 'Add to the queue' }));
    await waitFor(() => expect(sent).toEqual([{ text: 'Who else knew?', category: 'secrecy' }]));
    expect(await screen.findByText('Added. Ravi can see it now.')).toBeTruthy();
    // The note is said once: it goes when the next question is begun.
    await userEvent.type(screen.getByLabelText('A question for Ravi'), 'W');
    expect(screen.queryByText('Added. Ravi can see it now.')).toBeNull();
  });

  it('shows the gentle note on graphic detail before sending, and still lets the question go', async () => {
    setup(meAs('hurt'), []);
    await userEvent.type(await screen.findByLabelText('A question for Ravi'), 'Describe the sex in detail');
    expect(screen.getByRole('note').textContent).toMatch(/pictures that come back/);
    expect(screen.getByRole('button', { name: 'Add to the queue' }).hasAttribute('disabled')).toBe(false);
  });

  it('lets the repairing partner answer a question asked of them, and not ask', async () => {
    const { sent } = setup(meAs('repairing'), [question({ toMe: true, mine: false })]);
    await userEvent.click(await screen.findByRole('button', { name: 'Answer in writing' }));
    expect(screen.queryByLabelText(/A question for/)).toBeNull();
    await userEvent.type(screen.getByLabelText('Your answer'), 'In March.');
    await userEvent.click(screen.getByRole('button', { name: 'Send the answer' }));
    await waitFor(() => expect(sent).toEqual([{ text: 'In March.' }]));
  });

  it('shows the server’s words beside a request it refused, and keeps what was written', async () => {
    setup(meAs('hurt'), [], {
      'POST /api/needs': () => ({
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Please keep this under 1000 characters.',
            field: 'note',
          },
        },
      }),
    });
    await userEvent.click(await screen.findByLabelText('Reassurance'));
    await userEvent.type(screen.getByLabelText(/A few words/), 'A call on Fridays');
    await userEvent.click(screen.getByRole('button', { name: 'Ask Ravi' }));
    expect(await screen.findByText('Please keep this under 1000 characters.')).toBeTruthy();
    expect((screen.getByLabelText(/A few words/) as HTMLTextAreaElement).value).toBe('A call on Fridays');
  });

  it('names the schedule field the server refused', async () => {
    setup(meAs('hurt'), [], {
      'GET /api/check-ins/schedule': () => ({ status: 200, body: { schedule: null } }),
      'GET /api/check-ins/next': () => ({
        status: 200,
        body: { startsAt: null, minutes: null, timeZone: null, agenda: [] },
      }),
      'PUT /api/check-ins/schedule': () => ({
        status: 400,
        body: {
          error: { code: 'validation_failed', message: 'Choose at least one day.', field: 'weekdays' },
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Agree this schedule' }));
    expect(await screen.findByText('Choose at least one day.')).toBeTruthy();
  });

  it('puts the next check-in on Today', async () => {
    mockApi({
      'GET /api/check-ins/next': () => ({ status: 200, body: NEXT }),
      'GET /api/debriefs': () => ({ status: 200, body: { debriefs: [] } }),
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, meAs('hurt'));
    renderPage(<ConversationsTodayCard />, { path: '/today', queryClient });
    expect(await screen.findByText(/Next check-in:/)).toBeTruthy();
    expect(screen.getByText('1 question waits for it.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Talk' }).getAttribute('href')).toBe('/talk');
  });

  it('sets a new schedule and debrief in this device’s time zone, named in plain words', async () => {
    deviceIn('America/New_York');
    const sent: unknown[] = [];
    setup(meAs('hurt'), [], {
      'GET /api/check-ins/schedule': () => ({ status: 200, body: { schedule: null } }),
      'GET /api/check-ins/next': () => ({ status: 200, body: NOTHING_NEXT }),
      'PUT /api/check-ins/schedule': (body) => {
        sent.push(body);
        return { status: 200, body: { schedule: body } };
      },
    });
    await screen.findByRole('button', { name: 'Agree this schedule' });
    const zones = screen.getAllByRole('combobox', { name: 'Your time zone' }) as HTMLSelectElement[];
    expect(zones.map((z) => z.value)).toEqual(['America/New_York', 'America/New_York']);
    expect(zones[0]?.selectedOptions[0]?.textContent).toBe('America/New York');
    expect(screen.queryByDisplayValue('UTC')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Agree this schedule' }));
    await waitFor(() => expect(sent).toEqual([expect.objectContaining({ timeZone: 'America/New_York' })]));
  });

  it('shows a saved time zone as saved, with this device’s one a tap away', async () => {
    deviceIn('Asia/Tokyo');
    const sent: unknown[] = [];
    setup(meAs('repairing'), [], {
      'GET /api/debriefs/settings': () => ({
        status: 200,
        body: { settings: { time: '21:30', timeZone: 'Europe/Paris', nextAt: null } },
      }),
      'PUT /api/debriefs/settings': (body) => {
        sent.push(body);
        return { status: 200, body: { settings: { ...(body as object), nextAt: null } } };
      },
    });
    await screen.findByRole('button', { name: 'Change the time' });
    const zone = screen.getByRole('combobox', { name: 'Your time zone' }) as HTMLSelectElement;
    expect(zone.value).toBe('Europe/Paris');
    await userEvent.click(screen.getByRole('button', { name: 'Use this device’s time zone: Asia/Tokyo' }));
    expect(zone.value).toBe('Asia/Tokyo');
    await userEvent.click(screen.getByRole('button', { name: 'Change the time' }));
    await waitFor(() => expect(sent).toEqual([{ time: '21:30', timeZone: 'Asia/Tokyo' }]));
  });

  it('falls back to typing the time zone where the browser cannot list them', async () => {
    deviceIn('Europe/Lisbon');
    vi.spyOn(Intl, 'supportedValuesOf').mockImplementation(() => {
      throw new RangeError('not supported');
    });
    setup(meAs('hurt'), []);
    await screen.findByRole('button', { name: 'Start the evening debrief' });
    expect((screen.getByRole('textbox', { name: 'Your time zone' }) as HTMLInputElement).value).toBe(
      'Europe/Lisbon',
    );
  });

  it('says who gets the evening reminder, to each of them', async () => {
    setup(meAs('repairing'), []);
    expect(await screen.findByText(/You get a reminder to ask Hana “any triggers today\?”\./)).toBeTruthy();
    expect(screen.queryByText(/partner who broke trust/)).toBeNull();
  });

  it('tells the hurt partner their partner gets the reminder', async () => {
    setup(meAs('hurt'), []);
    expect(await screen.findByText(/Ravi gets a reminder to ask you “any triggers today\?”\./)).toBeTruthy();
  });
});
