import { expect, it } from 'vitest';
import { couple, describeEngines, signUp } from './helpers';

const SIDE = {
  feelings: ['hurt', 'scared'],
  reality: 'You were late and did not text. My mind went straight back to last year.',
  trigger: 'The silence between seven and nine.',
  owns: 'I shouted instead of saying I was scared.',
  nextTime: 'I will say "I am scared" before I say anything else.',
};
const OTHER = {
  feelings: ['ashamed'],
  reality: 'The meeting ran over and my phone was in my bag.',
  trigger: 'Being shouted at the moment I came in.',
  owns: 'I did not text. After what I did, silence means something.',
  nextTime: 'I text before a meeting starts when it may run late.',
};

describeEngines('conversations: repair after a bad moment', (ctx) => {
  it('each writes their own side, both see both, then each sums up the other', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const started = await hurt.post('/api/repairs', { about: 'Tuesday evening' });
    expect(started.status).toBe(201);
    const id = started.json.repair.id;
    expect(started.json.repair).toMatchObject({ about: 'Tuesday evening', stage: 'sides', mySide: null });

    const mine = await hurt.put(`/api/repairs/${id}/side`, SIDE);
    expect(mine.status).toBe(200);
    expect(mine.json.repair.mySide).toMatchObject({ ...SIDE, summaryOfOther: null, mine: true });
    expect((await hurt.put(`/api/repairs/${id}/side`, SIDE)).status).toBe(409);
    // Summing up comes once the partner's side is there.
    expect((await hurt.post(`/api/repairs/${id}/summary`, { text: 'You were stuck.' })).status).toBe(409);
    expect((await repairing.post(`/api/repairs/${id}/summary`, { text: 'x' })).status).toBe(409);

    const seen = (await repairing.get(`/api/repairs/${id}`)).json.repair;
    expect(seen.partnerSide).toMatchObject({ reality: SIDE.reality, authorName: 'Hana', mine: false });
    await repairing.put(`/api/repairs/${id}/side`, OTHER);
    const summary = 'You were scared it was happening again. It makes sense that silence felt like that.';
    const summed = await repairing.post(`/api/repairs/${id}/summary`, { text: summary });
    expect(summed.json.repair).toMatchObject({ stage: 'summaries', mySide: { summaryOfOther: summary } });
    await hurt.post(`/api/repairs/${id}/summary`, {
      text: 'Your meeting ran over and you did not see the time.',
    });
    const list = (await hurt.get('/api/repairs')).json.repairs;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id, stage: 'complete', partnerSide: { summaryOfOther: summary } });

    const events = (await ctx().app.repos.events.listAfter(hurt.user.id, 0, 500)).filter((e) =>
      e.type.startsWith('repair_'),
    );
    expect(events.map((e) => e.type)).toEqual(['repair_side_written', 'repair_summarised']);
    expect(events.every((e) => e.payload === JSON.stringify({ repairId: id }))).toBe(true);
    // Both sides are shared: each export holds its own side and the partner's.
    const exported = (await hurt.get('/api/export')).json;
    expect(exported.authored.repairSides[0]).toMatchObject({ repairId: id, reality: SIDE.reality });
    expect(exported.sharedWithMe).toContainEqual(
      expect.objectContaining({ type: 'repairSide', reality: OTHER.reality }),
    );
  });

  it.each([
    [{ ...SIDE, feelings: [] }, 'feelings'],
    [{ ...SIDE, feelings: ['hangry'] }, 'feelings.0'],
    [{ ...SIDE, reality: '  ' }, 'reality'],
    [{ ...SIDE, owns: 'x'.repeat(20 * 1024) }, 'owns'],
    [{ ...SIDE, nextTime: undefined }, 'nextTime'],
  ])('refuses a side %# naming %s', async (body, field) => {
    const { hurt } = await couple(ctx().app);
    const id = (await hurt.post('/api/repairs', {})).json.repair.id;
    const r = await hurt.put(`/api/repairs/${id}/side`, body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'validation_failed', field });
  });

  it('is 404 to another couple, 409 alone, 401 signed out, and private again when its author leaves', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const id = (await a.hurt.post('/api/repairs', {})).json.repair.id;
    await a.hurt.put(`/api/repairs/${id}/side`, SIDE);
    expect((await b.hurt.get(`/api/repairs/${id}`)).status).toBe(404);
    expect((await b.repairing.put(`/api/repairs/${id}/side`, OTHER)).status).toBe(404);
    expect((await b.repairing.post(`/api/repairs/${id}/summary`, { text: 'x' })).status).toBe(404);
    expect((await b.hurt.get('/api/repairs')).json.repairs).toEqual([]);
    expect((await a.hurt.post('/api/repairs', { about: '' })).json.error.field).toBe('about');

    const solo = await signUp(ctx().app, 'Solo');
    await solo.post('/api/spaces', { role: 'repairing' });
    expect((await solo.post('/api/repairs', {})).status).toBe(409);
    const out = await signUp(ctx().app, 'Out');
    await out.post('/api/auth/logout');
    expect((await out.post('/api/repairs', {})).status).toBe(401);
    expect((await out.get('/api/repairs')).status).toBe(401);
    expect((await out.get(`/api/repairs/${id}`)).status).toBe(401);
    expect((await out.put(`/api/repairs/${id}/side`, SIDE)).status).toBe(401);

    await a.hurt.post('/api/spaces/current/leave');
    expect((await a.repairing.get(`/api/repairs/${id}`)).status).toBe(404);
  });
});
