import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type MendApp } from '../src/app';
import type { Db } from '../src/db/connect';
import { writesIdentity } from '../src/db/identity';
import { describeEngines, freshDb, ORIGIN, Person, PG_URL, signUp, TestClock } from './helpers';

const PASSWORD = 'maple river lantern 7';
const until = async (check: () => Promise<boolean>, ms = 3000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
};

// Sessions may be served from memory on PostgreSQL; every way of ending one still ends it at once.
describeEngines('session revocation with a warm session cache', (ctx) => {
  const secondDevice = async (p: Person) => {
    const phone = new Person(ctx().app, p.name);
    await phone.post('/api/auth/login', { email: p.user.email, password: PASSWORD });
    for (let i = 0; i < 3; i++) expect((await phone.get('/api/me')).status).toBe(200);
    return phone;
  };

  it('signing out ends the session on the very next request', async () => {
    const p = await signUp(ctx().app, 'Out');
    for (let i = 0; i < 3; i++) expect((await p.get('/api/me')).status).toBe(200);
    const cookie = p.cookie;
    await p.post('/api/auth/logout');
    p.cookie = cookie;
    expect((await p.get('/api/me')).status).toBe(401);
  });

  it('the safety reset signs out every other session at once, however recently used', async () => {
    const p = await signUp(ctx().app, 'Reset');
    const phone = await secondDevice(p);
    expect((await p.post('/api/safety/reset')).json.signedOutSessions).toBe(1);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await p.get('/api/me')).status).toBe(200);
  });

  it('deleting the account ends all its sessions at once', async () => {
    const p = await signUp(ctx().app, 'Gone');
    const phone = await secondDevice(p);
    expect((await p.del('/api/me', { password: PASSWORD })).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
  });

  it('a change to the person or their space shows on the next request', async () => {
    const hurt = await signUp(ctx().app, 'Hana');
    const partner = await signUp(ctx().app, 'Ravi');
    expect((await hurt.get('/api/me')).json.space).toBeNull();
    await hurt.post('/api/spaces', { role: 'hurt' });
    expect((await hurt.get('/api/me')).json.space).not.toBeNull();
    const code = (await hurt.post('/api/spaces/current/invites')).json.code;
    await partner.post(`/api/invites/${code}/accept`, { role: 'repairing' });
    expect((await hurt.get('/api/me')).json.space.partner?.displayName).toBe('Ravi');
  });
});

describe('recognising writes to who-is-signed-in data', () => {
  it('matches writes to users, members, spaces and sessions, quoted or not, and nothing else', () => {
    for (const yes of [
      'delete from "sessions" where "id" = $1',
      'update "users" set "display_name" = $1',
      'insert into "members" ("user_id") values ($1)',
      'with x as (select 1) delete from spaces where id = $1',
      'truncate table sessions',
    ])
      expect(writesIdentity(yes), yes).toBe(true);
    for (const no of [
      'select * from "sessions" where "id" = $1',
      'insert into "events" (user_id) select id from "users"',
      'update "users_archive" set x = 1',
      'insert into "statuses" values ($1) on conflict do update set "text" = $2',
    ])
      expect(writesIdentity(no), no).toBe(false);
  });
});

describe.skipIf(!PG_URL)('session cache on PostgreSQL', () => {
  let db: Db;
  let schema: string;
  let drop: () => Promise<void>;
  let app: MendApp;
  let other: pg.Client;
  beforeAll(async () => {
    const fresh = await freshDb('postgres');
    db = fresh.db;
    schema = fresh.schema as string;
    app = await buildApp({
      db,
      publicUrl: ORIGIN,
      sessionSecret: 'test-secret-that-is-long-enough-0123456789',
      clock: new TestClock(),
      limits: { registerPerAddress: 1000 },
      liveChannel: `live_${schema}`,
      webDist: '/nonexistent',
    });
    // Another process's connection: its writes reach this app only through NOTIFY.
    other = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await other.connect();
    drop = fresh.drop;
  });
  afterAll(async () => {
    await other.end();
    await app.close();
    await drop();
  });

  it('drops a session ended by another process once its NOTIFY arrives', async () => {
    expect(db.identity?.listening).toBe(true);
    const p = await signUp(app, 'Far');
    for (let i = 0; i < 3; i++) expect((await p.get('/api/me')).status).toBe(200);
    await other.query('delete from sessions where user_id = $1', [p.user.id]);
    expect(await until(async () => (await p.get('/api/me')).status === 401)).toBe(true);
  });

  it('shows a change another process made to the person once its NOTIFY arrives', async () => {
    const p = await signUp(app, 'Name');
    expect((await p.get('/api/me')).json.user.displayName).toBe('Name');
    await other.query('update users set display_name = $1 where id = $2', ['Renamed', p.user.id]);
    expect(await until(async () => (await p.get('/api/me')).json.user.displayName === 'Renamed')).toBe(true);
  });

  it('serves a warm session from memory while listening, and reads the database while not', async () => {
    const p = await signUp(app, 'Deaf');
    const sessions = app.repos.sessions;
    const real = sessions.findActor;
    let reads = 0;
    sessions.findActor = (id) => {
      reads++;
      return real(id);
    };
    const identity = db.identity as NonNullable<Db['identity']>;
    try {
      // Other suites share this database, and their sign-ups empty every cache on it (the NOTIFY
      // channel is per database), so look for a stretch in which nothing changed.
      let servedFromMemory = false;
      for (let attempt = 0; attempt < 50 && !servedFromMemory; attempt++) {
        expect((await p.get('/api/me')).status).toBe(200);
        const [warm, version] = [reads, identity.version];
        for (let i = 0; i < 3; i++) expect((await p.get('/api/me')).status).toBe(200);
        if (identity.version === version) servedFromMemory = reads === warm;
      }
      expect(servedFromMemory).toBe(true);
      const warm = reads;
      identity.listening = false;
      for (let i = 0; i < 3; i++) expect((await p.get('/api/me')).status).toBe(200);
      expect(reads).toBe(warm + 3);
    } finally {
      identity.listening = true;
      sessions.findActor = real;
    }
  });
});
