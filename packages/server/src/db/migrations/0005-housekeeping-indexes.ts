import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';

/** Indexes for the daily housekeeping deletes, which otherwise scan whole tables (seen in the alert bench). */
export function housekeepingIndexes(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('events_created').on('events').column('created_at').execute();
      await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
    },
  };
}
