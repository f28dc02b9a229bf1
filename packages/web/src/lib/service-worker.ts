/**
 * Registers the service worker once the page has loaded and the browser is idle. Installing it
 * precaches the shell and the offline screens (34 files; it was every file, ~80), and on a slow phone that work slowed the first page's
 * taps, the "I'm triggered" button's among them (decision 080); after the first screen has settled
 * nobody waits for it. `timeoutMs` bounds the wait on a page that is never idle.
 */
export function registerServiceWorkerWhenIdle(
  url = '/sw.js',
  { win = window, timeoutMs = 3000 }: { win?: Window; timeoutMs?: number } = {},
): void {
  const sw = win.navigator.serviceWorker;
  if (!sw) return;
  const register = () => {
    // A failed registration only means no offline copy this time; the page works without it.
    sw.register(url, { scope: '/' }).catch(() => {});
  };
  const whenIdle = () => {
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(register, { timeout: timeoutMs });
    else win.setTimeout(register, 1000);
  };
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });
}
