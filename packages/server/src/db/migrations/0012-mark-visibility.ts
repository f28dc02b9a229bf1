import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';

type Db = Kysely<unknown>;

const TABLES = ['disclosure_completions', 'no_contact_confirmations'] as const;

/**
 * `visibility` on the two one-off marks (the disclosure marked complete, no contact confirmed). They were readable
 * by the partner for as long as both were members, so a safety reset did not take them back, and someone who joined
 * later saw the marks made for the partner before. Existing marks stay shared, as they were.
 */
export function markVisibility(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      for (const table of TABLES) {
        await db.schema
          .alterTable(table)
          .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('partner'))
          .execute();
      }
    },
    async down(db: Db) {
      for (const table of TABLES) await db.schema.alterTable(table).dropColumn('visibility').execute();
    },
  };
}
