import type { Repositories } from '../repositories/index';
import { unshareAction } from './action/privacy';
import { unshareConversations } from './conversations/privacy';
import { unshareGroundwork } from './groundwork/privacy';

/**
 * Makes every record the author shared private again, across every kind of record, and answers how
 * many changed. The safety reset and leaving a space both call this; a feature whose records can be
 * shared adds its line here, so neither can forget it.
 */
export async function unshareEverything(repos: Repositories, authorId: string): Promise<number> {
  const counts = await Promise.all([
    repos.statuses.unshareAll(authorId),
    unshareGroundwork(repos, authorId),
    // feelings shares
    repos.alerts.unshareAll(authorId),
    repos.moods.unshareAll(authorId),
    repos.hardDates.unshareAll(authorId),
    unshareConversations(repos, authorId),
  ]);
  // After the others: the ledger is recounted from what is still shared.
  counts.push(await unshareAction(repos, authorId));
  return counts.reduce((a, b) => a + b, 0);
}
