import { expect, it } from 'vitest';
import { couple, describeEngines, signUp } from './helpers';

const MIN = 60_000;

describeEngines('conversations: live check-in session', (ctx) => {
  const events = async (userId: string, type: string) =>
    (await ctx().app.repos.events.listAfter(userId, 0, 500)).filter((e) => e.type === type);

  it('starts once for both, keeps both in step, and passes the turn after the listener summarised', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await hurt.put('/api/check-ins/schedule', {
      weekdays: [2],
      time: '20:00',
      minutes: 40,
      timeZone: 'Europe/Paris',
    });
    expect((await repairing.get('/api/check-ins/sessions/current')).json).toEqual({ session: null });
    const started = await hurt.post('/api/check-ins/sessions', {});
    expect(started.status).toBe(201);
    const s = started.json.session;
    expect(s).toMatchObject({ status: 'open', step: 'appreciations', minutes: 40, turnSeconds: 180 });
    // The second device opens the same session instead of a second one.
    const again = await repairing.post('/api/check-ins/sessions', {});
    expect(again.status).toBe(200);
    expect(again.json.session.id).toBe(s.id);
    expect((await events(repairing.user.id, 'check_in_session_started'))[0]?.payload).toBe(
      JSON.stringify({ sessionId: s.id }),
    );

    const q = (await hurt.post('/api/questions', { text: 'Do you still think of her?' })).json.question;
    await repairing.post(`/api/check-ins/sessions/${s.id}/step`, { step: 'went_well' });
    const topic = await hurt.post(`/api/check-ins/sessions/${s.id}/step`, {
      step: 'topic',
      topicQuestionId: q.id,
    });
    expect(topic.json.session.topic).toEqual({ questionId: q.id, text: 'Do you still think of her?' });
    const current = (await repairing.get('/api/check-ins/sessions/current')).json.session;
    expect(current).toMatchObject({ id: s.id, step: 'topic', topic: { questionId: q.id } });
    const changed = await events(repairing.user.id, 'check_in_session_changed');
    expect(JSON.parse(changed.at(-1)?.payload ?? '{}')).toEqual({ sessionId: s.id, step: 'topic' });

    const turn = await hurt.post(`/api/check-ins/sessions/${s.id}/step`, {
      step: 'turns',
      speakerId: hurt.user.id,
    });
    expect(turn.json.session).toMatchObject({
      speakerId: hurt.user.id,
      listenerId: repairing.user.id,
      summarised: false,
      turnStartedAt: new Date(ctx().clock.now()).toISOString(),
    });
    const early = await repairing.post(`/api/check-ins/sessions/${s.id}/step`, {
      step: 'turns',
      speakerId: repairing.user.id,
    });
    expect(early.status).toBe(409);
    expect((await hurt.post(`/api/check-ins/sessions/${s.id}/summarised`)).status).toBe(403);
    expect((await repairing.post(`/api/check-ins/sessions/${s.id}/summarised`)).json.session.summarised).toBe(
      true,
    );
    const passed = await repairing.post(`/api/check-ins/sessions/${s.id}/step`, {
      step: 'turns',
      speakerId: repairing.user.id,
    });
    expect(passed.json.session).toMatchObject({ speakerId: repairing.user.id, listenerId: hurt.user.id });
    expect((await hurt.get(`/api/check-ins/sessions/${s.id}`)).json.session.speakerId).toBe(
      repairing.user.id,
    );
  });

  it('keeps notes for both, ends gently, and keeps each heard rating private to its author', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const id = (await hurt.post('/api/check-ins/sessions', {})).json.session.id;
    const noted = await repairing.post(`/api/check-ins/sessions/${id}/notes`, { text: 'Walk on Sunday.' });
    expect(noted.json.session.notes).toMatchObject([
      { text: 'Walk on Sunday.', mine: true, authorName: 'Ravi' },
    ]);
    expect((await hurt.get(`/api/check-ins/sessions/${id}`)).json.session.notes).toMatchObject([
      { text: 'Walk on Sunday.', mine: false },
    ]);
    const noteEvents = await events(hurt.user.id, 'check_in_note_added');
    expect(noteEvents[0]?.payload).not.toContain('Walk');

    expect((await hurt.post(`/api/check-ins/sessions/${id}/heard`, { score: 2 })).status).toBe(409);
    ctx().clock.advance(26 * MIN);
    expect((await hurt.get(`/api/check-ins/sessions/${id}`)).json.session.timeBox).toBe('winding_down');
    const ended = await repairing.post(`/api/check-ins/sessions/${id}/end`);
    expect(ended.json.session).toMatchObject({ status: 'ended', step: 'closing' });
    expect((await repairing.post(`/api/check-ins/sessions/${id}/end`)).status).toBe(409);
    expect((await hurt.post(`/api/check-ins/sessions/${id}/notes`, { text: 'Late' })).status).toBe(409);
    expect((await hurt.get('/api/check-ins/sessions/current')).json.session).toBeNull();

    const rated = await hurt.post(`/api/check-ins/sessions/${id}/heard`, { score: 2 });
    expect(rated.json.session.myHeard).toBe(2);
    expect((await hurt.post(`/api/check-ins/sessions/${id}/heard`, { score: 3 })).status).toBe(409);
    const partnerView = await repairing.get(`/api/check-ins/sessions/${id}`);
    expect(partnerView.json.session.myHeard).toBeNull();
    expect(JSON.stringify(partnerView.json)).not.toMatch(/"score"|heard":2/);
    await repairing.post(`/api/check-ins/sessions/${id}/heard`, { score: 5 });
    expect((await hurt.get(`/api/check-ins/sessions/${id}`)).json.session.myHeard).toBe(2);
    // No event tells the partner that a rating was given.
    const all = await ctx().app.repos.events.listAfter(repairing.user.id, 0, 500);
    expect(all.some((e) => /heard/.test(e.type))).toBe(false);
    // The export holds one's own rating and never the partner's.
    const exported = (await repairing.get('/api/export')).json;
    expect(exported.authored.checkInHeard).toEqual([expect.objectContaining({ sessionId: id, score: 5 })]);
    expect(JSON.stringify(exported.sharedWithMe)).not.toContain('"score"');
    expect(exported.sharedWithMe).toContainEqual(expect.objectContaining({ type: 'checkInSession', id }));
    ctx().clock.advance(-26 * MIN);
  });

  it.each([
    ['/step', { step: 'dancing' }, 'step'],
    ['/step', { step: 'topic', speakerId: 'x' }, 'speakerId'],
    ['/step', { step: 'turns', speakerId: 'not-a-member' }, 'speakerId'],
    ['/step', { step: 'went_well', topicQuestionId: 'q' }, 'topicQuestionId'],
    ['/notes', { text: '   ' }, 'text'],
    ['/notes', { text: 'x'.repeat(20 * 1024) }, 'text'],
    ['/heard', { score: 6 }, 'score'],
    ['/heard', { score: 0 }, 'score'],
  ])('refuses %s %o naming %s', async (path, body, field) => {
    const { hurt } = await couple(ctx().app);
    const id = (await hurt.post('/api/check-ins/sessions', {})).json.session.id;
    const r = await hurt.post(`/api/check-ins/sessions/${id}${path}`, body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'validation_failed', field });
  });

  it('is 404 to another couple, 409 alone, 401 signed out', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const id = (await a.hurt.post('/api/check-ins/sessions', {})).json.session.id;
    const paths = ['', '/step', '/summarised', '/notes', '/end', '/heard'];
    expect((await b.hurt.get(`/api/check-ins/sessions/${id}`)).status).toBe(404);
    for (const p of paths.slice(1)) {
      const body = p === '/step' ? { step: 'topic' } : p === '/notes' ? { text: 'hi' } : { score: 3 };
      expect((await b.repairing.post(`/api/check-ins/sessions/${id}${p}`, body)).status, p).toBe(404);
    }
    expect((await b.hurt.get('/api/check-ins/sessions/current')).json.session).toBeNull();

    const alone = await signUp(ctx().app, 'Solo');
    await alone.post('/api/spaces', { role: 'hurt' });
    expect((await alone.post('/api/check-ins/sessions', {})).status).toBe(409);

    const out = await signUp(ctx().app, 'Out');
    await out.post('/api/auth/logout');
    expect((await out.post('/api/check-ins/sessions', {})).status).toBe(401);
    expect((await out.get('/api/check-ins/sessions/current')).status).toBe(401);
    for (const p of paths) {
      const r =
        p === ''
          ? await out.get(`/api/check-ins/sessions/${id}`)
          : await out.post(`/api/check-ins/sessions/${id}${p}`, {});
      expect(r.status, p).toBe(401);
    }
  });

  it('takes the session back from the partner when its starter leaves', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const id = (await repairing.post('/api/check-ins/sessions', {})).json.session.id;
    await hurt.post(`/api/check-ins/sessions/${id}/notes`, { text: 'Mine to keep.' });
    expect((await repairing.post('/api/spaces/current/leave')).status).toBe(204);
    expect((await hurt.get(`/api/check-ins/sessions/${id}`)).status).toBe(404);
  });
});
