// Ledger and pillars benchmark (issue 6, "Performance"): the ledger and the pillars dashboard read
// weekly roll-ups, not raw history, so their cost must barely move as history grows. For each
// history length (7, 90, 365, 730 days) a fresh database gets 200 couples with 10 events a day each
// plus weekly pillar ratings; then GET /api/pillars?weeks=12 (the dashboard) and GET /api/ledger?weeks=12
// are requested through the real app (`buildApp` + `app.inject` with each person's session cookie),
// sequentially for latency and with some concurrency for throughput. Budget: the dashboard's p50
// latency at 730 days ≤ 1.5 × its p50 at 7 days, on SQLite and on PostgreSQL.
//
// Seeding. The schema comes from the server's own migrations. The first LEDGER_API_COUPLES couples
// sign up through the real API (register both partners, create the space, invite, accept); the rest
// are inserted directly (argon2 for 400 sign-ups per database would dominate the run) with session
// rows whose ids are HMAC-SHA-256(secret, token), exactly as the auth service computes them, so
// every request still goes through the real cookie → session → actor path. History is inserted
// with Kysely in multi-row inserts, one transaction per group of couples. A day of one couple:
//   4 promises settled (commitments + outcomes + action_events; a renegotiated one also gets the
//     outcome of its new time, as the app writes it; ~65% are reviewed, 5% disputed),
//   2 plans (plans + plan_updates + outcomes),
//   2 reassurance messages (an ask from the hurt partner, an update from the repairing partner,
//     `proactive` decided by the domain's isProactive against the last ask),
//   1 alert acknowledged (alerts.acked_at),
//   1 question (questions: the dashboard counts them; LEDGER_QUESTIONS=0 leaves them out)
// = 10 events a day; pillar ratings come on top: 4 pillars × 2 partners once a week.
// The roll-ups are what the app would have written: the domain's recompute() over the very entries
// inserted (outcome, reassurance, acknowledgement), in the same transaction as the raw rows. After
// seeding, for LEDGER_CHECK_COUPLES couples the stored roll-ups are compared with a recount from the
// raw rows (as services/action/privacy.ts rebuildRollups does) and with GET /api/ledger.
//
// Measuring. All history lengths of an engine stay open and are measured in interleaved rounds
// (the machine is shared; interleaving spreads its noise over all of them alike). Latency is per
// request around app.inject (in-process: no socket, so it is the server's own cost). The cost
// compared is the p50 of sequential latency (the mean is reported beside it). Then each query one
// dashboard request sends is captured from the driver and timed on its own at every history length,
// with its plan at the longest one, to show which query (if any) grows with history.
//
// Usage: npx tsx bench/ledger.ts   (prints JSON on stdout; progress on stderr)
// Knobs: LEDGER_COUPLES=200 LEDGER_DAYS=7,90,365,730 LEDGER_ENGINES=sqlite,postgres
//        LEDGER_REQUESTS=2000 (sequential, per route and history length) LEDGER_CONCURRENT=2000
//        LEDGER_CONCURRENCY=8 LEDGER_ROUNDS=4 LEDGER_API_COUPLES=10 LEDGER_CHECK_COUPLES=5
//        LEDGER_QUESTIONS=1 (questions a day) LEDGER_QUERY_RUNS=300 (per captured query, 0 skips)
//        TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
// Quick check: LEDGER_COUPLES=20 LEDGER_DAYS=7,730 LEDGER_REQUESTS=400 LEDGER_CONCURRENT=400 npx tsx bench/ledger.ts
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ackAfterSeconds,
  isProactive,
  type LedgerEntry,
  localTimeOf,
  type Outcome,
  recompute,
  type WeeklyCounts,
  weekStartOf,
} from '@mend/domain';
import { buildApp, type Db, type MendApp, migrateToLatest, openDb } from '@mend/server';
import { hash } from '@node-rs/argon2';
import SQLite from 'better-sqlite3';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import pg from 'pg';

