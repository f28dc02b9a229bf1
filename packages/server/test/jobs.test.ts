import { expect, it } from 'vitest';
import { createJobRunner } from '../src/jobs/runner';
import { describeEngines } from './helpers';

describeEngines('jobs', (ctx) => {
  it('runs a due job once and leaves a future one waiting', async () => {
    const { app, clock } = ctx();
    const ran: unknown[] = [];
    const runner = createJobRunner(app.repos, clock, { remind: async (p) => void ran.push(p) });
    await app.repos.jobs.enqueue('remind', { n: 1 }, clock.now(), clock.now());
    await app.repos.jobs.enqueue('remind', { n: 2 }, clock.now() + 60_000, clock.now());
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);
    expect(ran).toEqual([{ n: 1 }]);
    clock.advance(60_000);
    await runner.runDue();
    expect(ran).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('retries a job that throws, with growing backoff, and never loses it', async () => {
    const { app, clock } = ctx();
    let failures = 2;
    const runner = createJobRunner(app.repos, clock, {
      flaky: async () => {
        if (failures-- > 0) throw new Error('not yet');
      },
    });
    const id = await app.repos.jobs.enqueue('flaky', {}, clock.now(), clock.now());
    await runner.runDue();
    let job = await app.repos.jobs.find(id);
    expect(job).toMatchObject({ attempts: 1, done_at: null, last_error: 'Error: not yet' });
    expect(job?.run_at).toBe(clock.now() + 5_000);
    clock.advance(5_000);
    await runner.runDue();
    job = await app.repos.jobs.find(id);
    expect(job?.attempts).toBe(2);
    expect(job?.run_at).toBe(clock.now() + 10_000);
    clock.advance(10_000);
    await runner.runDue();
    expect((await app.repos.jobs.find(id))?.done_at).toBe(clock.now());
  });

  it('lets two runners share the table without running a job twice', async () => {
    const { app, clock } = ctx();
    const ran: number[] = [];
    const handlers = { count: async (p: unknown) => void ran.push((p as { n: number }).n) };
    for (let n = 0; n < 30; n++) await app.repos.jobs.enqueue('count', { n }, clock.now(), clock.now());
    const a = createJobRunner(app.repos, clock, handlers);
    const b = createJobRunner(app.repos, clock, handlers);
    await Promise.all([a.runDue(7), b.runDue(7), a.runDue(7), b.runDue(7), a.runDue(7)]);
    await Promise.all([a.runDue(), b.runDue()]);
    expect(ran.sort((x, y) => x - y)).toEqual([...Array(30).keys()]);
  });
});
