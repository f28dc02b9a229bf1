import fc from 'fast-check';
import { beforeEach, expect, it } from 'vitest';
import { rebuildRollups } from '../src/services/action/privacy';
import { couple, describeEngines, type Person } from './helpers';

const START = Date.parse('2026-11-24T12:00:00.000Z'); // Tuesday; the week began Monday 2026-11-23
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

describeEngines('consistent action: the ledger, ratings and the pillars', (ctx) => {
  beforeEach(() => {
    ctx().clock.t = START;
  });
  async function keep(repairing: Person, dueIn: number, doneIn: number) {
    const c = await repairing.post('/api/commitments', {
      title: 'Call at lunch',
      dueAt: iso(ctx().clock.t + dueIn),
    });
    ctx().clock.advance(doneIn);
    return repairing.post(`/api/commitments/${c.json.commitment.id}/done`);
  }

  it('answers the weeks asked for, oldest first, with the rate over 4, 12 and 52 weeks', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    ctx().clock.t = START - 14 * DAY;
    await keep(repairing, HOUR, 0); // kept, two weeks ago
    ctx().clock.t = START;
    await keep(repairing, HOUR, 2 * HOUR); // late, this week
    const r = await hurt.get('/api/ledger?weeks=3');
    expect(r.status).toBe(200);
    expect(r.json.weeks.map((w: { weekStart: string }) => w.weekStart)).toEqual([
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(r.json.weeks.map((w: { kept: number; late: number }) => [w.kept, w.late])).toEqual([
      [1, 0],
      [0, 0],
      [0, 1],
    ]);
    expect(r.json.keptOrRenegotiatedRate).toBe(0.5);
    expect(r.json.rates).toEqual({ last4: 0.5, last12: 0.5, last52: 0.5 });
    const empty = await (await couple(ctx().app)).hurt.get('/api/ledger');
    expect(empty.json.weeks).toHaveLength(12);
    expect(empty.json.keptOrRenegotiatedRate).toBeNull();
    for (const q of ['weeks=0', 'weeks=105', 'weeks=two'])
      expect((await hurt.get(`/api/ledger?${q}`)).json.error.field).toBe('weeks');
  });

  it('counts a promise kept ahead of a due time in next week in this week, where the ledger shows it', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    ctx().clock.t = Date.parse('2026-11-29T23:50:00.000Z'); // Sunday night; the space's week is UTC
    await keep(repairing, 30 * 60_000, 0); // due Monday 00:20, kept on Sunday
    const c = await repairing.post('/api/commitments', {
      title: 'Text when I leave',
      dueAt: iso(ctx().clock.t + 40 * 60_000),
    });
    expect(
      (
        await repairing.post(`/api/commitments/${c.json.commitment.id}/renegotiate`, {
          dueAt: iso(ctx().clock.t + 2 * HOUR),
          note: 'Moved.',
        })
      ).status,
    ).toBe(200);
    const r = await hurt.get('/api/ledger?weeks=1');
    expect(r.json.weeks).toMatchObject([{ weekStart: '2026-11-23', kept: 1, renegotiated: 1 }]);
    expect(r.json.rates.last4).toBe(1);
  });

  it('keeps one rating per person, week and pillar, both shown side by side', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const rate = (p: Person, pillar: string, score: number, weekStart = '2026-11-23') =>
      p.post('/api/ratings', { weekStart, pillar, score });
    expect((await rate(hurt, 'honesty', 2)).status).toBe(201);
    expect((await rate(hurt, 'honesty', 3)).status).toBe(201);
    expect((await rate(repairing, 'honesty', 4)).status).toBe(201);
    const r = await hurt.get('/api/pillars?weeks=4');
    expect(r.json.ratings).toHaveLength(2);
    expect(r.json.ratings.find((x: { mine: boolean }) => x.mine)).toMatchObject({
      score: 3,
      pillar: 'honesty',
    });
    expect(r.json.ratings.find((x: { mine: boolean }) => !x.mine)).toMatchObject({
      score: 4,
      authorName: 'Ravi',
    });
    expect(r.json.thisWeek).toBe('2026-11-23');
    expect(JSON.stringify(r.json)).not.toMatch(/"(score|overall|trust)Score"/);
    const bad: [Record<string, unknown>, string][] = [
      [{ weekStart: '2026-11-23', pillar: 'honesty', score: 6 }, 'score'],
      [{ weekStart: '2026-11-23', pillar: 'honesty', score: 0 }, 'score'],
      [{ weekStart: '2026-11-24', pillar: 'honesty', score: 3 }, 'weekStart'],
      [{ weekStart: '2026-12-07', pillar: 'honesty', score: 3 }, 'weekStart'],
      [{ weekStart: '2026-11-23', pillar: 'trust', score: 3 }, 'pillar'],
    ];
    for (const [body, field] of bad) {
      const res = await hurt.post('/api/ratings', body);
      expect(res.status).toBe(400);
      expect(res.json.error.field).toBe(field);
    }
  });

  it('shows the evidence beside each pillar: ledger, questions, honesty, acknowledgements', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await keep(repairing, HOUR, 0);
    const q = await hurt.post('/api/questions', { text: 'When did it start?' });
    await hurt.post('/api/questions', { text: 'Who else knew?' });
    await repairing.post(`/api/questions/${q.json.question.id}/answer`, { text: 'In March.' });
    const alert = await hurt.post('/api/alerts', { needs: ['reassurance'] });
    ctx().clock.advance(90_000);
    await repairing.post(`/api/alerts/${alert.json.alert.id}/ack`);
    await repairing.post(`/api/alerts/${alert.json.alert.id}/ack`); // a second tap counts once
    ctx().clock.advance(3 * DAY);
    const e = (await hurt.get('/api/pillars?weeks=2')).json.evidence;
    expect(e.consistency.keptOrRenegotiatedRate).toBe(1);
    expect(e.responsibility).toEqual({ questionsAnswered: 1, questionsOpen: 1, oldestOpenDays: 3 });
    expect(e.empathy).toMatchObject({ alertsAcknowledged: 1, meanAckSeconds: 90 });
    expect(e.honesty).toHaveProperty('daysSinceLastRevelation');
  });

  it('counts steady weeks of promises as evidence on the recovery timeline', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    for (const weeksAgo of [3, 1]) {
      ctx().clock.t = START - weeksAgo * 7 * DAY;
      await keep(repairing, HOUR, 0);
    }
    ctx().clock.t = START;
    // The atone phase first: disclosure complete, an apology sent, no contact confirmed.
    await repairing.post('/api/disclosures', { text: 'Everything, told once.' });
    expect((await repairing.post('/api/disclosures/complete')).status).toBe(200);
    await repairing.post('/api/apologies', { text: 'I lied to you, and I am sorry.' });
    await repairing.post('/api/no-contact/channels', { channel: 'Phone', how: 'Blocked' });
    await repairing.post('/api/no-contact/confirm');
    const t = (await hurt.get('/api/timeline')).json;
    expect(t.phase).toBe('attune');
    expect(JSON.stringify(t)).toContain('8 weeks of promises kept or changed in advance (2 so far)');
  });

  it('takes the leaver’s promises out of the ledger the partner sees', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await keep(repairing, HOUR, 0);
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0].kept).toBe(1);
    expect((await repairing.post('/api/spaces/current/leave')).status).toBe(204);
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0].kept).toBe(0);
    expect((await hurt.get('/api/commitments')).json.commitments).toHaveLength(0);
  });

  // The roll-ups the requests maintained equal a full recount from the stored rows, whatever mix of
  // on-time, late, back-dated, renegotiated, missed, disputed and changed-after-missed happened.
  it('keeps roll-ups equal to a full recomputation through any sequence of requests', async () => {
    const { app, clock } = ctx();
    const step = fc.record({
      kind: fc.constantFrom(
        'done',
        'doneBackdated',
        'late',
        'renegotiate',
        'renegotiateLate',
        'dispute',
        'update',
        'ask',
        'plan',
        'question',
      ),
      dueHours: fc.integer({ min: 1, max: 24 * 10 }),
      jumpHours: fc.integer({ min: 0, max: 24 * 4 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        clock.t = START;
        const { hurt, repairing, spaceId } = await couple(app);
        let lastOutcome: string | null = null;
        for (const s of steps) {
          const due = clock.t + s.dueHours * HOUR;
          if (s.kind === 'update') await repairing.post('/api/updates', { text: 'On my way.' });
          else if (s.kind === 'question') {
            const q = await hurt.post('/api/questions', { text: `Question ${s.dueHours}?` });
            clock.advance(s.jumpHours * HOUR);
            await repairing.post(`/api/questions/${q.json.question.id}/answer`, { text: 'An answer.' });
            await repairing.post(`/api/questions/${q.json.question.id}/answer`, { text: 'An addition.' });
          } else if (s.kind === 'ask') await hurt.post('/api/reassurance/asks', {});
          else if (s.kind === 'plan') {
            const p = await repairing.post('/api/plans', { what: 'Gym', etaAt: iso(due) });
            clock.advance(s.jumpHours * HOUR);
            await repairing.post(`/api/plans/${p.json.plan.id}/updates`, { kind: 'arrived' });
          } else if (s.kind === 'dispute') {
            if (lastOutcome) await hurt.post(`/api/outcomes/${lastOutcome}/review`, { review: 'disputed' });
          } else {
            const c = (await repairing.post('/api/commitments', { title: 'Call', dueAt: iso(due) })).json
              .commitment;
            if (s.kind === 'renegotiate' || s.kind === 'renegotiateLate') {
              if (s.kind === 'renegotiateLate') clock.t = due + HOUR;
              await repairing.post(`/api/commitments/${c.id}/renegotiate`, {
                dueAt: iso(clock.t + 2 * HOUR),
                note: 'Later',
              });
            }
            clock.advance(s.kind === 'late' ? (s.dueHours + s.jumpHours) * HOUR + 1 : s.jumpHours * HOUR);
            const body = s.kind === 'doneBackdated' ? { at: iso(Math.max(clock.t - HOUR, START)) } : {};
            const done = await repairing.post(`/api/commitments/${c.id}/done`, body);
            lastOutcome = done.json?.commitment?.outcomes?.[0]?.id ?? lastOutcome;
          }
        }
        const stored = await app.repos.rollups.range(spaceId, '2000-01-03', '2100-01-04');
        await rebuildRollups(app.repos, spaceId);
        const recounted = await app.repos.rollups.range(spaceId, '2000-01-03', '2100-01-04');
        const nonZero = (m: Map<string, Record<string, number>>) =>
          Object.fromEntries([...m].filter(([, c]) => Object.values(c).some((v) => v !== 0)));
        expect(nonZero(stored)).toEqual(nonZero(recounted));
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
