import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorkerWhenIdle } from './service-worker';

/** A window stand-in: its load event and idle callbacks fire when the test says so. */
function fakeWindow({ loaded, idle = true }: { loaded: boolean; idle?: boolean }) {
  const onLoad: (() => void)[] = [];
  const idleCalls: { fn: () => void; timeout?: number }[] = [];
  const register = vi.fn(() => Promise.resolve({}));
  const win = {
    navigator: { serviceWorker: { register } },
    document: { readyState: loaded ? 'complete' : 'loading' },
    addEventListener: (type: string, fn: () => void) => {
      if (type === 'load') onLoad.push(fn);
    },
    requestIdleCallback: idle
      ? (fn: () => void, options?: { timeout?: number }) => idleCalls.push({ fn, timeout: options?.timeout })
      : undefined,
    setTimeout: (fn: () => void) => idleCalls.push({ fn }),
  } as unknown as Window;
  return {
    win,
    register,
    load: () => {
      for (const fn of onLoad) fn();
    },
    idle: () => {
      for (const c of idleCalls) c.fn();
    },
    idleCalls,
  };
}

describe('registerServiceWorkerWhenIdle', () => {
  it('waits for the page to load and then for the browser to be idle', () => {
    const w = fakeWindow({ loaded: false });
    registerServiceWorkerWhenIdle('/sw.js', { win: w.win, timeoutMs: 3000 });
    expect(w.idleCalls).toHaveLength(0);
    w.load();
    expect(w.register).not.toHaveBeenCalled();
    expect(w.idleCalls[0]?.timeout).toBe(3000);
    w.idle();
    expect(w.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('waits only for idle on a page that has already loaded, and a timer where there is no idle callback', () => {
    const loaded = fakeWindow({ loaded: true, idle: false });
    registerServiceWorkerWhenIdle('/sw.js', { win: loaded.win });
    expect(loaded.register).not.toHaveBeenCalled();
    loaded.idle();
    expect(loaded.register).toHaveBeenCalledTimes(1);
  });

  it('does nothing in a browser without service workers, and survives a refused registration', async () => {
    const none = { navigator: {}, document: { readyState: 'complete' } } as unknown as Window;
    expect(() => registerServiceWorkerWhenIdle('/sw.js', { win: none })).not.toThrow();
    const w = fakeWindow({ loaded: true });
    w.register.mockImplementationOnce(() => Promise.reject(new Error('insecure')));
    registerServiceWorkerWhenIdle('/sw.js', { win: w.win });
    w.idle();
    await Promise.resolve();
    expect(w.register).toHaveBeenCalledTimes(1);
  });
});
