import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';

type Db = Kysely<unknown>;

/**
 * `spaces.former_members`: the ids of people who left the space, space-separated. When someone new joins, the
 * member who stayed had shared things with someone else; those shares end first (services/spaces.ts).
 */
export function formerMembers(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .alterTable('spaces')
        .addColumn('former_members', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
    },
    async down(db: Db) {
      await db.schema.alterTable('spaces').dropColumn('former_members').execute();
    },
  };
}
