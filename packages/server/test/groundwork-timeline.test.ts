import { expect, it } from 'vitest';
import { couple, describeEngines } from './helpers';

const DAY = 86_400_000;

describeEngines('groundwork: timeline, counselling and what the partner can see', (ctx) => {
  it('counts day N, and moves from atone to attune only on evidence, naming what is missing', async () => {
    const { hurt, repairing } = await couple(ctx().app, '2026-11-01');
    const before = (await hurt.get('/api/timeline')).json;
    expect(before).toMatchObject({
      dayNumber: 24,
      phase: 'atone',
      next: 'attune',
      range: { feelsPossibleMonths: [12, 18], feelsNormalMonths: 24 },
    });
    expect(before.missing).toHaveLength(3);
    expect(before.events).toEqual([{ type: 'discovered', at: '2026-11-01T00:00:00.000Z', mine: false }]);
    await repairing.post('/api/disclosures', { text: 'All of it.' });
    await repairing.post('/api/disclosures/complete');
    await repairing.post('/api/apologies', { text: 'I lied to you, and I am sorry.' });
    expect((await hurt.get('/api/timeline')).json.missing).toHaveLength(1);
    await repairing.post('/api/no-contact/channels', { channel: 'Phone', how: 'Blocked' });
    await repairing.post('/api/no-contact/confirm');
    const after = (await hurt.get('/api/timeline')).json;
    expect(after).toMatchObject({ phase: 'attune', next: 'attach' });
    expect(after.missing.join(' ')).toMatch(/check-ins/);
    expect(after.events.map((e: { type: string }) => e.type)).toEqual([
      'discovered',
      'disclosure',
      'disclosure_completed',
      'apology_sent',
      'channel_closed',
      'no_contact_confirmed',
    ]);
    expect(
      (await repairing.get('/api/timeline')).json.events.slice(1).every((e: { mine: boolean }) => e.mine),
    ).toBe(true);
  });

  it('a drafted apology is not evidence, and the hurt partner cannot move the phase on the other’s behalf', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await repairing.post('/api/apologies', { text: 'draft', draft: true });
    await hurt.post('/api/letters', { kind: 'impact', text: 'what it did' });
    const t = (await hurt.get('/api/timeline')).json;
    expect(t.missing.join(' ')).toMatch(/apology/i);
    expect(t.dayNumber).toBeNull();
    expect(t.events.map((e: { type: string }) => e.type)).toEqual(['letter_sent']);
  });

  it('records the counsellor and sessions; Today’s next session is the first still to come', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    expect((await hurt.get('/api/counselling')).json).toEqual({ counsellor: null, sessions: [], next: null });
    const set = await hurt.put('/api/counselling', { name: 'Dr. Lee', contact: '020 7946 0000' });
    expect(set.json.counsellor).toMatchObject({ name: 'Dr. Lee', mine: true });
    await repairing.post('/api/counselling/sessions', { at: '2026-11-20T17:00:00.000Z' });
    const r = await hurt.post('/api/counselling/sessions', {
      at: '2026-12-01T17:00:00.000Z',
      note: 'Bring the letter',
    });
    expect(r.status).toBe(201);
    await hurt.post('/api/counselling/sessions', { at: '2026-12-08T17:00:00.000Z' });
    const seen = (await repairing.get('/api/counselling')).json;
    expect(seen.counsellor).toMatchObject({ name: 'Dr. Lee', authorName: 'Hana' });
    expect(seen.next).toMatchObject({ at: '2026-12-01T17:00:00.000Z', note: 'Bring the letter' });
    expect(seen.sessions).toHaveLength(3);
    expect((await hurt.get('/api/timeline')).json.events.map((e: { type: string }) => e.type)).toEqual([
      'counselling_session',
    ]);
    ctx().clock.advance(8 * DAY);
    expect((await repairing.get('/api/counselling')).json.next.at).toBe('2026-12-08T17:00:00.000Z');
    ctx().clock.advance(-8 * DAY);
  });

  it.each([
    ['PUT', '/api/counselling', { name: '' }, 'name'],
    ['PUT', '/api/counselling', { name: 'x'.repeat(81) }, 'name'],
    ['POST', '/api/counselling/sessions', { at: '2026-12-01' }, 'at'],
    ['POST', '/api/counselling/sessions', {}, 'at'],
  ] as const)('refuses %s %s %o naming %s', async (method, url, body, field) => {
    const { hurt } = await couple(ctx().app);
    const r = await hurt.request(method, url, body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
  });

  it('shows each person what their partner can see of theirs, and nothing of drafts', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await repairing.post('/api/apologies', { text: 'Sent apology' });
    await repairing.post('/api/apologies', { text: 'Secret draft', draft: true });
    await repairing.post('/api/disclosures', { text: 'The whole story' });
    await hurt.put('/api/counselling', { name: 'Dr. Lee' });
    const mine = (await repairing.get('/api/partner-view')).json;
    expect(mine.hasPartner).toBe(true);
    expect(mine.things.map((t: { type: string }) => t.type).sort()).toEqual(['apology', 'disclosure']);
    expect(JSON.stringify(mine)).not.toContain('Secret draft');
    expect((await hurt.get('/api/partner-view')).json.things.map((t: { type: string }) => t.type)).toEqual([
      'counselling',
    ]);
    // "Complete" and "no contact confirmed" are shares too, listed until a safety reset takes them back.
    await repairing.post('/api/disclosures/complete');
    await repairing.post('/api/no-contact/channels', { channel: 'Phone', how: 'Blocked the number' });
    await repairing.post('/api/no-contact/confirm');
    const marked = (await repairing.get('/api/partner-view')).json.things.map(
      (t: { type: string }) => t.type,
    );
    expect(marked.sort()).toEqual([
      'apology',
      'channel',
      'disclosure',
      'disclosure_complete',
      'no_contact_confirmed',
    ]);
    await repairing.post('/api/safety/reset');
    expect((await repairing.get('/api/partner-view')).json.things).toEqual([]);
    await hurt.post('/api/spaces/current/leave');
    expect((await repairing.get('/api/partner-view')).json).toEqual({ hasPartner: false, things: [] });
  });
});

