import { expect, it } from 'vitest';
import { describeEngines, ORIGIN, Person, signUp } from './helpers';

describeEngines('accounts', (ctx) => {
  it('answers health without a session', async () => {
    const r = await ctx().app.inject({ url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok' });
  });

  it('registers, sets an HttpOnly SameSite=Lax cookie and knows the person', async () => {
    const p = new Person(ctx().app, 'Ana');
    const r = await p.post('/api/auth/register', {
      email: 'Ana@Example.com',
      password: 'quiet harbour lamp',
      displayName: 'Ana',
    });
    expect(r.status).toBe(201);
    expect(r.json.user).toMatchObject({ email: 'Ana@Example.com', displayName: 'Ana' });
    const cookie = String(r.res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await p.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ user: { displayName: 'Ana' }, space: null, safety: { answered: false } });
  });

  it.each([
    [{ email: 'nope', password: 'quiet harbour lamp', displayName: 'A' }, 'email'],
    [{ email: 'a@b.co', password: 'short', displayName: 'A' }, 'password'],
    [{ email: 'a@b.co', password: 'quiet harbour lamp', displayName: '   ' }, 'displayName'],
    [{ email: 'a@b.co', password: 'quiet harbour lamp' }, 'displayName'],
    [{ email: 42, password: 'quiet harbour lamp', displayName: 'A' }, 'email'],
  ])('refuses bad sign-up %o naming %s', async (body, field) => {
    const r = await new Person(ctx().app, 'x').post('/api/auth/register', body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'validation_failed', field });
  });

  it('refuses a common password, naming the field', async () => {
    const r = await new Person(ctx().app, 'x').post('/api/auth/register', {
      email: 'c@example.com',
      password: 'Password2024!',
      displayName: 'C',
    });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'common_password', field: 'password' });
  });

  it('never says that an e-mail already has an account', async () => {
    const owner = await signUp(ctx().app, 'Owner');
    const stranger = new Person(ctx().app, 'Stranger');
    const r = await stranger.post('/api/auth/register', {
      email: owner.user.email.toUpperCase(),
      password: 'a different long phrase',
      displayName: 'Someone',
    });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('registration_failed');
    expect(r.json.error.message).not.toMatch(/exist|taken|already registered/i);
    expect(stranger.cookie).toBe('');
  });

  it('signs in and out; a signed-out cookie no longer works', async () => {
    const a = await signUp(ctx().app, 'Lee');
    const b = new Person(ctx().app, 'Lee');
    expect(
      (await b.post('/api/auth/login', { email: a.user.email, password: 'maple river lantern 7' })).status,
    ).toBe(200);
    const old = b.cookie;
    expect((await b.post('/api/auth/logout')).status).toBe(204);
    b.cookie = old;
    expect((await b.get('/api/me')).status).toBe(401);
    expect((await a.get('/api/me')).status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const a = await signUp(ctx().app, 'Kim');
    const wrong = await new Person(ctx().app, 'x').post('/api/auth/login', {
      email: a.user.email,
      password: 'not the password',
    });
    const unknown = await new Person(ctx().app, 'x').post('/api/auth/login', {
      email: 'nobody@example.com',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
  });

  it('refuses state changes without the app’s own Origin', async () => {
    const app = ctx().app;
    const body = { email: 'o@example.com', password: 'quiet harbour lamp', displayName: 'O' };
    const none = await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
    const evil = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: body,
      headers: { origin: 'https://evil.example' },
    });
    const same = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: body,
      headers: { origin: ORIGIN },
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('bad_origin');
    expect(evil.statusCode).toBe(403);
    expect(same.statusCode).toBe(201);
  });

  it.each([
    ['GET', '/api/me'],
    ['POST', '/api/auth/logout'],
    ['POST', '/api/spaces'],
    ['POST', '/api/spaces/current/invites'],
    ['GET', '/api/invites/ABCDEFGHJK'],
    ['POST', '/api/invites/ABCDEFGHJK/accept'],
    ['POST', '/api/spaces/current/leave'],
    ['PATCH', '/api/spaces/current'],
    ['PUT', '/api/me/safety'],
    ['POST', '/api/safety/reset'],
    ['PUT', '/api/status'],
    ['GET', '/api/status'],
    ['GET', '/api/access-log'],
    ['GET', '/api/export'],
    ['DELETE', '/api/me'],
  ] as const)('%s %s signed out is a 401 that writes nothing', async (method, url) => {
    const r = await new Person(ctx().app, 'x').request(
      method,
      url,
      method === 'GET'
        ? undefined
        : { role: 'hurt', feelsSafe: 'yes', text: 'x', discoveredOn: null, password: 'x' },
    );
    expect(r.status).toBe(401);
    expect(r.json.error.code).toBe('unauthenticated');
  });
});

describeEngines(
  'sign-in limits',
  (ctx) => {
    it('locks an account after 3 wrong passwords, even with the right one', async () => {
      const a = await signUp(ctx().app, 'Max');
      for (let i = 0; i < 3; i++) {
        const r = await new Person(ctx().app, 'x').post('/api/auth/login', {
          email: a.user.email,
          password: `wrong guess ${i}`,
        });
        expect(r.status).toBe(401);
      }
      const locked = await new Person(ctx().app, 'x').post('/api/auth/login', {
        email: a.user.email,
        password: 'maple river lantern 7',
      });
      expect(locked.status).toBe(429);
      expect(locked.json.error.code).toBe('too_many_attempts');
      ctx().clock.advance(16 * 60 * 1000);
      const later = await new Person(ctx().app, 'x').post('/api/auth/login', {
        email: a.user.email,
        password: 'maple river lantern 7',
      });
      expect(later.status).toBe(200);
    });

    it('limits one address guessing across many accounts', async () => {
      for (let i = 0; i < 5; i++) {
        await new Person(ctx().app, 'x').post('/api/auth/login', {
          email: `n${i}@example.com`,
          password: 'wrong guess here',
        });
      }
      const r = await new Person(ctx().app, 'x').post('/api/auth/login', {
        email: 'n9@example.com',
        password: 'wrong guess here',
      });
      expect(r.status).toBe(429);
    });
  },
  { loginPerAccount: 3, loginPerAddress: 5 },
);
