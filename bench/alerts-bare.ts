// A child process of bench/alerts.ts: a bare WebSocket server (plain `http` + `ws`, nothing of
// Mend) that the alert benchmark compares against. Clients connect to /live?i=IDX. It sends
// messages of the alert's size:
//   - one message to one client, by itself at a fixed rate when told over IPC ("push": the bare
//     targeted push; each message carries the monotonic time just before it was sent),
//   - one message to one client when asked by POST /send?i=IDX&k=KEY (the same HTTP hop as the real
//     path, nothing else), or
//   - one message to every connected client when told over IPC ("broadcast": serialised once, sent
//     to each socket in turn; it carries the monotonic time just before the first send).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export type BareCommand =
  | { op: 'push'; idxs: number[]; rate: number; size: number; prefix: string }
  | { op: 'broadcast'; size: number; key: string }
  | { op: 'exit' };
export type BareReply =
  | { op: 'listening'; url: string }
  | { op: 'pushed'; sent: number; seconds: number }
  /** `sendMs`: how long the loop over every socket took. */
  | { op: 'broadcasted'; sent: number; sendMs: number };

// Run only by bench/alerts.ts (npm run bench runs every file here: without a parent, do nothing).
if (!process.send) process.exit(0);
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const sockets = new Map<number, WebSocket>();
let seq = 0;

/** An alert-shaped message padded to `size` bytes. */
function message(key: string, size: number, stamp: number): string {
  const m = {
    type: 'alert',
    id: ++seq,
    alertId: key,
    needs: ['reassurance'],
    at: new Date().toISOString(),
    t: stamp,
  };
  const text = JSON.stringify(m);
  const pad = size - text.length - 7; // ,"p":""
  return pad > 0 ? JSON.stringify({ ...m, p: 'x'.repeat(pad) }) : text;
}

function sendTo(idx: number, key: string, size: number): boolean {
  const ws = sockets.get(idx);
  if (!ws || ws.readyState !== WebSocket.OPEN) return false;
  ws.send(message(key, size, nowMs()));
  return true;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method === 'POST' && url.pathname === '/send') {
    req.resume();
    req.on('end', () => {
      const ok = sendTo(
        Number(url.searchParams.get('i')),
        String(url.searchParams.get('k')),
        Number(url.searchParams.get('s')),
      );
      res.writeHead(ok ? 201 : 404, { 'content-type': 'application/json' });
      res.end(ok ? '{"ok":true}' : '{"ok":false}');
    });
    return;
  }
  res.writeHead(404).end();
});
const wss = new WebSocketServer({ server, path: '/live', perMessageDeflate: false });
wss.on('connection', (ws, req) => {
  const idx = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('i'));
  sockets.set(idx, ws);
  ws.on('close', () => {
    if (sockets.get(idx) === ws) sockets.delete(idx);
  });
  ws.send(JSON.stringify({ type: 'ready', id: 0, at: new Date().toISOString() }));
});

async function push(cmd: Extract<BareCommand, { op: 'push' }>): Promise<void> {
  const started = nowMs();
  let i = 0;
  let sent = 0;
  while (i < cmd.idxs.length) {
    const due = Math.min(cmd.idxs.length, Math.floor(((nowMs() - started) / 1000) * cmd.rate) + 1);
    while (i < due) {
      if (sendTo(cmd.idxs[i] as number, `${cmd.prefix}${i}`, cmd.size)) sent++;
      i++;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  process.send?.({ op: 'pushed', sent, seconds: (nowMs() - started) / 1000 } satisfies BareReply);
}

/** One frame to every connected client, as a plain `ws` broadcast does it. */
function broadcast(cmd: Extract<BareCommand, { op: 'broadcast' }>): void {
  const stamp = nowMs();
  const text = message(cmd.key, cmd.size, stamp);
  let sent = 0;
  for (const ws of sockets.values()) {
    if (ws.readyState !== WebSocket.OPEN) continue;
    ws.send(text);
    sent++;
  }
  process.send?.({ op: 'broadcasted', sent, sendMs: nowMs() - stamp } satisfies BareReply);
}

process.on('message', (cmd: BareCommand) => {
  if (cmd.op === 'push') void push(cmd);
  else if (cmd.op === 'broadcast') broadcast(cmd);
  else if (cmd.op === 'exit') {
    for (const ws of sockets.values()) ws.terminate();
    server.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ op: 'listening', url: `http://127.0.0.1:${port}` } satisfies BareReply);
});
