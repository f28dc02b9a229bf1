import { expect, it } from 'vitest';
import { browserKeys } from './fake-push-service';
import { couple, describeEngines, ORIGIN, signUp } from './helpers';

const device = (name: string) => ({
  endpoint: `https://push.example.net/send/${name}-${Math.random().toString(36).slice(2)}`,
  expirationTime: null,
  keys: browserKeys().keys,
});

describeEngines('push: a person’s devices', (ctx) => {
  const stored = (endpoint: string) => ctx().app.repos.pushSubscriptions.findByEndpoint(endpoint);

  it('gives the public key to a signed-in person only', async () => {
    const ana = await signUp(ctx().app);
    const key = await ana.get('/api/push/key');
    expect(key.status).toBe(200);
    expect(Buffer.from(key.json.publicKey, 'base64url')).toHaveLength(65);
    const out = await ctx().app.inject({ method: 'GET', url: '/api/push/key' });
    expect(out.statusCode).toBe(401);
  });

  it('subscribes a device, lists it for its owner, keeps one row per endpoint, and unsubscribes', async () => {
    const ana = await signUp(ctx().app);
    const mine = device('ana');
    const saved = await ana.post('/api/push/subscriptions', mine);
    expect(saved.status).toBe(201);
    expect(saved.json.device).toMatchObject({ endpoint: mine.endpoint, lastSuccessAt: null });
    // The browser sends the same subscription again on another visit: still one device.
    expect((await ana.post('/api/push/subscriptions', mine)).status).toBe(201);
    const list = await ana.get('/api/push/subscriptions');
    expect(list.json.devices.map((d: { endpoint: string }) => d.endpoint)).toEqual([mine.endpoint]);
    expect(await stored(mine.endpoint)).toMatchObject({ user_id: ana.user.id, p256dh: mine.keys.p256dh });

    expect((await ana.del('/api/push/subscriptions', { endpoint: mine.endpoint })).status).toBe(204);
    expect((await ana.get('/api/push/subscriptions')).json.devices).toEqual([]);
    expect(await stored(mine.endpoint)).toBeUndefined();
    expect((await ana.del('/api/push/subscriptions', { endpoint: mine.endpoint })).status).toBe(404);
  });

  it.each([
    ['not a URL', (d: ReturnType<typeof device>) => ({ ...d, endpoint: 'push please' }), 'endpoint'],
    [
      'plain http',
      (d: ReturnType<typeof device>) => ({ ...d, endpoint: 'http://push.example.net/x' }),
      'endpoint',
    ],
    [
      'a loopback address',
      (d: ReturnType<typeof device>) => ({ ...d, endpoint: 'http://127.0.0.1:9/x' }),
      'endpoint',
    ],
    [
      'localhost over https',
      (d: ReturnType<typeof device>) => ({ ...d, endpoint: 'https://localhost/x' }),
      'endpoint',
    ],
    [
      'a private IP',
      (d: ReturnType<typeof device>) => ({ ...d, endpoint: 'https://10.0.0.7/push' }),
      'endpoint',
    ],
    [
      'a bare host name',
      (d: ReturnType<typeof device>) => ({ ...d, endpoint: 'https://intranet/push' }),
      'endpoint',
    ],
    ['no keys', (d: ReturnType<typeof device>) => ({ endpoint: d.endpoint }), 'keys'],
    [
      'a short p256dh',
      (d: ReturnType<typeof device>) => ({ ...d, keys: { ...d.keys, p256dh: d.keys.p256dh.slice(0, 60) } }),
      'keys.p256dh',
    ],
    [
      'a compressed p256dh',
      (d: ReturnType<typeof device>) => ({ ...d, keys: { ...d.keys, p256dh: `A${d.keys.p256dh.slice(1)}` } }),
      'keys.p256dh',
    ],
    [
      'a long auth',
      (d: ReturnType<typeof device>) => ({ ...d, keys: { ...d.keys, auth: `${d.keys.auth}AAAA` } }),
      'keys.auth',
    ],
    [
      'auth with bad characters',
      (d: ReturnType<typeof device>) => ({ ...d, keys: { ...d.keys, auth: '!'.repeat(22) } }),
      'keys.auth',
    ],
  ])('refuses %s, naming %s', async (_what, make, field) => {
    const ana = await signUp(ctx().app);
    const body = make(device('bad'));
    const r = await ana.post('/api/push/subscriptions', body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'validation_failed', field });
    expect((await ana.get('/api/push/subscriptions')).json.devices).toEqual([]);
  });

  it('answers 401 signed out and 403 from another origin, storing nothing', async () => {
    const d = device('nobody');
    for (const method of ['POST', 'DELETE'] as const) {
      const r = await ctx().app.inject({
        method,
        url: '/api/push/subscriptions',
        headers: { origin: ORIGIN },
        payload: d,
      });
      expect(r.statusCode).toBe(401);
    }
    const ana = await signUp(ctx().app);
    const foreign = await ctx().app.inject({
      method: 'POST',
      url: '/api/push/subscriptions',
      headers: { origin: 'https://elsewhere.example', cookie: ana.cookie },
      payload: d,
    });
    expect(foreign.statusCode).toBe(403);
    expect(await stored(d.endpoint)).toBeUndefined();
  });

  it('will not let someone from another couple remove your device', async () => {
    const { hurt } = await couple(ctx().app);
    const other = await couple(ctx().app);
    const mine = device('hana');
    await hurt.post('/api/push/subscriptions', mine);
    const r = await other.repairing.del('/api/push/subscriptions', { endpoint: mine.endpoint });
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('not_found');
    expect(await stored(mine.endpoint)).toMatchObject({ user_id: hurt.user.id });
    expect((await other.repairing.get('/api/push/subscriptions')).json.devices).toEqual([]);
  });

  it('keeps ten devices per person, forgetting the oldest', async () => {
    const ana = await signUp(ctx().app);
    const first = device('first');
    await ana.post('/api/push/subscriptions', first);
    for (let i = 0; i < 10; i++) {
      ctx().clock.advance(1000);
      await ana.post('/api/push/subscriptions', device(`d${i}`));
    }
    const devices = (await ana.get('/api/push/subscriptions')).json.devices;
    expect(devices).toHaveLength(10);
    expect(devices.map((d: { endpoint: string }) => d.endpoint)).not.toContain(first.endpoint);
  });

  it('forgets the leaver’s devices when they leave the space, and only theirs', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const leaver = device('leaver');
    const stayer = device('stayer');
    await repairing.post('/api/push/subscriptions', leaver);
    await hurt.post('/api/push/subscriptions', stayer);
    expect((await repairing.post('/api/spaces/current/leave')).status).toBe(204);
    expect(await stored(leaver.endpoint)).toBeUndefined();
    expect(await stored(stayer.endpoint)).toBeDefined();
  });

  it('forgets every device of the person who makes a safety reset', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const phone = device('phone');
    const laptop = device('laptop');
    const partners = device('partner');
    await hurt.post('/api/push/subscriptions', phone);
    await hurt.post('/api/push/subscriptions', laptop);
    await repairing.post('/api/push/subscriptions', partners);
    expect((await hurt.post('/api/safety/reset')).status).toBe(200);
    expect(await stored(phone.endpoint)).toBeUndefined();
    expect(await stored(laptop.endpoint)).toBeUndefined();
    expect((await hurt.get('/api/push/subscriptions')).json.devices).toEqual([]);
    expect(await stored(partners.endpoint)).toBeDefined();
  });

  it('erases a person’s devices with their account', async () => {
    const { repairing } = await couple(ctx().app);
    const d = device('erased');
    await repairing.post('/api/push/subscriptions', d);
    expect((await repairing.del('/api/me', { password: 'maple river lantern 7' })).status).toBe(204);
    expect(await stored(d.endpoint)).toBeUndefined();
  });
});
