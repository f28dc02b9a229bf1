import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../db/schema';

export type UserRow = Selectable<UsersTable>;

/** Accounts: only this module reads or writes the users table. */
export function usersRepository(db: Kysely<Database>) {
  return {
    async insert(row: UserRow): Promise<void> {
      await db.insertInto('users').values(row).execute();
    },
    findByEmailKey(emailKey: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email_key', '=', emailKey).executeTakeFirst();
    },
    findById(id: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async setSafety(id: string, s: Pick<UserRow, 'feels_safe' | 'fears_threats' | 'fears_control'>) {
      await db.updateTable('users').set(s).where('id', '=', id).execute();
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom('users').where('id', '=', id).execute();
    },
  };
}
