import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, MembersTable, SpacesTable } from '../db/schema';

export type SpaceRow = Selectable<SpacesTable>;
export type MemberRow = Selectable<MembersTable>;
export type Membership = MemberRow & { discovered_on: string | null; space_created_at: number };
export type MemberWithName = MemberRow & { display_name: string };

/** A person with their space and partner, as one row: what GET /api/me and every request need. */
export function overviewQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .leftJoin('members as m', 'm.user_id', 'u.id')
    .leftJoin('spaces as s', 's.id', 'm.space_id')
    .leftJoin('members as pm', (j) =>
      j.onRef('pm.space_id', '=', 'm.space_id').onRef('pm.user_id', '!=', 'u.id'),
    )
    .leftJoin('users as pu', 'pu.id', 'pm.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.feels_safe', 'u.fears_threats', 'u.fears_control'])
    .select(['m.space_id', 'm.role', 's.discovered_on', 's.created_at as space_created_at'])
    .select([
      'pu.display_name as partner_name',
      'pm.role as partner_role',
      'pm.user_id as partner_id',
      'pm.joined_at as partner_joined_at',
    ]);
}

export type Overview = Awaited<ReturnType<ReturnType<typeof overviewQuery>['executeTakeFirstOrThrow']>>;

/** Spaces and their members. */
export function spacesRepository(db: Kysely<Database>) {
  return {
    async insertWithMember(space: Insertable<SpacesTable>, member: MemberRow): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('spaces').values(space).execute();
        await tx.insertInto('members').values(member).execute();
      });
    },
    findMembership(userId: string): Promise<Membership | undefined> {
      return db
        .selectFrom('members')
        .innerJoin('spaces', 'spaces.id', 'members.space_id')
        .select(['members.user_id', 'members.space_id', 'members.role', 'members.joined_at'])
        .select(['spaces.discovered_on', 'spaces.created_at as space_created_at'])
        .where('members.user_id', '=', userId)
        .executeTakeFirst();
    },
    /** A person, their space and their partner, in one indexed query (GET /api/me reads this). */
    overview(userId: string): Promise<Overview | undefined> {
      return overviewQuery(db).where('u.id', '=', userId).executeTakeFirst();
    },
    listMembers(spaceId: string): Promise<MemberWithName[]> {
      return db
        .selectFrom('members')
        .innerJoin('users', 'users.id', 'members.user_id')
        .select([
          'members.user_id',
          'members.space_id',
          'members.role',
          'members.joined_at',
          'users.display_name',
        ])
        .where('members.space_id', '=', spaceId)
        .orderBy('members.joined_at')
        .execute();
    },
    /** Adds a member only while the space has fewer than `max`; answers whether it did. */
    async addMemberIfRoom(member: MemberRow, max: number): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const { n } = await tx
          .selectFrom('members')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('space_id', '=', member.space_id)
          .executeTakeFirstOrThrow();
        if (Number(n) >= max) return false;
        await tx.insertInto('members').values(member).execute();
        return true;
      });
    },
    async removeMember(userId: string): Promise<void> {
      await db.deleteFrom('members').where('user_id', '=', userId).execute();
    },
    /** Removes a space nobody belongs to any more (its invites go with it). */
    async deleteIfEmpty(spaceId: string): Promise<void> {
      const r = await db
        .deleteFrom('spaces')
        .where('id', '=', spaceId)
        .where((eb) =>
          eb.not(eb.exists(eb.selectFrom('members').select('user_id').where('space_id', '=', spaceId))),
        )
        .executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) return;
      // Counts and settings that belong to the space rather than to a person go with it.
      await db.deleteFrom('weekly_rollups').where('space_id', '=', spaceId).execute();
      await db.deleteFrom('action_settings').where('space_id', '=', spaceId).execute();
    },
    /** Notes that `userId` left `spaceId`, so a later newcomer can be told apart from them. */
    async addFormerMember(spaceId: string, userId: string): Promise<void> {
      await db
        .updateTable('spaces')
        .set((eb) => ({ former_members: sql<string>`${eb.ref('former_members')} || ${` ${userId}`}` }))
        .where('id', '=', spaceId)
        .execute();
    },
    /** Everyone who has left `spaceId` (some may have come back since). */
    async formerMembers(spaceId: string): Promise<string[]> {
      const row = await db
        .selectFrom('spaces')
        .select('former_members')
        .where('id', '=', spaceId)
        .executeTakeFirst();
      return (row?.former_members ?? '').split(' ').filter(Boolean);
    },
    async setDiscoveredOn(spaceId: string, discoveredOn: string | null): Promise<void> {
      await db.updateTable('spaces').set({ discovered_on: discoveredOn }).where('id', '=', spaceId).execute();
    },
  };
}
