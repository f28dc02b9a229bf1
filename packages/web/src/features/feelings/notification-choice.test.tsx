import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64urlBytes } from '../../lib/push';
import { mockApi } from '../../test/api-mock';
import { NotificationChoice } from './notification-choice';
import { DISCREET_NOTIFICATION } from './words';

const KEY = `B${'Q'.repeat(86)}`;
const ENDPOINT = 'https://push.example.net/send/this-device';

/** A browser with a service worker, a push manager and a permission the test sets. */
function fakeBrowser({ permission = 'default', subscribed = false } = {}) {
  const state = { permission: permission as NotificationPermission };
  const unsubscribe = vi.fn(async () => {
    current = null;
    return true;
  });
  const makeSubscription = (key: Uint8Array) => ({
    endpoint: ENDPOINT,
    options: { applicationServerKey: key.buffer },
    toJSON: () => ({ endpoint: ENDPOINT, expirationTime: null, keys: { p256dh: 'p', auth: 'a' } }),
    unsubscribe,
  });
  let current: ReturnType<typeof makeSubscription> | null = subscribed
    ? makeSubscription(base64urlBytes(KEY))
    : null;
  const subscribe = vi.fn(async (options: { applicationServerKey: Uint8Array }) => {
    current = makeSubscription(options.applicationServerKey);
    return current;
  });
  const requestPermission = vi.fn(async () => {
    state.permission = 'granted';
    return state.permission;
  });
  vi.stubGlobal(
    'Notification',
    Object.assign(() => undefined, {
      get permission() {
        return state.permission;
      },
      requestPermission,
    }),
  );
  vi.stubGlobal('PushManager', class {});
  const pushManager = { getSubscription: async () => current, subscribe };
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistration: async () => ({ pushManager }) },
  });
  return { subscribe, unsubscribe, requestPermission };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('discreet notifications on this device', () => {
  it('subscribes this device with the server’s key, then offers to turn it off again', async () => {
    const browser = fakeBrowser();
    const posted: unknown[] = [];
    const deleted: unknown[] = [];
    mockApi({
      'GET /api/push/key': () => ({ status: 200, body: { publicKey: KEY } }),
      'POST /api/push/subscriptions': (body) => {
        posted.push(body);
        return {
          status: 201,
          body: {
            device: { endpoint: ENDPOINT, createdAt: '2026-11-24T12:00:00.000Z', lastSuccessAt: null },
          },
        };
      },
      'DELETE /api/push/subscriptions': (body) => {
        deleted.push(body);
        return { status: 204 };
      },
    });
    render(<NotificationChoice partnerName="Ravi" />);
    expect(screen.getByText(/even when Mend is closed/)).toBeTruthy();
    expect(screen.getByText(new RegExp(DISCREET_NOTIFICATION.body))).toBeTruthy();

    await userEvent.click(await screen.findByRole('button', { name: 'Turn on notices' }));
    expect(browser.requestPermission).toHaveBeenCalledOnce();
    const key = browser.subscribe.mock.calls[0]?.[0].applicationServerKey;
    expect(key && Array.from(key)).toEqual(Array.from(Buffer.from(KEY, 'base64url')));
    expect(posted).toEqual([{ endpoint: ENDPOINT, expirationTime: null, keys: { p256dh: 'p', auth: 'a' } }]);
    expect(await screen.findByText(/On for this device/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Turn off on this device' }));
    expect(deleted).toEqual([{ endpoint: ENDPOINT }]);
    expect(browser.unsubscribe).toHaveBeenCalledOnce();
    expect(await screen.findByRole('button', { name: 'Turn on notices' })).toBeTruthy();
  });

  it('shows “on” only when Mend still knows this device', async () => {
    fakeBrowser({ permission: 'granted', subscribed: true });
    mockApi({
      'GET /api/push/subscriptions': () => ({
        status: 200,
        body: {
          devices: [{ endpoint: ENDPOINT, createdAt: '2026-11-24T12:00:00.000Z', lastSuccessAt: null }],
        },
      }),
    });
    render(<NotificationChoice partnerName="Ravi" />);
    expect(await screen.findByRole('button', { name: 'Turn off on this device' })).toBeTruthy();
  });

  it('offers to turn it on again when Mend forgot this device (after a safety reset, say)', async () => {
    fakeBrowser({ permission: 'granted', subscribed: true });
    mockApi({ 'GET /api/push/subscriptions': () => ({ status: 200, body: { devices: [] } }) });
    render(<NotificationChoice partnerName="Ravi" />);
    expect(await screen.findByRole('button', { name: 'Turn on notices' })).toBeTruthy();
    expect(screen.queryByText(/On for this device/)).toBeNull();
  });

  it('says so when notifications are blocked, and asks nothing', async () => {
    fakeBrowser({ permission: 'denied' });
    const fetch = mockApi({});
    render(<NotificationChoice partnerName="Ravi" />);
    expect(screen.getByText(/blocked in this browser’s settings/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('without Web Push, keeps the notice that shows while Mend is open', async () => {
    const requestPermission = vi.fn(async () => 'granted' as const);
    vi.stubGlobal(
      'Notification',
      Object.assign(() => undefined, { permission: 'default', requestPermission }),
    );
    const fetch = mockApi({});
    render(<NotificationChoice partnerName="Ravi" />);
    expect(screen.getByText(/Mend is open in the background/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Turn on notices' }));
    expect(requestPermission).toHaveBeenCalledOnce();
    expect(await screen.findByText(/Notifications are on for this device/)).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the push service worker (public/push-sw.js)', () => {
  /** Runs the script against a stand-in `self` and returns its event listeners. */
  function loadWorker(windows: { url: string; focus: () => Promise<void> }[]) {
    const listeners: Record<string, (event: unknown) => void> = {};
    const shown: unknown[][] = [];
    const opened: string[] = [];
    const self = {
      location: { origin: 'https://mend.example.org' },
      addEventListener: (type: string, fn: (event: unknown) => void) => {
        listeners[type] = fn;
      },
      registration: { showNotification: async (...args: unknown[]) => void shown.push(args) },
      clients: {
        matchAll: async () => windows,
        openWindow: async (url: string) => void opened.push(url),
      },
    };
    const code = readFileSync(join(import.meta.dirname, '../../../public/push-sw.js'), 'utf8');
    new Function('self', code)(self);
    const fire = async (type: string, event: object) => {
      const waits: Promise<unknown>[] = [];
      listeners[type]?.({ ...event, waitUntil: (p: Promise<unknown>) => waits.push(p) });
      await Promise.all(waits);
    };
    return { fire, shown, opened };
  }

  it('shows only the neutral words, whatever the push carried', async () => {
    const worker = loadWorker([]);
    await worker.fire('push', { data: { json: () => ({ name: 'Hana', needs: ['closeness'] }) } });
    expect(worker.shown).toEqual([
      [
        DISCREET_NOTIFICATION.title,
        { body: DISCREET_NOTIFICATION.body, tag: 'mend', icon: '/icons/icon-192.png' },
      ],
    ]);
  });

  it('brings an open Mend window forward, or opens Today', async () => {
    const close = vi.fn();
    const focus = vi.fn(async () => undefined);
    const withWindow = loadWorker([{ url: 'https://mend.example.org/talk', focus }]);
    await withWindow.fire('notificationclick', { notification: { close } });
    expect(close).toHaveBeenCalled();
    expect(focus).toHaveBeenCalledOnce();
    expect(withWindow.opened).toEqual([]);

    const away = vi.fn(async () => undefined);
    const none = loadWorker([{ url: 'https://mend.example.org/away.html', focus: away }]);
    await none.fire('notificationclick', { notification: { close } });
    expect(away).not.toHaveBeenCalled();
    expect(none.opened).toEqual(['/today']);
  });
});
