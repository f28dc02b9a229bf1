import { expect, it } from 'vitest';
import { couple, describeEngines, signUp } from './helpers';

const WEEK = 7 * 24 * 60 * 60 * 1000;

describeEngines('a space for two', (ctx) => {
  it('creates a space with a role and the day it came to light, and counts the days', async () => {
    const ana = await signUp(ctx().app, 'Ana');
    const r = await ana.post('/api/spaces', { role: 'hurt', discoveredOn: '2026-11-01' });
    expect(r.status).toBe(201);
    expect(r.json.space).toMatchObject({ role: 'hurt' });
    const me = await ana.get('/api/me');
    expect(me.json.space).toMatchObject({
      role: 'hurt',
      discoveredOn: '2026-11-01',
      dayNumber: 24,
      partner: null,
    });
  });

  it('works alone: solo mode has a space and no partner', async () => {
    const solo = await signUp(ctx().app, 'Solo');
    await solo.post('/api/spaces', { role: 'repairing' });
    const me = await solo.get('/api/me');
    expect(me.json.space).toMatchObject({ role: 'repairing', partner: null, dayNumber: null, invite: null });
  });

  it.each([
    [{ role: 'therapist' }, 'role'],
    [{ role: 'hurt', discoveredOn: '2026-02-30' }, 'discoveredOn'],
    [{ role: 'hurt', discoveredOn: 20261101 }, 'discoveredOn'],
    [{}, 'role'],
  ])('refuses a bad space %o naming %s and writes nothing', async (body, field) => {
    const p = await signUp(ctx().app, 'Bad');
    const r = await p.post('/api/spaces', body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
    expect((await p.get('/api/me')).json.space).toBeNull();
  });

  it('refuses a second space for a member', async () => {
    const p = await signUp(ctx().app, 'Twice');
    await p.post('/api/spaces', { role: 'hurt' });
    const r = await p.post('/api/spaces', { role: 'repairing' });
    expect(r.status).toBe(409);
    expect(r.json.error.code).toBe('already_in_space');
  });

  it('invites the partner, who joins with a role; both see who is who', async () => {
    const { hurt, repairing } = await couple(ctx().app, '2026-10-01');
    const a = (await hurt.get('/api/me')).json.space;
    const b = (await repairing.get('/api/me')).json.space;
    expect(a.partner).toMatchObject({ displayName: 'Ravi', role: 'repairing' });
    expect(b.partner).toMatchObject({ displayName: 'Hana', role: 'hurt' });
    expect(a.id).toBe(b.id);
    expect(b.dayNumber).toBe(55);
    expect(a.invite).toBeNull();
  });

  it('lets both partners pick the same role (a mutual betrayal)', async () => {
    const a = await signUp(ctx().app, 'A');
    const b = await signUp(ctx().app, 'B');
    await a.post('/api/spaces', { role: 'repairing' });
    const { json } = await a.post('/api/spaces/current/invites');
    expect((await b.post(`/api/invites/${json.code}/accept`, { role: 'repairing' })).json.space.role).toBe(
      'repairing',
    );
  });

  it('gives the joining partner the other role when they do not choose', async () => {
    const a = await signUp(ctx().app, 'A');
    const b = await signUp(ctx().app, 'B');
    await a.post('/api/spaces', { role: 'hurt' });
    const { json } = await a.post('/api/spaces/current/invites');
    expect((await b.post(`/api/invites/${json.code}/accept`)).json.space.role).toBe('repairing');
  });

  it('shows an invite as a code and a link that expires in 7 days', async () => {
    const a = await signUp(ctx().app, 'A');
    await a.post('/api/spaces', { role: 'hurt' });
    const r = await a.post('/api/spaces/current/invites');
    expect(r.status).toBe(201);
    expect(r.json.code).toMatch(/^[A-Z2-9]{10}$/);
    expect(r.json.url).toBe(`http://mend.test/join/${r.json.code}`);
    expect(Date.parse(r.json.expiresAt) - ctx().clock.now()).toBe(WEEK);
    expect((await a.get('/api/me')).json.space.invite.code).toBe(r.json.code);
    const b = await signUp(ctx().app, 'B');
    const preview = await b.get(`/api/invites/${r.json.code.toLowerCase()}`);
    // Only a name before joining: a forwarded link must not tell a stranger who was hurt.
    expect(Object.keys(preview.json.invite).sort()).toEqual(['expiresAt', 'inviterName']);
    expect(preview.json.invite.inviterName).toBe('A');
  });

  it('refuses an invite that was used, expired, replaced or never existed — all as 404', async () => {
    const a = await signUp(ctx().app, 'A');
    await a.post('/api/spaces', { role: 'hurt' });
    const first = (await a.post('/api/spaces/current/invites')).json.code;
    const second = (await a.post('/api/spaces/current/invites')).json.code;
    const late = await signUp(ctx().app, 'Late');
    expect((await late.post(`/api/invites/${first}/accept`)).status).toBe(404);
    expect((await late.post('/api/invites/ZZZZZZZZZZ/accept')).status).toBe(404);
    ctx().clock.advance(WEEK);
    expect((await late.post(`/api/invites/${second}/accept`)).status).toBe(404);
    expect((await late.get('/api/me')).json.space).toBeNull();
    ctx().clock.advance(-WEEK);
    const b = await signUp(ctx().app, 'B');
    expect((await b.post(`/api/invites/${second}/accept`)).status).toBe(200);
    const c = await signUp(ctx().app, 'C');
    const reused = await c.post(`/api/invites/${second}/accept`);
    expect(reused.status).toBe(404);
    expect(reused.json.error.code).toBe('not_found');
  });

  it('refuses a third member: no new invite once the partner is in', async () => {
    const { hurt } = await couple(ctx().app);
    const r = await hurt.post('/api/spaces/current/invites');
    expect(r.status).toBe(409);
    expect(r.json.error.code).toBe('space_full');
  });

  it('refuses to join while already in a space, and writes nothing', async () => {
    const { repairing } = await couple(ctx().app);
    const other = await signUp(ctx().app, 'Other');
    await other.post('/api/spaces', { role: 'hurt' });
    const code = (await other.post('/api/spaces/current/invites')).json.code;
    const r = await repairing.post(`/api/invites/${code}/accept`);
    expect(r.status).toBe(409);
    expect((await other.get('/api/me')).json.space.partner).toBeNull();
  });

  it('changes the discovery date, and only in the caller’s space', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const stranger = await signUp(ctx().app, 'Stranger');
    await stranger.post('/api/spaces', { role: 'hurt', discoveredOn: '2026-01-01' });
    expect((await hurt.patch('/api/spaces/current', { discoveredOn: '2026-11-20' })).status).toBe(200);
    expect((await repairing.get('/api/me')).json.space.dayNumber).toBe(5);
    expect((await stranger.get('/api/me')).json.space.discoveredOn).toBe('2026-01-01');
    expect((await hurt.patch('/api/spaces/current', { discoveredOn: 'soon' })).json.error.field).toBe(
      'discoveredOn',
    );
  });

  it('leaving is immediate: the partner sees no partner and the leaver can start again', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect((await repairing.post('/api/spaces/current/leave')).status).toBe(204);
    expect((await hurt.get('/api/me')).json.space.partner).toBeNull();
    expect((await repairing.get('/api/me')).json.space).toBeNull();
    expect((await repairing.post('/api/spaces/current/leave')).status).toBe(409);
    expect((await repairing.post('/api/spaces', { role: 'repairing' })).status).toBe(201);
  });
});
