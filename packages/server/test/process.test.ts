import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PG_URL } from './helpers';
import { HttpPerson, spawnMend } from './processes';

const PASSWORD = 'maple river lantern 7';

async function signUpOver(base: string, name: string): Promise<HttpPerson> {
  const p = new HttpPerson(base);
  const r = await p.call('POST', '/api/auth/register', {
    email: `${name}.${randomBytes(4).toString('hex')}@example.com`,
    password: PASSWORD,
    displayName: name,
  });
  expect(r.status).toBe(201);
  return p;
}

describe('the server as a process', () => {
  it('creates ./data with the SQLite file and a session secret on first start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mend-'));
    const mend = await spawnMend({ DATA_DIR: dir });
    try {
      expect(await (await fetch(`${mend.url}/api/health`)).json()).toEqual({ status: 'ok' });
      expect(readdirSync(dir).sort()).toEqual(expect.arrayContaining(['mend.sqlite', 'session-secret']));
      expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim().length).toBeGreaterThanOrEqual(40);
    } finally {
      await mend.stop();
    }
  });

  it('refuses a bad setting with one line naming it', async () => {
    await expect(
      spawnMend({ DATA_DIR: mkdtempSync(join(tmpdir(), 'mend-')), PORT: 'eighty' }),
    ).rejects.toThrow(/Setting PORT is not valid/);
  });

  it('loses no acknowledged write when killed with SIGKILL mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mend-'));
    let mend = await spawnMend({ DATA_DIR: dir });
    const person = await signUpOver(mend.url, 'Kai');
    await person.call('POST', '/api/spaces', { role: 'hurt' });
    const acknowledged: string[] = [];
    let n = 0;
    const writer = async () => {
      for (;;) {
        const text = `line ${n++}`;
        try {
          const r = await person.call('PUT', '/api/status', { text, visibility: 'private' });
          if (r.status === 200) acknowledged.push(text);
        } catch {
          return;
        }
      }
    };
    const writers = Array.from({ length: 6 }, writer);
    // Kill it mid-stream once enough writes were acknowledged (a loaded machine needs longer than a quiet one).
    const until = Date.now() + 15_000;
    while (acknowledged.length < 25 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 100));
    await mend.stop('SIGKILL');
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(20);
    mend = await spawnMend({ DATA_DIR: dir });
    try {
      const again = new HttpPerson(mend.url);
      again.cookie = person.cookie;
      const stored = new Set(
        (await again.call('GET', '/api/export')).json.authored.statuses.map((s: { text: string }) => s.text),
      );
      expect(acknowledged.filter((t) => !stored.has(t))).toEqual([]);
    } finally {
      await mend.stop();
    }
  });

  it('writes nothing a person typed into the logs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mend-'));
    const mend = await spawnMend({ DATA_DIR: dir, LOG_LEVEL: 'trace' });
    try {
      const p = await signUpOver(mend.url, 'Quietname');
      await p.call('POST', '/api/spaces', { role: 'hurt' });
      const code = (await p.call('POST', '/api/spaces/current/invites')).json.code;
      await p.call('GET', `/api/invites/${code}`);
      await p.call('PUT', '/api/status', { text: 'a very private sentence', visibility: 'partner' });
      await p.call('POST', '/api/auth/login', {
        email: 'someone@example.com',
        password: 'typed secret words',
      });
      const log = mend.output();
      expect(log).toContain('/api/status');
      for (const typed of [
        'a very private sentence',
        PASSWORD,
        'typed secret words',
        'Quietname',
        'someone@example.com',
        code,
      ]) {
        expect(log).not.toContain(typed);
      }
    } finally {
      await mend.stop();
    }
  });

  it.runIf(PG_URL)('shares live events between two processes on one PostgreSQL (LISTEN/NOTIFY)', async () => {
    const { one, two, stop } = await twoProcessesOnPostgres();
    try {
      const hurt = await signUpOver(one.url, 'Hana');
      await hurt.call('POST', '/api/spaces', { role: 'hurt' });
      const code = (await hurt.call('POST', '/api/spaces/current/invites')).json.code;
      // The hurt partner listens on process two; the partner joins through process one.
      const ws = new WebSocket(`${two.url.replace('http', 'ws')}/api/live`, {
        headers: { cookie: hurt.cookie, origin: two.url },
      });
      const got: string[] = [];
      ws.on('message', (d) => got.push(JSON.parse(String(d)).type));
      await new Promise((r, j) => {
        ws.once('open', r);
        ws.once('error', j);
      });
      while (!got.includes('ready')) await new Promise((r) => setTimeout(r, 10));
      const repairing = await signUpOver(one.url, 'Ravi');
      expect((await repairing.call('POST', `/api/invites/${code}/accept`)).status).toBe(200);
      for (let i = 0; i < 300 && !got.includes('partner_joined'); i++)
        await new Promise((r) => setTimeout(r, 10));
      ws.close();
      expect(got).toContain('partner_joined');
    } finally {
      await stop();
    }
  });

  it.runIf(PG_URL)(
    'a sign-out or safety reset in one process ends the session in another within NOTIFY delivery',
    async () => {
      const { one, two, stop } = await twoProcessesOnPostgres();
      const signedOutOnTwo = async (cookie: string) => {
        const there = new HttpPerson(two.url);
        there.cookie = cookie;
        for (let i = 0; i < 300; i++) {
          if ((await there.call('GET', '/api/me')).status === 401) return true;
          await new Promise((r) => setTimeout(r, 10));
        }
        return false;
      };
      const warmOnTwo = async (cookie: string) => {
        const there = new HttpPerson(two.url);
        there.cookie = cookie;
        for (let i = 0; i < 3; i++) expect((await there.call('GET', '/api/me')).status).toBe(200);
      };
      try {
        // Sign-out through process one; the session was just used (and cached) on process two.
        const p = await signUpOver(one.url, 'Hana');
        await warmOnTwo(p.cookie);
        const cookie = p.cookie;
        expect((await p.call('POST', '/api/auth/logout')).status).toBeLessThan(300);
        expect(await signedOutOnTwo(cookie)).toBe(true);
        // The safety reset through process one signs out a phone that uses process two.
        const q = await signUpOver(one.url, 'Ravi');
        const phone = new HttpPerson(two.url);
        await phone.call('POST', '/api/auth/login', {
          email: (await q.call('GET', '/api/me')).json.user.email,
          password: PASSWORD,
        });
        await warmOnTwo(phone.cookie);
        expect((await q.call('POST', '/api/safety/reset')).json.signedOutSessions).toBe(1);
        expect(await signedOutOnTwo(phone.cookie)).toBe(true);
        expect((await q.call('GET', '/api/me')).status).toBe(200);
      } finally {
        await stop();
      }
    },
  );
});

/** Two Mend processes sharing one PostgreSQL schema made for the test; `stop` ends both and drops it. */
async function twoProcessesOnPostgres() {
  const schema = `mp_${randomBytes(5).toString('hex')}`;
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = `${PG_URL}${PG_URL?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const env = {
    DATABASE_URL: url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'mend-')),
    SESSION_SECRET: 's'.repeat(40),
  };
  const one = await spawnMend(env);
  const two = await spawnMend(env);
  const stop = async () => {
    await one.stop();
    await two.stop();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  };
  return { one, two, stop };
}
