import { expect, it } from 'vitest';
import { jobHandlers } from '../src/jobs/handlers';
import { createJobRunner } from '../src/jobs/runner';
import { DEBRIEF_JOB } from '../src/services/conversations/debriefs';
import { couple, describeEngines, signUp } from './helpers';

const START = Date.parse('2026-11-24T12:00:00.000Z');
const SETTINGS = { time: '21:00', timeZone: 'Europe/Paris' };

describeEngines('conversations: evening debrief', (ctx) => {
  const runner = () => {
    const { app, clock } = ctx();
    return createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock));
  };
  const events = async (userId: string, type?: string) =>
    (await ctx().app.repos.events.listAfter(userId, 0, 500)).filter((e) => !type || e.type === type);
  const at = async (iso: string) => {
    ctx().clock.t = Date.parse(iso);
    await runner().runDue();
  };

  it('prompts the repairing partner at the time set; the ask, then an answer, reach the other', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const put = await hurt.put('/api/debriefs/settings', SETTINGS);
    expect(put.json.settings).toEqual({ ...SETTINGS, nextAt: '2026-11-24T20:00:00.000Z' });
    expect((await repairing.get('/api/debriefs/settings')).json.settings.time).toBe('21:00');
    try {
      await at('2026-11-24T19:59:59.000Z');
      expect(await events(repairing.user.id, 'debrief_due')).toHaveLength(0);
      await at('2026-11-24T20:00:00.000Z');
      const [due] = await events(repairing.user.id, 'debrief_due');
      const debriefId = JSON.parse(due?.payload ?? '{}').debriefId;
      expect(due?.payload).toBe(JSON.stringify({ debriefId }));
      expect(await events(hurt.user.id, 'debrief_due')).toHaveLength(0);
      // A prompt that was not sent stays with the repairing partner.
      expect((await hurt.get('/api/debriefs')).json.debriefs).toEqual([]);
      expect((await repairing.get('/api/debriefs')).json.debriefs).toMatchObject([
        { id: debriefId, day: '2026-11-24', status: 'due', iAsk: true },
      ]);

      expect((await hurt.post(`/api/debriefs/${debriefId}/ask`)).status).toBe(404);
      expect((await repairing.post(`/api/debriefs/${debriefId}/ask`)).json.debrief.status).toBe('asked');
      expect((await repairing.post(`/api/debriefs/${debriefId}/ask`)).status).toBe(409);
      expect((await hurt.post(`/api/debriefs/${debriefId}/ask`)).status).toBe(403);
      expect(await events(hurt.user.id, 'debrief_asked')).toHaveLength(1);
      const reply = { kind: 'answer', text: 'The song in the shop. I left quickly.' };
      expect((await repairing.post(`/api/debriefs/${debriefId}/reply`, reply)).status).toBe(403);
      const answered = await hurt.post(`/api/debriefs/${debriefId}/reply`, reply);
      expect(answered.json.debrief).toMatchObject({ status: 'answered', answer: reply.text, iAsk: false });
      expect((await repairing.get('/api/debriefs')).json.debriefs[0].answer).toBe(reply.text);
      expect((await hurt.post(`/api/debriefs/${debriefId}/reply`, { kind: 'skip' })).status).toBe(409);
      const [told] = await events(repairing.user.id, 'debrief_replied');
      expect(JSON.parse(told?.payload ?? '{}')).toEqual({ debriefId, reply: 'answer' });

      // Once an evening, even if the job runs twice; the next evening brings the next prompt.
      await at('2026-11-24T20:30:00.000Z');
      expect(await events(repairing.user.id, 'debrief_due')).toHaveLength(1);
      await at('2026-11-25T20:00:00.000Z');
      expect(await events(repairing.user.id, 'debrief_due')).toHaveLength(2);
    } finally {
      ctx().clock.t = START;
    }
  });

  it('takes "not tonight" without a follow-up, and a changed time replaces the old one', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await repairing.put('/api/debriefs/settings', SETTINGS);
    await repairing.put('/api/debriefs/settings', { ...SETTINGS, time: '22:00' });
    try {
      await at('2026-11-24T20:00:00.000Z');
      expect(await events(repairing.user.id, 'debrief_due')).toHaveLength(0);
      await at('2026-11-24T21:00:00.000Z');
      const [due] = await events(repairing.user.id, 'debrief_due');
      const id = JSON.parse(due?.payload ?? '{}').debriefId;
      await repairing.post(`/api/debriefs/${id}/ask`);
      const before = (await events(hurt.user.id)).length;
      const r = await hurt.post(`/api/debriefs/${id}/reply`, { kind: 'not_tonight' });
      expect(r.json.debrief).toMatchObject({ status: 'not_tonight', answer: null });
      await at('2026-11-24T23:59:00.000Z');
      expect((await events(hurt.user.id)).length).toBe(before);
      // Stopping the debrief stops the prompts.
      expect((await hurt.del('/api/debriefs/settings')).status).toBe(204);
      await at('2026-11-25T21:00:00.000Z');
      expect(await events(repairing.user.id, 'debrief_due')).toHaveLength(1);
    } finally {
      ctx().clock.t = START;
    }
  });

  it('keeps the evening time across the change to summer time', async () => {
    const { hurt } = await couple(ctx().app);
    try {
      ctx().clock.t = Date.parse('2027-03-27T21:00:00.000Z');
      const { hurt: h2 } = await couple(ctx().app);
      const r = await h2.put('/api/debriefs/settings', SETTINGS);
      expect(r.json.settings.nextAt).toBe('2027-03-28T19:00:00.000Z');
    } finally {
      ctx().clock.t = START;
    }
    expect((await hurt.get('/api/debriefs/settings')).json.settings).toBeNull();
    expect(DEBRIEF_JOB).toBe('debrief_prompt');
  });

  it.each([
    ['PUT', '/api/debriefs/settings', { ...SETTINGS, time: '24:00' }, 'time'],
    ['PUT', '/api/debriefs/settings', { ...SETTINGS, time: '9pm' }, 'time'],
    ['PUT', '/api/debriefs/settings', { ...SETTINGS, timeZone: 'Mars/Base' }, 'timeZone'],
    ['POST', '/api/debriefs/x/reply', { kind: 'answer', text: ' ' }, 'text'],
    ['POST', '/api/debriefs/x/reply', { kind: 'answer', text: 'x'.repeat(20 * 1024) }, 'text'],
    ['POST', '/api/debriefs/x/reply', { kind: 'maybe' }, 'kind'],
  ] as const)('refuses %s %s %o naming %s', async (method, path, body, field) => {
    const { hurt } = await couple(ctx().app);
    const r = method === 'PUT' ? await hurt.put(path, body) : await hurt.post(path, body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'validation_failed', field });
  });

  it('is 404 to another couple, 409 alone, 401 signed out', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    await a.repairing.put('/api/debriefs/settings', SETTINGS);
    let id = '';
    try {
      await at('2026-11-24T20:00:00.000Z');
      id = JSON.parse((await events(a.repairing.user.id, 'debrief_due'))[0]?.payload ?? '{}').debriefId;
      await a.repairing.post(`/api/debriefs/${id}/ask`);
    } finally {
      ctx().clock.t = START;
    }
    expect((await b.repairing.post(`/api/debriefs/${id}/ask`)).status).toBe(404);
    expect((await b.hurt.post(`/api/debriefs/${id}/reply`, { kind: 'skip' })).status).toBe(404);
    expect((await b.hurt.get('/api/debriefs')).json.debriefs).toEqual([]);
    expect((await b.hurt.get('/api/debriefs/settings')).json.settings).toBeNull();

    const solo = await signUp(ctx().app, 'Solo');
    await solo.post('/api/spaces', { role: 'repairing' });
    expect((await solo.put('/api/debriefs/settings', SETTINGS)).status).toBe(409);
    const out = await signUp(ctx().app, 'Out');
    await out.post('/api/auth/logout');
    expect((await out.put('/api/debriefs/settings', SETTINGS)).status).toBe(401);
    expect((await out.get('/api/debriefs')).status).toBe(401);
    expect((await out.post(`/api/debriefs/${id}/ask`)).status).toBe(401);
    expect((await out.post(`/api/debriefs/${id}/reply`, { kind: 'skip' })).status).toBe(401);
  });
});
