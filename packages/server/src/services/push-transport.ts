import { isIP } from 'node:net';
import type { Vapid } from '../config';

/** What Mend ever puts in a push message: a fixed marker, never a name, a word or an id. */
export const PUSH_PAYLOAD = '{"t":"mend"}';

/** A push message ready to POST: encrypted body (RFC 8291) and VAPID headers (RFC 8292). */
export interface PushRequest {
  endpoint: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends one push message and answers the push service's HTTP status (0 when it could not be reached). */
export type PushTransport = (request: PushRequest) => Promise<number>;

/** How Web Push is set up for this app. */
export interface PushSettings {
  vapid: Vapid;
  /** Accept http://localhost and 127.0.0.1 endpoints: tests run a fake push service there. */
  allowLoopback: boolean;
  send: PushTransport;
}

/** A device's subscription as web-push reads it. */
interface Target {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** An unanswered alert stops mattering after 12 hours; the push service may drop it after that. */
const TTL_SECONDS = 12 * 60 * 60;

/**
 * Encrypts the fixed payload for one device and signs the request with the VAPID keys. web-push is
 * loaded on the first push, not at start: it adds ~40 ms to a start that has a 1 s budget.
 */
export async function pushRequestFor(target: Target, vapid: Vapid): Promise<PushRequest> {
  const { default: webpush } = await import('web-push');
  const details = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    PUSH_PAYLOAD,
    {
      vapidDetails: vapid,
      TTL: TTL_SECONDS,
      urgency: 'high',
      // One topic: a newer message replaces an undelivered older one at the push service.
      topic: 'mend',
      contentEncoding: 'aes128gcm',
    },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) {
    // fetch sets Content-Length itself.
    if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
  }
  return { endpoint: details.endpoint, headers, body: details.body };
}

/** The real transport: one POST, no redirects followed, ten seconds at most. */
export const fetchTransport: PushTransport = async ({ endpoint, headers, body }) => {
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: new Uint8Array(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await res.body?.cancel();
    return res.status;
  } catch {
    return 0;
  }
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why an endpoint cannot be a push service's address, or undefined when it can. Push services are
 * public https hosts; refusing IP literals, bare names and localhost keeps the server from being
 * pointed at its own network.
 */
export function endpointProblem(endpoint: string, allowLoopback: boolean): string | undefined {
  const url = new URL(endpoint);
  const host = url.hostname;
  if (allowLoopback && LOOPBACK.has(host)) return undefined;
  const refused = 'Use the https address the browser’s push service gave.';
  if (url.protocol !== 'https:' || url.username || url.password) return refused;
  if (isIP(host.replace(/^\[|\]$/g, '')) !== 0 || !host.includes('.') || host.endsWith('.localhost'))
    return refused;
  return undefined;
}
