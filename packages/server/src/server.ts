import { buildApp, type MendApp, REDACT } from './app';
import type { Config } from './config';
import { openDb, sqliteFileIn } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { scheduleHousekeeping } from './jobs/foundation-jobs';
import { jobHandlers } from './jobs/handlers';
import { createJobRunner } from './jobs/runner';

/** Opens the configured database, migrates it, and builds the app with its job runner. */
export async function startServer(
  config: Config,
): Promise<{ app: MendApp; url: string; stop(): Promise<void> }> {
  const db = openDb(
    config.databaseUrl ? { url: config.databaseUrl } : { file: sqliteFileIn(config.dataDir) },
  );
  await migrateToLatest(db.db as never, db.engine);
  const app = await buildApp({
    db,
    publicUrl: config.publicUrl,
    sessionSecret: config.sessionSecret,
    secure: config.secure,
    webDist: config.webDist,
    rateLimit: config.rateLimit,
    vapid: config.vapid,
    logger: {
      level: config.logLevel,
      redact: REDACT,
      // Paths can hold invite codes: log the route's pattern, never the raw URL or a body.
      serializers: {
        req: (req: { method: string; routeOptions?: { url?: string } }) => ({
          method: req.method,
          route: req.routeOptions?.url ?? 'unmatched',
        }),
      },
    },
  });
  const clock = { now: () => Date.now() };
  const jobs = createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock), (kind, err) =>
    app.log.warn({ job: kind, err: err instanceof Error ? err.name : 'unknown' }, 'job failed; will retry'),
  );
  await scheduleHousekeeping(app.repos, clock);
  const address = await app.listen({ port: config.port, host: config.host });
  jobs.start();
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await jobs.stop();
      await app.close();
      await db.close();
    })());
  return { app, url: address, stop };
}
