import { afterEach, expect, it } from 'vitest';
import WebSocket from 'ws';
import { couple, describeEngines, ORIGIN, signUp } from './helpers';
import { connectLive } from './live-client';

const sockets: WebSocket[] = [];
afterEach(() => {
  for (const ws of sockets.splice(0)) ws.close();
});

describeEngines('live events', (ctx) => {
  let base = '';
  const listen = async () => {
    base ||= await ctx().app.listen({ port: 0, host: '127.0.0.1' });
    return base;
  };

  it('delivers an event to the partner’s open device, with no words in it', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const live = await connectLive(await listen(), hurt);
    sockets.push(live.ws);
    await live.waitFor('ready');
    await repairing.put('/api/status', { text: 'secret words', visibility: 'partner' });
    const event = await live.waitFor('status_changed');
    expect(event.id).toBeGreaterThan(0);
    expect(JSON.stringify(live.messages)).not.toContain('secret words');
  });

  it('replays what a device missed after the last id it saw', async () => {
    const hurt = await signUp(ctx().app, 'Hana');
    await hurt.post('/api/spaces', { role: 'hurt' });
    const first = await connectLive(await listen(), hurt);
    const ready = await first.waitFor('ready');
    first.ws.close();
    const repairing = await signUp(ctx().app, 'Ravi');
    const code = (await hurt.post('/api/spaces/current/invites')).json.code;
    await repairing.post(`/api/invites/${code}/accept`);
    await repairing.put('/api/status', { text: 'x', visibility: 'partner' });
    const again = await connectLive(await listen(), hurt, ready.id);
    sockets.push(again.ws);
    await again.waitFor('ready');
    expect(again.messages.map((m) => m.type)).toEqual(['partner_joined', 'status_changed', 'ready']);
  });

  it('refuses a socket from another origin or without a session', async () => {
    const p = await signUp(ctx().app, 'P');
    const url = `${(await listen()).replace('http', 'ws')}/api/live`;
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
      });
    expect(await status({ cookie: p.cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await status({ origin: ORIGIN })).toBe(401);
  });

  it('never sends one person’s events to another couple', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const live = await connectLive(await listen(), b.hurt);
    sockets.push(live.ws);
    await live.waitFor('ready');
    await a.repairing.put('/api/status', { text: 'x', visibility: 'partner' });
    await b.repairing.put('/api/status', { text: 'y', visibility: 'partner' });
    await live.waitFor('status_changed');
    expect(live.messages.filter((m) => m.type === 'status_changed')).toHaveLength(1);
  });
});

describeEngines('live event payloads', (ctx) => {
  it('refuses a payload that would hide the event’s own id, type or time', async () => {
    const p = await signUp(ctx().app, 'P');
    for (const key of ['id', 'type', 'at']) {
      await expect(ctx().app.hub.publish([p.user.id], 'x', { [key]: 'y' })).rejects.toThrow(/may not use/);
    }
    await expect(ctx().app.hub.publish([p.user.id], 'x', { recordId: 'y' })).resolves.toBeUndefined();
  });
});
