import { expect, it } from 'vitest';
import { couple, describeEngines, type Person, signUp } from './helpers';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const ROUTES: [Method, string, unknown?][] = [
  ['POST', '/api/apologies', { text: 'I am sorry.' }],
  ['GET', '/api/apologies'],
  ['PUT', '/api/apologies/x', { text: 'x' }],
  ['POST', '/api/apologies/x/send'],
  ['POST', '/api/apologies/x/responses', { kind: 'received' }],
  ['POST', '/api/letters', { kind: 'impact', text: 'x' }],
  ['GET', '/api/letters'],
  ['PUT', '/api/letters/x', { text: 'x' }],
  ['POST', '/api/letters/x/send'],
  ['POST', '/api/disclosures', { text: 'x' }],
  ['GET', '/api/disclosures'],
  ['POST', '/api/disclosures/complete'],
  ['GET', '/api/honesty'],
  ['GET', '/api/no-contact'],
  ['POST', '/api/no-contact/channels', { channel: 'Phone', how: 'Blocked' }],
  ['POST', '/api/no-contact/attempts', { occurredAt: '2026-11-24T10:00:00.000Z', channel: 'Phone' }],
  ['POST', '/api/no-contact/confirm'],
  ['GET', '/api/transparency'],
  [
    'POST',
    '/api/transparency/items',
    { kind: 'phone', description: 'x', endsOn: '2027-01-24', reviewOn: '2026-12-24' },
  ],
  ['POST', '/api/transparency/items/x/accept'],
  ['POST', '/api/transparency/items/x/decline'],
  ['POST', '/api/transparency/items/x/pause'],
  ['POST', '/api/transparency/items/x/resume'],
  ['POST', '/api/transparency/items/x/end'],
  [
    'POST',
    '/api/transparency/items/x/revise',
    { mode: 'renew', endsOn: '2027-01-24', reviewOn: '2026-12-24' },
  ],
  ['PUT', '/api/transparency/ally', { name: 'Sam', contact: 'sam@example.com' }],
  ['DELETE', '/api/transparency/ally'],
  ['GET', '/api/counselling'],
  ['PUT', '/api/counselling', { name: 'Dr. Lee' }],
  ['POST', '/api/counselling/sessions', { at: '2026-11-30T17:00:00.000Z' }],
  ['GET', '/api/timeline'],
  ['GET', '/api/partner-view'],
];

const call = (p: Person, method: Method, url: string, body?: unknown) =>
  p.request(method, url, method === 'GET' ? undefined : (body ?? {}));

describeEngines('groundwork: every route', (ctx) => {
  it.each(ROUTES)('%s %s answers 401 when signed out', async (method, url, body) => {
    const r = await ctx().app.inject({
      method,
      url,
      headers: { origin: 'http://mend.test' },
      ...(method === 'GET' ? {} : { payload: (body ?? {}) as object }),
    });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('unauthenticated');
  });

  it.each(ROUTES)('%s %s answers 409 no_space before a space exists', async (method, url, body) => {
    const solo = await signUp(ctx().app, 'Nia');
    const r = await call(solo, method, url, body);
    expect(r.status).toBe(409);
    expect(r.json.error.code).toBe('no_space');
  });

  it('answers the other couple 404 for every record of this couple, and changes nothing', async () => {
    const us = await couple(ctx().app, '2026-11-01');
    const them = await couple(ctx().app);
    await us.hurt.put('/api/me/safety', { feelsSafe: 'yes' });
    await us.repairing.put('/api/me/safety', { feelsSafe: 'yes' });
    await them.hurt.put('/api/me/safety', { feelsSafe: 'yes' });
    await them.repairing.put('/api/me/safety', { feelsSafe: 'yes' });
    const apology = (await us.repairing.post('/api/apologies', { text: 'I lied to you. I am sorry.' })).json
      .apology;
    const draft = (await us.repairing.post('/api/apologies', { text: 'Draft', draft: true })).json.apology;
    const letter = (await us.hurt.post('/api/letters', { kind: 'impact', text: 'It hurt', draft: true })).json
      .letter;
    const item = (
      await us.repairing.post('/api/transparency/items', {
        kind: 'phone',
        description: 'My phone, open when you ask',
        endsOn: '2027-02-24',
        reviewOn: '2026-12-24',
      })
    ).json.item;
    const dates = { endsOn: '2027-02-24', reviewOn: '2026-12-24' };
    const attempts: [Person, Method, string, unknown?][] = [
      [them.hurt, 'POST', `/api/apologies/${apology.id}/responses`, { kind: 'received' }],
      [them.repairing, 'PUT', `/api/apologies/${draft.id}`, { text: 'mine now' }],
      [them.repairing, 'POST', `/api/apologies/${draft.id}/send`],
      [them.hurt, 'PUT', `/api/letters/${letter.id}`, { text: 'mine now' }],
      [them.hurt, 'POST', `/api/letters/${letter.id}/send`],
      ...(['accept', 'decline'] as const).map(
        (a) => [them.hurt, 'POST', `/api/transparency/items/${item.id}/${a}`] as [Person, Method, string],
      ),
      ...(['pause', 'resume', 'end'] as const).map(
        (a) =>
          [them.repairing, 'POST', `/api/transparency/items/${item.id}/${a}`] as [Person, Method, string],
      ),
      [them.repairing, 'POST', `/api/transparency/items/${item.id}/revise`, { mode: 'renew', ...dates }],
    ];
    for (const [person, method, url, body] of attempts) {
      const r = await call(person, method, url, body);
      expect(r.status, `${method} ${url}`).toBe(404);
      expect(r.json.error.code).toBe('not_found');
    }
    // Their lists hold nothing of ours.
    for (const url of [
      '/api/apologies',
      '/api/letters',
      '/api/disclosures',
      '/api/no-contact',
      '/api/transparency',
      '/api/timeline',
    ]) {
      const seen = JSON.stringify((await them.hurt.get(url)).json);
      expect(seen).not.toContain(apology.id);
      expect(seen).not.toContain(item.id);
    }
    expect((await us.hurt.get('/api/transparency')).json.items[0].status).toBe('offered');
    expect(
      (await us.repairing.get('/api/apologies')).json.apologies.map((a: { text: string }) => a.text),
    ).toEqual(['Draft', 'I lied to you. I am sorry.']);
  });
});
