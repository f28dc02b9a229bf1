import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitesTable } from '../db/schema';

export type InviteRow = Selectable<InvitesTable>;

/** Single-use invite codes. */
export function invitesRepository(db: Kysely<Database>) {
  return {
    async insert(row: InviteRow): Promise<void> {
      await db.insertInto('invites').values(row).execute();
    },
    find(code: string): Promise<InviteRow | undefined> {
      return db.selectFrom('invites').selectAll().where('code', '=', code).executeTakeFirst();
    },
    findOpen(spaceId: string, now: number): Promise<InviteRow | undefined> {
      return db
        .selectFrom('invites')
        .selectAll()
        .where('space_id', '=', spaceId)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
    },
    /** Marks the code used if nobody used it first; answers whether this call won. */
    async claim(code: string, userId: string, now: number): Promise<boolean> {
      const r = await db
        .updateTable('invites')
        .set({ used_at: now, used_by: userId })
        .where('code', '=', code)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async release(code: string): Promise<void> {
      await db
        .updateTable('invites')
        .set({ used_at: null, used_by: null })
        .where('code', '=', code)
        .execute();
    },
    /** Ends every open invite of a space, e.g. when it becomes full or its maker leaves. */
    async revokeOpen(spaceId: string, now: number): Promise<void> {
      await db
        .updateTable('invites')
        .set({ expires_at: now })
        .where('space_id', '=', spaceId)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .execute();
    },
  };
}
