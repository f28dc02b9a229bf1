import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, PushSubscriptionsTable } from '../db/schema';
import { prepared } from './prepared';

export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;

/** Read inside every alert's transaction: kept compiled (prepared.ts). */
const devicesOf = prepared((db, userId: string) =>
  db
    .selectFrom('push_subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc'),
);

/** The devices a person asked to be notified on through Web Push. */
export function pushSubscriptionsRepository(db: Kysely<Database>) {
  return {
    /**
     * Saves a device for `row.user_id`. The same endpoint saved again (fresh keys, or another account
     * signed in on that browser) takes the place of the old row: a device belongs to one person.
     */
    async save(row: PushSubscriptionRow): Promise<PushSubscriptionRow> {
      return db
        .insertInto('push_subscriptions')
        .values(row)
        .onConflict((oc) =>
          oc.column('endpoint').doUpdateSet({
            user_id: row.user_id,
            p256dh: row.p256dh,
            auth: row.auth,
            created_at: row.created_at,
            last_success_at: null,
            failures: 0,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async listForUser(userId: string): Promise<PushSubscriptionRow[]> {
      return (await devicesOf(db, userId)).rows;
    },
    find(id: string): Promise<PushSubscriptionRow | undefined> {
      return db.selectFrom('push_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findByEndpoint(endpoint: string): Promise<PushSubscriptionRow | undefined> {
      return db
        .selectFrom('push_subscriptions')
        .selectAll()
        .where('endpoint', '=', endpoint)
        .executeTakeFirst();
    },
    /** Removes one of the person's own devices; answers whether there was one. */
    async deleteOwned(userId: string, endpoint: string): Promise<boolean> {
      const r = await db
        .deleteFrom('push_subscriptions')
        .where('user_id', '=', userId)
        .where('endpoint', '=', endpoint)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    /** Forgets every device of a person; answers how many. */
    async deleteForUser(userId: string): Promise<number> {
      const r = await db.deleteFrom('push_subscriptions').where('user_id', '=', userId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
    },
    /** Keeps the person's `max` newest devices and forgets the rest. */
    async keepNewest(userId: string, max: number): Promise<void> {
      const old = (await this.listForUser(userId)).slice(max).map((r) => r.id);
      if (old.length > 0) await db.deleteFrom('push_subscriptions').where('id', 'in', old).execute();
    },
    async markDelivered(id: string, at: number): Promise<void> {
      await db
        .updateTable('push_subscriptions')
        .set({ last_success_at: at, failures: 0 })
        .where('id', '=', id)
        .execute();
    },
    /** Counts one more failed delivery in a row and answers the count. */
    async markFailed(id: string): Promise<number> {
      const row = await db
        .updateTable('push_subscriptions')
        .set({ failures: sql`failures + 1` })
        .where('id', '=', id)
        .returning('failures')
        .executeTakeFirst();
      return row ? Number(row.failures) : 0;
    },
  };
}
