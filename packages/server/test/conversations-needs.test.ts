import { expect, it } from 'vitest';
import { couple, describeEngines, signUp } from './helpers';

describeEngines('conversations: say what you need', (ctx) => {
  it('sends a request; the partner acknowledges and answers it; both see it', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const r = await hurt.post('/api/needs', { kind: 'reassurance', note: 'Text me when you land.' });
    expect(r.status).toBe(201);
    expect(r.json.need).toMatchObject({
      kind: 'reassurance',
      note: 'Text me when you land.',
      status: 'open',
      mine: true,
      toMe: false,
      acknowledgedAt: null,
      answer: null,
    });
    const id = r.json.need.id;
    const theirs = (await repairing.get('/api/needs')).json.needs;
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({ id, toMe: true, mine: false, authorName: 'Hana', status: 'open' });

    ctx().clock.advance(60_000);
    const ack = await repairing.post(`/api/needs/${id}/ack`);
    expect(ack.status).toBe(200);
    expect(ack.json.need).toMatchObject({
      status: 'acknowledged',
      acknowledgedAt: '2026-11-24T12:01:00.000Z',
    });
    const answer = await repairing.post(`/api/needs/${id}/answer`, { text: 'I will, every time.' });
    expect(answer.status).toBe(200);
    expect(answer.json.need).toMatchObject({ status: 'answered', answer: 'I will, every time.' });
    expect((await hurt.get('/api/needs')).json.needs[0]).toMatchObject({ status: 'answered' });
    expect((await repairing.post(`/api/needs/${id}/answer`, { text: 'again' })).status).toBe(409);

    // The repairing partner may ask too; a note is optional.
    const back = await repairing.post('/api/needs', { kind: 'space' });
    expect(back.status).toBe(201);
    expect(back.json.need.note).toBeNull();
  });

  it.each([
    [{}, 'kind'],
    [{ kind: 'money' }, 'kind'],
    [{ kind: 'detail', note: 'x'.repeat(1001) }, 'note'],
  ])('refuses a bad request %o naming %s', async (body, field) => {
    const { hurt } = await couple(ctx().app);
    const r = await hurt.post('/api/needs', body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
  });

  it('lets only the partner asked acknowledge or answer; 404 to another couple; 401 signed out', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const { id } = (await a.hurt.post('/api/needs', { kind: 'closeness' })).json.need;
    expect((await a.hurt.post(`/api/needs/${id}/ack`)).status).toBe(403);
    expect((await a.hurt.post(`/api/needs/${id}/answer`, { text: 'x' })).status).toBe(403);
    expect((await a.repairing.post(`/api/needs/${id}/answer`, { text: '' })).json.error.field).toBe('text');
    expect((await b.repairing.post(`/api/needs/${id}/ack`)).status).toBe(404);
    expect((await b.repairing.post(`/api/needs/${id}/answer`, { text: 'x' })).status).toBe(404);
    expect((await b.hurt.get('/api/needs')).json.needs).toEqual([]);

    const alone = await signUp(ctx().app, 'Solo');
    await alone.post('/api/spaces', { role: 'hurt' });
    expect((await alone.post('/api/needs', { kind: 'space' })).status).toBe(409);

    const out = await signUp(ctx().app, 'Out');
    await out.post('/api/auth/logout');
    for (const [method, url] of [
      ['POST', '/api/needs'],
      ['GET', '/api/needs'],
      ['POST', '/api/needs/x/ack'],
      ['POST', '/api/needs/x/answer'],
    ] as const) {
      expect((await out.request(method, url, method === 'POST' ? {} : undefined)).status, url).toBe(401);
    }
  });
});
