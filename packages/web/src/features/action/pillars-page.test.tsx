import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import { PillarEvidence } from './pillar-evidence';
import PillarsPage from './pillars-page';
import { buildPillars, meAs } from './test-data';

function setup(rating?: (body: unknown) => { status: number; body?: unknown }) {
  const sent: unknown[] = [];
  mockApi({
    'GET /api/pillars?weeks=12': () => ({ status: 200, body: buildPillars() }),
    'POST /api/ratings': (body) => {
      sent.push(body);
      return rating ? rating(body) : { status: 201, body: { rating: body } };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, meAs('hurt'));
  renderPage(<PillarsPage />, { path: '/pillars', queryClient });
  return sent;
}

describe('The four pillars', () => {
  it('rates this week’s pillars, each with an optional word', async () => {
    const sent = setup();
    const honesty = await screen.findByRole('group', { name: 'Honesty' });
    await userEvent.click(within(honesty).getByLabelText('4'));
    await userEvent.type(screen.getByLabelText(/A word on honesty/), 'He told me first.');
    await userEvent.click(within(screen.getByRole('group', { name: 'Empathy' })).getByLabelText('2'));
    await userEvent.click(screen.getByRole('button', { name: 'Save this week’s ratings' }));
    await waitFor(() =>
      expect(sent).toEqual([
        { weekStart: '2025-01-20', pillar: 'honesty', score: 4, note: 'He told me first.' },
        { weekStart: '2025-01-20', pillar: 'empathy', score: 2 },
      ]),
    );
    expect(await screen.findByText(/Ravi sees your ratings beside theirs/)).toBeTruthy();
  });

  it('shows a rejected rating by its pillar’s field', async () => {
    setup(() => ({
      status: 400,
      body: { error: { code: 'validation_failed', message: 'Keep it under 300 characters.', field: 'note' } },
    }));
    const consistency = await screen.findByRole('group', { name: 'Consistent action' });
    await userEvent.click(within(consistency).getByLabelText('5'));
    await userEvent.type(screen.getByLabelText(/A word on consistent action/), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Save this week’s ratings' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/A word on consistent action/).getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByLabelText(/A word on honesty/).getAttribute('aria-invalid')).toBeNull();
  });

  it('sets both partners side by side with the evidence beside each pillar, and no overall score', async () => {
    setup();
    const honesty = await screen.findByRole('region', { name: 'Honesty' });
    // The lines and the evidence cover the same weeks, and the card says how many.
    expect(screen.getByRole('heading', { name: 'Side by side: the last 3 weeks' })).toBeTruthy();
    expect(within(honesty).getByText('40 days since anything new came to light.')).toBeTruthy();
    expect(within(honesty).getByText('This week: you not yet · Ravi 4')).toBeTruthy();
    expect(within(honesty).getByText('Ravi: “He told me first.”')).toBeTruthy();
    const table = within(honesty).getByRole('table');
    expect(within(table).getAllByRole('row')[2]?.textContent).toMatch(/3.*not rated/);
    const responsibility = screen.getByRole('region', { name: 'Responsibility' });
    expect(within(responsibility).getByText('2 questions waiting, the oldest for 3 days.')).toBeTruthy();
    const empathy = screen.getByRole('region', { name: 'Empathy' });
    expect(within(empathy).getByText(/in about 5 minutes on average/)).toBeTruthy();
    expect(within(empathy).getByText('About 7 in 10 reassurances came before being asked.')).toBeTruthy();
    const consistency = screen.getByRole('region', { name: 'Consistent action' });
    expect(within(consistency).getByText(/9 of 10 promises and plans/)).toBeTruthy();
    expect(screen.queryByText(/trust score|overall: /i)).toBeNull();
  });

  it('says plainly when these weeks have nothing to show, without reading it as a failing', () => {
    const evidence = buildPillars().evidence;
    const quiet = {
      ...evidence,
      responsibility: { questionsAnswered: 0, questionsOpen: 0, oldestOpenDays: null },
      empathy: { alertsAcknowledged: 0, meanAckSeconds: null, proactiveShare: 0 },
    };
    const { unmount } = render(<PillarEvidence evidence={quiet} pillar="responsibility" />);
    expect(screen.getByText('No questions answered or waiting in these weeks.')).toBeTruthy();
    expect(screen.queryByText(/No question waiting/)).toBeNull();
    unmount();
    render(<PillarEvidence evidence={quiet} pillar="empathy" />);
    expect(screen.getByText(/Nothing to show yet for these weeks\. Each “I’m triggered” alert/)).toBeTruthy();
    expect(screen.getByText('Each reassurance so far answered a request for one.')).toBeTruthy();
    expect(screen.queryByText(/No hard moment acknowledged|when it was asked for/)).toBeNull();
  });
});
