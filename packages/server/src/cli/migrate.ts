import type { Config } from '../config';
import { openDb, sqliteFileIn } from '../db/connect';
import { migrateToLatest } from '../db/migrations';

/** `mend migrate`: applies every migration not yet applied. */
export async function runMigrate(config: Config): Promise<number> {
  const db = openDb(
    config.databaseUrl ? { url: config.databaseUrl } : { file: sqliteFileIn(config.dataDir) },
  );
  try {
    const applied = await migrateToLatest(db.db as never, db.engine);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
    );
    return 0;
  } finally {
    await db.close();
  }
}
