import { expect, it } from 'vitest';
import { couple, describeEngines, Person, signUp } from './helpers';

describeEngines('privacy and safety', (ctx) => {
  it('keeps a status private by default; a shared one reaches the partner only', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const other = await couple(ctx().app);
    await repairing.put('/api/status', { text: 'Hard morning, better now' });
    expect((await hurt.get('/api/status')).json.partner).toBeNull();
    await repairing.put('/api/status', { text: 'Thinking of you', visibility: 'partner' });
    expect((await hurt.get('/api/status')).json.partner).toMatchObject({ text: 'Thinking of you' });
    expect((await repairing.get('/api/status')).json.mine).toMatchObject({
      text: 'Thinking of you',
      visibility: 'partner',
    });
    // Someone from another couple sees nothing of it.
    expect((await other.hurt.get('/api/status')).json).toEqual({ mine: null, partner: null });
    expect(JSON.stringify((await other.hurt.get('/api/export')).json)).not.toContain('Thinking of you');
  });

  it.each([
    [{ text: '' }, 'text'],
    [{ text: 'x'.repeat(281) }, 'text'],
    [{ text: 'ok', visibility: 'everyone' }, 'visibility'],
    [{ text: 12 }, 'text'],
  ])('refuses a bad status %o naming %s', async (body, field) => {
    const { hurt } = await couple(ctx().app);
    const r = await hurt.put('/api/status', body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
    expect((await hurt.get('/api/status')).json.mine).toBeNull();
  });

  it('logs when the partner opens what was shared, and shows the log to its owner only', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await repairing.put('/api/status', { text: 'Home by six', visibility: 'partner' });
    await hurt.get('/api/status');
    await hurt.get('/api/status');
    const log = (await repairing.get('/api/access-log')).json.entries;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ viewer: { displayName: 'Hana', role: 'hurt' }, recordType: 'status' });
    expect((await hurt.get('/api/access-log')).json.entries).toEqual([]);
  });

  it('leaving takes back what the leaver shared, at once', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await hurt.put('/api/status', { text: 'I need a quiet evening', visibility: 'partner' });
    expect((await repairing.get('/api/status')).json.partner).not.toBeNull();
    await hurt.post('/api/spaces/current/leave');
    expect((await repairing.get('/api/status')).json.partner).toBeNull();
    expect(JSON.stringify((await repairing.get('/api/export')).json)).not.toContain('quiet evening');
  });

  // A newcomer to a space someone left does not inherit what the member who stayed shared with that person.
  it('ends what the member who stayed had shared before someone new joins, not before the same partner returns', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await hurt.put('/api/status', { text: 'What you did still hurts', visibility: 'partner' });
    expect((await hurt.get('/api/me')).json.space.pastPartner).toBe(false);
    await repairing.post('/api/spaces/current/leave');
    // The one who stayed is told, before inviting anyone, what a newcomer will not see.
    expect((await hurt.get('/api/me')).json.space.pastPartner).toBe(true);

    // The same partner coming back still sees it.
    const again = await hurt.post('/api/spaces/current/invites');
    expect(
      (await repairing.post(`/api/invites/${again.json.code}/accept`, { role: 'repairing' })).status,
    ).toBe(200);
    expect((await repairing.get('/api/status')).json.partner).toMatchObject({
      text: 'What you did still hurts',
    });
    await repairing.post('/api/spaces/current/leave');

    // Someone new does not, and the author sees it is private again.
    const newcomer = await signUp(ctx().app, 'Sam');
    const invite = await hurt.post('/api/spaces/current/invites');
    expect(
      (await newcomer.post(`/api/invites/${invite.json.code}/accept`, { role: 'repairing' })).status,
    ).toBe(200);
    expect((await newcomer.get('/api/status')).json.partner).toBeNull();
    expect(JSON.stringify((await newcomer.get('/api/export')).json)).not.toContain('still hurts');
    expect((await hurt.get('/api/status')).json.mine).toMatchObject({ visibility: 'private' });

    // What the author shares from now on reaches the newcomer as usual.
    await hurt.put('/api/status', { text: 'Starting again', visibility: 'partner' });
    expect((await newcomer.get('/api/status')).json.partner).toMatchObject({ text: 'Starting again' });
  });

  it('keeps the safety answer private to the person who gave it', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const r = await hurt.put('/api/me/safety', { feelsSafe: 'no', fearsControl: true });
    expect(r.json.safety).toEqual({
      answered: true,
      feelsSafe: 'no',
      fearsThreats: false,
      fearsControl: true,
    });
    const partnerView = JSON.stringify([
      (await repairing.get('/api/me')).json,
      (await repairing.get('/api/export')).json,
    ]);
    expect(partnerView).not.toContain('"no"');
    expect((await repairing.get('/api/me')).json.safety.answered).toBe(false);
    expect((await hurt.put('/api/me/safety', { feelsSafe: 'maybe' })).json.error.field).toBe('feelsSafe');
  });

  it('safety reset ends every share and every other session, and tells no one', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const phone = new Person(ctx().app, 'Hana');
    await phone.post('/api/auth/login', { email: hurt.user.email, password: 'maple river lantern 7' });
    await hurt.put('/api/status', { text: 'Open with you', visibility: 'partner' });
    const lastEvent = await ctx().app.repos.events.lastId(repairing.user.id);
    const r = await hurt.post('/api/safety/reset');
    expect(r.json).toEqual({ endedShares: 1, signedOutSessions: 1 });
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await hurt.get('/api/me')).status).toBe(200);
    expect((await repairing.get('/api/status')).json.partner).toBeNull();
    // No event was stored (or sent) for the partner: the reset is silent.
    expect(await ctx().app.repos.events.lastId(repairing.user.id)).toBe(lastEvent);
  });

  it('exports everything the person wrote and what was shared with them', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await hurt.put('/api/status', { text: 'Private thought', visibility: 'private' });
    await repairing.put('/api/status', { text: 'Shared with Hana', visibility: 'partner' });
    const r = await hurt.get('/api/export');
    expect(r.res.headers['content-disposition']).toMatch(
      /attachment; filename="mend-export-2026-11-24\.json"/,
    );
    expect(r.json.authored.statuses.map((s: { text: string }) => s.text)).toEqual(['Private thought']);
    expect(r.json.sharedWithMe.map((s: { text: string }) => s.text)).toEqual(['Shared with Hana']);
    expect(JSON.stringify(r.json)).not.toContain('password_hash');
  });

  it('deletes an account only with its password, erasing what it wrote', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await repairing.put('/api/status', { text: 'Erase me', visibility: 'partner' });
    const wrong = await repairing.del('/api/me', { password: 'not my password' });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error.field).toBe('password');
    expect((await repairing.del('/api/me', {})).json.error.field).toBe('password');
    expect((await repairing.del('/api/me', { password: 'maple river lantern 7' })).status).toBe(204);
    expect((await repairing.get('/api/me')).status).toBe(401);
    expect((await hurt.get('/api/me')).json.space.partner).toBeNull();
    expect((await hurt.get('/api/status')).json.partner).toBeNull();
    const again = new Person(ctx().app, 'Ravi');
    expect(
      (
        await again.post('/api/auth/login', {
          email: repairing.user.email,
          password: 'maple river lantern 7',
        })
      ).status,
    ).toBe(401);
  });

  it('erases a solo space with its only member', async () => {
    const solo = await signUp(ctx().app, 'Solo');
    await solo.post('/api/spaces', { role: 'hurt' });
    const code = (await solo.post('/api/spaces/current/invites')).json.code;
    await solo.del('/api/me', { password: 'maple river lantern 7' });
    const late = await signUp(ctx().app, 'Late');
    expect((await late.get(`/api/invites/${code}`)).status).toBe(404);
  });
});

describeEngines('bad input and faults', (ctx) => {
  it('answers malformed JSON with a 400, not a 500', async () => {
    const r = await ctx().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://mend.test', 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('validation_failed');
  });

  it('answers a 1 MB body with a 413', async () => {
    const r = await ctx().app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { origin: 'http://mend.test', 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(1024 * 1024), displayName: 'A' }),
    });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('payload_too_large');
  });

  it('answers an unknown route with a 404 in the same error shape', async () => {
    const p = await signUp(ctx().app, 'P');
    const r = await p.get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('not_found');
  });

  it('answers a non-JSON body with a 415', async () => {
    const r = await ctx().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://mend.test', 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(r.statusCode).toBe(415);
  });

  it('publishes a valid OpenAPI document', async () => {
    const r = await ctx().app.inject({ url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    expect(r.json().paths['/api/auth/register'].post).toBeDefined();
  });
});
