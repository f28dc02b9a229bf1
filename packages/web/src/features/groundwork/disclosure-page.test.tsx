import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import type { DisclosureList } from './api';
import DisclosurePage from './disclosure-page';
import { composeDisclosure } from './disclosure-text';
import { honesty, meAs } from './test-data';

function setup(me: Me, list: DisclosureList, figures = honesty()) {
  const sent: unknown[] = [];
  mockApi({
    'GET /api/disclosures': () => ({ status: 200, body: list }),
    'GET /api/honesty': () => ({ status: 200, body: figures }),
    'POST /api/disclosures': (body) => {
      sent.push(body);
      return { status: 201, body: { disclosure: { id: 'd9', late: false } } };
    },
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  renderPage(<DisclosurePage />, { path: '/groundwork/disclosure', queryClient });
  return { sent };
}

const part = {
  id: 'd1',
  text: 'What happened\nIt began in March.',
  topics: ['what' as const],
  late: false,
  at: '2025-01-12T10:00:00Z',
  mine: false,
  authorName: 'Ravi',
};

describe('the disclosure', () => {
  it('guides the repairing partner through each topic and sends only what was written', async () => {
    const { sent } = setup(meAs('repairing'), { disclosures: [], completedAt: null });
    await userEvent.type(await screen.findByLabelText(/^What happened/), 'It began in March.');
    await userEvent.type(screen.getByLabelText(/^With whom/), 'A colleague.');
    await userEvent.click(screen.getByRole('button', { name: 'Share this part' }));
    expect(await screen.findByText('Shared with your partner.')).toBeTruthy();
    expect(sent).toEqual([
      { text: 'What happened\nIt began in March.\n\nWith whom\nA colleague.', topics: ['what', 'who'] },
    ]);
    expect(screen.getByText(/You and your partner. Each part is shared/)).toBeTruthy();
  });

  it('says plainly, without blame, that something new after completion starts the count again', async () => {
    setup(
      meAs('repairing'),
      { disclosures: [{ ...part, mine: true }], completedAt: '2025-01-13T10:00:00Z' },
      honesty({ daysSinceLastRevelation: 8, disclosureCompletedAt: '2025-01-13T10:00:00Z' }),
    );
    expect(await screen.findByText(/the count of days starts again/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Share this' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Mark the disclosure complete/ })).toBeNull();
  });

  it('shows the hurt partner the counter and every part, marking the late ones, with no form', async () => {
    setup(
      meAs('hurt'),
      {
        disclosures: [part, { ...part, id: 'd2', text: 'There was also a trip.', topics: [], late: true }],
        completedAt: '2025-01-13T10:00:00Z',
      },
      honesty({ daysSinceLastRevelation: 3, lateDisclosureCount: 1 }),
    );
    expect(await screen.findByText('3 days')).toBeTruthy();
    expect(
      screen.getByText('1 thing was shared after the disclosure was complete, so the count started again.'),
    ).toBeTruthy();
    expect(screen.getByText('Shared after the disclosure was complete')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Share/ })).toBeNull();
  });

  it('reads "Less than a day" before the first whole day after "complete", never "0 days"', async () => {
    setup(
      meAs('hurt'),
      { disclosures: [part], completedAt: '2025-01-13T10:00:00Z' },
      honesty({ daysSinceLastRevelation: 0 }),
    );
    expect(await screen.findByText('Less than a day')).toBeTruthy();
    expect(screen.getByText('since anything new came to light.')).toBeTruthy();
    expect(screen.queryByText(/0 days/)).toBeNull();
  });

  it('counts several late parts in the plural', async () => {
    setup(
      meAs('hurt'),
      { disclosures: [], completedAt: '2025-01-13T10:00:00Z' },
      honesty({ daysSinceLastRevelation: 1, lateDisclosureCount: 2 }),
    );
    expect(
      await screen.findByText(/^2 things were shared after the disclosure was complete; each one started/),
    ).toBeTruthy();
  });

  it("names each part for the hurt partner as Ravi's, under its own heading", async () => {
    const { text, topics } = composeDisclosure({
      what: 'It began in March.',
      contact: 'Work chat.\n\nAnd texts.',
      other_secrets: 'A loan.',
    });
    setup(meAs('hurt'), { disclosures: [{ ...part, text, topics }], completedAt: null });
    expect(await screen.findByRole('heading', { level: 3, name: 'What happened' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'How Ravi was in contact' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Anything else Ravi kept hidden' })).toBeTruthy();
    expect(screen.queryByText(/How you were in contact/)).toBeNull();
    expect(screen.getByText(/^Work chat\.\s+And texts\.$/)).toBeTruthy();
    expect(screen.getByText('A loan.')).toBeTruthy();
  });

  it("keeps the author's own prompts on their own parts, and shows unshaped text as written", async () => {
    setup(meAs('repairing'), {
      disclosures: [
        { ...part, id: 'd1', mine: true, text: 'How you were in contact\nTexts.', topics: ['contact'] },
        { ...part, id: 'd2', mine: true, text: 'Written some other way.', topics: ['what'] },
      ],
      completedAt: null,
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'How you were in contact' })).toBeTruthy();
    expect(screen.getByText('Written some other way.')).toBeTruthy();
  });

  it('composes nothing from blank prompts', () => {
    expect(composeDisclosure({ what: '  ', who: '' })).toEqual({ text: '', topics: [] });
  });
});
