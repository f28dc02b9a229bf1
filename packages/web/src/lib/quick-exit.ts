import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

export const AWAY_PAGE = '/away.html';

/**
 * Leaves Mend in one action: forget everything held in memory and in this tab's storage, then
 * replace the current history entry with a neutral page, so Back does not return to it.
 */
export function quickExit(queryClient: QueryClient): void {
  document.documentElement.style.visibility = 'hidden';
  try {
    queryClient.clear();
  } catch {
    // Leaving matters more than tidying up.
  }
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage can be unavailable (privacy modes); nothing to clear then.
  }
  window.location.replace(AWAY_PAGE);
}

/** Esc anywhere leaves Mend, unless an open dialog is the thing Esc should close. */
export function useQuickExitKey(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      quickExit(queryClient);
    };
    // A page restored from the back/forward cache must not stay hidden.
    const onPageShow = () => {
      document.documentElement.style.visibility = '';
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [queryClient]);
}
