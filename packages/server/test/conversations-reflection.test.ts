import { expect, it } from 'vitest';
import { couple, describeEngines, signUp } from './helpers';

const WORDS = 'I keep thinking about what I lost. I have not thought enough about her nights.';

describeEngines('conversations: remorse and regret reflections', (ctx) => {
  it('keeps a reflection private to the repairing partner; the partner gets 404 and nothing else', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const written = await repairing.post('/api/reflections', { promptId: 'sorry_for_what', text: WORDS });
    expect(written.status).toBe(201);
    const id = written.json.reflection.id;
    expect(written.json.reflection).toMatchObject({ promptId: 'sorry_for_what', text: WORDS });
    expect((await repairing.get(`/api/reflections/${id}`)).json.reflection.text).toBe(WORDS);
    expect((await repairing.get('/api/reflections')).json.reflections).toHaveLength(1);

    expect((await hurt.get(`/api/reflections/${id}`)).status).toBe(404);
    expect((await hurt.get('/api/reflections')).json.reflections).toEqual([]);
    expect(JSON.stringify((await hurt.get('/api/export')).json)).not.toContain('her nights');
    expect(await ctx().app.repos.events.listAfter(hurt.user.id, 0, 500)).toSatisfy(
      (evs: { type: string }[]) => evs.every((e) => !e.type.includes('reflection')),
    );
    expect((await repairing.get('/api/export')).json.authored.reflections).toMatchObject([
      { id, text: WORDS },
    ]);
    // The hurt partner is not given these prompts.
    expect((await hurt.post('/api/reflections', { promptId: 'sorry_for_what', text: 'x' })).status).toBe(403);
  });

  it.each([
    [{ promptId: 'nope', text: WORDS }, 'promptId'],
    [{ promptId: 'showing_it', text: '' }, 'text'],
    [{ promptId: 'showing_it', text: 'x'.repeat(20 * 1024) }, 'text'],
  ])('refuses %# naming %s', async (body, field) => {
    const { repairing } = await couple(ctx().app);
    const r = await repairing.post('/api/reflections', body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'validation_failed', field });
  });

  it('works alone, is 404 to another couple, 401 signed out', async () => {
    const solo = await signUp(ctx().app, 'Solo');
    await solo.post('/api/spaces', { role: 'repairing' });
    const id = (await solo.post('/api/reflections', { promptId: 'the_choices', text: WORDS })).json.reflection
      .id;
    const other = await couple(ctx().app);
    expect((await other.repairing.get(`/api/reflections/${id}`)).status).toBe(404);
    const out = await signUp(ctx().app, 'Out');
    await out.post('/api/auth/logout');
    expect((await out.post('/api/reflections', { promptId: 'the_choices', text: WORDS })).status).toBe(401);
    expect((await out.get('/api/reflections')).status).toBe(401);
    expect((await out.get(`/api/reflections/${id}`)).status).toBe(401);
  });
});
