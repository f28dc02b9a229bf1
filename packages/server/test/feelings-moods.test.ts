import { expect, it } from 'vitest';
import { couple, describeEngines, signUp } from './helpers';

describeEngines('feelings: moods and triggers', (ctx) => {
  it('keeps a check-in private by default; the partner sees only what was shared', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const privateOne = await hurt.post('/api/moods', { score: 3, emotions: ['numb', 'tired'] });
    expect(privateOne.status).toBe(201);
    expect(privateOne.json.mood).toMatchObject({
      score: 3,
      emotions: ['numb', 'tired'],
      visibility: 'private',
    });
    const shared = await hurt.post('/api/moods', { score: 6, emotions: ['hopeful'], visibility: 'partner' });
    expect(shared.json.mood.visibility).toBe('partner');

    expect((await hurt.get('/api/moods')).json.moods.map((m: { score: number }) => m.score)).toEqual([3, 6]);
    const seen = await repairing.get('/api/moods?member=partner');
    expect(seen.status).toBe(200);
    expect(seen.json.moods).toEqual([shared.json.mood]);
    expect(JSON.stringify(seen.json)).not.toContain('numb');
    expect((await hurt.get('/api/access-log')).json.entries[0]).toMatchObject({ recordType: 'moods' });
  });

  it('shares one entry later, or always, and takes them back when leaving', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const m = await hurt.post('/api/moods', { score: 4, emotions: [] });
    const patched = await hurt.patch(`/api/moods/${m.json.mood.id}`, { visibility: 'partner' });
    expect(patched.json.mood.visibility).toBe('partner');
    expect((await repairing.get('/api/moods?member=partner')).json.moods).toHaveLength(1);

    expect((await hurt.put('/api/feelings/settings', { shareMoodsAlways: true })).json).toEqual({
      shareMoodsAlways: true,
    });
    expect((await hurt.get('/api/feelings/settings')).json.shareMoodsAlways).toBe(true);
    expect((await hurt.post('/api/moods', { score: 5 })).json.mood.visibility).toBe('partner');
    expect((await hurt.post('/api/moods', { score: 2, visibility: 'private' })).json.mood.visibility).toBe(
      'private',
    );
    expect((await repairing.get('/api/moods?member=partner')).json.moods).toHaveLength(2);

    await hurt.post('/api/safety/reset');
    expect((await repairing.get('/api/moods?member=partner')).json.moods).toEqual([]);
  });

  it('tells the partner nothing about a check-in that stays private, not even its id', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const lastEvent = await ctx().app.repos.events.lastId(repairing.user.id);
    const m = await hurt.post('/api/moods', { score: 2, emotions: ['ashamed'] });
    expect((await hurt.patch(`/api/moods/${m.json.mood.id}`, { visibility: 'private' })).status).toBe(200);
    expect(await ctx().app.repos.events.lastId(repairing.user.id)).toBe(lastEvent);
  });

  it('names the field of a bad check-in (400), refuses the signed out (401), hides others (404)', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const bad = await a.hurt.post('/api/moods', { score: 11, emotions: [] });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('score');
    expect((await a.hurt.post('/api/moods', { score: 5, emotions: [''] })).json.error.field).toBe(
      'emotions.0',
    );
    expect((await a.hurt.get('/api/moods?member=someone')).json.error.field).toBe('member');
    expect((await a.hurt.patch('/api/moods/x', { visibility: 'everyone' })).json.error.field).toBe(
      'visibility',
    );
    expect((await a.hurt.put('/api/feelings/settings', {})).json.error.field).toBe('shareMoodsAlways');
    const m = await a.hurt.post('/api/moods', { score: 5, visibility: 'partner' });
    expect((await b.hurt.patch(`/api/moods/${m.json.mood.id}`, { visibility: 'private' })).status).toBe(404);
    // The partner cannot change what is not theirs either.
    expect((await a.repairing.patch(`/api/moods/${m.json.mood.id}`, { visibility: 'private' })).status).toBe(
      404,
    );
    expect((await b.repairing.get('/api/moods?member=partner')).json.moods).toEqual([]);
    await a.hurt.post('/api/auth/logout');
    for (const [method, url] of [
      ['POST', '/api/moods'],
      ['GET', '/api/moods'],
      ['PATCH', '/api/moods/x'],
      ['GET', '/api/feelings/settings'],
      ['PUT', '/api/feelings/settings'],
      ['POST', '/api/triggers'],
      ['GET', '/api/triggers'],
      ['GET', '/api/triggers/patterns'],
      ['DELETE', '/api/triggers/x'],
    ] as const) {
      expect((await a.hurt.request(method, url, method === 'GET' ? undefined : {})).status, url).toBe(401);
    }
  });

  it('works alone, without a space', async () => {
    const solo = await signUp(ctx().app, 'Solo');
    expect((await solo.post('/api/moods', { score: 7, emotions: ['calm'] })).status).toBe(201);
    expect((await solo.get('/api/moods?member=partner')).json.moods).toEqual([]);
    expect((await solo.post('/api/triggers', { kind: 'song', intensity: 4 })).status).toBe(201);
  });

  it('logs triggers privately and finds patterns by weekday and hour in the person’s time zone', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    // Sunday 22 November 2026, 21:10 in Paris, twice; and a Tuesday morning.
    for (const occurredAt of [
      '2026-11-22T20:10:00.000Z',
      '2026-11-15T20:40:00.000Z',
      '2026-11-24T07:05:00.000Z',
    ]) {
      const r = await hurt.post('/api/triggers', {
        kind: 'song',
        intensity: 7,
        note: 'our song in a shop',
        helped: 'breathing',
        occurredAt,
      });
      expect(r.status).toBe(201);
    }
    const list = await hurt.get('/api/triggers');
    expect(list.json.triggers).toHaveLength(3);
    expect(list.json.triggers[0]).toMatchObject({
      kind: 'song',
      note: 'our song in a shop',
      helped: 'breathing',
    });
    const p = await hurt.get('/api/triggers/patterns?timeZone=Europe/Paris');
    expect(p.json).toMatchObject({ total: 3, busiestWeekday: 0, busiestHour: 21 });
    expect(p.json.byWeekday[0]).toEqual({ count: 2, meanIntensity: 7 });
    expect(p.json.byHour[8]).toEqual({ count: 1, meanIntensity: 7 });
    // Private to its author: the partner has no way in.
    expect((await repairing.get('/api/triggers')).json.triggers).toEqual([]);
    expect((await repairing.get('/api/triggers/patterns')).json.total).toBe(0);
    const id = list.json.triggers[0].id;
    expect((await repairing.del(`/api/triggers/${id}`)).status).toBe(404);
    expect((await hurt.del(`/api/triggers/${id}`)).status).toBe(204);
    expect((await hurt.get('/api/triggers')).json.triggers).toHaveLength(2);
  });

  it('names the field of a bad trigger (400)', async () => {
    const { hurt } = await couple(ctx().app);
    const cases: [unknown, string][] = [
      [{ kind: 'smell', intensity: 3 }, 'kind'],
      [{ kind: 'song', intensity: 0 }, 'intensity'],
      [{ kind: 'song', intensity: 3, note: 'x'.repeat(1001) }, 'note'],
      [{ kind: 'song', intensity: 3, occurredAt: 'yesterday' }, 'occurredAt'],
      [{ kind: 'song', intensity: 3, occurredAt: '2030-01-01T00:00:00.000Z' }, 'occurredAt'],
    ];
    for (const [body, field] of cases) {
      const r = await hurt.post('/api/triggers', body);
      expect(r.status, field).toBe(400);
      expect(r.json.error.field).toBe(field);
    }
    expect((await hurt.get('/api/triggers/patterns?timeZone=Mars/Olympus')).json.error.field).toBe(
      'timeZone',
    );
  });
});
