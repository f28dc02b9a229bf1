import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { openDb } from '../src/db/connect';
import { migrateToLatest } from '../src/db/migrations';
import { PG_URL } from './helpers';

// Kysely's migrator reads every schema of the database; another schema dropped meanwhile (a tenant's, or another
// test file's) failed the whole migration with "schema … does not exist" until migrateToLatest learned to try again.
// Without the retry this fails on every run here; it caused a flaky route test once two files ran at a time.
it.runIf(PG_URL)(
  'migrates a new schema while other schemas are being dropped',
  async () => {
    const admin = openDb({ url: PG_URL as string });
    const others = Array.from({ length: 40 }, () => `gone_${randomBytes(5).toString('hex')}`);
    for (const name of others) await admin.db.schema.createSchema(name).execute();
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await admin.db.schema.createSchema(schema).execute();
    const db = openDb({ url: PG_URL as string, schema });
    try {
      const dropping = (async () => {
        for (const name of others) await admin.db.schema.dropSchema(name).cascade().execute();
      })();
      const applied = await migrateToLatest(db.db as never, 'postgres');
      await dropping;
      expect(applied).toContain('0012_mark_visibility');
    } finally {
      await db.close();
      await admin.db.schema.dropSchema(schema).ifExists().cascade().execute();
      for (const name of others) await admin.db.schema.dropSchema(name).ifExists().cascade().execute();
      await admin.close();
    }
  },
  60_000,
);
