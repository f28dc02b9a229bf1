import { afterEach, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { couple, describeEngines, signUp } from './helpers';
import { connectLive } from './live-client';

const sockets: WebSocket[] = [];
afterEach(() => {
  for (const ws of sockets.splice(0)) ws.close();
});

describeEngines('feelings: "I’m triggered" alerts', (ctx) => {
  let base = '';
  const listen = async () => {
    base ||= await ctx().app.listen({ port: 0, host: '127.0.0.1' });
    return base;
  };

  it('reaches the partner’s open device live, and the acknowledgement reaches the sender', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const partnerDevice = await connectLive(await listen(), repairing);
    const senderDevice = await connectLive(await listen(), hurt);
    sockets.push(partnerDevice.ws, senderDevice.ws);
    await partnerDevice.waitFor('ready');
    await senderDevice.waitFor('ready');

    const sent = await hurt.post('/api/alerts', { needs: ['closeness', 'reassurance', 'closeness'] });
    expect(sent.status).toBe(201);
    expect(sent.json.alert).toMatchObject({
      needs: ['closeness', 'reassurance'],
      direction: 'sent',
      ackedAt: null,
    });
    const event = await partnerDevice.waitFor('alert');
    expect(event).toMatchObject({ alertId: sent.json.alert.id, needs: ['closeness', 'reassurance'] });
    expect(Object.keys(event).sort()).toEqual(['alertId', 'at', 'id', 'needs', 'type']);

    ctx().clock.advance(42_500);
    const ack = await repairing.post(`/api/alerts/${sent.json.alert.id}/ack`);
    expect(ack.status).toBe(200);
    expect(ack.json.ackAfterSeconds).toBe(42);
    const acked = await senderDevice.waitFor('alert_acked');
    expect(acked).toMatchObject({ alertId: sent.json.alert.id, ackAfterSeconds: 42 });

    // A second tap keeps the first time.
    ctx().clock.advance(10_000);
    expect((await repairing.post(`/api/alerts/${sent.json.alert.id}/ack`)).json.ackAfterSeconds).toBe(42);
    const mine = await hurt.get('/api/alerts');
    expect(mine.json.alerts[0]).toMatchObject({
      id: sent.json.alert.id,
      direction: 'sent',
      ackAfterSeconds: 42,
    });
    const theirs = await repairing.get(`/api/alerts/${sent.json.alert.id}`);
    expect(theirs.json.alert.direction).toBe('received');
    const log = await hurt.get('/api/access-log');
    expect(log.json.entries.map((e: { recordType: string }) => e.recordType)).toContain('alert');
  });

  it('replays an alert to a device that was away, after the last event it saw', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const first = await connectLive(await listen(), repairing);
    const ready = await first.waitFor('ready');
    first.ws.close();
    ctx().clock.advance(3_600_000);
    const sent = await hurt.post('/api/alerts', { needs: ['talk'] });
    const again = await connectLive(await listen(), repairing, ready.id);
    sockets.push(again.ws);
    await again.waitFor('ready');
    expect(again.messages.filter((m) => m.type === 'alert').map((m) => m.alertId)).toEqual([
      sent.json.alert.id,
    ]);
  });

  it('explains the limit instead of sending a flood', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    ctx().clock.advance(86_400_000 * 2);
    expect((await hurt.post('/api/alerts', { needs: [] })).status).toBe(201);
    const tooSoon = await hurt.post('/api/alerts', { needs: [] });
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.json.error.code).toBe('rate_limited');
    expect(tooSoon.json.error.message).toMatch(/a moment ago.*in about a minute/);
    ctx().clock.advance(61_000);
    expect((await hurt.post('/api/alerts', { needs: [] })).status).toBe(201);
    ctx().clock.advance(61_000);
    expect((await hurt.post('/api/alerts', { needs: [] })).status).toBe(201);
    ctx().clock.advance(61_000);
    const fourth = await hurt.post('/api/alerts', { needs: [] });
    expect(fourth.status).toBe(429);
    expect(fourth.json.error.message).toMatch(/three alerts in the last half hour.*in about 27 minutes/);
    // The limit is per sender: the partner can still reach out.
    expect((await repairing.post('/api/alerts', { needs: ['space'] })).status).toBe(201);
  });

  it('names the field of a bad need (400)', async () => {
    const { hurt } = await couple(ctx().app);
    const r = await hurt.post('/api/alerts', { needs: ['hugs'] });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'validation_failed', field: 'needs.0' });
  });

  it('asks for a partner before sending (409) and refuses the signed out (401)', async () => {
    const alone = await signUp(ctx().app, 'Solo');
    await alone.post('/api/spaces', { role: 'hurt' });
    expect((await alone.post('/api/alerts', { needs: [] })).status).toBe(409);
    const out = await signUp(ctx().app, 'Out');
    await out.post('/api/auth/logout');
    for (const [method, url] of [
      ['POST', '/api/alerts'],
      ['GET', '/api/alerts'],
      ['GET', '/api/alerts/x'],
      ['POST', '/api/alerts/x/ack'],
    ] as const) {
      expect((await out.request(method, url, method === 'POST' ? {} : undefined)).status, url).toBe(401);
    }
  });

  it('answers 404 to another couple, and the sender cannot acknowledge their own alert', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const sent = await a.hurt.post('/api/alerts', { needs: ['talk'] });
    const id = sent.json.alert.id;
    expect((await b.repairing.post(`/api/alerts/${id}/ack`)).status).toBe(404);
    expect((await b.repairing.get(`/api/alerts/${id}`)).status).toBe(404);
    expect((await b.repairing.get('/api/alerts')).json.alerts).toEqual([]);
    expect((await a.hurt.post(`/api/alerts/${id}/ack`)).status).toBe(403);
  });

  it('stops showing the alert to a partner who left, or once its sender left', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const sent = await hurt.post('/api/alerts', { needs: ['talk'] });
    await hurt.post('/api/spaces/current/leave');
    expect((await repairing.get(`/api/alerts/${sent.json.alert.id}`)).status).toBe(404);
    expect((await repairing.post(`/api/alerts/${sent.json.alert.id}/ack`)).status).toBe(404);
  });
});
