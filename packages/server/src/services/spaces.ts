import type { CreateSpace, Me, MySpace } from '@mend/contracts';
import {
  dayNumber,
  defaultJoinRole,
  INVITE_CODE_LENGTH,
  INVITE_LIFETIME_MS,
  inviteCodeFromBytes,
  inviteProblem,
  MAX_PARTNERS,
  normalizeInviteCode,
  type Role,
} from '@mend/domain';
import { conflict, noSpace, notFound, unauthenticated } from '../errors';
import type { InviteRow } from '../repositories/invites';
import { type Actor, iso, newId, randomBytesOf, type ServiceDeps } from './context';
import { unshareEverything } from './shares';

/** Spaces, invites, joining and leaving. */
export function spacesService(deps: ServiceDeps) {
  const { repos, clock, hub } = deps;
  const inviteOut = (row: InviteRow) => ({
    code: row.code,
    url: `${deps.publicUrl}/join/${row.code}`,
    expiresAt: iso(row.expires_at),
  });

  async function usableInvite(typed: string): Promise<InviteRow> {
    const row = await repos.invites.find(normalizeInviteCode(typed));
    if (!row || inviteProblem({ expiresAt: row.expires_at, usedAt: row.used_at }, clock.now()))
      throw notFound();
    return row;
  }

  return {
    async me(actor: Actor): Promise<Me> {
      const o = actor.overview ?? (await repos.spaces.overview(actor.userId));
      if (!o) throw unauthenticated();
      const safety = {
        answered: o.feels_safe !== null,
        feelsSafe: o.feels_safe,
        fearsThreats: o.fears_threats === 1,
        fearsControl: o.fears_control === 1,
      };
      const user = { id: o.id, email: o.email, displayName: o.display_name };
      if (!o.space_id || !o.role || o.space_created_at === null) return { user, safety, space: null };
      const invite = o.partner_role ? undefined : await repos.invites.findOpen(o.space_id, clock.now());
      const pastPartner =
        !o.partner_role && (await repos.spaces.formerMembers(o.space_id)).some((id) => id !== o.id);
      const today = iso(clock.now()).slice(0, 10);
      const space: MySpace = {
        id: o.space_id,
        role: o.role,
        discoveredOn: o.discovered_on,
        dayNumber: o.discovered_on ? dayNumber(o.discovered_on, today) : null,
        createdAt: iso(o.space_created_at),
        partner:
          o.partner_role && o.partner_name && o.partner_joined_at !== null
            ? { displayName: o.partner_name, role: o.partner_role, joinedAt: iso(o.partner_joined_at) }
            : null,
        invite: invite ? inviteOut(invite) : null,
        pastPartner,
      };
      return { user, safety, space };
    },

    async create(actor: Actor, input: CreateSpace): Promise<{ id: string; role: Role }> {
      if (actor.spaceId)
        throw conflict('already_in_space', 'You already have a space. Leave it first to start another.');
      const now = clock.now();
      const id = newId();
      try {
        await repos.spaces.insertWithMember(
          { id, discovered_on: input.discoveredOn ?? null, created_at: now },
          { user_id: actor.userId, space_id: id, role: input.role, joined_at: now },
        );
      } catch {
        // Two tabs racing: the primary key on members.user_id let only one through.
        throw conflict('already_in_space', 'You already have a space. Leave it first to start another.');
      }
      return { id, role: input.role };
    },

    async setDiscoveredOn(actor: Actor, discoveredOn: string | null) {
      if (!actor.spaceId || !actor.role) throw noSpace();
      await repos.spaces.setDiscoveredOn(actor.spaceId, discoveredOn);
      await hub.publish(await this.partnerIds(actor), 'space_updated');
      return { id: actor.spaceId, role: actor.role, discoveredOn };
    },

    async invite(actor: Actor) {
      if (!actor.spaceId) throw noSpace();
      const members = await repos.spaces.listMembers(actor.spaceId);
      if (members.length >= MAX_PARTNERS)
        throw conflict('space_full', 'Your partner has already joined this space.');
      const now = clock.now();
      await repos.invites.revokeOpen(actor.spaceId, now);
      const row: InviteRow = {
        code: inviteCodeFromBytes(randomBytesOf(INVITE_CODE_LENGTH)),
        space_id: actor.spaceId,
        created_by: actor.userId,
        created_at: now,
        expires_at: now + INVITE_LIFETIME_MS,
        used_at: null,
        used_by: null,
      };
      await repos.invites.insert(row);
      return inviteOut(row);
    },

    async previewInvite(code: string) {
      const row = await usableInvite(code);
      const inviter = (await repos.spaces.listMembers(row.space_id)).find(
        (m) => m.user_id === row.created_by,
      );
      if (!inviter) throw notFound();
      return { inviterName: inviter.display_name, expiresAt: iso(row.expires_at) };
    },

    async accept(actor: Actor, code: string, role: Role | undefined) {
      const row = await usableInvite(code);
      if (actor.spaceId)
        throw conflict('already_in_space', 'You already have a space. Leave it first to join another.');
      const inviter = (await repos.spaces.listMembers(row.space_id)).find(
        (m) => m.user_id === row.created_by,
      );
      if (!inviter) throw notFound();
      const now = clock.now();
      if (!(await repos.invites.claim(row.code, actor.userId, now))) throw notFound();
      // What the inviter shared was shared with whoever was their partner then. A newcomer (not someone coming
      // back) starts from nothing: those shares end first, as a safety reset would end them.
      const earlier = (await repos.spaces.formerMembers(row.space_id)).filter(
        (id) => id !== actor.userId && id !== inviter.user_id,
      );
      if (earlier.length > 0) await unshareEverything(repos, inviter.user_id);
      const chosen = role ?? defaultJoinRole(inviter.role);
      const joined = await repos.spaces
        .addMemberIfRoom(
          { user_id: actor.userId, space_id: row.space_id, role: chosen, joined_at: now },
          MAX_PARTNERS,
        )
        .catch(() => false);
      if (!joined) {
        await repos.invites.release(row.code);
        throw conflict('space_full', 'This space already has two partners.');
      }
      await hub.publish([inviter.user_id], 'partner_joined');
      return { id: row.space_id, role: chosen };
    },

    async leave(actor: Actor): Promise<void> {
      if (!actor.spaceId) throw noSpace();
      const partners = await this.partnerIds(actor);
      await unshareEverything(repos, actor.userId);
      // Someone who left gets no more notices from this space on any device.
      await repos.pushSubscriptions.deleteForUser(actor.userId);
      await repos.spaces.removeMember(actor.userId);
      await repos.spaces.addFormerMember(actor.spaceId, actor.userId);
      await repos.invites.revokeOpen(actor.spaceId, clock.now());
      await repos.spaces.deleteIfEmpty(actor.spaceId);
      await hub.publish(partners, 'partner_left');
    },

    async partnerIds(actor: Actor): Promise<string[]> {
      if (!actor.spaceId) return [];
      // The session query already read the partner; a request need not ask again.
      if (actor.overview?.space_id === actor.spaceId) {
        return actor.overview.partner_id ? [actor.overview.partner_id] : [];
      }
      const members = await repos.spaces.listMembers(actor.spaceId);
      return members.map((m) => m.user_id).filter((id) => id !== actor.userId);
    },
  };
}
