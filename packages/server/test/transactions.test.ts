import { expect, it } from 'vitest';
import { describeEngines, signUp } from './helpers';

describeEngines('transactions', (ctx) => {
  const status = (id: string, author: string, spaceId: string, text: string) => ({
    id,
    space_id: spaceId,
    author_id: author,
    text,
    visibility: 'private' as const,
    created_at: ctx().clock.now(),
  });

  it('commits many concurrent transactions, and rolls back only the one that failed', async () => {
    const { app } = ctx();
    const p = await signUp(app, 'Tx');
    await p.post('/api/spaces', { role: 'hurt' });
    const spaceId = (await p.get('/api/me')).json.space.id;
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        app.repos.transaction(async (tx) => {
          await tx.statuses.insert(status(`tx-${i}-a`, p.user.id, spaceId, `a${i}`));
          if (i % 10 === 3) throw new Error(`refused ${i}`);
          await tx.statuses.insert(status(`tx-${i}-b`, p.user.id, spaceId, `b${i}`));
          return i;
        }),
      ),
    );
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message),
    ).toEqual(['refused 3', 'refused 13', 'refused 23', 'refused 33']);
    const texts = (await app.repos.statuses.listByAuthor(p.user.id)).map((s) => s.text);
    expect(texts).toHaveLength(72);
    expect(texts).not.toContain('a13');
    expect(texts).toContain('b14');
  });

  it('fails the callers of a transaction whose statement breaks a constraint, and keeps the rest', async () => {
    const { app } = ctx();
    const p = await signUp(app, 'Tx2');
    await p.post('/api/spaces', { role: 'hurt' });
    const spaceId = (await p.get('/api/me')).json.space.id;
    const texts = ['first', 'second'];
    const results = await Promise.allSettled(
      texts.map((text) =>
        app.repos.transaction((tx) => tx.statuses.insert(status('same-id', p.user.id, spaceId, text))),
      ),
    );
    // Which one wins is the database's choice (on PostgreSQL the second waits on the first's lock);
    // exactly one commits, the other's caller hears the failure, and the stored row is the winner's.
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = texts[results.findIndex((r) => r.status === 'fulfilled')];
    expect((await app.repos.statuses.listByAuthor(p.user.id)).map((s) => s.text)).toEqual([winner]);
  });
});
