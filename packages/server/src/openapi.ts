import { buildApp } from './app';
import { openDb } from './db/connect';
import { migrateToLatest } from './db/migrations';

/** The OpenAPI document as the server publishes it, formatted for the committed copy. */
export async function renderOpenApi(): Promise<string> {
  const db = openDb({ file: ':memory:' });
  await migrateToLatest(db.db as never, 'sqlite');
  const app = await buildApp({
    db,
    publicUrl: 'http://127.0.0.1:3000',
    sessionSecret: 'x'.repeat(40),
    webDist: '/nonexistent',
  });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await db.close();
  return `${JSON.stringify(doc, null, 2)}\n`;
}
