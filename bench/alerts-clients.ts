// A child process of bench/alerts.ts holding thousands of live WebSocket clients (partners'
// devices). It opens and closes them when told over IPC and notes, for every alert that arrives,
// the monotonic time of arrival (process.hrtime is CLOCK_MONOTONIC, shared by every process on the
// machine, so the parent can subtract the time it sent the POST).
import WebSocket from 'ws';

/** What the parent asks for. */
export type ClientCommand =
  | {
      op: 'open';
      target: 'mend' | 'bare';
      url: string;
      origin: string;
      items: { idx: number; cookie?: string; after?: number }[];
      concurrency: number;
    }
  | { op: 'close'; target: 'mend' | 'bare'; idxs?: number[] }
  | { op: 'collect' }
  | { op: 'count' }
  | { op: 'exit' };

/** One arrival: key (alertId), arrival ms (monotonic), the sender's stamp in ms when the message had one. */
export type Arrival = [key: string, arrivedMs: number, stampMs: number, target: 'mend' | 'bare', idx: number];

/** What this process answers. */
export type ClientReply =
  | { op: 'opened'; opened: number; failed: number; errors: string[]; seconds: number }
  | { op: 'closed'; lastIds: Record<number, number> }
  | { op: 'collected'; arrivals: Arrival[]; sizes: number[]; stalls: [atMs: number, gapMs: number][] }
  | { op: 'count'; n: number };

interface Conn {
  ws: WebSocket;
  lastId: number;
}

// Run only by bench/alerts.ts (npm run bench runs every file here: without a parent, do nothing).
if (!process.send) process.exit(0);
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const conns = { mend: new Map<number, Conn>(), bare: new Map<number, Conn>() };
let arrivals: Arrival[] = [];
const sizes: number[] = [];

// This process is nearly idle while alerts flow, so a long gap between its timer ticks means the
// machine did not run it: a stall the server suffers too, through no fault of its own.
let stalls: [number, number][] = [];
let lastTick = nowMs();
setInterval(() => {
  const t = nowMs();
  if (t - lastTick >= 50) stalls.push([lastTick, t - lastTick]);
  lastTick = t;
}, 5).unref();

function reply(r: ClientReply): void {
  process.send?.(r);
}

function openOne(
  target: 'mend' | 'bare',
  url: string,
  origin: string,
  item: { idx: number; cookie?: string; after?: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const query =
      target === 'bare' ? `?i=${item.idx}` : item.after !== undefined ? `?after=${item.after}` : '';
    const ws = new WebSocket(`${url}${query}`, {
      headers: { origin, ...(item.cookie ? { cookie: item.cookie } : {}) },
      perMessageDeflate: false,
    });
    const conn: Conn = { ws, lastId: item.after ?? 0 };
    let ready = false;
    const timer = setTimeout(() => {
      if (!ready) {
        ws.terminate();
        reject(new Error('no ready message within 60 s'));
      }
    }, 60_000);
    ws.on('message', (data: Buffer) => {
      const arrived = nowMs();
      const text = data.toString();
      const m = JSON.parse(text) as { type: string; id: number; alertId?: string; t?: number };
      if (m.type === 'ready') {
        ready = true;
        clearTimeout(timer);
        if (typeof m.id === 'number') conn.lastId = Math.max(conn.lastId, m.id);
        conns[target].set(item.idx, conn);
        resolve();
        return;
      }
      if (typeof m.id === 'number') conn.lastId = Math.max(conn.lastId, m.id);
      if (m.type === 'alert' && m.alertId) {
        arrivals.push([m.alertId, arrived, m.t ?? 0, target, item.idx]);
        if (sizes.length < 5) sizes.push(Buffer.byteLength(text));
      }
    });
    ws.once('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      reject(new Error(`refused: ${res.statusCode}`));
    });
    ws.once('error', (err) => {
      clearTimeout(timer);
      if (!ready) reject(err);
    });
  });
}

async function open(cmd: Extract<ClientCommand, { op: 'open' }>): Promise<void> {
  const started = nowMs();
  let next = 0;
  let failed = 0;
  const errors: string[] = [];
  await Promise.all(
    Array.from({ length: Math.min(cmd.concurrency, cmd.items.length) }, async () => {
      while (next < cmd.items.length) {
        const item = cmd.items[next++];
        if (!item) break;
        try {
          await openOne(cmd.target, cmd.url, cmd.origin, item);
        } catch (err) {
          failed++;
          if (errors.length < 5) errors.push(err instanceof Error ? err.message : String(err));
        }
      }
    }),
  );
  reply({
    op: 'opened',
    opened: cmd.items.length - failed,
    failed,
    errors,
    seconds: (nowMs() - started) / 1000,
  });
}

async function close(cmd: Extract<ClientCommand, { op: 'close' }>): Promise<void> {
  const map = conns[cmd.target];
  const idxs = cmd.idxs ?? [...map.keys()];
  const lastIds: Record<number, number> = {};
  await Promise.all(
    idxs.map(
      (idx) =>
        new Promise<void>((resolve) => {
          const conn = map.get(idx);
          if (!conn) return resolve();
          lastIds[idx] = conn.lastId;
          map.delete(idx);
          if (conn.ws.readyState === WebSocket.CLOSED) return resolve();
          const timer = setTimeout(() => {
            conn.ws.terminate();
            resolve();
          }, 5000);
          conn.ws.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          conn.ws.close();
        }),
    ),
  );
  reply({ op: 'closed', lastIds });
}

process.on('message', (cmd: ClientCommand) => {
  if (cmd.op === 'open') void open(cmd);
  else if (cmd.op === 'close') void close(cmd);
  else if (cmd.op === 'count') reply({ op: 'count', n: arrivals.length });
  else if (cmd.op === 'collect') {
    reply({ op: 'collected', arrivals, sizes, stalls });
    arrivals = [];
    stalls = [];
  } else if (cmd.op === 'exit') {
    for (const map of Object.values(conns)) for (const c of map.values()) c.ws.terminate();
    process.exit(0);
  }
});
// Stop by itself if the parent goes away.
process.on('disconnect', () => process.exit(0));
