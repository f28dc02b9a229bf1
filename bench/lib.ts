import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = join(ROOT, 'packages/server/dist/cli.js');
const SOURCE = join(ROOT, 'packages/server/src/cli.ts');

/**
 * How to start the server: BENCH_SERVER (another build's cli.js, for an A/B of two builds), else the
 * build when there is one, else the source through tsx.
 */
export function serverArgs(): string[] {
  const other = process.env.BENCH_SERVER;
  if (other) return [other];
  return existsSync(BUILT) ? [BUILT] : ['--import', 'tsx', SOURCE];
}

/** Builds the server and the web app when either is missing (benches that open pages need both). */
export function ensureBuilt(): void {
  if (existsSync(BUILT) && existsSync(join(ROOT, 'packages/web/dist'))) return;
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  if (built.status !== 0) throw new Error('npm run build failed');
}

/**
 * A person signed up through the API, with a function to make their further requests (JSON in and out;
 * a 4xx or 5xx throws).
 */
export async function signedUp(base: string, displayName: string) {
  const email = `${displayName.toLowerCase()}.${randomBytes(4).toString('hex')}@example.com`;
  const r = await request(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'maple river lantern 7', displayName }),
  });
  if (r.status >= 400) throw new Error(`register failed: ${r.status} ${r.body}`);
  const cookie = String(r.headers['set-cookie']).split(';')[0] ?? '';
  const send = async (method: string, path: string, body: unknown = {}) => {
    const res = await request(`${base}${path}`, {
      method,
      headers: { origin: base, 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
    if (res.status >= 400) throw new Error(`${method} ${path} failed: ${res.status} ${res.body}`);
    return JSON.parse(res.body || '{}');
  };
  return { cookie, send };
}

/** A Mend server in its own process, so its CPU can be read apart from the load generator's. */
export interface Served {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the server (see `serverArgs`) and resolves when it listens. BENCH_WEB_DIST serves another web build
 * (for an A/B of two builds of the pages).
 */
export function serve(env: Record<string, string>): Promise<Served> {
  const web = process.env.BENCH_WEB_DIST;
  const proc = spawn(process.execPath, [...serverArgs(), 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT: '100000000',
      ...(web ? { WEB_DIST: web } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (c: Buffer) => {
      out += c;
      const m = /listening at (\S+)/.exec(out);
      if (m?.[1]) {
        const url = m[1];
        resolve({
          url,
          proc,
          stop: () =>
            new Promise((done) => {
              proc.once('exit', () => done());
              proc.kill('SIGTERM');
            }),
        });
      }
    });
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** CPU seconds a process has used so far (user + system), read from /proc. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP request over a kept-alive connection; answers the status and body. */
export function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      });
      req.on('error', reject);
      req.end(init.body);
    },
  );
}

/** Sends `total` requests with `concurrency` in flight; answers the wall time in seconds. */
export async function load(
  total: number,
  concurrency: number,
  send: (i: number) => Promise<{ status: number }>,
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const r = await send(next++);
        if (r.status >= 400) throw new Error(`request failed with ${r.status}`);
      }
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
