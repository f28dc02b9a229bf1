import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../test/render';
import { RootLayout } from './root-layout';

function Broken(): never {
  throw new Error('a screen that cannot render');
}

afterEach(() => vi.restoreAllMocks());

describe('a screen that fails', () => {
  it('keeps the header and quick exit, and says what to do instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderPage(<RootLayout />, {
      path: '/',
      url: '/broken',
      routes: [{ element: <RootLayout />, children: [{ path: '/broken', element: <Broken /> }] }],
    });
    expect(await screen.findByRole('heading', { name: "This screen didn't open" })).toBeTruthy();
    expect(screen.getByRole('button', { name: /quick exit/i })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'Go to the start' }));
    expect(screen.queryByRole('heading', { name: "This screen didn't open" })).toBeNull();
  });
});
