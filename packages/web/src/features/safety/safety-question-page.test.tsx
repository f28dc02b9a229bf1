import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';
import { buildMe, mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import SafetyQuestionPage from './safety-question-page';

const unanswered = buildMe({
  safety: { answered: false, feelsSafe: null, fearsThreats: false, fearsControl: false },
});

function setup(me: Me = unanswered) {
  const sent: unknown[] = [];
  mockApi({
    'PUT /api/me/safety': (body) => {
      sent.push(body);
      return { status: 200, body: { safety: { answered: true, ...(body as object) } } };
    },
    'GET /api/me': () => ({ status: 200, body: me }),
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  const view = renderPage(<SafetyQuestionPage mode="onboarding" />, {
    path: '/start/question',
    queryClient,
    routes: [{ path: '/start/space', element: <p>Space setup</p> }],
  });
  return { sent, ...view };
}

describe('the private safety question', () => {
  it('says plainly that the partner never sees the answer', () => {
    setup();
    expect(screen.getByText(/your partner never sees this answer/i)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Do you feel safe with your partner?' })).toBeTruthy();
  });

  it('after "No", shows the safety resources first and offers Mend on your own before a shared space', async () => {
    const { sent } = setup();
    await userEvent.click(screen.getByRole('radio', { name: 'No' }));
    await userEvent.click(screen.getByRole('checkbox', { name: "I'm afraid of threats or harm" }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    const resources = await screen.findByRole('region', { name: 'Your safety comes first' });
    expect(within(resources).getByText(/call your local emergency number/i)).toBeTruthy();
    const choices = within(resources)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(choices).toEqual(['Use Mend on my own', 'Set up a shared space']);
    // Helplines are right there, each number a tap to call.
    const lines = screen.getByRole('region', { name: 'If you are in crisis' });
    await userEvent.selectOptions(within(lines).getByLabelText('Country'), 'GB');
    expect(within(lines).getByRole('link', { name: '0808 2000 247' }).getAttribute('href')).toBe(
      'tel:08082000247',
    );
    expect(sent).toEqual([{ feelsSafe: 'no', fearsThreats: true, fearsControl: false }]);
    expect(screen.queryByText('Space setup')).toBeNull();
  });

  it('treats "I\'m not sure" with the same care', async () => {
    setup();
    await userEvent.click(screen.getByRole('radio', { name: "I'm not sure" }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('region', { name: 'Your safety comes first' })).toBeTruthy();
  });

  it('after "Yes", goes on to setting up a space', async () => {
    setup();
    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Space setup')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Your safety comes first' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'If you are in crisis' })).toBeNull();
  });

  it('asks for an answer instead of guessing one', async () => {
    const { sent } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/please choose an answer/i)).toBeTruthy();
    expect(sent).toEqual([]);
  });
});
