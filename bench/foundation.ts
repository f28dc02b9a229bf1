// Foundation benchmark: a bare route against an authenticated read (GET /api/me) and an
// authenticated write with a live publish (PUT /api/status, the partner listening on a socket),
// interleaved in rounds on one server process; CPU per request and throughput as ratios.
// Then the embedded start time. Prints JSON. Usage: npx tsx bench/foundation.ts
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { cpuSeconds, load, median, request, serve } from './lib';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = 16;
const COUPLES = 12; // 24 sign-ups: under the 30-per-address limit
const BUDGET = { read: { cpu: 8, throughput: 0.2 }, write: { cpu: 12, throughput: 0.12 }, startSeconds: 1 };

async function signUp(base: string, name: string) {
  const headers = { origin: base, 'content-type': 'application/json' };
  const email = `${name}.${randomBytes(4).toString('hex')}@example.com`;
  const r = await request(`${base}/api/auth/register`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: 'maple river lantern 7', displayName: name }),
  });
  const cookie = String(r.headers['set-cookie']).split(';')[0] ?? '';
  return { cookie, headers: { ...headers, cookie } };
}

/** A couple in one space, the hurt partner listening on the live socket. */
async function coupleOn(base: string, onEvent: (type: string) => void) {
  const hurt = await signUp(base, 'Hana');
  const repairing = await signUp(base, 'Ravi');
  const post = (who: typeof hurt, path: string, body: unknown) =>
    request(`${base}${path}`, { method: 'POST', headers: who.headers, body: JSON.stringify(body) });
  await post(hurt, '/api/spaces', { role: 'hurt' });
  const invite = JSON.parse((await post(hurt, '/api/spaces/current/invites', {})).body);
  await post(repairing, `/api/invites/${invite.code}/accept`, {});
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/live`, {
    headers: { cookie: hurt.cookie, origin: base },
  });
  ws.on('message', (data) => onEvent(JSON.parse(String(data)).type));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('unexpected-response', (_q, res) => reject(new Error(`live socket refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
  return { hurt, repairing, ws };
}

async function engineRun(engine: 'sqlite' | 'postgres', env: Record<string, string>) {
  const server = await serve(env);
  const base = server.url;
  let delivered = 0;
  const couples: Awaited<ReturnType<typeof coupleOn>>[] = [];
  // Many couples, as real load would be: one couple's writes are a person's, not a crowd's.
  for (let i = 0; i < COUPLES; i++)
    couples.push(
      await coupleOn(base, (type) => {
        if (type !== 'ready') delivered++;
      }),
    );
  const pick = (i: number) => couples[i % COUPLES] as Awaited<ReturnType<typeof coupleOn>>;
  process.stderr.write(`${engine}: ${COUPLES} couples ready, measuring\n`);

  const kinds = {
    bare: () => request(`${base}/api/__bench/hello`),
    read: (i: number) => request(`${base}/api/me`, { headers: { cookie: pick(i).hurt.cookie } }),
    write: (i: number) =>
      request(`${base}/api/status`, {
        method: 'PUT',
        headers: pick(i).repairing.headers,
        body: JSON.stringify({ text: `bench ${i}`, visibility: 'partner' }),
      }),
  };
  const samples: Record<string, { cpu: number[]; rps: number[] }> = {
    bare: { cpu: [], rps: [] },
    read: { cpu: [], rps: [] },
    write: { cpu: [], rps: [] },
  };
  const pid = server.proc.pid as number;
  for (const send of Object.values(kinds)) await load(200, CONCURRENCY, send); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, send] of Object.entries(kinds)) {
      const cpu0 = cpuSeconds(pid);
      const seconds = await load(PER_ROUND, CONCURRENCY, send);
      samples[name]?.cpu.push(((cpuSeconds(pid) - cpu0) / PER_ROUND) * 1e6);
      samples[name]?.rps.push(PER_ROUND / seconds);
    }
  }
  // NOTIFY delivery is asynchronous: give the last events a moment to arrive before counting.
  const expected = ROUNDS * PER_ROUND + 200;
  for (let i = 0; i < 300 && delivered < expected; i++) await new Promise((r) => setTimeout(r, 10));
  for (const c of couples) c.ws.close();
  await server.stop();
  const m = (k: string, f: 'cpu' | 'rps') => median(samples[k]?.[f] ?? []);
  const result = {
    engine,
    cpuMicrosPerRequest: { bare: m('bare', 'cpu'), read: m('read', 'cpu'), write: m('write', 'cpu') },
    requestsPerSecond: { bare: m('bare', 'rps'), read: m('read', 'rps'), write: m('write', 'rps') },
    ratios: {
      readCpu: m('read', 'cpu') / m('bare', 'cpu'),
      readThroughput: m('read', 'rps') / m('bare', 'rps'),
      writeCpu: m('write', 'cpu') / m('bare', 'cpu'),
      writeThroughput: m('write', 'rps') / m('bare', 'rps'),
    },
    liveEventsDelivered: delivered,
    liveEventsExpected: expected,
  };
  const r = result.ratios;
  return {
    ...result,
    allLiveEventsDelivered: delivered === expected,
    withinBudget:
      r.readCpu <= BUDGET.read.cpu &&
      r.readThroughput >= BUDGET.read.throughput &&
      r.writeCpu <= BUDGET.write.cpu &&
      r.writeThroughput >= BUDGET.write.throughput,
  };
}

async function startTime(): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = process.hrtime.bigint();
    const server = await serve({ DATA_DIR: mkdtempSync(join(tmpdir(), 'mend-start-')) });
    while ((await request(`${server.url}/api/health`).catch(() => ({ status: 0 }))).status !== 200);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    await server.stop();
  }
  return times;
}

async function postgresUrl(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 1500 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  return {
    url: `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    async drop() {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

const runs = [await engineRun('sqlite', { DATA_DIR: mkdtempSync(join(tmpdir(), 'mend-bench-')) })];
const pgTarget = await postgresUrl();
if (pgTarget) {
  runs.push(
    await engineRun('postgres', {
      DATABASE_URL: pgTarget.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'mend-bench-')),
    }),
  );
  await pgTarget.drop();
}
const starts = await startTime();
console.log(
  JSON.stringify(
    {
      bench: 'foundation',
      rounds: ROUNDS,
      requestsPerRound: PER_ROUND,
      concurrency: CONCURRENCY,
      budget: BUDGET,
      engines: runs,
      postgres: pgTarget ? 'ran' : 'did not run: no PostgreSQL reachable',
      embeddedStartSeconds: { median: median(starts), max: Math.max(...starts), runs: starts },
      startWithinBudget: median(starts) <= BUDGET.startSeconds,
    },
    null,
    2,
  ),
);
