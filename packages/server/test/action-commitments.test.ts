import { beforeEach, expect, it } from 'vitest';
import { jobHandlers } from '../src/jobs/handlers';
import { createJobRunner } from '../src/jobs/runner';
import { couple, describeEngines, type Person } from './helpers';

const START = Date.parse('2026-11-24T12:00:00.000Z'); // a Tuesday
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describeEngines('consistent action: promises', (ctx) => {
  beforeEach(() => {
    ctx().clock.t = START;
  });
  const runner = () => {
    const { app, clock } = ctx();
    return createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock));
  };
  async function promise(repairing: Person, body: Record<string, unknown> = {}) {
    const r = await repairing.post('/api/commitments', {
      title: 'Text at lunch',
      dueAt: iso(START + 2 * HOUR),
      ...body,
    });
    expect(r.status).toBe(201);
    return r.json.commitment;
  }

  it('makes a promise the partner sees, pending, with its history', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const c = await promise(repairing);
    expect(c).toMatchObject({ status: 'pending', outcome: null, recurrence: null, mine: true });
    const seen = await hurt.get('/api/commitments');
    expect(seen.json.commitments).toHaveLength(1);
    expect(seen.json.commitments[0]).toMatchObject({ id: c.id, mine: false, authorName: 'Ravi' });
    expect(seen.json.commitments[0].events.map((e: { kind: string }) => e.kind)).toEqual(['made']);
  });

  it('is kept when done by the due time and late one minute after', async () => {
    const { repairing } = await couple(ctx().app);
    const a = await promise(repairing);
    const kept = await repairing.post(`/api/commitments/${a.id}/done`);
    expect(kept.status).toBe(200);
    expect(kept.json.commitment).toMatchObject({ status: 'done', outcome: 'kept' });
    const b = await promise(repairing);
    ctx().clock.t = START + 2 * HOUR + 60_000;
    const late = await repairing.post(`/api/commitments/${b.id}/done`);
    expect(late.json.commitment).toMatchObject({ status: 'done', outcome: 'late' });
    expect((await repairing.post(`/api/commitments/${b.id}/done`)).status).toBe(409);
  });

  it('reads a back-dated "done at" against the due time', async () => {
    const { repairing } = await couple(ctx().app);
    const c = await promise(repairing);
    ctx().clock.t = START + 5 * HOUR;
    const r = await repairing.post(`/api/commitments/${c.id}/done`, { at: iso(START + HOUR) });
    expect(r.json.commitment.outcome).toBe('kept');
    const future = await repairing.post(
      `/api/commitments/${(await promise(repairing, { dueAt: iso(START + 9 * HOUR) })).id}/done`,
      {
        at: iso(START + 8 * HOUR),
      },
    );
    expect(future.status).toBe(400);
    expect(future.json.error.field).toBe('at');
  });

  it('counts a change asked before the due time as renegotiated, and one asked after as not notice', async () => {
    const { repairing } = await couple(ctx().app);
    const c = await promise(repairing);
    const before = await repairing.post(`/api/commitments/${c.id}/renegotiate`, {
      dueAt: iso(START + 6 * HOUR),
      note: 'The meeting moved; I will call at six.',
    });
    expect(before.status).toBe(200);
    expect(before.json.notice).toBe(true);
    expect(before.json.commitment).toMatchObject({ status: 'renegotiated', outcome: 'renegotiated' });
    expect(before.json.commitment.dueAt).toBe(iso(START + 6 * HOUR));

    const d = await promise(repairing);
    ctx().clock.t = START + 3 * HOUR;
    const after = await repairing.post(`/api/commitments/${d.id}/renegotiate`, {
      dueAt: iso(START + 6 * HOUR),
      note: 'Sorry, later.',
    });
    expect(after.json.notice).toBe(false);
    expect(after.json.commitment).toMatchObject({ status: 'pending', outcome: null });
    // Done before the new time still counts against the first: late.
    const done = await repairing.post(`/api/commitments/${d.id}/done`);
    expect(done.json.commitment.outcome).toBe('late');
    const ledger = await repairing.get('/api/ledger?weeks=1');
    expect(ledger.json.weeks[0]).toMatchObject({ renegotiated: 1, late: 1, kept: 0, missed: 0 });
  });

  it('marks a promise missed after the grace the couple set, and done afterwards turns it late', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect(
      (await hurt.put('/api/action/settings', { graceMinutes: 60, timeZone: 'Europe/Paris' })).status,
    ).toBe(200);
    const c = await promise(repairing);
    ctx().clock.t = START + 3 * HOUR - 1;
    await runner().runDue();
    expect((await hurt.get(`/api/commitments/${c.id}`)).json.commitment.status).toBe('pending');
    ctx().clock.t = START + 3 * HOUR;
    await runner().runDue();
    const missed = (await hurt.get(`/api/commitments/${c.id}`)).json.commitment;
    expect(missed).toMatchObject({ status: 'missed', outcome: 'missed' });
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0].missed).toBe(1);
    const late = await repairing.post(`/api/commitments/${c.id}/done`);
    expect(late.json.commitment).toMatchObject({ status: 'done', outcome: 'late' });
    expect(late.json.commitment.events.map((e: { kind: string }) => e.kind)).toEqual([
      'made',
      'missed',
      'done_after_missed',
    ]);
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0]).toMatchObject({ missed: 0, late: 1 });
  });

  it('waits longer when the couple gave more grace after the promise was made', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const c = await promise(repairing);
    await hurt.put('/api/action/settings', { graceMinutes: 600, timeZone: 'UTC' });
    ctx().clock.t = START + 5 * HOUR;
    await runner().runDue();
    expect((await hurt.get(`/api/commitments/${c.id}`)).json.commitment.status).toBe('pending');
    ctx().clock.t = START + 12 * HOUR;
    await runner().runDue();
    expect((await hurt.get(`/api/commitments/${c.id}`)).json.commitment.status).toBe('missed');
  });

  it('moves a daily promise on to the same wall-clock time tomorrow, across a clock change', async () => {
    const { repairing } = await couple(ctx().app);
    ctx().clock.t = Date.parse('2026-10-24T08:00:00.000Z');
    const c = await promise(repairing, {
      dueAt: '2026-10-24T16:00:00.000Z', // 18:00 in Paris, summer time
      recurrence: 'daily',
      timeZone: 'Europe/Paris',
    });
    const done = await repairing.post(`/api/commitments/${c.id}/done`);
    expect(done.json.commitment).toMatchObject({ status: 'pending', outcome: 'kept' });
    expect(done.json.commitment.dueAt).toBe('2026-10-25T17:00:00.000Z'); // 18:00, winter time
    const ended = await repairing.post(`/api/commitments/${c.id}/end`);
    expect(ended.json.commitment.status).toBe('ended');
    expect((await repairing.post(`/api/commitments/${c.id}/done`)).status).toBe(409);
  });

  it('lets only the hurt partner confirm or dispute, and keeps a dispute beside the outcome', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const c = await promise(repairing);
    const done = await repairing.post(`/api/commitments/${c.id}/done`);
    const outcomeId = done.json.commitment.outcomes[0].id;
    expect((await repairing.post(`/api/outcomes/${outcomeId}/review`, { review: 'confirmed' })).status).toBe(
      403,
    );
    const disputed = await hurt.post(`/api/outcomes/${outcomeId}/review`, {
      review: 'disputed',
      note: 'The text came at three.',
    });
    expect(disputed.status).toBe(200);
    expect(disputed.json.outcome).toMatchObject({ outcome: 'kept', review: 'disputed' });
    const week = (await hurt.get('/api/ledger?weeks=1')).json.weeks[0];
    expect(week).toMatchObject({ kept: 1, disputed: 1 });
    const seen = (await repairing.get(`/api/commitments/${c.id}`)).json.commitment;
    expect(seen.outcomes[0]).toMatchObject({ review: 'disputed', reviewNote: 'The text came at three.' });
    expect(seen.events.map((e: { kind: string }) => e.kind)).toContain('disputed');
  });

  it('keeps promises taken back by a safety reset out of the partner’s ledger and events, when due or kept', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const due = await promise(repairing);
    const kept = await promise(repairing, { dueAt: iso(START + 9 * HOUR) });
    expect((await repairing.post('/api/safety/reset')).status).toBe(200);
    const lastEvent = await ctx().app.repos.events.lastId(hurt.user.id);
    ctx().clock.t = START + 5 * HOUR; // past the first due time and its grace
    await runner().runDue();
    const done = await repairing.post(`/api/commitments/${kept.id}/done`);
    expect(done.json.commitment.outcome).toBe('kept');
    // The author still sees their own promises settle; the partner sees nothing of them.
    expect((await repairing.get(`/api/commitments/${due.id}`)).json.commitment.status).toBe('missed');
    expect((await hurt.get(`/api/commitments/${due.id}`)).status).toBe(404);
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0]).toMatchObject({ kept: 0, missed: 0 });
    const outcomeId = done.json.commitment.outcomes[0].id;
    expect((await hurt.post(`/api/outcomes/${outcomeId}/review`, { review: 'disputed' })).status).toBe(404);
    expect(await ctx().app.repos.events.lastId(hurt.user.id)).toBe(lastEvent);
  });

  it('lets only the repairing partner make and settle promises', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const r = await hurt.post('/api/commitments', { title: 'x', dueAt: iso(START + HOUR) });
    expect(r.status).toBe(403);
    const c = await promise(repairing);
    expect((await hurt.post(`/api/commitments/${c.id}/done`)).status).toBe(403);
    expect(
      (await hurt.post(`/api/commitments/${c.id}/renegotiate`, { dueAt: iso(START + 9 * HOUR), note: 'x' }))
        .status,
    ).toBe(403);
    expect((await hurt.post(`/api/commitments/${c.id}/end`)).status).toBe(403);
  });

  it('names the field for a due time in the past, an unknown recurrence, or empty words', async () => {
    const { repairing } = await couple(ctx().app);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x', dueAt: iso(START - 1) }, 'dueAt'],
      [{ title: 'x', dueAt: iso(START + HOUR), recurrence: 'hourly' }, 'recurrence'],
      [{ title: '  ', dueAt: iso(START + HOUR) }, 'title'],
      [{ title: 'x'.repeat(20_000), dueAt: iso(START + HOUR) }, 'title'],
      [{ title: 'x', dueAt: 'tomorrow' }, 'dueAt'],
      [{ title: 'x', dueAt: iso(START + HOUR), timeZone: 'Mars/Olympus' }, 'timeZone'],
    ];
    for (const [body, field] of cases) {
      const r = await repairing.post('/api/commitments', body);
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(r.json.error).toMatchObject({ code: 'validation_failed', field });
    }
    const c = await promise(repairing);
    const bad = await repairing.post(`/api/commitments/${c.id}/renegotiate`, {
      dueAt: iso(START - HOUR),
      note: 'x',
    });
    expect(bad.json.error.field).toBe('dueAt');
    const noNote = await repairing.post(`/api/commitments/${c.id}/renegotiate`, {
      dueAt: iso(START + 9 * HOUR),
    });
    expect(noNote.json.error.field).toBe('note');
    const settings = await repairing.put('/api/action/settings', { graceMinutes: 99_999, timeZone: 'UTC' });
    expect(settings.json.error.field).toBe('graceMinutes');
  });
});
