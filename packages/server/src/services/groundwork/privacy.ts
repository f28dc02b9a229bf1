import type { Repositories } from '../../repositories/index';
import { iso } from '../context';

/**
 * Makes every groundwork record the author shared private again (the disclosure-complete and no-contact marks
 * too) and ends their transparency items without telling anyone (the safety reset and leaving both come here
 * through `unshareEverything`).
 */
export async function unshareGroundwork(repos: Repositories, authorId: string): Promise<number> {
  const counts = await Promise.all([
    repos.transparencyItems.endAllSilently(authorId),
    repos.letters.unshareAll(authorId),
    repos.apologyResponses.unshareAll(authorId),
    repos.disclosures.unshareAll(authorId),
    repos.channels.unshareAll(authorId),
    repos.attempts.unshareAll(authorId),
    repos.allies.unshareAll(authorId),
    repos.counsellors.unshareAll(authorId),
    repos.counsellingSessions.unshareAll(authorId),
    repos.disclosureCompletions.unshareAll(authorId),
    repos.noContactConfirmations.unshareAll(authorId),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

type Row = { created_at?: number; at?: number; [key: string]: unknown };

/** A stored row as export shows it: instants as ISO strings, ids and words as they are. */
function exported(row: Row): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) =>
      /(_at|^at)$/.test(key) && typeof value === 'number' ? [key, iso(value)] : [key, value],
    ),
  );
}

/** The caller's groundwork records, and the partner's that were shared with them, for GET /api/export. */
export async function exportGroundwork(repos: Repositories, userId: string, spaceId: string | null) {
  const tables = {
    letters: repos.letters,
    apologyResponses: repos.apologyResponses,
    disclosures: repos.disclosures,
    noContactChannels: repos.channels,
    contactAttempts: repos.attempts,
    transparencyItems: repos.transparencyItems,
    allies: repos.allies,
    counsellors: repos.counsellors,
    counsellingSessions: repos.counsellingSessions,
  };
  const marks = {
    disclosureCompletions: repos.disclosureCompletions,
    noContactConfirmations: repos.noContactConfirmations,
  };
  const authored: Record<string, Record<string, unknown>[]> = {};
  const sharedWithMe: Record<string, unknown>[] = [];
  for (const [name, repo] of Object.entries({ ...tables, ...marks })) {
    authored[name] = ((await repo.listByAuthor(userId)) as Row[]).map(exported);
    if (!spaceId) continue;
    const readable = (await repo.listReadable(spaceId, userId)) as (Row & { author_id: string })[];
    for (const row of readable.filter((r) => r.author_id !== userId))
      sharedWithMe.push({ type: name, ...exported(row) });
  }
  return { authored, sharedWithMe };
}
