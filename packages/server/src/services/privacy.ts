import type { AccessEntry, SetSafety } from '@mend/contracts';
import { unauthenticated } from '../errors';
import { actionAuthoredBy, actionSharedWith, rebuildRollups } from './action/privacy';
import { toUser } from './auth';
import { type Actor, iso, type ServiceDeps } from './context';
import { conversationsAuthoredBy, conversationsSharedWith } from './conversations/privacy';
import { feelingsAuthoredBy, feelingsSharedWith } from './feelings/export';
import { exportGroundwork } from './groundwork/privacy';
import { unshareEverything } from './shares';

/** Safety answers, the safety reset, the access log, export and erasure. */
export function privacyService(deps: ServiceDeps, partnerIds: (actor: Actor) => Promise<string[]>) {
  const { repos, clock, hub } = deps;
  return {
    async setSafety(actor: Actor, input: SetSafety) {
      await repos.users.setSafety(actor.userId, {
        feels_safe: input.feelsSafe,
        fears_threats: input.fearsThreats ? 1 : 0,
        fears_control: input.fearsControl ? 1 : 0,
      });
      return { answered: true, ...input };
    },

    /** Ends every share and every other session at once, and tells no one: no event is published. */
    async safetyReset(actor: Actor) {
      const endedShares = await unshareEverything(repos, actor.userId);
      // No device keeps receiving notices: the one doing the reset can turn them on again here.
      await repos.pushSubscriptions.deleteForUser(actor.userId);
      const signedOutSessions = await repos.sessions.deleteOthers(actor.userId, actor.sessionId);
      return { endedShares, signedOutSessions };
    },

    async accessLog(actor: Actor): Promise<AccessEntry[]> {
      const rows = await repos.accessLog.listForOwner(actor.userId, 200);
      return rows.map((r) => ({
        id: r.id,
        viewer: { displayName: r.viewer_name, role: r.viewer_role },
        recordType: r.record_type,
        recordId: r.record_id,
        at: iso(r.at),
      }));
    },

    async exportAll(actor: Actor) {
      const user = await repos.users.findById(actor.userId);
      if (!user) throw unauthenticated();
      const membership = await repos.spaces.findMembership(actor.userId);
      const members = membership ? await repos.spaces.listMembers(membership.space_id) : [];
      const sharedWithMe = [];
      for (const id of await partnerIds(actor)) {
        const s = await repos.statuses.latestSharedWith(id, actor.userId);
        if (s) sharedWithMe.push({ type: 'status', id: s.id, text: s.text, at: iso(s.created_at) });
        sharedWithMe.push(...(await feelingsSharedWith(repos, id, actor.userId)));
      }
      const groundwork = await exportGroundwork(repos, actor.userId, membership?.space_id ?? null);
      sharedWithMe.push(...groundwork.sharedWithMe);
      if (membership) {
        sharedWithMe.push(...(await conversationsSharedWith(repos, actor.userId, membership.space_id)));
        sharedWithMe.push(...(await actionSharedWith(repos, actor.userId, membership.space_id)));
      }
      return {
        format: 'mend-export/1' as const,
        exportedAt: iso(clock.now()),
        user: { ...toUser(user), createdAt: iso(user.created_at) },
        safety: {
          feelsSafe: user.feels_safe,
          fearsThreats: user.fears_threats === 1,
          fearsControl: user.fears_control === 1,
        },
        space: membership
          ? {
              id: membership.space_id,
              role: membership.role,
              discoveredOn: membership.discovered_on,
              members: members.map((m) => ({
                displayName: m.display_name,
                role: m.role,
                joinedAt: iso(m.joined_at),
              })),
            }
          : null,
        authored: {
          statuses: (await repos.statuses.listByAuthor(actor.userId)).map((s) => ({
            id: s.id,
            text: s.text,
            visibility: s.visibility,
            at: iso(s.created_at),
          })),
          ...(await feelingsAuthoredBy(repos, actor.userId)),
          ...groundwork.authored,
          ...(await conversationsAuthoredBy(repos, actor.userId)),
          ...(await actionAuthoredBy(repos, actor.userId)),
        },
        sharedWithMe,
        accessLog: await this.accessLog(actor),
      };
    },

    /** Erases the account and everything it authored; the partner only learns that they left. */
    async deleteAccount(actor: Actor): Promise<void> {
      const partners = await partnerIds(actor);
      await repos.users.delete(actor.userId);
      if (actor.spaceId) {
        await repos.invites.revokeOpen(actor.spaceId, clock.now());
        // The erased person's promises and plans no longer count in the space's ledger.
        await rebuildRollups(repos, actor.spaceId);
        await repos.spaces.deleteIfEmpty(actor.spaceId);
      }
      await hub.publish(partners, 'partner_left');
    },
  };
}
