import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Engine } from './connect';
import { foundation } from './migrations/0001-foundation';
import { groundwork } from './migrations/0002-groundwork';
import { feelings } from './migrations/0003-feelings';
import { conversations } from './migrations/0004-conversations';
import { housekeepingIndexes } from './migrations/0005-housekeeping-indexes';
import { consistentAction } from './migrations/0006-consistent-action';
import { conversationSessions } from './migrations/0007-conversation-sessions';
import { rollupAnswers } from './migrations/0008-rollup-answers';
import { pushSubscriptions } from './migrations/0009-push-subscriptions';
import { identityNotify } from './migrations/0010-identity-notify';
import { formerMembers } from './migrations/0011-former-members';
import { markVisibility } from './migrations/0012-mark-visibility';

/**
 * Every migration in order, named so that new ones sort after old ones. One file per migration in
 * `migrations/`; `engine` decides the few steps that must differ between SQLite and PostgreSQL.
 */
export function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '0001_foundation': foundation(engine),
    '0002_groundwork': groundwork(engine),
    '0003_feelings': feelings(engine),
    '0004_conversations': conversations(engine),
    '0005_housekeeping_indexes': housekeepingIndexes(engine),
    '0006_consistent_action': consistentAction(engine),
    '0007_conversation_sessions': conversationSessions(engine),
    '0008_rollup_answers': rollupAnswers(engine),
    '0009_push_subscriptions': pushSubscriptions(engine),
    '0010_identity_notify': identityNotify(engine),
    '0011_former_members': formerMembers(engine),
    '0012_mark_visibility': markVisibility(engine),
  };
}
/** Brings the database up to the newest schema; safe to run on every start. */
export async function migrateToLatest(db: Kysely<unknown>, engine: Engine): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(engine) };
  // Kysely looks for its bookkeeping tables in every schema unless told which one; with several
  // schemas in one database (tests, or tenants) it must be the schema this connection works in.
  const migrationTableSchema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  // Kysely's migrator lists the tables of every schema in the database, calling has_schema_privilege() and
  // pg_get_serial_sequence() on each; a schema, table or column dropped at that moment (another tenant's, or another
  // test file's) fails the call (`isCatalogRace`). Nothing was changed then (the migrations run in one transaction), so
  // it simply tries again.
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt >= 10 || !isCatalogRace(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
  }
}

/**
 * Whether a migration failed because something it was reading in the catalog was dropped meanwhile: a schema (3F000,
 * seen in CI from has_schema_privilege), a table (42P01) or a column (42703, seen in CI from pg_get_serial_sequence on
 * a table of another test file's schema as it was dropped).
 */
export function isCatalogRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '3F000' || code === '42P01' || code === '42703';
}
