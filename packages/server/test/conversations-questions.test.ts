import { afterEach, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { couple, describeEngines, signUp } from './helpers';
import { connectLive } from './live-client';

const sockets: WebSocket[] = [];
afterEach(() => {
  for (const ws of sockets.splice(0)) ws.close();
});

const DAY = 86_400_000;

describeEngines('conversations: the question queue', (ctx) => {
  it('takes a question from the hurt partner; the repairing partner sees it, live, and answers it', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const base = await ctx().app.listen({ port: 0, host: '127.0.0.1' });
    const device = await connectLive(base, repairing);
    sockets.push(device.ws);
    await device.waitFor('ready');

    const r = await hurt.post('/api/questions', { text: 'When did it start?', category: 'timeline' });
    expect(r.status).toBe(201);
    expect(r.json.question).toMatchObject({
      status: 'open',
      warnings: [],
      text: 'When did it start?',
      category: 'timeline',
      ageDays: 0,
      mine: true,
      toMe: false,
      askedBefore: null,
    });
    expect(r.json.question.answer).toBeUndefined();
    const id = r.json.question.id;
    const event = await device.waitFor('question_asked');
    // Ids only, never the words.
    expect(event).toMatchObject({ questionId: id });
    expect(Object.keys(event).sort()).toEqual(['at', 'id', 'questionId', 'type']);

    ctx().clock.advance(3 * DAY + 1000);
    const seen = (await repairing.get('/api/questions')).json.questions;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      id,
      status: 'open',
      ageDays: 3,
      toMe: true,
      mine: false,
      authorName: 'Hana',
    });
    expect(typeof seen[0].askedAt).toBe('string');

    const answered = await repairing.post(`/api/questions/${id}/answer`, {
      text: 'In March, at the conference.',
    });
    expect(answered.status).toBe(200);
    expect(answered.json.question).toMatchObject({
      status: 'answered',
      answer: { text: 'In March, at the conference.' },
      additions: [],
    });
    ctx().clock.advance(5 * DAY);
    const mine = (await hurt.get('/api/questions')).json.questions[0];
    // An answered question stops ageing at the day it was answered.
    expect(mine).toMatchObject({
      status: 'answered',
      ageDays: 3,
      answer: { text: 'In March, at the conference.' },
    });
    const log = (await hurt.get('/api/access-log')).json.entries;
    expect(log.map((e: { recordType: string }) => e.recordType)).toContain('question');
  });

  it('warns gently about graphic sexual detail, and still keeps the question', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const r = await hurt.post('/api/questions', { text: 'Describe exactly what the sex was like.' });
    expect(r.status).toBe(201);
    expect(r.json.question.status).toBe('open');
    expect(r.json.question.warnings).toEqual([{ kind: 'graphic_detail', message: expect.any(String) }]);
    // The partner receives the question as it was written, without the asker's warning.
    const theirs = (await repairing.get('/api/questions')).json.questions[0];
    expect(theirs.warnings).toEqual([]);
    expect(
      (await hurt.post('/api/questions', { text: 'Did you sleep with her?' })).json.question.warnings,
    ).toEqual([]);
  });

  it('never changes an answer: answering again adds to it', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { id } = (await hurt.post('/api/questions', { text: 'Who else knew?' })).json.question;
    await repairing.post(`/api/questions/${id}/answer`, { text: 'One colleague.' });
    ctx().clock.advance(1000);
    const more = await repairing.post(`/api/questions/${id}/answer`, { text: 'And my brother, I forgot.' });
    expect(more.status).toBe(200);
    expect(more.json.question.answer.text).toBe('One colleague.');
    expect(more.json.question.additions.map((a: { text: string }) => a.text)).toEqual([
      'And my brother, I forgot.',
    ]);
  });

  it('links a question asked again to the earlier answer', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const first = (await hurt.post('/api/questions', { text: 'Do you still talk to her?' })).json.question;
    // Asking again before any answer links nothing: there is no answer yet.
    const early = (await hurt.post('/api/questions', { text: 'do you still talk to her' })).json.question;
    expect(early.askedBefore).toBeNull();
    await repairing.post(`/api/questions/${first.id}/answer`, { text: 'No. I blocked her number in June.' });
    const again = (await hurt.post('/api/questions', { text: 'Do you still talk with her?!' })).json.question;
    expect(again.askedBefore).toMatchObject({
      questionId: first.id,
      text: 'Do you still talk to her?',
      answer: { text: 'No. I blocked her number in June.' },
    });
    const other = (await hurt.post('/api/questions', { text: 'Why the trip to Lyon?' })).json.question;
    expect(other.askedBefore).toBeNull();
  });

  it('declines with a reason, or keeps a question for the next talk', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const q1 = (await hurt.post('/api/questions', { text: 'What was her name?' })).json.question;
    const declined = await repairing.post(`/api/questions/${q1.id}/decline`, {
      reason: 'I would rather say it with our counsellor there.',
    });
    expect(declined.status).toBe(200);
    expect(declined.json.question).toMatchObject({
      status: 'declined',
      declineReason: 'I would rather say it with our counsellor there.',
    });
    expect((await repairing.post(`/api/questions/${q1.id}/decline`, { reason: 'again' })).status).toBe(409);
    // A declined question can still be answered later.
    const later = await repairing.post(`/api/questions/${q1.id}/answer`, { text: 'Her name was Claire.' });
    expect(later.json.question.status).toBe('answered');

    const q2 = (await hurt.post('/api/questions', { text: 'Were there others?' })).json.question;
    const kept = await hurt.post(`/api/questions/${q2.id}/follow-up`);
    expect(kept.status).toBe(200);
    expect(kept.json.question.status).toBe('follow_up');
    expect((await repairing.post(`/api/questions/${q2.id}/follow-up`)).json.question.status).toBe(
      'follow_up',
    );
    expect((await repairing.post(`/api/questions/${q1.id}/follow-up`)).status).toBe(409);
  });

  it.each([
    [{}, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'x'.repeat(2001) }, 'text'],
    [{ text: 'ok?', category: 'gossip' }, 'category'],
  ])('refuses a bad question %o naming %s', async (body, field) => {
    const { hurt } = await couple(ctx().app);
    const r = await hurt.post('/api/questions', body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
  });

  it('names the field of a bad answer or decline', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { id } = (await hurt.post('/api/questions', { text: 'Why?' })).json.question;
    expect((await repairing.post(`/api/questions/${id}/answer`, { text: '' })).json.error.field).toBe('text');
    expect((await repairing.post(`/api/questions/${id}/decline`, {})).json.error.field).toBe('reason');
  });

  it('lets only the partner who was asked answer or decline', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { id } = (await hurt.post('/api/questions', { text: 'Why then?' })).json.question;
    expect((await hurt.post(`/api/questions/${id}/answer`, { text: 'mine' })).status).toBe(403);
    expect((await hurt.post(`/api/questions/${id}/decline`, { reason: 'no' })).status).toBe(403);
    // The repairing partner does not ask the hurt partner.
    expect((await repairing.post('/api/questions', { text: 'Can I ask?' })).status).toBe(403);
  });

  it('in a space of two hurt partners, each asks the other', async () => {
    const a = await signUp(ctx().app, 'Ada');
    const b = await signUp(ctx().app, 'Bea');
    await a.post('/api/spaces', { role: 'hurt' });
    const invite = await a.post('/api/spaces/current/invites');
    expect((await b.post(`/api/invites/${invite.json.code}/accept`, { role: 'hurt' })).status).toBe(200);
    const q = (await b.post('/api/questions', { text: 'What did you hide?' })).json.question;
    expect((await a.post(`/api/questions/${q.id}/answer`, { text: 'The messages.' })).status).toBe(200);
    expect((await a.post('/api/questions', { text: 'And you?' })).status).toBe(201);
  });

  it('answers 404 to another couple, 409 to someone alone, 401 when signed out', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const { id } = (await a.hurt.post('/api/questions', { text: 'Where were you?' })).json.question;
    expect((await b.repairing.post(`/api/questions/${id}/answer`, { text: 'x' })).status).toBe(404);
    expect((await b.repairing.post(`/api/questions/${id}/decline`, { reason: 'x' })).status).toBe(404);
    expect((await b.hurt.post(`/api/questions/${id}/follow-up`)).status).toBe(404);
    expect((await b.hurt.get('/api/questions')).json.questions).toEqual([]);

    const alone = await signUp(ctx().app, 'Solo');
    await alone.post('/api/spaces', { role: 'hurt' });
    expect((await alone.post('/api/questions', { text: 'Anyone?' })).status).toBe(409);

    const out = await signUp(ctx().app, 'Out');
    await out.post('/api/auth/logout');
    for (const [method, url] of [
      ['POST', '/api/questions'],
      ['GET', '/api/questions'],
      ['POST', '/api/questions/x/answer'],
      ['POST', '/api/questions/x/decline'],
      ['POST', '/api/questions/x/follow-up'],
    ] as const) {
      expect((await out.request(method, url, method === 'POST' ? {} : undefined)).status, url).toBe(401);
    }
  });

  it('takes questions back when the asker leaves the space', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await hurt.post('/api/questions', { text: 'Is it over?' });
    expect((await repairing.get('/api/questions')).json.questions).toHaveLength(1);
    const left = await hurt.post('/api/spaces/current/leave');
    expect(left.status).toBeLessThan(300);
    expect((await repairing.get('/api/questions')).json.questions).toEqual([]);
  });

  it('exports what each person wrote, and the safety reset takes questions and answers back', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { id } = (await hurt.post('/api/questions', { text: 'Are you safe to talk to?' })).json.question;
    await repairing.post(`/api/questions/${id}/answer`, { text: 'Yes.' });
    await hurt.post('/api/needs', { kind: 'space', note: 'An evening alone.' });
    const mine = (await hurt.get('/api/export')).json.authored;
    expect(mine.questions).toMatchObject([{ id, text: 'Are you safe to talk to?', status: 'answered' }]);
    expect(mine.needs).toMatchObject([{ kind: 'space', note: 'An evening alone.' }]);
    expect((await repairing.get('/api/export')).json.authored.questionAnswers).toMatchObject([
      { questionId: id, text: 'Yes.' },
    ]);
    // Each one's export also holds what the other shared with them.
    expect((await repairing.get('/api/export')).json.sharedWithMe).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'question', id, text: 'Are you safe to talk to?' }),
        expect.objectContaining({ type: 'need', kind: 'space', note: 'An evening alone.' }),
      ]),
    );
    expect((await hurt.get('/api/export')).json.sharedWithMe).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'questionAnswer', questionId: id, text: 'Yes.' }),
      ]),
    );
    const stranger = await couple(ctx().app);
    expect(JSON.stringify((await stranger.hurt.get('/api/export')).json)).not.toContain(
      'Are you safe to talk to?',
    );
    expect((await hurt.post('/api/safety/reset')).status).toBe(200);
    expect((await repairing.get('/api/questions')).json.questions).toEqual([]);
    expect((await repairing.get('/api/needs')).json.needs).toEqual([]);
    // The asker still sees their own question; the partner's answer stays readable to them until the partner resets too.
    expect((await hurt.get('/api/questions')).json.questions[0].answer.text).toBe('Yes.');
  });
});
