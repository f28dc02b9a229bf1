import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';
import { createIndexOn } from './authored-table';

type Db = Kysely<unknown>;

/**
 * A browser's Web Push subscription, one row per device that said yes. The endpoint is the push
 * service's address for that device (unique: a device belongs to whoever subscribed it last); the
 * two keys encrypt what is sent to it. Erasing the person erases their devices.
 */
export function pushSubscriptions(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('push_subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('endpoint', 'text', (c) => c.notNull().unique())
        .addColumn('p256dh', 'text', (c) => c.notNull())
        .addColumn('auth', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_success_at', 'bigint')
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await createIndexOn(db, 'push_subscriptions_user', 'push_subscriptions', ['user_id']);
    },
    async down(db: Db) {
      await db.schema.dropTable('push_subscriptions').execute();
    },
  };
}
