import { type Kysely, type Migration, sql } from 'kysely';
import type { Engine } from '../connect';

type Db = Kysely<unknown>;

/** Each mark, and the records it is about: created shared, and private only once taken back. */
const MARKS = [
  ['disclosure_completions', 'disclosures'],
  ['no_contact_confirmations', 'no_contact_channels'],
] as const;

/**
 * `visibility` on the two one-off marks (the disclosure marked complete, no contact confirmed). They were readable
 * by the partner for as long as both were members, so a safety reset did not take them back, and someone who joined
 * later saw the marks made for the partner before. A new column defaults to private (a write that forgets it shares
 * nothing); existing marks stay shared, except where the author's records they are about were already taken back
 * (those records are created shared and only a reset, leaving or a newcomer makes them private).
 */
export function markVisibility(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      for (const [table, records] of MARKS) {
        await db.schema
          .alterTable(table)
          .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('private'))
          .execute();
        await sql`update ${sql.table(table)} set visibility = 'partner' where not exists (select 1 from ${sql.table(records)} r where r.author_id = ${sql.ref(`${table}.author_id`)} and r.space_id = ${sql.ref(`${table}.space_id`)} and r.visibility = 'private')`.execute(
          db,
        );
      }
    },
    async down(db: Db) {
      for (const [table] of MARKS) await db.schema.alterTable(table).dropColumn('visibility').execute();
    },
  };
}
