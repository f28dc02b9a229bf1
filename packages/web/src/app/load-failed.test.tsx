import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { mockApi } from '../test/api-mock';
import { renderPage } from '../test/render';
import { HomeRedirect } from './guards';

it('points to what works offline when Mend cannot reach the server', async () => {
  mockApi({
    'GET /api/me': () => {
      throw new TypeError('Failed to fetch');
    },
  });
  renderPage(<HomeRedirect />, { routes: [{ path: '/help', element: <p>At help</p> }] });
  expect(await screen.findByText(/Mend could not load right now/)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Breathe' }).getAttribute('href')).toBe('/breathe');
  expect(screen.getByRole('link', { name: 'Ground' }).getAttribute('href')).toBe('/ground');
  await userEvent.click(screen.getByRole('link', { name: 'someone to talk to' }));
  expect(await screen.findByText('At help')).toBeTruthy();
});
