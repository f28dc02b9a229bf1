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
  });
});
