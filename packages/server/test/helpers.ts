import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { type AppOptions, buildApp, type MendApp } from '../src/app';
import { type Db, openDb } from '../src/db/connect';
import { migrateToLatest } from '../src/db/migrations';
import type { Limits } from '../src/services/context';

/** The address tests pretend the app is served at. */
export const ORIGIN = 'http://mend.test';

/** PostgreSQL for the second half of every suite, when CI (or a developer) provides one. */
export const PG_URL = process.env.TEST_DATABASE_URL;

/** The engines every repository and route test runs on. */
export const ENGINES = PG_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

/** A clock tests move by hand. */
export class TestClock {
  constructor(public t = Date.parse('2026-11-24T12:00:00.000Z')) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

/** A fresh, migrated database: a temporary SQLite file, or a throw-away PostgreSQL schema. */
export async function freshDb(
  engine: 'sqlite' | 'postgres',
): Promise<{ db: Db; schema?: string; drop(): Promise<void> }> {
  if (engine === 'sqlite') {
    // A real file, as in production: reads and writes then use their two connections.
    const dir = mkdtempSync(join(tmpdir(), 'mend-test-'));
    const db = openDb({ file: join(dir, 'mend.sqlite') });
    await migrateToLatest(db.db as never, 'sqlite');
    return {
      db,
      async drop() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = openDb({ url: PG_URL as string });
  await admin.db.schema.createSchema(schema).execute();
  const db = openDb({ url: PG_URL as string, schema });
  await migrateToLatest(db.db as never, 'postgres');
  return {
    db,
    schema,
    async drop() {
      await db.close();
      await admin.db.schema.dropSchema(schema).cascade().execute();
      await admin.close();
    },
  };
}

/** A running app on a fresh database, with a hand-moved clock. */
export interface TestContext {
  app: MendApp;
  clock: TestClock;
  engine: 'sqlite' | 'postgres';
}

/** Runs `fn` once per engine, each with its own fresh app. */
export function describeEngines(
  name: string,
  fn: (ctx: () => TestContext) => void,
  limits?: Partial<Limits>,
  extra?: Pick<AppOptions, 'push' | 'vapid' | 'rateLimit'>,
): void {
  for (const engine of ENGINES) {
    describe(`${name} [${engine}]`, () => {
      let ctx: TestContext | undefined;
      let drop: () => Promise<void> = async () => {};
      beforeAll(async () => {
        const fresh = await freshDb(engine);
        const clock = new TestClock();
        const app = await buildApp({
          db: fresh.db,
          publicUrl: ORIGIN,
          sessionSecret: 'test-secret-that-is-long-enough-0123456789',
          clock,
          limits: { registerPerAddress: 1000, ...limits },
          liveChannel: fresh.schema ? `live_${fresh.schema}` : undefined,
          webDist: '/nonexistent',
          // The per-address limit (600 a minute) counts in real time, and a whole file's requests come
          // from one address, so a long test could pass it by chance. Its own test sets it low.
          rateLimit: 100_000,
          ...extra,
        });
        ctx = { app, clock, engine };
        drop = async () => {
          await app.close();
          await fresh.drop();
        };
      });
      afterAll(async () => drop());
      fn(() => {
        if (!ctx) throw new Error('test app not ready');
        return ctx;
      });
    });
  }
}

/** A person using the API through app.inject, holding their session cookie like a browser. */
export class Person {
  cookie = '';
  user = { id: '', email: '', displayName: '' };
  constructor(
    readonly app: MendApp,
    readonly name: string,
  ) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
    const res = await this.app.inject({
      method,
      url,
      headers: { origin: ORIGIN, host: 'mend.test', ...(this.cookie ? { cookie: this.cookie } : {}) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const set = res.cookies.find((c) => c.name === 'mend_session');
    if (set) this.cookie = set.value ? `mend_session=${set.value}` : '';
    return { status: res.statusCode, json: res.body ? safeJson(res.body) : undefined, res };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  del = (url: string, body?: unknown) => this.request('DELETE', url, body ?? {});
}

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely, as a client would
function safeJson(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

let counter = 0;
/** Registers a new person with a unique e-mail and a strong password. */
export async function signUp(app: MendApp, name = 'Ana'): Promise<Person> {
  const person = new Person(app, name);
  const email = `${name.toLowerCase()}.${++counter}.${randomBytes(3).toString('hex')}@example.com`;
  const r = await person.post('/api/auth/register', {
    email,
    password: 'maple river lantern 7',
    displayName: name,
  });
  if (r.status !== 201) throw new Error(`sign-up failed: ${r.status} ${JSON.stringify(r.json)}`);
  person.user = r.json.user;
  return person;
}

/** Two partners in one space: the hurt partner created it and the repairing partner joined. */
export async function couple(
  app: MendApp,
  discoveredOn?: string,
): Promise<{ hurt: Person; repairing: Person; spaceId: string }> {
  const hurt = await signUp(app, 'Hana');
  const repairing = await signUp(app, 'Ravi');
  const created = await hurt.post('/api/spaces', { role: 'hurt', ...(discoveredOn ? { discoveredOn } : {}) });
  const invite = await hurt.post('/api/spaces/current/invites');
  await repairing.post(`/api/invites/${invite.json.code}/accept`, { role: 'repairing' });
  return { hurt, repairing, spaceId: created.json.space.id };
}
