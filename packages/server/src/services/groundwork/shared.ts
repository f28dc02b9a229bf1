import type { Role } from '@mend/domain';
import { noSpace } from '../../errors';
import type { Repositories } from '../../repositories/index';
import { type Actor, newId, type ServiceDeps } from '../context';
import { ACCESS_DEDUPE_MS } from '../status';

/** An actor known to be in a space. */
export type SpaceActor = Actor & { spaceId: string; role: Role };

/** Asserts the caller has a space (solo or with a partner). */
export function requireSpace(actor: Actor): SpaceActor {
  if (!actor.spaceId || !actor.role) throw noSpace();
  return actor as SpaceActor;
}

/** The members of the caller's space: names by id, the partner, and the one who is repairing. */
export async function spacePeople(repos: Repositories, actor: SpaceActor) {
  const members = await repos.spaces.listMembers(actor.spaceId);
  const names = new Map(members.map((m) => [m.user_id, m.display_name]));
  const partner = members.find((m) => m.user_id !== actor.userId);
  // Whose disclosure and no-contact plan the honesty figures follow: the caller's own when they
  // are repairing, otherwise the partner's.
  const discloserId =
    actor.role === 'repairing' ? actor.userId : partner?.role === 'repairing' ? partner.user_id : null;
  return {
    names,
    partnerIds: partner ? [partner.user_id] : [],
    discloserId,
    nameOf: (id: string) => names.get(id) ?? '',
    authorship: (authorId: string) => ({
      mine: authorId === actor.userId,
      authorName: names.get(authorId) ?? '',
    }),
  };
}

/**
 * Writes a change and the partner's live event in one transaction, then delivers the event. Payloads
 * carry ids and type codes only, never what anyone wrote.
 */
export async function commitAndTell<T>(
  deps: ServiceDeps,
  partnerIds: readonly string[],
  type: string,
  payload: Record<string, unknown>,
  write: (tx: Repositories) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  const deliver = await deps.repos.transaction(async (tx) => {
    result = await write(tx);
    return deps.hub.stage(tx, [...partnerIds], type, payload);
  });
  deliver();
  return result as T;
}

/** Writes the partner's views of shared records into the owner's access log. */
export async function logViews(
  deps: ServiceDeps,
  actor: SpaceActor,
  recordType: string,
  rows: readonly { id: string; author_id: string }[],
): Promise<void> {
  for (const row of rows) {
    if (row.author_id === actor.userId) continue;
    await deps.repos.accessLog.record(
      {
        id: newId(),
        space_id: actor.spaceId,
        owner_id: row.author_id,
        viewer_id: actor.userId,
        record_type: recordType,
        record_id: row.id,
        at: deps.clock.now(),
      },
      ACCESS_DEDUPE_MS,
    );
  }
}