const env = process.env;
const COUPLES = Number(env.LEDGER_COUPLES ?? 200);
const DAYS = (env.LEDGER_DAYS ?? '7,90,365,730').split(',').map(Number);
const ENGINES = (env.LEDGER_ENGINES ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
const REQUESTS = Number(env.LEDGER_REQUESTS ?? 2000);
const CONCURRENT = Number(env.LEDGER_CONCURRENT ?? 2000);
const CONCURRENCY = Number(env.LEDGER_CONCURRENCY ?? 8);
const ROUNDS = Number(env.LEDGER_ROUNDS ?? 4);
const API_COUPLES = Math.min(COUPLES, Number(env.LEDGER_API_COUPLES ?? 10));
const CHECK_COUPLES = Math.min(COUPLES, Number(env.LEDGER_CHECK_COUPLES ?? 5));
const QUESTIONS = Number(env.LEDGER_QUESTIONS ?? 1);
const QUERY_RUNS = Number(env.LEDGER_QUERY_RUNS ?? 300);
const PG_BASE = env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WEEKS = 12;
const BUDGET = 1.5;
const TZ = 'Europe/Berlin';
const ORIGIN = 'http://mend.bench';
const SECRET = randomBytes(32).toString('base64url');
const PASSWORD = 'maple river lantern 7';
const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const PILLARS = ['honesty', 'responsibility', 'empathy', 'consistency'] as const;

const log = (text: string) => process.stderr.write(`ledger: ${text}\n`);
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;
type DB = Db['db'] extends Kysely<infer T> ? T : never;
type Tx = Kysely<DB> | Transaction<DB>;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
/** A seeded PRNG (mulberry32), so each couple's history is the same from run to run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An id in the server's UUIDv7 layout, its time part taken from `ms` (ids sort like the history). */
function idAt(ms: number): string {
  const u = randomUUID();
  const h = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${u.slice(15)}`;
}

// weekStartOf and localTimeOf go through Intl; within one UTC hour their answer for Europe/Berlin
// only differs by the minutes, so they are cached per hour (1.5 M events would otherwise spend
// most of the seeding in Intl).
const weekCache = new Map<number, string>();
function weekOf(at: number): string {
  const key = Math.floor(at / HOUR);
  let w = weekCache.get(key);
  if (w === undefined) {
    w = weekStartOf(key * HOUR, TZ);
    weekCache.set(key, w);
  }
  return w;
}
const hourCache = new Map<number, string>();
function localTime(at: number): string {
  const key = Math.floor(at / HOUR);
  let h = hourCache.get(key);
  if (h === undefined) {
    h = localTimeOf(key * HOUR, TZ).slice(0, 3);
    hourCache.set(key, h);
  }
  return `${h}${String(new Date(at).getUTCMinutes()).padStart(2, '0')}`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return {
    n: s.length,
    meanMs: round(mean),
    p50Ms: round(percentile(s, 0.5)),
    p95Ms: round(percentile(s, 0.95)),
    p99Ms: round(percentile(s, 0.99)),
  };
}
const median = (v: number[]) =>
  percentile(
    [...v].sort((a, b) => a - b),
    0.5,
  );

// ---------------------------------------------------------------------------------------------
// Databases
// ---------------------------------------------------------------------------------------------
interface Target {
  engine: 'sqlite' | 'postgres';
  days: number;
  open(): Db;
  /** A plain connection for timing captured queries on their own. */
  raw(): Promise<RawConn>;
  liveChannel?: string;
  drop(): Promise<void>;
}

interface RawConn {
  run(text: string, params: unknown[]): Promise<void>;
  plan(text: string, params: unknown[]): Promise<string>;
  close(): Promise<void>;
}

async function makeTarget(engine: 'sqlite' | 'postgres', days: number): Promise<Target> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `mend-ledger-${days}-`));
    const file = join(dir, 'mend.sqlite');
    return {
      engine,
      days,
      open: () => openDb({ file }),
      async raw() {
        const conn = new SQLite(file, { readonly: true });
        const cache = new Map<string, SQLite.Statement>();
        const stmt = (t: string) => {
          let s = cache.get(t);
          if (!s) {
            s = conn.prepare(t);
            cache.set(t, s);
          }
          return s;
        };
        return {
          async run(text, params) {
            const s = stmt(text);
            if (s.reader) s.all(...params);
            else throw new Error('only reads are timed');
          },
          async plan(text, params) {
            return (conn.prepare(`explain query plan ${text}`).all(...params) as { detail: string }[])
              .map((r) => r.detail)
              .join(' | ');
          },
          async close() {
            conn.close();
          },
        };
      },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `bench_ledger_${randomBytes(4).toString('hex')}_${days}`;
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    engine,
    days,
    liveChannel: `live_${schema}`,
    open: () => openDb({ url: PG_BASE, schema }),
    async raw() {
      const c = new pg.Client({ connectionString: PG_BASE, options: `-c search_path=${schema}` });
      await c.connect();
      const names = new Map<string, string>();
      return {
        async run(text, params) {
          let name = names.get(text);
          if (!name) {
            name = `q${names.size}`;
            names.set(text, name);
          }
          await c.query({ name, text, values: params as unknown[] });
        },
        async plan(text, params) {
          const r = await c.query({
            text: `explain (analyze, buffers, costs off) ${text}`,
            values: params as unknown[],
          });
          return r.rows.map((x: Record<string, string>) => x['QUERY PLAN']).join('\n');
        },
        close: () => c.end(),
      };
    },
    async drop() {
      const a = new pg.Client({ connectionString: PG_BASE });
      await a.connect();
      await a.query(`drop schema if exists ${schema} cascade`);
      await a.end();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Couples
// ---------------------------------------------------------------------------------------------
interface Couple {
  i: number;
  spaceId: string;
  hurtId: string;
  repairingId: string;
  cookies: [string, string];
}

async function inject(app: MendApp, method: 'GET' | 'POST', url: string, cookie: string, body?: object) {
  const r = await app.inject({
    method,
    url,
    headers: { origin: ORIGIN, host: 'mend.bench', ...(cookie ? { cookie } : {}) },
    ...(body ? { payload: body } : {}),
  });
  if (r.statusCode >= 400) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  const set = r.cookies.find((c) => c.name === 'mend_session');
  return {
    json: r.body ? JSON.parse(r.body) : undefined,
    cookie: set ? `mend_session=${set.value}` : cookie,
  };
}

/** A couple through the real API: both sign up, the hurt partner makes the space and invites. */
async function coupleViaApi(app: MendApp, i: number, tag: string): Promise<Couple> {
  const register = async (name: string) =>
    inject(app, 'POST', '/api/auth/register', '', {
      email: `${name.toLowerCase()}.${i}.${tag}@bench.example`,
      password: PASSWORD,
      displayName: `${name} ${i}`,
    });
  const hurt = await register('Hana');
  const repairing = await register('Ravi');
  const space = await inject(app, 'POST', '/api/spaces', hurt.cookie, { role: 'hurt' });
  const invite = await inject(app, 'POST', '/api/spaces/current/invites', hurt.cookie, {});
  await inject(app, 'POST', `/api/invites/${invite.json.code}/accept`, repairing.cookie, {
    role: 'repairing',
  });
  return {
    i,
    spaceId: space.json.space.id,
    hurtId: hurt.json.user.id,
    repairingId: repairing.json.user.id,
    cookies: [hurt.cookie, repairing.cookie],
  };
}

let sharedHash: Promise<string> | undefined;
/** The other couples inserted directly: users, a space, both memberships and a session each. */
async function couplesDirect(db: Kysely<DB>, from: number, to: number, now: number, tag: string) {
  sharedHash ??= hash(PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const passwordHash = await sharedHash;
  const sessionId = (token: string) => createHmac('sha256', SECRET).update(token).digest('hex');
  const couples: Couple[] = [];
  const users: DB['users'][] = [];
  const spaces: Insertable<DB['spaces']>[] = [];
  const members: DB['members'][] = [];
  const sessions: DB['sessions'][] = [];
  for (let i = from; i < to; i++) {
    const c: Couple = { i, spaceId: idAt(now), hurtId: idAt(now), repairingId: idAt(now), cookies: ['', ''] };
    spaces.push({ id: c.spaceId, discovered_on: null, created_at: now });
    for (const [k, role] of (['hurt', 'repairing'] as const).entries()) {
      const id = role === 'hurt' ? c.hurtId : c.repairingId;
      const name = role === 'hurt' ? 'Hana' : 'Ravi';
      const email = `${name.toLowerCase()}.${i}.${tag}@bench.example`;
      users.push({
        id,
        email,
        email_key: email,
        display_name: `${name} ${i}`,
        password_hash: passwordHash,
        feels_safe: null,
        fears_threats: 0,
        fears_control: 0,
        created_at: now,
      });
      members.push({ user_id: id, space_id: c.spaceId, role, joined_at: now });
      const token = randomBytes(32).toString('base64url');
      sessions.push({
        id: sessionId(token),
        user_id: id,
        created_at: now,
        last_seen_at: now,
        expires_at: now + 30 * DAY,
      });
      c.cookies[k] = `mend_session=${token}`;
    }
    couples.push(c);
  }
  await db.transaction().execute(async (tx) => {
    await insertMany(tx, 'users', users);
    await insertMany(tx, 'spaces', spaces);
    await insertMany(tx, 'members', members);
    await insertMany(tx, 'sessions', sessions);
  });
  return couples;
}

// ---------------------------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------------------------
type TableName =
  | 'commitments'
  | 'outcomes'
  | 'action_events'
  | 'plans'
  | 'plan_updates'
  | 'reassurance_messages'
  | 'alerts'
  | 'questions'
  | 'pillar_ratings'
  | 'weekly_rollups'
  | 'action_settings';
type Rows = { [T in TableName]: DB[T][] };
const emptyRows = (): Rows => ({
  commitments: [],
  outcomes: [],
  action_events: [],
  plans: [],
  plan_updates: [],
  reassurance_messages: [],
  alerts: [],
  questions: [],
  pillar_ratings: [],
  weekly_rollups: [],
  action_settings: [],
});
const rowCount = (r: Rows) => Object.values(r).reduce((n, rows) => n + rows.length, 0);

/** Multi-row inserts kept under both engines' limits on bound parameters. */
async function insertMany(tx: Tx, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const chunk = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += chunk)
    await (tx as Kysely<Record<string, object>>)
      .insertInto(table)
      .values(rows.slice(i, i + chunk))
      .execute();
}

const COMMITMENT_TITLES = [
  'Text when leaving work',
  'Phone on the table at dinner',
  'Call at lunch',
  'Share the day',
];
const GRACE = 120 * MIN;

/**
 * One couple's history over `days` full days ending at `end` (a UTC midnight not after now): the raw
 * rows, and the weekly roll-ups recomputed from exactly the entries those rows stand for.
 */
function history(c: Couple, days: number, end: number, now: number, out: Rows): { events: number } {
  const r = rng(c.i * 7919 + days);
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo));
  const entries: LedgerEntry[] = [];
  const base = { space_id: c.spaceId, visibility: 'partner' as const };
  const rep = { ...base, author_id: c.repairingId };
  const hurt = { ...base, author_id: c.hurtId };
  let lastAsk: number | null = null;
  let events = 0;

  const event = (
    author: string,
    subject: string,
    kind: string,
    at: number,
    due: number | null,
    note: string | null = null,
  ) =>
    out.action_events.push({
      id: idAt(at),
      ...base,
      author_id: author,
      subject_id: subject,
      kind,
      due_at: due,
      note,
      created_at: at,
    });

  const outcomeRow = (
    source: 'commitment' | 'plan',
    sourceId: string,
    title: string,
    due: number,
    outcome: Outcome,
    at: number,
    createdAt: number,
  ) => {
    const week = weekOf(due);
    const x = r();
    const review = x < 0.05 ? 'disputed' : x < 0.65 ? 'confirmed' : null;
    const reviewedAt = review ? Math.min(at + between(1, 10) * HOUR, now - 1000) : null;
    const id = idAt(createdAt);
    out.outcomes.push({
      id,
      ...rep,
      source,
      source_id: sourceId,
      title,
      due_at: due,
      outcome,
      at,
      week_start: week,
      review,
      review_note: review === 'disputed' ? 'That is not how I remember it.' : null,
      reviewed_at: reviewedAt,
      created_at: createdAt,
    });
    if (review && reviewedAt !== null) event(c.hurtId, sourceId, review, reviewedAt, due);
    entries.push({ weekStart: week, kind: 'outcome', outcome, disputed: review === 'disputed' });
  };

  for (let d = 0; d < days; d++) {
    const day = end - (days - d) * DAY;

    // Four promises, each settled once (a renegotiated one again at its new time).
    for (const [k, hour] of [8, 12, 18, 21].entries()) {
      events++;
      const due = day + hour * HOUR + between(0, 50) * MIN;
      const id = idAt(due - 6 * HOUR);
      const title = COMMITMENT_TITLES[k] as string;
      const made = due - 6 * HOUR;
      event(c.repairingId, id, 'made', made, due);
      const x = r();
      let outcome: Outcome;
      let at: number;
      let promised = due;
      if (x < 0.7) {
        outcome = 'kept';
        at = due - between(0, 60) * MIN;
        outcomeRow('commitment', id, title, due, outcome, at, at);
        event(c.repairingId, id, 'done', at, due);
      } else if (x < 0.82) {
        outcome = 'late';
        at = due + between(5, 90) * MIN;
        outcomeRow('commitment', id, title, due, outcome, at, at);
        event(c.repairingId, id, 'done', at, due);
      } else if (x < 0.9) {
        outcome = 'missed';
        at = due + GRACE;
        outcomeRow('commitment', id, title, due, outcome, at, at);
        event(c.repairingId, id, 'missed', at, due);
      } else {
        // Renegotiated with notice, then kept at the new time: two entries, as the app writes them.
        const asked = due - between(30, 120) * MIN;
        promised = due + 2 * HOUR;
        outcomeRow('commitment', id, title, due, 'renegotiated', asked, asked);
        event(c.repairingId, id, 'renegotiated', asked, promised);
        outcome = 'kept';
        at = promised - between(0, 30) * MIN;
        outcomeRow('commitment', id, title, promised, outcome, at, at);
        event(c.repairingId, id, 'done', at, promised);
      }
      out.commitments.push({
        id,
        ...rep,
        title,
        recurrence: null,
        local_time: localTime(due),
        time_zone: TZ,
        menu_item_id: null,
        status: outcome === 'missed' ? 'missed' : 'done',
        due_at: null,
        promised_at: promised,
        outcome,
        created_at: made,
        updated_at: at,
      });
    }

    // Two plans: on my way, maybe running late (with notice or not), arrived or missed.
    for (const hour of [13, 19]) {
      events++;
      const eta = day + hour * HOUR + between(0, 50) * MIN;
      const created = eta - 3 * HOUR;
      const id = idAt(created);
      const what = hour === 13 ? 'Lunch with colleagues' : 'Home from the gym';
      const left = eta - 40 * MIN;
      const update = (kind: 'left' | 'late' | 'arrived', at: number, newEta: number | null, notice: number) =>
        out.plan_updates.push({
          id: idAt(at),
          ...rep,
          plan_id: id,
          kind,
          new_eta_at: newEta,
          notice,
          created_at: at,
        });
      update('left', left, null, 1);
      const x = r();
      let etaAt = eta;
      let notice = 1;
      let status: 'arrived' | 'missed' = 'arrived';
      let outcome: Outcome;
      let at: number;
      if (x < 0.7) {
        outcome = 'kept';
        at = eta - between(0, 20) * MIN;
      } else if (x < 0.85) {
        etaAt = eta + 30 * MIN;
        update('late', eta - 10 * MIN, etaAt, 1);
        outcome = 'renegotiated';
        at = etaAt - between(0, 20) * MIN;
      } else if (x < 0.95) {
        notice = 0;
        outcome = 'late';
        at = eta + between(10, 60) * MIN;
      } else {
        status = 'missed';
        outcome = 'missed';
        at = eta + GRACE;
      }
      if (status === 'arrived') update('arrived', at, null, notice);
      out.plans.push({
        id,
        ...rep,
        what,
        where_text: null,
        first_eta_at: eta,
        eta_at: etaAt,
        notice_given: notice,
        status,
        created_at: created,
        updated_at: at,
      });
      outcomeRow('plan', id, what, eta, outcome, at, at);
    }

    // An ask for reassurance and an update; the update counts (proactive or asked) in its week.
    const ask = day + between(9 * 60, 15 * 60) * MIN;
    const upd = day + between(8 * 60, 22 * 60) * MIN;
    events += 2;
    const lastAskBefore = ask <= upd ? ask : lastAsk;
    lastAsk = ask;
    out.reassurance_messages.push({
      id: idAt(ask),
      ...hurt,
      kind: 'ask',
      text: null,
      proactive: null,
      week_start: weekOf(ask),
      created_at: ask,
    });
    const proactive = isProactive(upd, lastAskBefore);
    out.reassurance_messages.push({
      id: idAt(upd),
      ...rep,
      kind: 'update',
      text: 'Leaving the office now, home by seven.',
      proactive: proactive ? 1 : 0,
      week_start: weekOf(upd),
      created_at: upd,
    });
    entries.push({ weekStart: weekOf(upd), kind: 'reassurance', proactive });

    // An alert, acknowledged within seconds to minutes.
    events++;
    const sent = day + between(8 * 60, 23 * 60) * MIN;
    const acked = sent + between(15, 900) * 1000;
    out.alerts.push({ id: idAt(sent), ...hurt, needs: '["reassurance"]', created_at: sent, acked_at: acked });
    entries.push({ weekStart: weekOf(sent), kind: 'ack', seconds: ackAfterSeconds(sent, acked) });

    // Questions (the dashboard shows how many are answered and open).
    for (let q = 0; q < QUESTIONS; q++) {
      events++;
      const asked = day + between(19 * 60, 23 * 60) * MIN;
      const x = r();
      const status = x < 0.85 ? 'answered' : x < 0.9 ? 'declined' : x < 0.95 ? 'follow_up' : 'open';
      const settled =
        status === 'answered' || status === 'declined'
          ? Math.min(asked + between(1, 48) * HOUR, now - 1000)
          : null;
      if (status === 'answered' && settled !== null)
        entries.push({ weekStart: weekOf(settled), kind: 'answer' });
      out.questions.push({
        id: idAt(asked),
        ...hurt,
        recipient_id: c.repairingId,
        text: 'Where were you on the evening of the 14th?',
        category: null,
        status,
        decline_reason: status === 'declined' ? 'Not yet, at our session.' : null,
        asked_before_id: null,
        created_at: asked,
        settled_at: settled,
        updated_at: settled ?? asked,
      });
    }
  }

  // Pillar ratings: each partner, each pillar, every week the history touches.
  const firstWeek = weekOf(end - days * DAY);
  const thisWeek = weekStartOf(now, TZ);
  for (let w = Date.parse(`${firstWeek}T00:00:00Z`); ; w += 7 * DAY) {
    const week = new Date(w).toISOString().slice(0, 10);
    if (week > thisWeek) break;
    const at = Math.min(w + 6 * DAY + 20 * HOUR, now - 1000);
    for (const author of [c.hurtId, c.repairingId])
      for (const pillar of PILLARS)
        out.pillar_ratings.push({
          id: idAt(at),
          ...base,
          author_id: author,
          week_start: week,
          pillar,
          score: between(1, 6),
          note: null,
          created_at: at,
          updated_at: at,
        });
  }

  out.action_settings.push({ space_id: c.spaceId, grace_minutes: 120, time_zone: TZ, updated_at: now });
  for (const [week, counts] of recompute(entries))
    out.weekly_rollups.push(rollupRow(c.spaceId, week, counts));
  return { events };
}

function rollupRow(spaceId: string, week: string, c: WeeklyCounts): DB['weekly_rollups'] {
  return {
    space_id: spaceId,
    week_start: week,
    kept: c.kept,
    renegotiated: c.renegotiated,
    late: c.late,
    missed: c.missed,
    disputed: c.disputed,
    proactive: c.proactive,
    asked: c.asked,
    acks: c.acks,
    ack_seconds: c.ackSeconds,
    answered: c.answered,
  };
}

async function seedHistory(db: Db, couples: Couple[], days: number, now: number) {
  const end = Math.floor(now / DAY) * DAY;
  // About 60,000 rows a transaction: one per couple at 730 days, all 200 couples at 7 days.
  const perCouple = days * (28 + QUESTIONS) + 8 * Math.ceil(days / 7 + 1);
  const group = Math.max(1, Math.floor(60_000 / perCouple));
  let events = 0;
  let rows = 0;
  let ratings = 0;
  let generateMs = 0;
  const groups: Couple[][] = [];
  for (let i = 0; i < couples.length; i += group) groups.push(couples.slice(i, i + group));
  // SQLite writes on one connection; PostgreSQL takes two streams so the generator and the
  // server overlap.
  const streams = db.engine === 'postgres' ? 2 : 1;
  let next = 0;
  await Promise.all(
    Array.from({ length: streams }, async () => {
      while (next < groups.length) {
        const mine = groups[next++] as Couple[];
        const out = emptyRows();
        const g0 = nowMs();
        for (const c of mine) events += history(c, days, end, now, out).events;
        generateMs += nowMs() - g0;
        rows += rowCount(out);
        ratings += out.pillar_ratings.length;
        await db.db.transaction().execute(async (tx) => {
          if (db.engine === 'postgres') await sql`set local synchronous_commit = off`.execute(tx);
          for (const [table, list] of Object.entries(out)) await insertMany(tx, table, list);
        });
      }
    }),
  );
  return { events, ratings, rows, generateSeconds: round(generateMs / 1000, 1) };
}

// ---------------------------------------------------------------------------------------------
// Correctness: stored roll-ups = a recount from the raw rows = what GET /api/ledger shows
// ---------------------------------------------------------------------------------------------
async function checkRollups(app: MendApp, db: Kysely<DB>, sample: Couple[]) {
  const failures: string[] = [];
  let weeksCompared = 0;
  for (const c of sample) {
    // The same sources and rules as rebuildRollups in services/action/privacy.ts.
    const { outcomes, updates, alerts, answers } = await app.repos.rollups.sources(c.spaceId);
    const settings = await app.repos.actionSettings.find(c.spaceId);
    const timeZone = settings?.time_zone ?? 'UTC';
    const recount = recompute([
      ...outcomes.map(
        (o): LedgerEntry => ({
          weekStart: o.week_start,
          kind: 'outcome',
          outcome: o.outcome,
          disputed: o.review === 'disputed',
        }),
      ),
      ...updates.map(
        (u): LedgerEntry => ({ weekStart: u.week_start, kind: 'reassurance', proactive: u.proactive === 1 }),
      ),
      ...alerts.map(
        (a): LedgerEntry => ({
          weekStart: weekStartOf(a.created_at, timeZone),
          kind: 'ack',
          seconds: ackAfterSeconds(a.created_at, a.acked_at ?? a.created_at),
        }),
      ),
      ...answers.map(
        (q): LedgerEntry => ({ weekStart: weekStartOf(q.settled_at ?? 0, timeZone), kind: 'answer' }),
      ),
    ]);
    const stored = await db
      .selectFrom('weekly_rollups')
      .selectAll()
      .where('space_id', '=', c.spaceId)
      .execute();
    if (stored.length !== recount.size)
      failures.push(`couple ${c.i}: ${stored.length} stored weeks, ${recount.size} recounted`);
    for (const row of stored) {
      weeksCompared++;
      const want = recount.get(row.week_start);
      const got = rollupRow(c.spaceId, row.week_start, {
        kept: Number(row.kept),
        renegotiated: Number(row.renegotiated),
        late: Number(row.late),
        missed: Number(row.missed),
        disputed: Number(row.disputed),
        proactive: Number(row.proactive),
        asked: Number(row.asked),
        acks: Number(row.acks),
        ackSeconds: Number(row.ack_seconds),
        answered: Number(row.answered),
      });
      const expected = want ? rollupRow(c.spaceId, row.week_start, want) : undefined;
      if (!expected || JSON.stringify(expected) !== JSON.stringify(got))
        failures.push(
          `couple ${c.i} week ${row.week_start}: stored ${JSON.stringify(got)} recounted ${JSON.stringify(expected)}`,
        );
    }
    // And the ledger the app serves shows the stored weeks.
    const ledger = (await inject(app, 'GET', '/api/ledger?weeks=52', c.cookies[0])).json as {
      weeks: {
        weekStart: string;
        kept: number;
        renegotiated: number;
        late: number;
        missed: number;
        disputed: number;
      }[];
    };
    for (const w of ledger.weeks) {
      const want = recount.get(w.weekStart);
      for (const k of ['kept', 'renegotiated', 'late', 'missed', 'disputed'] as const)
        if ((want?.[k] ?? 0) !== w[k])
          failures.push(`couple ${c.i} ledger ${w.weekStart} ${k}: ${w[k]} ≠ ${want?.[k] ?? 0}`);
    }
  }
  return {
    couples: sample.length,
    weeksCompared,
    equal: failures.length === 0,
    failures: failures.slice(0, 5),
  };
}

// ---------------------------------------------------------------------------------------------
// Capturing the SQL of one dashboard request, to time each query on its own
// ---------------------------------------------------------------------------------------------
const captured: { text: string; params: unknown[] }[] = [];
let capturing = false;
{
  // better-sqlite3: every statement shares one prototype; record reads while capturing.
  const probe = new SQLite(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, unknown>;
  probe.close();
  for (const m of ['all', 'get', 'iterate'] as const) {
    const original = proto[m] as (...a: unknown[]) => unknown;
    proto[m] = function (this: SQLite.Statement, ...args: unknown[]) {
      if (capturing) captured.push({ text: this.source, params: args });
      return original.apply(this, args);
    };
  }
  // node-postgres: Kysely's queries arrive as { name, text, values } (named statements).
  const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (capturing) {
      const q = args[0] as { text?: string; values?: unknown[] } | string;
      const text = typeof q === 'string' ? q : q.text;
      const values = typeof q === 'string' ? (args[1] as unknown[]) : q.values;
      if (text && /^\s*select/i.test(text)) captured.push({ text, params: values ?? [] });
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** What a query reads, in a few words (the table after the first `from`). */
function labelOf(text: string): string {
  const from = /from\s+"?(\w+)"?/i.exec(text)?.[1] ?? '?';
  if (from === 'users' && /sessions/.test(text)) return 'session → actor (users ⋈ members ⋈ sessions)';
  if (from === 'members') return 'members of the space';
  if (from === 'questions') return 'open questions (status index)';
  return from;
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------
interface Live {
  target: Target;
  db: Db;
  app: MendApp;
  couples: Couple[];
  seedSeconds: number;
  seeded: { events: number; ratings: number; rows: number; generateSeconds: number };
  rowCounts: Record<string, number>;
  check: Awaited<ReturnType<typeof checkRollups>>;
  samples: { pillars: number[]; ledger: number[] };
  rps: { pillars: number[]; ledger: number[] };
  bytes: { pillars: number; ledger: number };
  queries: { label: string; text: string; params: unknown[] }[];
  service?: ReturnType<typeof stats>;
}

const ROUTES = { pillars: `/api/pillars?weeks=${WEEKS}`, ledger: `/api/ledger?weeks=${WEEKS}` } as const;
type Route = keyof typeof ROUTES;

function cookieFor(live: Live, k: number): string {
  const c = live.couples[k % live.couples.length] as Couple;
  return c.cookies[Math.floor(k / live.couples.length) % 2] as string;
}

async function get(live: Live, route: Route, k: number): Promise<number> {
  const t0 = nowMs();
  const r = await live.app.inject({
    method: 'GET',
    url: ROUTES[route],
    headers: { cookie: cookieFor(live, k), host: 'mend.bench' },
  });
  const ms = nowMs() - t0;
  if (r.statusCode !== 200) throw new Error(`${ROUTES[route]}: ${r.statusCode} ${r.body}`);
  return ms;
}

async function sequential(live: Live, route: Route, n: number, offset: number) {
  for (let k = 0; k < n; k++) live.samples[route].push(await get(live, route, offset + k));
}

async function concurrent(live: Live, route: Route, n: number, offset: number) {
  let next = 0;
  const t0 = nowMs();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < n) await get(live, route, offset + next++);
    }),
  );
  live.rps[route].push(n / ((nowMs() - t0) / 1000));
}

async function prepare(target: Target): Promise<Live> {
  const tag = randomBytes(3).toString('hex');
  const started = nowMs();
  const seedDb = target.open();
  // Seeding only: a bigger page cache on the seeding connection (the default 2 MB makes every index
  // insert into a 1 GB file a read); the app's own connections keep the server's settings.
  seedDb.sqlite?.pragma('cache_size = -262144');
  await migrateToLatest(seedDb.db as never, target.engine);
  const db = target.open();
  const app = await buildApp({
    db,
    publicUrl: ORIGIN,
    sessionSecret: SECRET,
    limits: { registerPerAddress: 100_000 },
    rateLimit: 100_000_000,
    webDist: '/nonexistent',
    ...(target.liveChannel ? { liveChannel: target.liveChannel } : {}),
  });
  const now = Date.now();
  const couples: Couple[] = [];
  for (let i = 0; i < API_COUPLES; i++) couples.push(await coupleViaApi(app, i, tag));
  couples.push(...(await couplesDirect(seedDb.db, API_COUPLES, COUPLES, now, tag)));
  const seeded = await seedHistory(seedDb, couples, target.days, now);
  if (target.engine === 'postgres') await sql`analyze`.execute(seedDb.db); // what autovacuum does after a bulk load
  await seedDb.close();
  const seedSeconds = (nowMs() - started) / 1000;

  const rowCounts: Record<string, number> = {};
  for (const t of [...Object.keys(emptyRows()), 'users', 'sessions'])
    rowCounts[t] = Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db.db)).rows[0]?.n ?? 0,
    );
  const step = Math.max(1, Math.floor(COUPLES / CHECK_COUPLES));
  const sample = Array.from({ length: CHECK_COUPLES }, (_, k) => couples[(k * step) % COUPLES] as Couple);
  const check = await checkRollups(app, db.db, sample);
  log(
    `${target.engine} ${target.days} days: ${seeded.events} events + ${seeded.ratings} ratings, ${seeded.rows} rows in ${seedSeconds.toFixed(1)} s; roll-ups ${check.equal ? 'equal' : 'DIFFER'}`,
  );
  return {
    target,
    db,
    app,
    couples,
    seedSeconds,
    seeded,
    rowCounts,
    check,
    samples: { pillars: [], ledger: [] },
    rps: { pillars: [], ledger: [] },
    bytes: { pillars: 0, ledger: 0 },
    queries: [],
  };
}

async function engineRun(engine: 'sqlite' | 'postgres') {
  const lives: Live[] = [];
  const targets: Target[] = [];
  try {
    for (const days of DAYS) {
      const target = await makeTarget(engine, days);
      targets.push(target);
      lives.push(await prepare(target));
    }
    // Warm-up: every couple's both partners once on both routes, then the response sizes.
    for (const live of lives) {
      for (let k = 0; k < 2 * COUPLES; k++)
        for (const route of ['pillars', 'ledger'] as const) await get(live, route, k);
      for (const route of ['pillars', 'ledger'] as const)
        live.bytes[route] = (
          await live.app.inject({
            method: 'GET',
            url: ROUTES[route],
            headers: { cookie: cookieFor(live, 0), host: 'mend.bench' },
          })
        ).body.length;
    }
    log(`${engine}: measuring ${ROUNDS} interleaved rounds`);
    const seqPer = Math.ceil(REQUESTS / ROUNDS);
    const conPer = Math.ceil(CONCURRENT / ROUNDS);
    for (let r = 0; r < ROUNDS; r++) {
      // A different order each round, so no history length always runs first or last.
      const order = lives.map((_, i) => lives[(i + r) % lives.length] as Live);
      for (const live of order)
        for (const route of ['pillars', 'ledger'] as const) {
          await sequential(live, route, seqPer, r * seqPer);
          await concurrent(live, route, conPer, r * conPer);
        }
    }
    // The dashboard's service call alone (its queries and the assembly, without the cookie lookup,
    // the response validation and JSON), to tell the database's share from the route's.
    for (const live of lives) {
      const actors = [];
      for (let k = 0; k < Math.min(2 * COUPLES, 100); k++) {
        const token = cookieFor(live, k).slice('mend_session='.length);
        actors.push(await live.app.services.auth.authenticate(token));
      }
      const times: number[] = [];
      for (let k = 0; k < Math.min(REQUESTS, 1000); k++) {
        const actor = actors[k % actors.length];
        if (!actor) throw new Error('a seeded session did not authenticate');
        const t0 = nowMs();
        await live.app.services.ledger.pillars(actor, WEEKS);
        times.push(nowMs() - t0);
      }
      live.service = stats(times);
    }
    // The queries one dashboard request sends (captured from the drivers), timed on their own.
    const queryTimes: Record<string, Record<number, number>> = {};
    const plans: Record<string, string> = {};
    if (QUERY_RUNS > 0) {
      for (const live of lives) {
        captured.length = 0;
        capturing = true;
        await get(live, 'pillars', 1);
        capturing = false;
        // Keyed by what they read (PostgreSQL runs the dashboard's parallel reads in any order).
        const seen = new Map<string, number>();
        live.queries = captured.map((q) => {
          const label = labelOf(q.text);
          const n = (seen.get(label) ?? 0) + 1;
          seen.set(label, n);
          return { label: n > 1 ? `${label} (#${n})` : label, text: q.text, params: q.params };
        });
      }
      // Interleaved batches, the median batch per query and history length (the machine is shared).
      const raws = await Promise.all(lives.map((l) => l.target.raw()));
      const batches: Record<string, Record<number, number[]>> = {};
      const BATCHES = 5;
      const per = Math.max(1, Math.ceil(QUERY_RUNS / BATCHES));
      try {
        for (let b = 0; b < BATCHES; b++)
          for (const [li, live] of lives.entries()) {
            const raw = raws[li] as RawConn;
            for (const q of live.queries) {
              const key = q.label;
              if (b === 0) for (let k = 0; k < 20; k++) await raw.run(q.text, q.params);
              const t0 = nowMs();
              for (let k = 0; k < per; k++) await raw.run(q.text, q.params);
              const byDays = batches[key] ?? {};
              batches[key] = byDays;
              byDays[live.target.days] = [...(byDays[live.target.days] ?? []), ((nowMs() - t0) / per) * 1000];
              if (b === 0 && li === lives.length - 1) plans[key] = await raw.plan(q.text, q.params);
            }
          }
      } finally {
        for (const raw of raws) await raw.close();
      }
      for (const [key, byDays] of Object.entries(batches))
        queryTimes[key] = Object.fromEntries(
          Object.entries(byDays).map(([days, times]) => [Number(days), round(median(times), 1)]),
        );
    }
    const first = lives[0] as Live;
    const last = lives[lives.length - 1] as Live;
    const perDays: Record<string, unknown> = {};
    for (const live of lives) {
      perDays[live.target.days] = {
        seedSeconds: round(live.seedSeconds, 1),
        generateSeconds: live.seeded.generateSeconds,
        events: live.seeded.events,
        ratings: live.seeded.ratings,
        rowsInserted: live.seeded.rows,
        rowCounts: live.rowCounts,
        rollupsCheck: live.check,
        responseBytes: live.bytes,
        dashboard: { ...stats(live.samples.pillars), rps: round(median(live.rps.pillars), 0) },
        ledger: { ...stats(live.samples.ledger), rps: round(median(live.rps.ledger), 0) },
        dashboardServiceOnly: live.service,
      };
    }
    const ratio = (route: Route, f: 'p50Ms' | 'meanMs') =>
      round(stats(last.samples[route])[f] / stats(first.samples[route])[f], 3);
    const relative = (route: Route) =>
      Object.fromEntries(
        lives.map((l) => [
          l.target.days,
          round(stats(l.samples[route]).p50Ms / stats(first.samples[route]).p50Ms, 3),
        ]),
      );
    const ratios = {
      compared: `${last.target.days} days / ${first.target.days} days`,
      p50RelativeToShortest: { dashboard: relative('pillars'), ledger: relative('ledger') },
      dashboard: {
        p50: ratio('pillars', 'p50Ms'),
        mean: ratio('pillars', 'meanMs'),
        met: ratio('pillars', 'p50Ms') <= BUDGET,
      },
      ledger: {
        p50: ratio('ledger', 'p50Ms'),
        mean: ratio('ledger', 'meanMs'),
        met: ratio('ledger', 'p50Ms') <= BUDGET,
      },
    };
    log(
      `${engine}: dashboard ${ratios.compared} p50 ratio ${ratios.dashboard.p50}, ledger ${ratios.ledger.p50}`,
    );
    return {
      engine,
      perDays,
      ratios,
      rollupsEqualRecount: lives.every((l) => l.check.equal),
      dashboardQueriesMicros: queryTimes,
      dashboardQueryPlansAtLongest: plans,
    };
  } finally {
    for (const live of lives) {
      await live.app.close();
      await live.db.close();
    }
    for (const t of targets) await t.drop();
  }
}

