import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { todayIso } from '../../lib/format';
import { meQueryKey } from '../../lib/me';
import { buildMe, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import { AlertWatcher } from './alert-watcher';
import type { Alert } from './api';
import BreathingPage from './breathing-page';
import GroundingPage from './grounding-page';
import HelpPage from './help-page';
import { FeelingsTodayCard } from './today-card';

const partner = { displayName: 'Ravi', role: 'repairing' as const, joinedAt: '2026-11-01T10:00:00Z' };

function withPartner(): Me {
  return buildMe({
    space: {
      id: 's1',
      role: 'hurt',
      discoveredOn: null,
      dayNumber: null,
      createdAt: '2026-11-01T10:00:00Z',
      partner,
      invite: null,
    },
  });
}

function alert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 'a1',
    needs: ['closeness'],
    direction: 'received',
    sentAt: new Date().toISOString(),
    ackedAt: null,
    ackAfterSeconds: null,
    ...overrides,
  };
}

function clientWith(me: Me) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  return queryClient;
}

describe('"I’m triggered" on Today', () => {
  it('sends in one tap, with the needs chosen first, and says who it went to', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/alerts': () => ({ status: 200, body: { alerts: [] } }),
      'GET /api/self-care': () => ({ status: 200, body: { plan: { items: [], reminders: [] } } }),
      'POST /api/alerts': (body) => {
        sent.push(body);
        return { status: 201, body: { alert: alert({ direction: 'sent', needs: ['reassurance'] }) } };
      },
    });
    renderPage(<FeelingsTodayCard />, { queryClient: clientWith(withPartner()) });
    await userEvent.click(screen.getByRole('button', { name: 'Reassurance' }));
    expect(screen.getByRole('button', { name: 'Reassurance' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'I’m triggered' }));
    expect(sent).toEqual([{ needs: ['reassurance'] }]);
    expect(await screen.findByText(/Sent to Ravi at/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Breathe' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Ground/ })).toBeTruthy();
  });

  it('shows the limit’s explanation rather than failing silently', async () => {
    mockApi({
      'GET /api/alerts': () => ({ status: 200, body: { alerts: [] } }),
      'GET /api/self-care': () => ({ status: 200, body: { plan: { items: [], reminders: [] } } }),
      'POST /api/alerts': () => ({
        status: 429,
        body: {
          error: { code: 'rate_limited', message: 'You have sent three alerts in the last half hour.' },
        },
      }),
    });
    renderPage(<FeelingsTodayCard />, { queryClient: clientWith(withPartner()) });
    await userEvent.click(screen.getByRole('button', { name: 'I’m triggered' }));
    expect((await screen.findByRole('alert')).textContent).toContain('three alerts in the last half hour');
  });

  it('puts a coming hard date below the card for a hard moment, never above it', async () => {
    mockApi({
      'GET /api/alerts': () => ({ status: 200, body: { alerts: [] } }),
      'GET /api/self-care': () => ({ status: 200, body: { plan: { items: [], reminders: [] } } }),
      [`GET /api/hard-dates/prompts?today=${todayIso()}`]: () => ({
        status: 200,
        body: { prompts: [{ id: 'p1', label: 'Our anniversary', on: '2026-12-10', daysAhead: 3 }] },
      }),
    });
    renderPage(<FeelingsTodayCard />, { queryClient: clientWith(withPartner()) });
    const notice = await screen.findByRole('region', { name: 'A hard date is coming' });
    expect(notice.textContent).toContain('Our anniversary, in 3 days');
    const card = screen.getByRole('region', { name: 'A hard moment?' });
    expect(card.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers the calming tools without a partner, and no alert button', async () => {
    mockApi({ 'GET /api/self-care': () => ({ status: 200, body: { plan: { items: [], reminders: [] } } }) });
    renderPage(<FeelingsTodayCard />, { queryClient: clientWith(buildMe()) });
    expect(screen.queryByRole('button', { name: 'I’m triggered' })).toBeNull();
    expect(screen.getByText(/If you share a space with a partner/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Breathe' }).getAttribute('href')).toBe('/breathe');
  });
});

it('asks for the alerts once when Today’s card opens just after the layout’s watcher asked', async () => {
  let asked = 0;
  mockApi({
    'GET /api/alerts': () => {
      asked++;
      return { status: 200, body: { alerts: [] } };
    },
    'GET /api/self-care': () => ({ status: 200, body: { plan: { items: [], reminders: [] } } }),
  });
  const queryClient = clientWith(withPartner());
  renderPage(<AlertWatcher />, { queryClient });
  await waitFor(() => expect(asked).toBe(1));
  renderPage(<FeelingsTodayCard />, { queryClient });
  expect(await screen.findByRole('button', { name: 'I’m triggered' })).toBeTruthy();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(asked).toBe(1);
});

describe('an alert from the partner', () => {
  it('shows guidance and acknowledges with one tap', async () => {
    const acks: string[] = [];
    mockApi({
      'GET /api/alerts': () => ({ status: 200, body: { alerts: [alert({ needs: ['closeness', 'talk'] })] } }),
      'POST /api/alerts/a1/ack': () => {
        acks.push('a1');
        return { status: 200, body: { ackAfterSeconds: 12, ackedAt: new Date().toISOString() } };
      },
    });
    renderPage(<AlertWatcher />, { queryClient: clientWith(withPartner()) });
    const dialog = await screen.findByRole('dialog', { name: 'Ravi is triggered right now' });
    expect(dialog.textContent).toContain('Ravi asked for closeness and to talk.');
    expect(dialog.textContent).toContain('Own your part');
    expect(dialog.textContent).toContain('Don’t argue with the feeling');
    await userEvent.click(screen.getByRole('button', { name: 'I’m here' }));
    expect(acks).toEqual(['a1']);
    expect(await screen.findByRole('dialog', { name: 'Ravi can see you’re here' })).toBeTruthy();
  });

  it('tells the sender their partner is here', async () => {
    mockApi({
      'GET /api/alerts': () => ({
        status: 200,
        body: {
          alerts: [alert({ direction: 'sent', ackedAt: new Date().toISOString(), ackAfterSeconds: 42 })],
        },
      }),
    });
    renderPage(<AlertWatcher />, { queryClient: clientWith(withPartner()) });
    expect((await screen.findByRole('status')).textContent).toMatch(/Ravi is here\..*after 42 seconds/);
  });
});

describe('breathing pacer', () => {
  it('defaults to 4-4-6 and shows breaths per minute as the rhythm changes', async () => {
    mockApi({});
    renderPage(<BreathingPage />);
    expect(screen.getByText('4.3 breaths a minute')).toBeTruthy();
    expect(screen.getByText(/light-headed or dizzy, stop/)).toBeTruthy();
    const exhale = screen.getByLabelText('Breathe out (seconds)');
    await userEvent.clear(exhale);
    await userEvent.type(exhale, '8');
    expect(screen.getByText('3.8 breaths a minute')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByText('Breathe in')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await userEvent.click(screen.getByRole('button', { name: 'Back to 4-4-6' }));
    expect(screen.getByText('4.3 breaths a minute')).toBeTruthy();
  });
});

describe('grounding, 5-4-3-2-1', () => {
  it('walks the five senses and sends nothing', async () => {
    const spy = mockApi({});
    renderPage(<GroundingPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Begin' }));
    for (const heading of [
      '5 things you can see',
      '4 things you can feel',
      '3 things you can hear',
      '2 things you can smell',
      '1 thing you can taste',
    ]) {
      expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
      const first = screen.getAllByRole('textbox')[0];
      if (first) await userEvent.type(first, 'something private');
      await userEvent.click(screen.getByRole('button', { name: /Next|Finish/ }));
    }
    expect(await screen.findByRole('heading', { name: 'You came back to the present' })).toBeTruthy();
    await waitFor(() => expect(spy).not.toHaveBeenCalled());
  });
});

describe('someone to talk to (the crisis lines, open to all)', () => {
  it('lists the lines for the chosen country and the calm tools, and sends nothing', async () => {
    const spy = mockApi({});
    renderPage(<HelpPage />, { routes: [{ path: '/breathe', element: <p>At breathe</p> }] });
    expect(screen.getByRole('heading', { level: 1, name: 'Someone to talk to' })).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Country'), 'GB');
    expect(screen.getByText('Samaritans')).toBeTruthy();
    expect(screen.getByText(/116 123/)).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'Breathe' }));
    expect(await screen.findByText('At breathe')).toBeTruthy();
    expect(spy).not.toHaveBeenCalled();
  });
});
