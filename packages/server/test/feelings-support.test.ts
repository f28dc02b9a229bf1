import { expect, it } from 'vitest';
import { couple, describeEngines } from './helpers';

describeEngines('feelings: support, self-care and hard dates', (ctx) => {
  it('keeps the support list and self-care plan private to their author', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const added = await hurt.post('/api/support/contacts', {
      kind: 'therapist',
      name: 'Dr Lee',
      how: '020 7946 0000',
      note: 'Tuesdays',
    });
    expect(added.status).toBe(201);
    expect(added.json.contact).toMatchObject({ kind: 'therapist', name: 'Dr Lee', how: '020 7946 0000' });
    expect((await hurt.get('/api/support/contacts')).json.contacts).toHaveLength(1);
    expect((await repairing.get('/api/support/contacts')).json.contacts).toEqual([]);
    expect((await repairing.del(`/api/support/contacts/${added.json.contact.id}`)).status).toBe(404);

    const plan = {
      items: ['A walk after lunch', 'Call my sister on Sundays'],
      reminders: [{ time: '21:30', weekdays: [0, 3], text: 'Wind down, screens away' }],
    };
    expect((await hurt.get('/api/self-care')).json.plan).toEqual({ items: [], reminders: [] });
    expect((await hurt.put('/api/self-care', plan)).json.plan).toEqual(plan);
    expect((await hurt.get('/api/self-care')).json.plan).toEqual(plan);
    expect((await repairing.get('/api/self-care')).json.plan).toEqual({ items: [], reminders: [] });
    expect((await hurt.del(`/api/support/contacts/${added.json.contact.id}`)).status).toBe(204);
  });

  it('prompts the partner days ahead of a shared hard date, and only then', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const shared = await hurt.post('/api/hard-dates', {
      date: '2019-12-01',
      label: 'our anniversary',
      remindDaysBefore: 3,
    });
    expect(shared.status).toBe(201);
    expect(shared.json.date).toMatchObject({ yearly: true, visibility: 'partner', nextOn: '2026-12-01' });
    await hurt.post('/api/hard-dates', { date: '2019-12-02', label: 'just for me', visibility: 'private' });
    expect((await hurt.get('/api/hard-dates')).json.dates).toHaveLength(2);

    expect((await repairing.get('/api/hard-dates/prompts?today=2026-11-27')).json.prompts).toEqual([]);
    const soon = await repairing.get('/api/hard-dates/prompts?today=2026-11-29');
    expect(soon.json.prompts).toEqual([
      { id: shared.json.date.id, label: 'our anniversary', on: '2026-12-01', daysAhead: 2 },
    ]);
    expect((await hurt.get('/api/hard-dates/prompts?today=2026-11-29')).json.prompts).toEqual([]);
    expect((await hurt.get('/api/access-log')).json.entries[0]).toMatchObject({ recordType: 'hard_date' });

    await repairing.post('/api/spaces/current/leave');
    expect((await repairing.get('/api/hard-dates/prompts?today=2026-11-29')).json.prompts).toEqual([]);
  });

  it('tells the partner nothing when a private hard date is added or removed', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const lastEvent = await ctx().app.repos.events.lastId(repairing.user.id);
    const mine = await hurt.post('/api/hard-dates', {
      date: '2019-12-02',
      label: 'just for me',
      visibility: 'private',
    });
    expect((await hurt.del(`/api/hard-dates/${mine.json.date.id}`)).status).toBe(204);
    expect(await ctx().app.repos.events.lastId(repairing.user.id)).toBe(lastEvent);
  });

  it('names the field of bad input (400), refuses the signed out (401), hides others (404)', async () => {
    const a = await couple(ctx().app);
    const b = await couple(ctx().app);
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/support/contacts', { kind: 'boss', name: 'x' }, 'kind'],
      ['POST', '/api/support/contacts', { kind: 'friend', name: ' ' }, 'name'],
      ['PUT', '/api/self-care', { items: [], reminders: [{ time: '25:00', text: 'x' }] }, 'reminders.0.time'],
      ['PUT', '/api/self-care', { items: [''], reminders: [] }, 'items.0'],
      ['POST', '/api/hard-dates', { date: '2026-02-30', label: 'x' }, 'date'],
      [
        'POST',
        '/api/hard-dates',
        { date: '2026-02-03', label: 'x', remindDaysBefore: 99 },
        'remindDaysBefore',
      ],
    ];
    for (const [method, url, body, field] of cases) {
      const r = await a.hurt.request(method as 'POST', url, body);
      expect(r.status, field).toBe(400);
      expect(r.json.error.field).toBe(field);
    }
    expect((await a.hurt.get('/api/hard-dates/prompts?today=soon')).json.error.field).toBe('today');
    const d = await a.hurt.post('/api/hard-dates', { date: '2020-01-01', label: 'x' });
    const c = await a.hurt.post('/api/support/contacts', { kind: 'friend', name: 'x' });
    expect((await b.hurt.del(`/api/hard-dates/${d.json.date.id}`)).status).toBe(404);
    expect((await a.repairing.del(`/api/hard-dates/${d.json.date.id}`)).status).toBe(404);
    expect((await b.hurt.del(`/api/support/contacts/${c.json.contact.id}`)).status).toBe(404);
    expect((await b.repairing.get('/api/hard-dates/prompts?today=2026-12-30')).json.prompts).toEqual([]);
    await a.hurt.post('/api/auth/logout');
    for (const [method, url] of [
      ['GET', '/api/support/contacts'],
      ['POST', '/api/support/contacts'],
      ['DELETE', '/api/support/contacts/x'],
      ['GET', '/api/self-care'],
      ['PUT', '/api/self-care'],
      ['GET', '/api/hard-dates'],
      ['POST', '/api/hard-dates'],
      ['DELETE', '/api/hard-dates/x'],
      ['GET', '/api/hard-dates/prompts?today=2026-01-01'],
    ] as const) {
      expect((await a.hurt.request(method, url, method === 'GET' ? undefined : {})).status, url).toBe(401);
    }
  });
});
