import WebSocket from 'ws';
import { ORIGIN, type Person } from './helpers';

/** A live event as a test client receives it. */
export interface Received {
  type: string;
  id: number;
  [key: string]: unknown;
}

/** Opens the live socket as a browser on the app's page would, collecting every message. */
export async function connectLive(base: string, person: Person, after?: number) {
  const url = `${base.replace('http', 'ws')}/api/live${after === undefined ? '' : `?after=${after}`}`;
  const ws = new WebSocket(url, { headers: { cookie: person.cookie, origin: ORIGIN } });
  const messages: Received[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`status ${res.statusCode}`)));
    ws.once('error', reject);
  });
  /** Waits up to 3 s for a message of `type`. */
  const waitFor = async (type: string) => {
    for (let i = 0; i < 300; i++) {
      const found = messages.find((m) => m.type === type);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no ${type} event; got ${JSON.stringify(messages)}`);
  };
  return { ws, messages, waitFor };
}
