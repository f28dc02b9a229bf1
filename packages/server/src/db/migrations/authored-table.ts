import type { Kysely } from 'kysely';

/**
 * A new table for records with a person's words: an id, the space it was written in, the author
 * (erased with the account) and who may read it. `aloneAllowed` lets `space_id` be null, for what a
 * person may write while using Mend on their own. Migrations add their own columns after these.
 */
export function authoredTable(db: Kysely<unknown>, table: string, { aloneAllowed = false } = {}) {
  return db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => (aloneAllowed ? c : c.notNull()))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('visibility', 'text', (c) => c.notNull());
}

/** A plain index over `columns` of `table`. */
export function createIndexOn(db: Kysely<unknown>, name: string, table: string, columns: string[]) {
  return db.schema.createIndex(name).on(table).columns(columns).execute();
}
