import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';

/** The columns every groundwork record shares. */
export interface AuthoredRow {
  id: string;
  space_id: string;
  author_id: string;
  visibility: string;
  created_at: number;
}

/** A database seen as tables of authored rows: Kysely cannot type one query over a union of tables. */
export type AuthoredDb = Kysely<Record<string, AuthoredRow>>;

const member = (userRef: RawBuilder<unknown> | string, spaceRef: RawBuilder<unknown>) =>
  sql`exists (select 1 from members m where m.user_id = ${userRef} and m.space_id = ${spaceRef})`;

/**
 * True for rows `readerId` may open: their own, or shared with the partner while both author and
 * reader are members of the space the row was written in (leaving takes every shared row back).
 */
export function readableBy(table: string, readerId: string): RawBuilder<SqlBool> {
  const col = (c: string) => sql.ref(`${table}.${c}`);
  return sql<SqlBool>`(${col('author_id')} = ${readerId} or (${col('visibility')} = 'partner' and ${member(col('author_id'), col('space_id'))} and ${member(readerId, col('space_id'))}))`;
}
