import { type Kysely, type Migration, sql } from 'kysely';
import type { Engine } from '../connect';

type Db = Kysely<unknown>;

const TABLES = ['users', 'members', 'spaces', 'sessions'];

/**
 * PostgreSQL only: any change to who is signed in, their space or their partner NOTIFYs
 * `mend_identity` (sent on commit), so every process sharing the database drops its session cache
 * (db/identity.ts). One statement-level trigger per table; SQLite has one process and no cache.
 */
export function identityNotify(engine: Engine): Migration {
  return {
    async up(db: Db) {
      if (engine !== 'postgres') return;
      await sql`create function mend_identity_changed() returns trigger language plpgsql as $$
        begin perform pg_notify('mend_identity', ''); return null; end $$`.execute(db);
      for (const table of TABLES)
        await sql`create trigger ${sql.id(`${table}_identity_changed`)}
          after insert or update or delete or truncate on ${sql.table(table)}
          for each statement execute function mend_identity_changed()`.execute(db);
    },
    async down(db: Db) {
      if (engine !== 'postgres') return;
      for (const table of TABLES)
        await sql`drop trigger if exists ${sql.id(`${table}_identity_changed`)} on ${sql.table(table)}`.execute(
          db,
        );
      await sql`drop function if exists mend_identity_changed()`.execute(db);
    },
  };
}
