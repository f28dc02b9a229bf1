import type { SetStatus, Status, StatusReply } from '@mend/contracts';
import { noSpace } from '../errors';
import type { StatusRow } from '../repositories/statuses';
import { type Actor, iso, newId, type ServiceDeps } from './context';

/** The same viewer opening the same record within this window is logged once. */
export const ACCESS_DEDUPE_MS = 10 * 60 * 1000;

const toStatus = (row: StatusRow): Status => ({
  id: row.id,
  text: row.text,
  visibility: row.visibility,
  at: iso(row.created_at),
});

/** The short "how I am today" line each partner may keep, shared or private. */
export function statusService(deps: ServiceDeps, partnerIds: (actor: Actor) => Promise<string[]>) {
  const { repos, clock, hub } = deps;
  return {
    async set(actor: Actor, input: SetStatus): Promise<Status> {
      if (!actor.spaceId) throw noSpace();
      const row: StatusRow = {
        id: newId(),
        space_id: actor.spaceId,
        author_id: actor.userId,
        text: input.text,
        visibility: input.visibility,
        created_at: clock.now(),
      };
      const partners = await partnerIds(actor);
      // One transaction for the line and its event: one commit, and never one without the other.
      // Partners hear that something changed (or stopped being shared), never what it says.
      const deliver = await repos.transaction(async (tx) => {
        await tx.statuses.insert(row);
        return hub.stage(tx, partners, 'status_changed');
      });
      deliver();
      return toStatus(row);
    },

    async get(actor: Actor): Promise<StatusReply> {
      const mine = await repos.statuses.latestByAuthor(actor.userId);
      const [partnerId] = await partnerIds(actor);
      const shared = partnerId ? await repos.statuses.latestSharedWith(partnerId, actor.userId) : undefined;
      if (shared && actor.spaceId) {
        await repos.accessLog.record(
          {
            id: newId(),
            space_id: actor.spaceId,
            owner_id: shared.author_id,
            viewer_id: actor.userId,
            record_type: 'status',
            record_id: shared.id,
            at: clock.now(),
          },
          ACCESS_DEDUPE_MS,
        );
      }
      return {
        mine: mine ? toStatus(mine) : null,
        partner: shared ? { text: shared.text, at: iso(shared.created_at) } : null,
      };
    },
  };
}
