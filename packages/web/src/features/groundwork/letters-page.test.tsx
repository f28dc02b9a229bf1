import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '../../lib/me';
import { mockApi } from '../../test/api-mock';
import { renderPage, testQueryClient } from '../../test/render';
import LettersPage from './letters-page';
import { meAs } from './test-data';

describe('the letters', () => {
  it('sends a letter once, however many times the button is pressed while it is on its way', async () => {
    const sent: unknown[] = [];
    let answer: () => void = () => {};
    mockApi({
      'GET /api/letters': () => ({ status: 200, body: { letters: [] } }),
      'POST /api/letters': (body) => {
        sent.push(body);
        return new Promise((resolve) => {
          answer = () => resolve({ status: 201, body: { letter: { id: 'l1' } } });
        });
      },
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, meAs('repairing'));
    renderPage(<LettersPage />, { path: '/groundwork/letters', queryClient });
    await userEvent.type(
      await screen.findByRole('textbox', { name: /^Your amends letter/ }),
      'I see what it cost you.',
    );
    const send = screen.getByRole('button', { name: 'Send to Hana' });
    await userEvent.click(send);
    await userEvent.click(send);
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(sent).toEqual([{ kind: 'amends', text: 'I see what it cost you.', draft: false }]);
    expect(send.getAttribute('aria-disabled')).toBe('true');
    answer();
    await waitFor(() => expect(send.getAttribute('aria-disabled')).toBeNull());
    // Sent: the editor starts again empty, so the same letter cannot go twice, and the page says where it went.
    expect(screen.getByText('Sent to Hana. It is below, with the letters sent.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /^Your amends letter/ }) as HTMLTextAreaElement).value).toBe(
      '',
    );
    await userEvent.click(send);
    expect(sent).toHaveLength(1);
  });

  it('says a draft was saved, and keeps saying so once the editor holds the stored draft', async () => {
    const letters: unknown[] = [];
    mockApi({
      'GET /api/letters': () => ({ status: 200, body: { letters } }),
      'POST /api/letters': (body) => {
        const letter = {
          id: 'l1',
          kind: 'amends',
          status: 'draft',
          mine: true,
          authorName: 'Ravi',
          text: (body as { text: string }).text,
          findings: [],
          parts: null,
          amendsId: null,
          createdAt: '2026-12-01T10:00:00Z',
          sentAt: null,
          responses: [],
        };
        letters.push(letter);
        return { status: 201, body: { letter } };
      },
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, meAs('repairing'));
    renderPage(<LettersPage />, { path: '/groundwork/letters', queryClient });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Your amends letter/ }), 'A first try.');
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('Saved as a draft. Only you can see it.')).toBeTruthy();
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: /^Your amends letter/ }) as HTMLTextAreaElement).value,
      ).toBe('A first try.'),
    );
    expect(screen.getByText('Saved as a draft. Only you can see it.')).toBeTruthy();
  });
});
