import { expect, it } from 'vitest';
import { couple, describeEngines, type Person, signUp } from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describeEngines('groundwork: disclosure and trickle-truth', (ctx) => {
  it('records disclosures; after "complete" every new one is late and resets the counter for both', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const clock = ctx().clock;
    const first = await repairing.post('/api/disclosures', {
      text: 'It began in March.',
      topics: ['what', 'how_long'],
    });
    expect(first.status).toBe(201);
    expect(first.json.disclosure).toMatchObject({ late: false, topics: ['what', 'how_long'] });
    expect((await hurt.get('/api/honesty')).json).toEqual({
      disclosureCompletedAt: null,
      lateDisclosureCount: 0,
      daysSinceLastRevelation: null,
    });
    clock.advance(DAY);
    const done = await repairing.post('/api/disclosures/complete');
    expect(done.json.completedAt).toBe(new Date(clock.now()).toISOString());
    clock.advance(10 * DAY);
    expect((await hurt.get('/api/honesty')).json).toMatchObject({
      lateDisclosureCount: 0,
      daysSinceLastRevelation: 10,
    });
    const late = await repairing.post('/api/disclosures', { text: 'There was also a trip.' });
    expect(late.json.disclosure.late).toBe(true);
    clock.advance(2 * DAY);
    for (const person of [hurt, repairing]) {
      expect((await person.get('/api/honesty')).json).toMatchObject({
        lateDisclosureCount: 1,
        daysSinceLastRevelation: 2,
      });
    }
    const list = (await hurt.get('/api/disclosures')).json;
    expect(list.disclosures.map((d: { late: boolean }) => d.late)).toEqual([false, true]);
    expect(list.completedAt).toBe(done.json.completedAt);
    const types = (await hurt.get('/api/timeline')).json.events.map((e: { type: string }) => e.type);
    expect(types).toEqual(['disclosure', 'disclosure_completed', 'late_disclosure']);
  });

  it('keeps the first completion: marking complete again changes nothing', async () => {
    const { repairing } = await couple(ctx().app);
    await repairing.post('/api/disclosures', { text: 'All of it.' });
    const first = (await repairing.post('/api/disclosures/complete')).json.completedAt;
    ctx().clock.advance(DAY);
    expect((await repairing.post('/api/disclosures/complete')).json.completedAt).toBe(first);
  });

  it('cannot be marked complete before anything is written', async () => {
    const { repairing } = await couple(ctx().app);
    const r = await repairing.post('/api/disclosures/complete');
    expect(r.status).toBe(409);
    expect(r.json.error.code).toBe('wrong_state');
  });

  it('lets only the partner who broke trust disclose or mark it complete', async () => {
    const { hurt } = await couple(ctx().app);
    expect((await hurt.post('/api/disclosures', { text: 'x' })).status).toBe(403);
    expect((await hurt.post('/api/disclosures/complete')).status).toBe(403);
  });

  it.each([
    [{}, 'text'],
    [{ text: '' }, 'text'],
    [{ text: 'x', topics: ['gossip'] }, 'topics.0'],
    [{ text: 'x', topics: 'what' }, 'topics'],
  ])('refuses a bad disclosure %o naming %s', async (body, field) => {
    const { repairing } = await couple(ctx().app);
    const r = await repairing.post('/api/disclosures', body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
  });
});

