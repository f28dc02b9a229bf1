import type { PushDeviceList, PushKeyReply } from '@mend/contracts';
import { ApiError, api } from './api-client';

/** Whether this browser can receive Web Push through Mend's service worker. */
export function pushSupported(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    typeof PushManager !== 'undefined' &&
    typeof Notification !== 'undefined'
  );
}

/** Mend's service worker registration, when there is one (there is none in development). */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return pushSupported() ? navigator.serviceWorker.getRegistration() : undefined;
}

/** This browser's push subscription, if it has one. */
async function browserSubscription(): Promise<PushSubscription | null> {
  return (await (await registration())?.pushManager.getSubscription()) ?? null;
}

/** Base64url text as bytes, as `applicationServerKey` wants them. */
export function base64urlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function sameKey(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.length) return false;
  const bytes = new Uint8Array(a);
  return bytes.every((byte, i) => byte === b[i]);
}

/** Whether push works here at all (a service worker is running) and whether Mend knows this device. */
export async function pushStatus(): Promise<'unavailable' | 'on' | 'off'> {
  const reg = await registration();
  if (!reg) return 'unavailable';
  const subscription = await reg.pushManager.getSubscription();
  if (!subscription || Notification.permission !== 'granted') return 'off';
  // The browser may still hold a subscription the server forgot (after a safety reset, say).
  const { devices } = await api<PushDeviceList>('/api/push/subscriptions');
  return devices.some((d) => d.endpoint === subscription.endpoint) ? 'on' : 'off';
}

/**
 * Asks permission, subscribes this browser with the server's key and tells Mend about it; answers
 * 'on', 'blocked' (permission refused) or 'off' (the question was dismissed).
 */
export async function turnOnPush(): Promise<'on' | 'off' | 'blocked'> {
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return 'blocked';
  const reg = await registration();
  if (permission !== 'granted' || !reg) return 'off';
  const key = base64urlBytes((await api<PushKeyReply>('/api/push/key')).publicKey);
  let subscription = await reg.pushManager.getSubscription();
  // A subscription made under an older server key can never be delivered to: start again.
  if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  await api('/api/push/subscriptions', { method: 'POST', body: subscription.toJSON() });
  return 'on';
}

/** Tells Mend to forget this device, then drops the browser's subscription. */
export async function turnOffPush(): Promise<void> {
  const subscription = await browserSubscription();
  if (!subscription) return;
  try {
    await api('/api/push/subscriptions', { method: 'DELETE', body: { endpoint: subscription.endpoint } });
  } catch (err) {
    // 404: Mend had already forgotten it; the browser's side still goes.
    if (!(err instanceof ApiError && err.status === 404)) throw err;
  }
  await subscription.unsubscribe();
}
