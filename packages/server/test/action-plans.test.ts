import { beforeEach, expect, it } from 'vitest';
import { jobHandlers } from '../src/jobs/handlers';
import { createJobRunner } from '../src/jobs/runner';
import { couple, describeEngines, type Person } from './helpers';

const START = Date.parse('2026-11-24T12:00:00.000Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describeEngines('consistent action: plans', (ctx) => {
  beforeEach(() => {
    ctx().clock.t = START;
  });
  const events = async (userId: string, type: string) =>
    (await ctx().app.repos.events.listAfter(userId, 0, 500)).filter((e) => e.type === type);
  async function plan(repairing: Person) {
    const r = await repairing.post('/api/plans', {
      what: 'Dinner with my brother',
      where: 'Rosa’s',
      etaAt: iso(START + 4 * HOUR),
    });
    expect(r.status).toBe(201);
    return r.json.plan;
  }

  it('shows the plan to the partner with a live event that carries no words', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const p = await plan(repairing);
    expect(p).toMatchObject({ status: 'open', where: 'Rosa’s', mine: true });
    expect((await hurt.get(`/api/plans/${p.id}`)).json.plan).toMatchObject({
      what: 'Dinner with my brother',
      mine: false,
    });
    const [e] = await events(hurt.user.id, 'plan_changed');
    expect(JSON.parse(e?.payload ?? '{}')).toEqual({ planId: p.id });
  });

  it('is kept when arriving by the first time', async () => {
    const { repairing } = await couple(ctx().app);
    const p = await plan(repairing);
    expect((await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'left' })).status).toBe(201);
    ctx().clock.t = START + 4 * HOUR;
    const arrived = await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'arrived' });
    expect(arrived.status).toBe(201);
    expect(arrived.json.plan).toMatchObject({ status: 'arrived', outcome: { outcome: 'kept' } });
    expect((await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'left' })).status).toBe(409);
  });

  it('counts "running late" sent before the time as notice, and arriving by the new time as renegotiated', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const p = await plan(repairing);
    ctx().clock.t = START + 3 * HOUR;
    const late = await repairing.post(`/api/plans/${p.id}/updates`, {
      kind: 'late',
      newEtaAt: iso(START + 5 * HOUR),
    });
    expect(late.json.plan.updates.at(-1)).toMatchObject({ kind: 'late', notice: true });
    expect(late.json.plan.etaAt).toBe(iso(START + 5 * HOUR));
    ctx().clock.t = START + 5 * HOUR;
    const arrived = await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'arrived' });
    expect(arrived.json.plan.outcome.outcome).toBe('renegotiated');
    expect((await events(hurt.user.id, 'plan_changed')).length).toBe(3);
  });

  it('does not count "running late" sent after the time as notice', async () => {
    const { repairing } = await couple(ctx().app);
    const p = await plan(repairing);
    ctx().clock.t = START + 4 * HOUR + 1;
    const late = await repairing.post(`/api/plans/${p.id}/updates`, {
      kind: 'late',
      newEtaAt: iso(START + 5 * HOUR),
    });
    expect(late.json.plan.updates.at(-1).notice).toBe(false);
    ctx().clock.t = START + 5 * HOUR;
    const arrived = await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'arrived' });
    expect(arrived.json.plan.outcome.outcome).toBe('late');
  });

  it('is missed after the grace with no arrival; arriving later makes it late', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const p = await plan(repairing);
    const { app, clock } = ctx();
    const runner = createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock));
    clock.t = START + 6 * HOUR; // four hours + the default two-hour grace
    await runner.runDue();
    expect((await hurt.get(`/api/plans/${p.id}`)).json.plan).toMatchObject({
      status: 'missed',
      outcome: { outcome: 'missed' },
    });
    expect(
      (await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'late', newEtaAt: iso(START + 7 * HOUR) }))
        .status,
    ).toBe(409);
    const arrived = await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'arrived' });
    expect(arrived.json.plan.outcome.outcome).toBe('late');
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0]).toMatchObject({ missed: 0, late: 1 });
  });

  it('keeps plans taken back by a safety reset out of the partner’s ledger and events', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const missed = await plan(repairing);
    const arrived = await plan(repairing);
    expect((await repairing.post('/api/safety/reset')).status).toBe(200);
    const lastEvent = await ctx().app.repos.events.lastId(hurt.user.id);
    expect((await repairing.post(`/api/plans/${arrived.id}/updates`, { kind: 'arrived' })).status).toBe(201);
    const { app, clock } = ctx();
    clock.t = START + 6 * HOUR;
    await createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock)).runDue();
    expect((await repairing.get(`/api/plans/${missed.id}`)).json.plan.status).toBe('missed');
    expect((await hurt.get(`/api/plans/${missed.id}`)).status).toBe(404);
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0]).toMatchObject({ kept: 0, missed: 0 });
    expect(await ctx().app.repos.events.lastId(hurt.user.id)).toBe(lastEvent);
  });

  it('lets only the repairing partner make and update their own plans', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect((await hurt.post('/api/plans', { what: 'x', etaAt: iso(START + HOUR) })).status).toBe(403);
    const p = await plan(repairing);
    expect((await hurt.post(`/api/plans/${p.id}/updates`, { kind: 'arrived' })).status).toBe(403);
  });

  it('names the field for an ETA before now, a late with no new time, or an unknown kind', async () => {
    const { repairing } = await couple(ctx().app);
    const past = await repairing.post('/api/plans', { what: 'x', etaAt: iso(START - 1) });
    expect(past.json.error).toMatchObject({ code: 'validation_failed', field: 'etaAt' });
    expect(
      (await repairing.post('/api/plans', { what: '', etaAt: iso(START + HOUR) })).json.error.field,
    ).toBe('what');
    const p = await plan(repairing);
    const noTime = await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'late' });
    expect(noTime.json.error.field).toBe('newEtaAt');
    const pastTime = await repairing.post(`/api/plans/${p.id}/updates`, {
      kind: 'late',
      newEtaAt: iso(START - HOUR),
    });
    expect(pastTime.json.error.field).toBe('newEtaAt');
    const kind = await repairing.post(`/api/plans/${p.id}/updates`, { kind: 'teleported' });
    expect(kind.status).toBe(400);
    expect(kind.json.error.field).toBe('kind');
  });
});