async function postgresReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_BASE, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

const started = nowMs();
const engines: Record<string, unknown> = {};
const skipped: string[] = [];
for (const engine of ENGINES) {
  if (engine === 'postgres' && !(await postgresReachable())) {
    skipped.push('postgres: no PostgreSQL reachable');
    continue;
  }
  engines[engine] = await engineRun(engine);
}
const met = Object.values(engines).every(
  (e) =>
    (e as { ratios: { dashboard: { met: boolean } }; rollupsEqualRecount: boolean }).ratios.dashboard.met,
);
const correct = Object.values(engines).every(
  (e) => (e as { rollupsEqualRecount: boolean }).rollupsEqualRecount,
);
console.log(
  JSON.stringify(
    {
      bench: 'ledger',
      couples: COUPLES,
      apiCouples: API_COUPLES,
      days: DAYS,
      eventsPerDay: 9 + QUESTIONS,
      ratingsPerWeek: 'on top: 4 pillars × 2 partners',
      weeks: WEEKS,
      requests: { sequential: REQUESTS, concurrent: CONCURRENT, concurrency: CONCURRENCY, rounds: ROUNDS },
      cost: 'p50 of sequential in-process latency (app.inject), mean beside it',
      budget: { ratio: BUDGET },
      engines,
      skipped,
      withinBudget: met,
      rollupsEqualRecount: correct,
      totalSeconds: round((nowMs() - started) / 1000, 1),
    },
    null,
    2,
  ),
);
process.exitCode = met && correct ? 0 : 1;
