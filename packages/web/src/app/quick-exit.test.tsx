import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Outlet } from 'react-router';
import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { Dialog } from '../components/dialog';
import { renderPage } from '../test/render';
import { RootLayout } from './root-layout';

function renderInShell(child: ReactElement) {
  return renderPage(<Outlet />, {
    routes: [{ element: <RootLayout />, children: [{ path: '/page', element: child }] }],
    url: '/page',
  });
}

describe('quick exit', () => {
  let replace: MockInstance<(url: string | URL) => void>;
  beforeEach(() => {
    replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
  });

  it('leaves for the neutral page and forgets what the tab held, from the button', async () => {
    sessionStorage.setItem('draft', 'something private');
    const { queryClient } = renderInShell(<p>A sensitive page</p>);
    queryClient.setQueryData(['me'], { user: { displayName: 'Sam' } });

    await userEvent.click(await screen.findByRole('button', { name: /quick exit/i }));

    expect(replace).toHaveBeenCalledWith('/away.html');
    expect(sessionStorage.length).toBe(0);
    expect(queryClient.getQueryData(['me'])).toBeUndefined();
  });

  it('leaves when Esc is pressed anywhere, even while typing', async () => {
    renderInShell(<input aria-label="Note" />);
    await userEvent.click(await screen.findByRole('textbox', { name: 'Note' }));
    await userEvent.keyboard('{Escape}');
    expect(replace).toHaveBeenCalledWith('/away.html');
  });

  it('lets an open dialog have Esc, and offers its own quick exit inside it', async () => {
    renderInShell(
      <Dialog title="Are you sure?" onClose={() => undefined} actions={null}>
        <p>Body</p>
      </Dialog>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Are you sure?' });
    await userEvent.keyboard('{Escape}');
    expect(replace).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: /quick exit/i }));
    expect(replace).toHaveBeenCalledWith('/away.html');
  });
});
