import { ackAfterSeconds, type LedgerEntry, recompute, weekStartOf } from '@mend/domain';
import type { Repositories } from '../../repositories/index';
import { iso } from '../context';
import { entryOf, settingsOf } from './shared';

/**
 * Counts a space's roll-ups again from the shared records that remain. Leaving, the safety reset
 * and erasure change which records count, so they rebuild; ordinary changes apply differences.
 */
export async function rebuildRollups(repos: Repositories, spaceId: string): Promise<void> {
  await repos.transaction(async (tx) => {
    const { timeZone } = await settingsOf(tx, spaceId);
    const { outcomes, updates, alerts, answers } = await tx.rollups.sources(spaceId);
    const entries: LedgerEntry[] = [
      ...outcomes.map(entryOf),
      ...updates.map((u) => ({
        weekStart: u.week_start,
        kind: 'reassurance' as const,
        proactive: u.proactive === 1,
      })),
      ...alerts.map((a) => ({
        weekStart: weekStartOf(a.created_at, timeZone),
        kind: 'ack' as const,
        seconds: ackAfterSeconds(a.created_at, a.acked_at ?? a.created_at),
      })),
      ...answers.map((q) => ({
        weekStart: weekStartOf(q.settled_at ?? 0, timeZone),
        kind: 'answer' as const,
      })),
    ];
    await tx.rollups.replace(spaceId, recompute(entries));
  });
}

/** Makes every consistent-action record the author shared private again, and recounts the ledger. */
export async function unshareAction(repos: Repositories, authorId: string): Promise<number> {
  const counts = await Promise.all([
    repos.menu.unshareAll(authorId),
    repos.commitments.unshareAll(authorId),
    repos.plans.unshareAll(authorId),
    repos.planUpdates.unshareAll(authorId),
    repos.outcomes.unshareAll(authorId),
    repos.actionEvents.unshareAll(authorId),
    repos.messages.unshareAll(authorId),
    repos.anxietyWindows.unshareAll(authorId),
    repos.ratings.unshareAll(authorId),
  ]);
  const membership = await repos.spaces.findMembership(authorId);
  if (membership) await rebuildRollups(repos, membership.space_id);
  return counts.reduce((a, b) => a + b, 0);
}

/** Everything of consistent action a person authored, for their export. */
export async function actionAuthoredBy(repos: Repositories, userId: string) {
  return {
    promises: (await repos.commitments.listByAuthor(userId)).map((r) => ({
      id: r.id,
      title: r.title,
      recurrence: r.recurrence,
      status: r.status,
      dueAt: r.due_at === null ? null : iso(r.due_at),
      createdAt: iso(r.created_at),
    })),
    outcomes: (await repos.outcomes.listByAuthor(userId)).map((r) => ({
      id: r.id,
      promiseOrPlanId: r.source_id,
      title: r.title,
      dueAt: iso(r.due_at),
      outcome: r.outcome,
      at: iso(r.at),
      review: r.review,
    })),
    plans: (await repos.plans.listByAuthor(userId)).map((r) => ({
      id: r.id,
      what: r.what,
      where: r.where_text,
      firstEtaAt: iso(r.first_eta_at),
      etaAt: iso(r.eta_at),
      status: r.status,
    })),
    planUpdates: (await repos.planUpdates.listByAuthor(userId)).map((r) => ({
      planId: r.plan_id,
      kind: r.kind,
      newEtaAt: r.new_eta_at === null ? null : iso(r.new_eta_at),
      at: iso(r.created_at),
    })),
    promiseHistory: (await repos.actionEvents.listByAuthor(userId)).map((r) => ({
      subjectId: r.subject_id,
      kind: r.kind,
      note: r.note,
      at: iso(r.created_at),
    })),
    reassurance: (await repos.messages.listByAuthor(userId)).map((r) => ({
      kind: r.kind,
      text: r.text,
      at: iso(r.created_at),
    })),
    anxiousTimes: (await repos.anxietyWindows.listByAuthor(userId)).map((r) => ({
      kind: r.kind,
      weekday: r.weekday,
      date: r.date,
      start: r.start_time,
      end: r.end_time,
      timeZone: r.time_zone,
      label: r.label,
      helps: r.helps,
    })),
    wishes: (await repos.menu.listByAuthor(userId)).map((r) => ({
      title: r.title,
      cost: r.cost,
      note: r.note,
    })),
    pillarRatings: (await repos.ratings.listByAuthor(userId)).map((r) => ({
      weekStart: r.week_start,
      pillar: r.pillar,
      score: r.score,
      note: r.note,
    })),
  };
}

/** What the partner shared with the reader in consistent action, for the reader's export. */
export async function actionSharedWith(repos: Repositories, readerId: string, spaceId: string) {
  const shared: Record<string, unknown>[] = [];
  const others = <T extends { author_id: string }>(rows: T[]) => rows.filter((r) => r.author_id !== readerId);
  for (const r of others(await repos.commitments.listReadable(spaceId, readerId)))
    shared.push({ type: 'promise', id: r.id, title: r.title, status: r.status, at: iso(r.created_at) });
  for (const r of others(await repos.plans.listReadable(spaceId, readerId)))
    shared.push({ type: 'plan', id: r.id, what: r.what, where: r.where_text, at: iso(r.created_at) });
  for (const r of others(await repos.messages.listReadable(spaceId, readerId)))
    shared.push({
      type: r.kind === 'ask' ? 'reassuranceAsk' : 'update',
      id: r.id,
      text: r.text,
      at: iso(r.created_at),
    });
  for (const r of others(await repos.anxietyWindows.listReadable(spaceId, readerId)))
    shared.push({ type: 'anxiousTime', id: r.id, label: r.label, helps: r.helps, at: iso(r.created_at) });
  for (const r of others(await repos.menu.listReadable(spaceId, readerId)))
    shared.push({ type: 'wish', id: r.id, title: r.title, cost: r.cost, at: iso(r.created_at) });
  for (const r of others(await repos.ratings.listReadable(spaceId, readerId)))
    shared.push({
      type: 'pillarRating',
      weekStart: r.week_start,
      pillar: r.pillar,
      score: r.score,
      note: r.note,
    });
  return shared;
}
