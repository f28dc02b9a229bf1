import { expect, it } from 'vitest';
import { couple, describeEngines, signUp } from './helpers';

// The test clock starts at 2026-11-24T12:00:00Z, a Tuesday.
const SCHEDULE = { weekdays: [0, 3], time: '20:00', minutes: 45, timeZone: 'Europe/Paris' };

describeEngines('conversations: check-ins', (ctx) => {
  it('agrees a schedule; both partners see the next check-in, with open questions on its agenda', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect((await hurt.get('/api/check-ins/next')).json).toEqual({
      startsAt: null,
      minutes: null,
      timeZone: null,
      agenda: [],
    });
    const put = await hurt.put('/api/check-ins/schedule', { ...SCHEDULE, weekdays: [3, 0, 3] });
    expect(put.status).toBe(200);
    expect(put.json.schedule).toEqual(SCHEDULE);
    expect((await repairing.get('/api/check-ins/schedule')).json.schedule).toEqual(SCHEDULE);

    const q1 = (await hurt.post('/api/questions', { text: 'When did it start?' })).json.question;
    const q2 = (await hurt.post('/api/questions', { text: 'Who knew?' })).json.question;
    const q3 = (await hurt.post('/api/questions', { text: 'Why?' })).json.question;
    await repairing.post(`/api/questions/${q2.id}/answer`, { text: 'No one.' });
    await repairing.post(`/api/questions/${q3.id}/follow-up`);

    const next = await repairing.get('/api/check-ins/next');
    expect(next.status).toBe(200);
    // Wednesday 25 November, 20:00 in Paris (UTC+1).
    expect(next.json).toEqual({
      startsAt: '2026-11-25T19:00:00.000Z',
      minutes: 45,
      timeZone: 'Europe/Paris',
      agenda: [
        { questionId: q3.id, text: 'Why?' },
        { questionId: q1.id, text: 'When did it start?' },
      ],
    });
  });

  it('puts requests still waiting for an answer on the agenda, after the questions', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const q = (await hurt.post('/api/questions', { text: 'Who knew?' })).json.question;
    const need = (await hurt.post('/api/needs', { kind: 'reassurance', note: 'A call on Fridays' })).json
      .need;
    const bare = (await repairing.post('/api/needs', { kind: 'space' })).json.need;
    const answered = (await hurt.post('/api/needs', { kind: 'detail', note: 'x' })).json.need;
    await repairing.post(`/api/needs/${answered.id}/answer`, { text: 'Done.' });
    expect((await repairing.get('/api/check-ins/next')).json.agenda).toEqual([
      { questionId: q.id, text: 'Who knew?' },
      { needId: need.id, text: 'A request for reassurance: A call on Fridays' },
      { needId: bare.id, text: 'A request for some space' },
    ]);
  });

  it('keeps the agreed local time across the change to summer time', async () => {
    const clock = ctx().clock;
    const saved = clock.t;
    try {
      // Sessions are signed in at the moved time, so they are fresh there.
      for (const [now, expected] of [
        ['2027-03-20T12:00:00Z', '2027-03-21T19:00:00.000Z'],
        ['2027-03-27T12:00:00Z', '2027-03-28T18:00:00.000Z'],
      ] as const) {
        clock.t = Date.parse(now);
        const { hurt } = await couple(ctx().app);
        await hurt.put('/api/check-ins/schedule', { ...SCHEDULE, weekdays: [0] });
        expect((await hurt.get('/api/check-ins/next')).json.startsAt).toBe(expected);
      }
    } finally {
      clock.t = saved;
    }
  });

  it('downloads the series as iCalendar', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect((await hurt.get('/api/check-ins/calendar.ics')).status).toBe(404);
    await repairing.put('/api/check-ins/schedule', SCHEDULE);
    const r = await hurt.get('/api/check-ins/calendar.ics');
    expect(r.status).toBe(200);
    expect(r.res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(r.res.headers['content-disposition']).toContain('check-ins.ics');
    const body = r.res.body;
    expect(body).toContain('BEGIN:VCALENDAR\r\n');
    expect(body).toContain('DTSTART;TZID=Europe/Paris:20261125T200000\r\n');
    expect(body).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU,WE\r\n');
    expect(body).toContain('DURATION:PT45M\r\n');
    expect(body).toContain('TZID:Europe/Paris\r\n');
  });

  it.each([
    [{ ...SCHEDULE, weekdays: [] }, 'weekdays'],
    [{ ...SCHEDULE, weekdays: [7] }, 'weekdays'],
    [{ ...SCHEDULE, time: '25:00' }, 'time'],
    [{ ...SCHEDULE, time: '8pm' }, 'time'],
    [{ ...SCHEDULE, timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ ...SCHEDULE, minutes: 5 }, 'minutes'],
    [{ ...SCHEDULE, minutes: undefined }, 'minutes'],
  ])('refuses a bad schedule %o naming %s', async (body, field) => {
    const { hurt } = await couple(ctx().app);
    const r = await hurt.put('/api/check-ins/schedule', body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toMatch(new RegExp(`^${field}`));
  });

  it('keeps each couple to its own schedule and questions; 401 when signed out; 409 without a space', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    await a.hurt.put('/api/check-ins/schedule', SCHEDULE);
    await a.hurt.post('/api/questions', { text: 'Private to us?' });
    expect((await b.hurt.get('/api/check-ins/schedule')).json.schedule).toBeNull();
    expect((await b.hurt.get('/api/check-ins/next')).json.agenda).toEqual([]);
    expect((await b.hurt.get('/api/check-ins/calendar.ics')).status).toBe(404);

    const nobody = await signUp(ctx().app, 'Nobody');
    expect((await nobody.get('/api/check-ins/next')).status).toBe(409);

    const out = await signUp(ctx().app, 'Out');
    await out.post('/api/auth/logout');
    expect((await out.put('/api/check-ins/schedule', SCHEDULE)).status).toBe(401);
    expect((await out.get('/api/check-ins/schedule')).status).toBe(401);
    expect((await out.get('/api/check-ins/next')).status).toBe(401);
    expect((await out.get('/api/check-ins/calendar.ics')).status).toBe(401);
  });
});