describeEngines('groundwork: privacy', (ctx) => {
  it('leaving takes back every groundwork record at once', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await repairing.post('/api/apologies', { text: 'I am sorry for the lies.' });
    await repairing.post('/api/disclosures', { text: 'Everything, told once.' });
    await repairing.post('/api/no-contact/channels', { channel: 'Phone', how: 'Blocked' });
    await repairing.post('/api/counselling/sessions', { at: '2026-12-01T17:00:00.000Z' });
    await repairing.post('/api/spaces/current/leave');
    const seen = JSON.stringify([
      (await hurt.get('/api/apologies')).json,
      (await hurt.get('/api/disclosures')).json,
      (await hurt.get('/api/no-contact')).json,
      (await hurt.get('/api/counselling')).json,
      (await hurt.get('/api/timeline')).json,
      (await hurt.get('/api/export')).json,
    ]);
    expect(seen).not.toMatch(/sorry for the lies|Everything, told once|Blocked|2026-12-01/);
  });

  it('exports what a person wrote and what was shared with them, never the partner’s drafts', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await repairing.post('/api/apologies', { text: 'Shared apology' });
    await repairing.post('/api/apologies', { text: 'Private draft', draft: true });
    await hurt.post('/api/apologies', { text: 'no' });
    await hurt.post('/api/letters', { kind: 'impact', text: 'My impact letter', draft: true });
    const mine = (await repairing.get('/api/export')).json;
    expect(mine.authored.letters.map((l: { text: string }) => l.text)).toEqual([
      'Shared apology',
      'Private draft',
    ]);
    const theirs = (await hurt.get('/api/export')).json;
    expect(theirs.authored.letters.map((l: { text: string }) => l.text)).toEqual(['My impact letter']);
    expect(
      theirs.sharedWithMe
        .filter((s: { type: string }) => s.type === 'letters')
        .map((s: { text: string }) => s.text),
    ).toEqual(['Shared apology']);
    expect(JSON.stringify(theirs)).not.toContain('Private draft');
  });

  it('deleting an account erases what it wrote in groundwork, and keeps the partner’s own answer', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { apology } = (await repairing.post('/api/apologies', { text: 'Erase me' })).json;
    await hurt.post(`/api/apologies/${apology.id}/responses`, { kind: 'received' });
    await repairing.post('/api/disclosures', { text: 'Erase this too' });
    expect((await repairing.del('/api/me', { password: 'maple river lantern 7' })).status).toBe(204);
    const left = JSON.stringify((await hurt.get('/api/export')).json);
    expect(left).not.toMatch(/Erase me|Erase this too/);
    expect((await hurt.get('/api/export')).json.authored.apologyResponses).toHaveLength(1);
  });
});