describeEngines('groundwork: no contact', (ctx) => {
  it('confirms channels one by one, visible to the partner, then no contact as a whole', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect((await repairing.post('/api/no-contact/confirm')).status).toBe(409);
    const phone = await repairing.post('/api/no-contact/channels', {
      channel: 'Phone',
      how: 'Blocked the number',
    });
    expect(phone.status).toBe(201);
    expect(phone.json.channel).toMatchObject({ channel: 'Phone', how: 'Blocked the number' });
    await repairing.post('/api/no-contact/channels', { channel: 'Instagram', how: 'Blocked and unfollowed' });
    const seen = (await hurt.get('/api/no-contact')).json;
    expect(seen.channels.map((c: { channel: string }) => c.channel)).toEqual(['Phone', 'Instagram']);
    expect(seen.confirmedAt).toBeNull();
    const confirmed = await repairing.post('/api/no-contact/confirm');
    expect((await hurt.get('/api/no-contact')).json.confirmedAt).toBe(confirmed.json.confirmedAt);
  });

  // "Disclosure complete" and "no contact confirmed" are shares like any other: a safety reset takes them back, and
  // someone who joins later does not inherit the marks made for the partner before.
  it('takes back the disclosure and no-contact marks in a safety reset, and hides them from a newcomer', async () => {
    const marksSeenBy = async (p: Person) => {
      const types = (await p.get('/api/timeline')).json.events.map((e: { type: string }) => e.type);
      return {
        completedAt: (await p.get('/api/honesty')).json.disclosureCompletedAt,
        confirmedAt: (await p.get('/api/no-contact')).json.confirmedAt,
        milestone: types.includes('no_contact_confirmed'),
      };
    };
    const writeAndMark = async (repairing: Person) => {
      await repairing.post('/api/disclosures', { text: 'It began in March.' });
      await repairing.post('/api/disclosures/complete');
      await repairing.post('/api/no-contact/channels', { channel: 'Phone', how: 'Blocked the number' });
      await repairing.post('/api/no-contact/confirm');
    };
    const shown = { completedAt: expect.any(String), confirmedAt: expect.any(String), milestone: true };
    const hidden = { completedAt: null, confirmedAt: null, milestone: false };

    const first = await couple(ctx().app);
    await writeAndMark(first.repairing);
    const before = await marksSeenBy(first.hurt);
    expect(before).toEqual(shown);
    expect((await first.repairing.post('/api/safety/reset')).status).toBe(200);
    // A mark taken back counts as not made, for both: the author can make it again.
    expect(await marksSeenBy(first.hurt)).toEqual(hidden);
    expect(await marksSeenBy(first.repairing)).toEqual(hidden);
    const start = ctx().clock.t;
    try {
      ctx().clock.advance(DAY);
      const again = await first.repairing.post('/api/disclosures/complete');
      expect(again.json.completedAt).toBe(new Date(ctx().clock.now()).toISOString());
      expect((await first.hurt.get('/api/honesty')).json.disclosureCompletedAt).toBe(again.json.completedAt);
    } finally {
      ctx().clock.t = start;
    }

    // Someone new who joins sees no mark made for the partner before; the new disclosure is not late, and a new
    // "complete" reaches them.
    const second = await couple(ctx().app);
    await writeAndMark(second.repairing);
    await second.hurt.post('/api/spaces/current/leave');
    const newcomer = await signUp(ctx().app, 'Noor');
    const invite = await second.repairing.post('/api/spaces/current/invites');
    expect((await newcomer.post(`/api/invites/${invite.json.code}/accept`, { role: 'hurt' })).status).toBe(
      200,
    );
    expect(await marksSeenBy(newcomer)).toEqual(hidden);
    const fresh = await second.repairing.post('/api/disclosures', { text: 'Everything, told to Noor.' });
    expect(fresh.json.disclosure.late).toBe(false);
    await second.repairing.post('/api/disclosures/complete');
    expect((await newcomer.get('/api/honesty')).json).toMatchObject({
      disclosureCompletedAt: expect.any(String),
      lateDisclosureCount: 0,
    });
  });

  it('records the hours between a contact attempt and its report, against a day as the goal', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const now = ctx().clock.now();
    const quick = await repairing.post('/api/no-contact/attempts', {
      occurredAt: new Date(now - 3 * HOUR).toISOString(),
      channel: 'Phone',
      note: 'A missed call; I did not answer.',
    });
    expect(quick.status).toBe(201);
    expect(quick.json.attempt).toMatchObject({ reportedAfterHours: 3, withinGoal: true });
    const slow = await repairing.post('/api/no-contact/attempts', {
      occurredAt: new Date(now - 30 * HOUR).toISOString(),
      channel: 'E-mail',
    });
    expect(slow.json.attempt).toMatchObject({ reportedAfterHours: 30, withinGoal: false });
    const seen = (await hurt.get('/api/no-contact')).json;
    expect(seen.goalHours).toBe(24);
    expect(seen.attempts.map((a: { reportedAfterHours: number }) => a.reportedAfterHours)).toEqual([30, 3]);
    expect(
      (await hurt.get('/api/timeline')).json.events.filter(
        (e: { type: string }) => e.type === 'contact_attempt_reported',
      ),
    ).toHaveLength(2);
  });

  it.each([
    ['/api/no-contact/channels', { channel: 'Phone' }, 'how'],
    ['/api/no-contact/channels', { channel: '', how: 'x' }, 'channel'],
    ['/api/no-contact/attempts', { occurredAt: 'yesterday', channel: 'Phone' }, 'occurredAt'],
    ['/api/no-contact/attempts', { occurredAt: '2026-11-24T10:00:00.000Z' }, 'channel'],
    ['/api/no-contact/attempts', { occurredAt: '2026-11-25T10:00:00.000Z', channel: 'Phone' }, 'occurredAt'],
  ])('refuses POST %s %o naming %s', async (url, body, field) => {
    const { repairing } = await couple(ctx().app);
    const r = await repairing.post(url, body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
  });

  it('keeps the plan to the partner who broke trust: the hurt partner cannot add to it', async () => {
    const { hurt } = await couple(ctx().app);
    expect((await hurt.post('/api/no-contact/channels', { channel: 'Phone', how: 'x' })).status).toBe(403);
    expect(
      (
        await hurt.post('/api/no-contact/attempts', {
          occurredAt: '2026-11-24T10:00:00.000Z',
          channel: 'Phone',
        })
      ).status,
    ).toBe(403);
    expect((await hurt.post('/api/no-contact/confirm')).status).toBe(403);
  });
});
