import { expect, it } from 'vitest';
import { couple, describeEngines } from './helpers';

describeEngines('groundwork: letters and the apology', (ctx) => {
  it('stores a sent apology with the coach findings; the partner lists it, without the coaching', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const r = await repairing.post('/api/apologies', {
      text: 'I am sorry if you felt hurt, but you were distant.',
    });
    expect(r.status).toBe(201);
    const { apology } = r.json;
    expect(apology).toMatchObject({
      text: 'I am sorry if you felt hurt, but you were distant.',
      status: 'sent',
      mine: true,
    });
    expect(apology.findings.length).toBeGreaterThan(0);
    for (const f of apology.findings) {
      expect(f).toEqual(
        expect.objectContaining({
          kind: expect.any(String),
          start: expect.any(Number),
          end: expect.any(Number),
          message: expect.any(String),
        }),
      );
    }
    expect(apology.parts).toEqual(expect.objectContaining({ namesAct: expect.any(Boolean) }));
    const seen = (await hurt.get('/api/apologies')).json.apologies;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      id: apology.id,
      mine: false,
      authorName: 'Ravi',
      findings: [],
      parts: null,
    });
    // Opening it is written to the author's access log.
    const log = (await repairing.get('/api/access-log')).json.entries;
    expect(log[0]).toMatchObject({
      recordType: 'letter',
      recordId: apology.id,
      viewer: { displayName: 'Hana' },
    });
  });

  it.each([
    [{}, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'x'.repeat(5001) }, 'text'],
    [{ text: 'ok', draft: 'yes' }, 'draft'],
  ])('refuses a bad apology %o naming %s', async (body, field) => {
    const { repairing } = await couple(ctx().app);
    const r = await repairing.post('/api/apologies', body);
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe(field);
  });

  it('keeps a draft to its author: the partner cannot see, edit or send it', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { apology } = (await repairing.post('/api/apologies', { text: 'First try', draft: true })).json;
    expect((await hurt.get('/api/apologies')).json.apologies).toEqual([]);
    expect((await hurt.put(`/api/apologies/${apology.id}`, { text: 'changed' })).status).toBe(404);
    expect((await hurt.post(`/api/apologies/${apology.id}/send`)).status).toBe(404);
    const edited = await repairing.put(`/api/apologies/${apology.id}`, {
      text: 'I broke my promise to you.',
    });
    expect(edited.json.apology).toMatchObject({ text: 'I broke my promise to you.', status: 'draft' });
    expect((await repairing.put(`/api/apologies/${apology.id}`, { text: '' })).json.error.field).toBe('text');
    const sent = await repairing.post(`/api/apologies/${apology.id}/send`);
    expect(sent.json.apology).toMatchObject({ status: 'sent', sentAt: '2026-11-24T12:00:00.000Z' });
    expect((await hurt.get('/api/apologies')).json.apologies[0].text).toBe('I broke my promise to you.');
  });

  it('never changes a sent apology: an amendment is a new one, linked', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { apology } = (await repairing.post('/api/apologies', { text: 'I lied.' })).json;
    const edit = await repairing.put(`/api/apologies/${apology.id}`, { text: 'rewritten' });
    expect(edit.status).toBe(409);
    expect(edit.json.error.code).toBe('wrong_state');
    expect((await repairing.post(`/api/apologies/${apology.id}/send`)).status).toBe(409);
    // The partner cannot change it either.
    expect((await hurt.put(`/api/apologies/${apology.id}`, { text: 'rewritten' })).status).toBe(403);
    const amended = await repairing.post('/api/apologies', {
      text: 'I lied for months, and I am sorry.',
      amendsId: apology.id,
    });
    expect(amended.json.apology.amendsId).toBe(apology.id);
    const texts = (await hurt.get('/api/apologies')).json.apologies.map((a: { text: string }) => a.text);
    expect(texts).toEqual(['I lied for months, and I am sorry.', 'I lied.']);
    // An amendment links only to the author's own sent apology.
    const other = await couple(ctx().app);
    const theirs = (await other.repairing.post('/api/apologies', { text: 'x' })).json.apology;
    expect(
      (await repairing.post('/api/apologies', { text: 'y', amendsId: theirs.id })).json.error.field,
    ).toBe('amendsId');
  });

  it('lets only the repairing partner apologise, and only the hurt partner write the impact letter', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const a = await hurt.post('/api/apologies', { text: 'I am sorry' });
    expect(a.status).toBe(403);
    expect(a.json.error.code).toBe('forbidden');
    expect((await repairing.post('/api/letters', { kind: 'impact', text: 'x' })).status).toBe(403);
    expect((await hurt.post('/api/letters', { kind: 'amends', text: 'x' })).status).toBe(403);
    expect((await hurt.post('/api/letters', { kind: 'apology', text: 'x' })).json.error.field).toBe('kind');
  });

  it('sends the impact letter when ready, and the partner reads it; the amends letter too', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { letter } = (
      await hurt.post('/api/letters', { kind: 'impact', text: 'What it did to me', draft: true })
    ).json;
    expect((await repairing.get('/api/letters')).json.letters).toEqual([]);
    expect((await repairing.post(`/api/letters/${letter.id}/send`)).status).toBe(404);
    expect((await hurt.post(`/api/letters/${letter.id}/send`)).json.letter.status).toBe('sent');
    expect((await repairing.get('/api/letters')).json.letters[0]).toMatchObject({
      kind: 'impact',
      text: 'What it did to me',
      mine: false,
    });
    expect((await repairing.put(`/api/letters/${letter.id}`, { text: 'x' })).status).toBe(403);
    await repairing.post('/api/letters', { kind: 'amends', text: 'What I will do to make it right' });
    const kinds = (await hurt.get('/api/letters')).json.letters.map((l: { kind: string }) => l.kind);
    expect(kinds).toEqual(['amends', 'impact']);
    // An apology id is not a letter, and a letter id is not an apology.
    const { apology } = (await repairing.post('/api/apologies', { text: 'x', draft: true })).json;
    expect((await repairing.post(`/api/letters/${apology.id}/send`)).status).toBe(404);
    expect((await hurt.post(`/api/apologies/${letter.id}/responses`, { kind: 'received' })).status).toBe(404);
  });

  it('lets the hurt partner answer an apology; its author cannot mark an answer', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    const { apology } = (await repairing.post('/api/apologies', { text: 'I lied to you.' })).json;
    const own = await repairing.post(`/api/apologies/${apology.id}/responses`, { kind: 'received' });
    expect(own.status).toBe(403);
    expect(
      (await hurt.post(`/api/apologies/${apology.id}/responses`, { kind: 'incomplete' })).json.error.field,
    ).toBe('text');
    expect(
      (await hurt.post(`/api/apologies/${apology.id}/responses`, { kind: 'forgiven' })).json.error.field,
    ).toBe('kind');
    const r = await hurt.post(`/api/apologies/${apology.id}/responses`, {
      kind: 'incomplete',
      text: 'It did not say what you will do now',
    });
    expect(r.status).toBe(201);
    expect(r.json.response).toMatchObject({ kind: 'incomplete', mine: true });
    const seen = (await repairing.get('/api/apologies')).json.apologies[0].responses;
    expect(seen).toEqual([
      expect.objectContaining({
        kind: 'incomplete',
        text: 'It did not say what you will do now',
        authorName: 'Hana',
      }),
    ]);
  });
});
