import { beforeEach, expect, it } from 'vitest';
import { couple, describeEngines, type Person, signUp } from './helpers';

const START = Date.parse('2026-11-24T12:00:00.000Z');
const soon = new Date(START + 3_600_000).toISOString();
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const ROUTES: [Method, string, unknown?][] = [
  ['POST', '/api/commitments', { title: 'x', dueAt: soon }],
  ['GET', '/api/commitments'],
  ['GET', '/api/commitments/x'],
  ['POST', '/api/commitments/x/done'],
  ['POST', '/api/commitments/x/renegotiate', { dueAt: soon, note: 'x' }],
  ['POST', '/api/commitments/x/end'],
  ['POST', '/api/outcomes/x/review', { review: 'confirmed' }],
  ['GET', '/api/menu'],
  ['POST', '/api/menu', { title: 'x', cost: 'low' }],
  ['DELETE', '/api/menu/x'],
  ['POST', '/api/plans', { what: 'x', etaAt: soon }],
  ['GET', '/api/plans'],
  ['GET', '/api/plans/x'],
  ['POST', '/api/plans/x/updates', { kind: 'left' }],
  ['POST', '/api/updates', { text: 'x' }],
  ['GET', '/api/updates'],
  ['POST', '/api/reassurance/asks', {}],
  ['GET', '/api/anxiety-windows'],
  [
    'POST',
    '/api/anxiety-windows',
    { kind: 'weekly', weekday: 1, start: '19:00', end: '21:00', timeZone: 'UTC' },
  ],
  ['DELETE', '/api/anxiety-windows/x'],
  ['GET', '/api/action/settings'],
  ['PUT', '/api/action/settings', { graceMinutes: 60, timeZone: 'UTC' }],
  ['GET', '/api/ledger'],
  ['POST', '/api/ratings', { weekStart: '2026-11-23', pillar: 'empathy', score: 3 }],
  ['GET', '/api/pillars'],
];

describeEngines('consistent action: who may ask for what', (ctx) => {
  beforeEach(() => {
    ctx().clock.t = START;
  });

  it.each(ROUTES)('%s %s answers 401 when signed out', async (method, url, body) => {
    const r = await ctx().app.inject({
      method,
      url,
      headers: { origin: 'http://mend.test', host: 'mend.test' },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    expect(r.statusCode).toBe(401);
  });

  it('answers 409 no_space to someone without a space', async () => {
    const solo = await signUp(ctx().app, 'Sol');
    for (const [method, url, body] of ROUTES.filter(([, u]) => !u.includes('/x'))) {
      const r = await solo.request(method, url, body);
      expect(r.status, `${method} ${url}`).toBe(409);
      expect(r.json.error.code).toBe('no_space');
    }
  });

  /** Every record kind of the feature, made by one couple. */
  async function records(hurt: Person, repairing: Person) {
    const item = (await hurt.post('/api/menu', { title: 'A text at lunch', cost: 'low' })).json.item;
    const c = (await repairing.post('/api/commitments', { title: 'Text', dueAt: soon })).json.commitment;
    const kept = (await repairing.post(`/api/commitments/${c.id}/done`)).json.commitment;
    const open = (await repairing.post('/api/commitments', { title: 'Call', dueAt: soon })).json.commitment;
    const plan = (await repairing.post('/api/plans', { what: 'Gym', etaAt: soon })).json.plan;
    const window = (
      await hurt.post('/api/anxiety-windows', {
        kind: 'weekly',
        weekday: 5,
        start: '19:00',
        end: '23:00',
        timeZone: 'UTC',
      })
    ).json.window;
    return { item, open, outcomeId: kept.outcomes[0].id as string, plan, window };
  }

  it('answers 404 to someone from another couple, for every record, as if it did not exist', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const r = await records(a.hurt, a.repairing);
    for (const outsider of [b.hurt, b.repairing]) {
      const asks: [Method, string, unknown?][] = [
        ['GET', `/api/commitments/${r.open.id}`],
        ['POST', `/api/commitments/${r.open.id}/done`],
        ['POST', `/api/commitments/${r.open.id}/renegotiate`, { dueAt: soon, note: 'x' }],
        ['POST', `/api/commitments/${r.open.id}/end`],
        ['POST', `/api/outcomes/${r.outcomeId}/review`, { review: 'disputed' }],
        ['DELETE', `/api/menu/${r.item.id}`],
        ['GET', `/api/plans/${r.plan.id}`],
        ['POST', `/api/plans/${r.plan.id}/updates`, { kind: 'arrived' }],
        ['DELETE', `/api/anxiety-windows/${r.window.id}`],
        ['POST', '/api/commitments', { title: 'x', dueAt: soon, menuItemId: r.item.id }],
      ];
      for (const [method, url, body] of asks) {
        const res = await outsider.request(method, url, body);
        // The hurt outsider may not make promises at all (403 before any lookup); the rest is 404.
        const expected = outsider === b.hurt && url === '/api/commitments' ? 403 : 404;
        expect(res.status, `${method} ${url}`).toBe(expected);
        if (expected === 404) expect(res.json.error.code).toBe('not_found');
      }
      expect((await outsider.get('/api/commitments')).json.commitments).toHaveLength(0);
      expect((await outsider.get('/api/plans')).json.plans).toHaveLength(0);
      expect((await outsider.get('/api/menu')).json.items).toHaveLength(0);
      expect((await outsider.get('/api/anxiety-windows')).json.windows).toHaveLength(0);
      expect((await outsider.get('/api/updates')).json.messages).toHaveLength(0);
      expect((await outsider.get('/api/ledger?weeks=1')).json.weeks[0].kept).toBe(0);
    }
    // The records were untouched by the outsiders.
    expect((await a.hurt.get(`/api/commitments/${r.open.id}`)).json.commitment.status).toBe('pending');
    expect((await a.hurt.get(`/api/plans/${r.plan.id}`)).json.plan.status).toBe('open');
  });

  it('puts every record in the author’s export and the shared ones in the partner’s', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await records(hurt, repairing);
    await repairing.post('/api/updates', { text: 'Home by seven.' });
    await hurt.post('/api/ratings', {
      weekStart: '2026-11-23',
      pillar: 'empathy',
      score: 4,
      note: 'You listened.',
    });
    const mine = (await repairing.get('/api/export')).json;
    expect(mine.authored.promises).toHaveLength(2);
    expect(mine.authored.plans).toHaveLength(1);
    expect(mine.authored.outcomes).toHaveLength(1);
    expect(mine.authored.reassurance[0].text).toBe('Home by seven.');
    const types = mine.sharedWithMe.map((s: { type: string }) => s.type);
    expect(types).toEqual(expect.arrayContaining(['wish', 'anxiousTime', 'pillarRating']));
    const theirs = (await hurt.get('/api/export')).json;
    expect(theirs.authored.pillarRatings[0]).toMatchObject({ score: 4, note: 'You listened.' });
    expect(theirs.sharedWithMe.map((s: { type: string }) => s.type)).toEqual(
      expect.arrayContaining(['promise', 'plan', 'update']),
    );
  });

  it('erases the promises of a deleted account and recounts the ledger', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await records(hurt, repairing);
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0].kept).toBe(1);
    expect((await repairing.del('/api/me', { password: 'maple river lantern 7' })).status).toBe(204);
    expect((await hurt.get('/api/ledger?weeks=1')).json.weeks[0].kept).toBe(0);
    expect((await hurt.get('/api/commitments')).json.commitments).toHaveLength(0);
  });
});
