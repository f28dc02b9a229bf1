import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { markVisibility } from '../src/db/migrations/0012-mark-visibility';
import { couple, ENGINES, freshDb, ORIGIN, TestClock } from './helpers';

// Migration 0012 on a database that already holds marks: those whose records were taken back before it (a safety
// reset) become private; the others stay shared; a mark written without a visibility shares nothing.
describe.each(ENGINES)('migration 0012, the marks’ visibility [%s]', (engine) => {
  it('keeps shared marks shared and hides the ones a reset had already taken back', async () => {
    const fresh = await freshDb(engine);
    const app = await buildApp({
      db: fresh.db,
      publicUrl: ORIGIN,
      sessionSecret: 'test-secret-that-is-long-enough-0123456789',
      clock: new TestClock(),
      liveChannel: fresh.schema ? `live_${fresh.schema}` : undefined,
      webDist: '/nonexistent',
      rateLimit: 100_000,
    });
    try {
      const mark = async (repairing: Awaited<ReturnType<typeof couple>>['repairing']) => {
        await repairing.post('/api/disclosures', { text: 'It began in March.' });
        await repairing.post('/api/disclosures/complete');
        await repairing.post('/api/no-contact/channels', { channel: 'Phone', how: 'Blocked the number' });
        await repairing.post('/api/no-contact/confirm');
      };
      const kept = await couple(app);
      const reset = await couple(app);
      await mark(kept.repairing);
      await mark(reset.repairing);
      await reset.repairing.post('/api/safety/reset');

      // The database as it was before 0012, then 0012 again.
      const db = fresh.db.db as never;
      await markVisibility(engine).down?.(db);
      await markVisibility(engine).up(db);

      for (const table of ['disclosure_completions', 'no_contact_confirmations']) {
        const rows = await sql<{
          author_id: string;
          visibility: string;
        }>`select author_id, visibility from ${sql.table(table)}`.execute(fresh.db.db);
        const byAuthor = Object.fromEntries(rows.rows.map((r) => [r.author_id, r.visibility]));
        expect(byAuthor).toEqual({
          [kept.repairing.user.id]: 'partner',
          [reset.repairing.user.id]: 'private',
        });
      }
      expect((await kept.hurt.get('/api/honesty')).json.disclosureCompletedAt).not.toBeNull();
      expect((await reset.hurt.get('/api/honesty')).json.disclosureCompletedAt).toBeNull();

      // A write that names no visibility shares nothing.
      await sql`delete from disclosure_completions where author_id = ${kept.repairing.user.id}`.execute(
        fresh.db.db,
      );
      await sql`insert into disclosure_completions (space_id, author_id, at) values (${kept.spaceId}, ${kept.repairing.user.id}, 1)`.execute(
        fresh.db.db,
      );
      expect((await kept.hurt.get('/api/honesty')).json.disclosureCompletedAt).toBeNull();
    } finally {
      await app.close();
      await fresh.drop();
    }
  });
});
