import { beforeEach, expect, it } from 'vitest';
import { jobHandlers } from '../src/jobs/handlers';
import { createJobRunner } from '../src/jobs/runner';
import { couple, describeEngines } from './helpers';

const START = Date.parse('2026-11-24T12:00:00.000Z'); // Tuesday
const HOUR = 3_600_000;

describeEngines('consistent action: updates, reassurance, anxious times and the menu', (ctx) => {
  beforeEach(() => {
    ctx().clock.t = START;
  });
  const events = async (userId: string, type: string) =>
    (await ctx().app.repos.events.listAfter(userId, 0, 1000)).filter((e) => e.type === type);

  it('counts an update as proactive unless an ask came in the two hours before', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const first = await repairing.post('/api/updates', { text: 'Just left, home around seven.' });
    expect(first.status).toBe(201);
    expect(first.json.message).toMatchObject({ kind: 'update', proactive: true });
    ctx().clock.advance(HOUR);
    expect((await hurt.post('/api/reassurance/asks', { note: 'Having a hard evening.' })).status).toBe(201);
    ctx().clock.advance(HOUR);
    const answer = await repairing.post('/api/updates', { text: 'I am here. Thinking of you.' });
    expect(answer.json.message.proactive).toBe(false);
    ctx().clock.advance(2 * HOUR);
    expect((await repairing.post('/api/updates', { text: 'On my way.' })).json.message.proactive).toBe(true);
    const list = (await hurt.get('/api/updates')).json.messages;
    expect(list.map((m: { kind: string }) => m.kind)).toEqual(['update', 'update', 'ask', 'update']);
    const pillars = (await hurt.get('/api/pillars?weeks=1')).json;
    expect(pillars.evidence.empathy.proactiveShare).toBeCloseTo(2 / 3);
    expect(await events(repairing.user.id, 'message_sent')).toHaveLength(1);
  });

  it('keeps updates for the repairing partner and asks for the hurt partner', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect((await hurt.post('/api/updates', { text: 'x' })).status).toBe(403);
    expect((await repairing.post('/api/reassurance/asks', {})).status).toBe(403);
    expect((await repairing.post('/api/updates', { text: '' })).json.error.field).toBe('text');
  });

  it('nudges the repairing partner an hour before an anxious time and when it begins', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const r = await hurt.post('/api/anxiety-windows', {
      kind: 'weekly',
      weekday: 5,
      start: '19:00',
      end: '23:00',
      timeZone: 'UTC',
      label: 'Friday evenings',
      helps: 'A message when you leave work.',
    });
    expect(r.status).toBe(201);
    expect(r.json.window).toMatchObject({ active: false, startsAt: '2026-11-27T19:00:00.000Z' });
    const seen = (await repairing.get('/api/anxiety-windows')).json.windows;
    expect(seen[0]).toMatchObject({ helps: 'A message when you leave work.', mine: false });
    const { app, clock } = ctx();
    const runner = createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock));
    clock.t = Date.parse('2026-11-27T18:00:00.000Z');
    await runner.runDue();
    expect(await events(repairing.user.id, 'anxiety_window_soon')).toHaveLength(1);
    expect(await events(repairing.user.id, 'anxiety_window_now')).toHaveLength(0);
    clock.t = Date.parse('2026-11-27T19:00:00.000Z');
    await runner.runDue();
    expect(await events(repairing.user.id, 'anxiety_window_now')).toHaveLength(1);
    expect((await repairing.get('/api/anxiety-windows')).json.windows[0].active).toBe(true);
    expect(await events(hurt.user.id, 'anxiety_window_now')).toHaveLength(0);
    // After it ends, the next Friday is set up; a removed window stays silent.
    clock.t = Date.parse('2026-11-27T23:00:00.000Z');
    await runner.runDue();
    expect((await hurt.del(`/api/anxiety-windows/${r.json.window.id}`)).status).toBe(204);
    clock.t = Date.parse('2026-12-04T19:00:00.000Z');
    await runner.runDue();
    expect(await events(repairing.user.id, 'anxiety_window_soon')).toHaveLength(1);
  });

  it('stops nudging about an anxious time once its author takes it back (safety reset) or leaves', async () => {
    const { app, clock } = ctx();
    const runner = createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock));
    for (const takeBack of ['/api/safety/reset', '/api/spaces/current/leave']) {
      clock.t = START;
      const { hurt, repairing } = await couple(app);
      const r = await hurt.post('/api/anxiety-windows', {
        kind: 'weekly',
        weekday: 5,
        start: '19:00',
        end: '23:00',
        timeZone: 'UTC',
        label: 'Friday evenings',
      });
      expect(r.status).toBe(201);
      expect((await hurt.post(takeBack)).status, takeBack).toBeLessThan(300);
      for (const at of ['2026-11-27T18:00:00.000Z', '2026-11-27T19:00:00.000Z', '2026-12-04T18:00:00.000Z']) {
        clock.t = Date.parse(at);
        await runner.runDue();
      }
      expect(await events(repairing.user.id, 'anxiety_window_soon'), takeBack).toHaveLength(0);
      expect(await events(repairing.user.id, 'anxiety_window_now'), takeBack).toHaveLength(0);
    }
  });

  it('names the field of a bad anxious time', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const base = { kind: 'weekly', weekday: 5, start: '19:00', end: '23:00', timeZone: 'UTC' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, weekday: undefined }, 'weekday'],
      [{ ...base, weekday: 7 }, 'weekday'],
      [{ ...base, kind: 'date' }, 'date'],
      [{ ...base, start: '25:00' }, 'start'],
      [{ ...base, end: '19:00' }, 'end'],
      [{ ...base, timeZone: 'Nowhere/City' }, 'timeZone'],
    ];
    for (const [body, field] of cases) {
      const r = await hurt.post('/api/anxiety-windows', body);
      expect(r.status, field).toBe(400);
      expect(r.json.error.field).toBe(field);
    }
    expect((await repairing.post('/api/anxiety-windows', base)).status).toBe(403);
  });

  it('keeps a menu the hurt partner writes and the repairing partner turns into promises', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const item = await hurt.post('/api/menu', { title: 'A text at lunch', cost: 'low' });
    expect(item.status).toBe(201);
    expect((await repairing.post('/api/menu', { title: 'x', cost: 'low' })).status).toBe(403);
    expect((await hurt.post('/api/menu', { title: 'x', cost: 'medium' })).json.error.field).toBe('cost');
    const c = await repairing.post('/api/commitments', {
      title: 'Text at lunch',
      dueAt: new Date(START + HOUR).toISOString(),
      menuItemId: item.json.item.id,
    });
    expect(c.json.commitment.menuItemId).toBe(item.json.item.id);
    expect((await repairing.get('/api/menu')).json.items[0]).toMatchObject({ promises: 1, mine: false });
    expect((await repairing.del(`/api/menu/${item.json.item.id}`)).status).toBe(403);
    expect((await hurt.del(`/api/menu/${item.json.item.id}`)).status).toBe(204);
    expect((await repairing.get('/api/menu')).json.items).toHaveLength(0);
  });
});
