import type { Kysely, Selectable } from 'kysely';
import type { AccessLogTable, Database } from '../db/schema';

export type AccessRow = Selectable<AccessLogTable>;
export type AccessEntryRow = AccessRow & { viewer_name: string; viewer_role: 'hurt' | 'repairing' | null };

/** Who opened what a person shared. */
export function accessLogRepository(db: Kysely<Database>) {
  return {
    /** Records a view unless the same viewer opened the same record within `dedupeMs`. */
    async record(row: AccessRow, dedupeMs: number): Promise<void> {
      const recent = await db
        .selectFrom('access_log')
        .select('id')
        .where('viewer_id', '=', row.viewer_id)
        .where('record_type', '=', row.record_type)
        .where('record_id', '=', row.record_id)
        .where('at', '>', row.at - dedupeMs)
        .executeTakeFirst();
      if (!recent) await db.insertInto('access_log').values(row).execute();
    },
    listForOwner(ownerId: string, limit: number): Promise<AccessEntryRow[]> {
      return db
        .selectFrom('access_log as a')
        .innerJoin('users as v', 'v.id', 'a.viewer_id')
        .leftJoin('members as m', 'm.user_id', 'a.viewer_id')
        .selectAll('a')
        .select(['v.display_name as viewer_name', 'm.role as viewer_role'])
        .where('a.owner_id', '=', ownerId)
        .orderBy('a.at', 'desc')
        .limit(limit)
        .execute();
    },
  };
}
