import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { couple, describeEngines, ORIGIN } from './helpers';

const b64 = (n: number) => randomBytes(n).toString('base64');

function key(keyId = 'k1') {
  return {
    keyId,
    kdf: { name: 'PBKDF2-SHA-256', iterations: 600_000, salt: b64(16) },
    byPassphrase: { iv: b64(12), ciphertext: b64(48) },
    byRecoveryKey: { iv: b64(12), ciphertext: b64(48), salt: b64(16) },
  };
}

describeEngines('feelings: the encrypted journal', (ctx) => {
  it('stores ciphertext for its author alone', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect((await hurt.get('/api/journal/key')).json).toEqual({ key: null });
    const k = key();
    expect((await hurt.put('/api/journal/key', k)).status).toBe(200);
    expect((await hurt.get('/api/journal/key')).json.key).toEqual(k);
    const entry = { ciphertext: b64(300), iv: b64(12), keyId: 'k1' };
    const saved = await hurt.post('/api/journal', entry);
    expect(saved.status).toBe(201);
    expect(saved.json.entry).toMatchObject(entry);
    const list = await hurt.get('/api/journal');
    expect(list.json.entries).toHaveLength(1);
    const next = { ciphertext: b64(100), iv: b64(12), keyId: 'k1' };
    expect((await hurt.put(`/api/journal/${saved.json.entry.id}`, next)).json.entry.ciphertext).toBe(
      next.ciphertext,
    );

    // Nobody else: not the partner, by any route.
    expect((await repairing.get('/api/journal')).json.entries).toEqual([]);
    expect((await repairing.get('/api/journal/key')).json.key).toBeNull();
    expect((await repairing.put(`/api/journal/${saved.json.entry.id}`, next)).status).toBe(404);
    expect((await repairing.del(`/api/journal/${saved.json.entry.id}`)).status).toBe(404);
    const exported = (await repairing.get('/api/export')).json;
    expect(JSON.stringify(exported)).not.toContain(next.ciphertext);

    const mine = (await hurt.get('/api/export')).json;
    expect(mine.authored.journal.entries[0].ciphertext).toBe(next.ciphertext);
    expect((await hurt.del(`/api/journal/${saved.json.entry.id}`)).status).toBe(204);
  });

  it('re-wraps the same key after a passphrase change, and keeps a key that sealed entries', async () => {
    const { hurt } = await couple(ctx().app);
    await hurt.put('/api/journal/key', key('k1'));
    expect((await hurt.put('/api/journal/key', key('k1'))).status).toBe(200);
    await hurt.post('/api/journal', { ciphertext: b64(40), iv: b64(12), keyId: 'k1' });
    const other = await hurt.put('/api/journal/key', key('k2'));
    expect(other.status).toBe(400);
    expect(other.json.error.field).toBe('keyId');
    const wrongKey = await hurt.post('/api/journal', { ciphertext: b64(40), iv: b64(12), keyId: 'k2' });
    expect(wrongKey.json.error.field).toBe('keyId');
  });

  it('names the field of bad input (400)', async () => {
    const { hurt } = await couple(ctx().app);
    const weak = { ...key(), kdf: { name: 'PBKDF2-SHA-256', iterations: 100_000, salt: b64(16) } };
    expect((await hurt.put('/api/journal/key', weak)).json.error.field).toBe('kdf.iterations');
    await hurt.put('/api/journal/key', key());
    const cases: [unknown, string][] = [
      [{ ciphertext: 'not base64!', iv: b64(12), keyId: 'k1' }, 'ciphertext'],
      [{ ciphertext: b64(30), iv: b64(16), keyId: 'k1' }, 'iv'],
      [{ ciphertext: b64(30), iv: b64(12) }, 'keyId'],
      [{ text: 'plain words', iv: b64(12), keyId: 'k1' }, 'ciphertext'],
    ];
    for (const [body, field] of cases) {
      const r = await hurt.post('/api/journal', body);
      expect(r.status, field).toBe(400);
      expect(r.json.error.field).toBe(field);
    }
  });

  it('answers a 5 MB body with 413 payload_too_large', async () => {
    const { hurt } = await couple(ctx().app);
    await hurt.put('/api/journal/key', key());
    const res = await ctx().app.inject({
      method: 'POST',
      url: '/api/journal',
      headers: { origin: ORIGIN, cookie: hurt.cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ ciphertext: 'A'.repeat(5 * 1024 * 1024), iv: b64(12), keyId: 'k1' }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('refuses the signed out (401) and answers 404 to another couple', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    await a.hurt.put('/api/journal/key', key());
    const saved = await a.hurt.post('/api/journal', { ciphertext: b64(40), iv: b64(12), keyId: 'k1' });
    await b.hurt.put('/api/journal/key', key());
    const id = saved.json.entry.id;
    expect(
      (await b.hurt.put(`/api/journal/${id}`, { ciphertext: b64(40), iv: b64(12), keyId: 'k1' })).status,
    ).toBe(404);
    expect((await b.hurt.del(`/api/journal/${id}`)).status).toBe(404);
    await a.hurt.post('/api/auth/logout');
    for (const [method, url] of [
      ['GET', '/api/journal/key'],
      ['PUT', '/api/journal/key'],
      ['POST', '/api/journal'],
      ['GET', '/api/journal'],
      ['PUT', `/api/journal/${id}`],
      ['DELETE', `/api/journal/${id}`],
    ] as const) {
      expect((await a.hurt.request(method, url, method === 'GET' ? undefined : {})).status, url).toBe(401);
    }
  });

  it('erases every feelings record with the account', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await hurt.put('/api/journal/key', key());
    await hurt.post('/api/journal', { ciphertext: b64(40), iv: b64(12), keyId: 'k1' });
    await hurt.post('/api/moods', { score: 5, visibility: 'partner' });
    await hurt.post('/api/triggers', { kind: 'place', intensity: 5 });
    await hurt.post('/api/alerts', { needs: [] });
    await hurt.post('/api/support/contacts', { kind: 'friend', name: 'Mia' });
    await hurt.post('/api/hard-dates', { date: '2020-06-01', label: 'the day I found out' });
    expect((await hurt.del('/api/me', { password: 'maple river lantern 7' })).status).toBe(204);
    const db = ctx().app.repos;
    expect(await db.journal.listByAuthor(hurt.user.id)).toEqual([]);
    expect(await db.moods.listByAuthor(hurt.user.id)).toEqual([]);
    expect(await db.triggers.listByAuthor(hurt.user.id)).toEqual([]);
    expect(await db.alerts.listByAuthor(hurt.user.id)).toEqual([]);
    expect(await db.supportContacts.listByAuthor(hurt.user.id)).toEqual([]);
    expect(await db.hardDates.listByAuthor(hurt.user.id)).toEqual([]);
    expect(await db.feelingsSettings.find(hurt.user.id)).toBeUndefined();
    expect((await repairing.get('/api/moods?member=partner')).json.moods).toEqual([]);
  });
});
