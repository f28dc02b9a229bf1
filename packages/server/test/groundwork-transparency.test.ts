import { expect, it } from 'vitest';
import { couple, describeEngines, type Person } from './helpers';

const DAY = 86_400_000;
const offer = {
  kind: 'phone',
  description: 'My phone, open whenever you ask',
  endsOn: '2027-02-24',
  reviewOn: '2026-12-24',
};

async function safeCouple(app: Parameters<typeof couple>[0]) {
  const c = await couple(app);
  await c.hurt.put('/api/me/safety', { feelsSafe: 'yes' });
  await c.repairing.put('/api/me/safety', { feelsSafe: 'yes' });
  return c;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));
const item = async (p: Person) => (await p.get('/api/transparency')).json.items[0];

describeEngines('groundwork: transparency agreement', (ctx) => {
  it('offer → accept → pause: the partner sees "paused" and by whom; resume and end likewise', async () => {
    const { hurt, repairing } = await safeCouple(ctx().app);
    const events: string[] = [];
    const stop = ctx().app.hub.subscribe(hurt.user.id, (e) => events.push(e.type));
    const r = await repairing.post('/api/transparency/items', offer);
    expect(r.status).toBe(201);
    expect(r.json.item).toMatchObject({ id: expect.any(String), status: 'offered', mine: true });
    const id = r.json.item.id;
    expect((await hurt.post(`/api/transparency/items/${id}/accept`)).json.item).toMatchObject({
      status: 'active',
    });
    ctx().clock.advance(60_000);
    const pausedAt = new Date(ctx().clock.now()).toISOString();
    expect((await repairing.post(`/api/transparency/items/${id}/pause`)).json.item.status).toBe('paused');
    // When it was paused, so a pause read weeks later is not taken for this morning.
    expect(await item(hurt)).toMatchObject({
      status: 'paused',
      statusBy: 'Ravi',
      statusChangedAt: pausedAt,
      mine: false,
    });
    expect((await repairing.post(`/api/transparency/items/${id}/resume`)).json.item.status).toBe('active');
    expect((await repairing.post(`/api/transparency/items/${id}/end`)).json.item).toMatchObject({
      status: 'ended',
      endedReason: 'withdrawn',
    });
    expect(await item(hurt)).toMatchObject({ status: 'ended', statusBy: 'Ravi', endedReason: 'withdrawn' });
    await settle();
    stop();
    // The hurt partner hears of the offer, the pause, the resumption and the end (their own accept is theirs).
    expect(events).toEqual(Array(4).fill('transparency_changed'));
    const types = (await hurt.get('/api/timeline')).json.events.map((e: { type: string }) => e.type);
    expect(types).toContain('transparency_accepted');
  });

  it('lets only the repairing partner offer, only the partner accept, and only the offerer pause', async () => {
    const { hurt, repairing } = await safeCouple(ctx().app);
    const onBehalf = await hurt.post('/api/transparency/items', offer);
    expect(onBehalf.status).toBe(403);
    expect(onBehalf.json.error.code).toBe('forbidden');
    const { id } = (await repairing.post('/api/transparency/items', offer)).json.item;
    expect((await repairing.post(`/api/transparency/items/${id}/accept`)).status).toBe(403);
    expect((await hurt.post(`/api/transparency/items/${id}/accept`)).status).toBe(200);
    for (const action of ['pause', 'end', 'resume']) {
      expect((await hurt.post(`/api/transparency/items/${id}/${action}`)).status).toBe(403);
    }
    expect(
      (
        await hurt.post(`/api/transparency/items/${id}/revise`, {
          mode: 'renew',
          endsOn: '2027-03-01',
          reviewOn: '2027-01-01',
        })
      ).status,
    ).toBe(403);
    expect(
      (await hurt.put('/api/transparency/ally', { name: 'Sam', contact: 'sam@example.com' })).status,
    ).toBe(403);
    expect(await item(hurt)).toMatchObject({ status: 'active' });
  });

  it('refuses a move from the wrong state with 409', async () => {
    const { hurt, repairing } = await safeCouple(ctx().app);
    const { id } = (await repairing.post('/api/transparency/items', offer)).json.item;
    expect((await repairing.post(`/api/transparency/items/${id}/pause`)).json.error.code).toBe('wrong_state');
    await hurt.post(`/api/transparency/items/${id}/decline`);
    expect(await item(repairing)).toMatchObject({
      status: 'ended',
      endedReason: 'declined',
      statusBy: 'Hana',
    });
    expect((await hurt.post(`/api/transparency/items/${id}/accept`)).status).toBe(409);
  });

  it.each([
    [{ ...offer, kind: 'messages' }, 'kind'],
    [{ ...offer, description: '' }, 'description'],
    [{ ...offer, endsOn: '2027-02-30' }, 'endsOn'],
    [{ ...offer, endsOn: '2026-11-24' }, 'endsOn'],
    [{ ...offer, endsOn: '2028-11-24' }, 'endsOn'],
    [{ ...offer, reviewOn: '2026-11-01' }, 'reviewOn'],
    [{ ...offer, reviewOn: '2027-03-01' }, 'reviewOn'],
  ])('refuses an offer %o naming %s', async (body, field) => {
    const { repairing } = await safeCouple(ctx().app);
    const r = await repairing.post('/api/transparency/items', body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
  });

  it('renews or tapers as a new linked offer; accepting it ends the one it replaces', async () => {
    const { hurt, repairing } = await safeCouple(ctx().app);
    const { id } = (await repairing.post('/api/transparency/items', offer)).json.item;
    await hurt.post(`/api/transparency/items/${id}/accept`);
    const bad = await repairing.post(`/api/transparency/items/${id}/revise`, {
      mode: 'taper',
      endsOn: '2027-05-01',
      reviewOn: '2027-03-01',
    });
    expect(bad.json.error.field).toBe('description');
    const taper = await repairing.post(`/api/transparency/items/${id}/revise`, {
      mode: 'taper',
      description: 'My phone, once a week',
      endsOn: '2027-05-01',
      reviewOn: '2027-03-01',
    });
    expect(taper.status).toBe(201);
    expect(taper.json.item).toMatchObject({ status: 'offered', replacesId: id });
    await hurt.post(`/api/transparency/items/${taper.json.item.id}/accept`);
    const items = (await hurt.get('/api/transparency')).json.items;
    expect(
      items.map((i: { status: string; endedReason: string | null }) => [i.status, i.endedReason]),
    ).toEqual([
      ['active', null],
      ['ended', 'replaced'],
    ]);
  });

  it('ends an item on its end date and reminds both in the week before its review', async () => {
    const { hurt, repairing } = await safeCouple(ctx().app);
    const start = ctx().clock.t;
    try {
      const dates = { reviewOn: '2026-12-05', endsOn: '2026-12-10' };
      const { id } = (await repairing.post('/api/transparency/items', { ...offer, ...dates })).json.item;
      await hurt.post(`/api/transparency/items/${id}/accept`);
      expect((await item(hurt)).reviewDue).toBe(false);
      ctx().clock.advance(5 * DAY);
      expect((await item(hurt)).reviewDue).toBe(true);
      expect((await item(repairing)).reviewDue).toBe(true);
      ctx().clock.advance(12 * DAY);
      expect(await item(hurt)).toMatchObject({
        status: 'ended',
        endedReason: 'expired',
        reviewDue: false,
        statusChangedAt: null,
      });
      expect((await repairing.post(`/api/transparency/items/${id}/pause`)).status).toBe(409);
    } finally {
      ctx().clock.t = start;
    }
  });

  it('stays off unless every member said a plain yes, and says the same to both', async () => {
    for (const answer of [{ feelsSafe: 'no' }, { feelsSafe: 'yes', fearsControl: true }, null]) {
      const { hurt, repairing } = await couple(ctx().app);
      await repairing.put('/api/me/safety', { feelsSafe: 'yes' });
      if (answer) await hurt.put('/api/me/safety', answer);
      const views = [
        (await hurt.get('/api/transparency')).json,
        (await repairing.get('/api/transparency')).json,
      ];
      expect(views).toEqual([
        { available: false, items: [], ally: null },
        { available: false, items: [], ally: null },
      ]);
      const refused = await repairing.post('/api/transparency/items', offer);
      expect(refused.status).toBe(403);
      expect(refused.json.error.message).toBe('Transparency is not turned on in this space.');
      expect(JSON.stringify(refused.json)).not.toMatch(/safe|fear|control/i);
    }
  });

  it('turns off for items already running when an answer changes, without saying whose', async () => {
    const { hurt, repairing } = await safeCouple(ctx().app);
    const { id } = (await repairing.post('/api/transparency/items', offer)).json.item;
    await hurt.post(`/api/transparency/items/${id}/accept`);
    await hurt.put('/api/me/safety', { feelsSafe: 'unsure' });
    expect((await repairing.get('/api/transparency')).json.available).toBe(false);
    expect((await repairing.post(`/api/transparency/items/${id}/pause`)).json.error.message).toBe(
      'Transparency is not turned on in this space.',
    );
  });

  it('names an ally the partner can see, and removes it', async () => {
    const { hurt, repairing } = await safeCouple(ctx().app);
    expect((await repairing.put('/api/transparency/ally', { name: 'Sam' })).json.error.field).toBe('contact');
    const r = await repairing.put('/api/transparency/ally', { name: 'Sam', contact: 'sam@example.com' });
    expect(r.json.ally).toMatchObject({ name: 'Sam', mine: true });
    expect((await hurt.get('/api/transparency')).json.ally).toMatchObject({
      name: 'Sam',
      authorName: 'Ravi',
    });
    expect((await repairing.del('/api/transparency/ally')).status).toBe(204);
    expect((await hurt.get('/api/transparency')).json.ally).toBeNull();
    expect((await repairing.del('/api/transparency/ally')).status).toBe(404);
  });

  it('the safety reset ends every item silently; leaving ends them too', async () => {
    const { hurt, repairing } = await safeCouple(ctx().app);
    const { id } = (await repairing.post('/api/transparency/items', offer)).json.item;
    await hurt.post(`/api/transparency/items/${id}/accept`);
    await repairing.post('/api/transparency/items', {
      ...offer,
      kind: 'schedule',
      description: 'My calendar',
    });
    await repairing.put('/api/transparency/ally', { name: 'Sam', contact: 'sam@example.com' });
    // On PostgreSQL events arrive through NOTIFY: let the earlier ones land, and give a late one time to show.
    await settle();
    const events: string[] = [];
    const stop = ctx().app.hub.subscribe(hurt.user.id, (e) => events.push(e.type));
    const reset = await repairing.post('/api/safety/reset');
    await settle();
    stop();
    expect(reset.json.endedShares).toBeGreaterThanOrEqual(3);
    expect(events).toEqual([]);
    expect((await hurt.get('/api/transparency')).json).toEqual({ available: true, items: [], ally: null });
    expect(
      (await repairing.get('/api/transparency')).json.items.map((i: { status: string }) => i.status),
    ).toEqual(['ended', 'ended']);
    // The reset gives no date of change: the moment of a safety reset is not written on anything.
    expect(
      (await repairing.get('/api/transparency')).json.items.map(
        (i: { statusChangedAt: string | null }) => i.statusChangedAt,
      ),
    ).toEqual([null, null]);
    expect((await hurt.post(`/api/transparency/items/${id}/accept`)).status).toBe(404);

    const other = await safeCouple(ctx().app);
    const offered = (await other.repairing.post('/api/transparency/items', offer)).json.item;
    await other.repairing.post('/api/spaces/current/leave');
    expect((await other.hurt.get('/api/transparency')).json.items).toEqual([]);
    expect((await other.hurt.post(`/api/transparency/items/${offered.id}/accept`)).status).toBe(404);
  });
});
