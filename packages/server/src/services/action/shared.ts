import type { ActionSettings, OutcomeRecord } from '@mend/contracts';
import { DEFAULT_GRACE_MINUTES, deltasFor, type LedgerEntry } from '@mend/domain';
import { forbidden, notFound } from '../../errors';
import type { OutcomeRow } from '../../repositories/action/index';
import type { Repositories } from '../../repositories/index';
import { type Actor, iso, newId } from '../context';
import { requireSpace, type SpaceActor } from '../groundwork/shared';

/** The couple's settings, or the defaults until someone sets them (UTC until a time zone is known). */
export async function settingsOf(repos: Repositories, spaceId: string): Promise<ActionSettings> {
  const row = await repos.actionSettings.find(spaceId);
  return row
    ? { graceMinutes: row.grace_minutes, timeZone: row.time_zone }
    : { graceMinutes: DEFAULT_GRACE_MINUTES, timeZone: 'UTC' };
}

/** Keeps the first time zone a device reports, so weeks and recurring times read as the couple lives. */
export async function adoptTimeZone(
  repos: Repositories,
  spaceId: string,
  timeZone: string | undefined,
  now: number,
): Promise<ActionSettings> {
  const row = await repos.actionSettings.find(spaceId);
  if (row) return { graceMinutes: row.grace_minutes, timeZone: row.time_zone };
  const settings = { graceMinutes: DEFAULT_GRACE_MINUTES, timeZone: timeZone ?? 'UTC' };
  await repos.actionSettings.put({
    space_id: spaceId,
    grace_minutes: settings.graceMinutes,
    time_zone: settings.timeZone,
    updated_at: now,
  });
  return settings;
}

/** Promises and plans are the repairing partner's to make. */
export function requireRepairing(actor: Actor, what: string): SpaceActor {
  const a = requireSpace(actor);
  if (a.role !== 'repairing') throw forbidden(`${what} are made by the partner who is repairing trust.`);
  return a;
}

/** The ledger entry an outcome row stands for. */
export function entryOf(row: Pick<OutcomeRow, 'week_start' | 'outcome' | 'review'>): LedgerEntry {
  return {
    weekStart: row.week_start,
    kind: 'outcome',
    outcome: row.outcome,
    disputed: row.review === 'disputed',
  };
}

/**
 * Writes a new outcome and its roll-up difference (inside the caller's transaction). The roll-ups
 * count shared outcomes only, as `rebuildRollups` does: one of a promise taken back stays out.
 */
export async function addOutcome(tx: Repositories, row: OutcomeRow): Promise<void> {
  await tx.outcomes.insert(row);
  if (row.visibility === 'partner') await tx.rollups.add(row.space_id, deltasFor(null, entryOf(row)));
}

/** Changes an outcome and applies the difference to the roll-ups (inside the caller's transaction). */
export async function changeOutcome(
  tx: Repositories,
  before: OutcomeRow,
  change: Partial<Pick<OutcomeRow, 'outcome' | 'at' | 'review' | 'review_note' | 'reviewed_at'>>,
): Promise<OutcomeRow> {
  const after = { ...before, ...change };
  await tx.outcomes.update(before.id, change);
  if (before.visibility === 'partner')
    await tx.rollups.add(before.space_id, deltasFor(entryOf(before), entryOf(after)));
  return after;
}

/** An outcome of a promise or plan, shared exactly as far as the promise or plan itself still is. */
export function newOutcome(
  source: OutcomeRow['source'],
  owner: { id: string; space_id: string; author_id: string; visibility: OutcomeRow['visibility'] },
  title: string,
  fields: Pick<OutcomeRow, 'due_at' | 'outcome' | 'at' | 'week_start'>,
  now: number,
): OutcomeRow {
  return {
    id: newId(),
    space_id: owner.space_id,
    author_id: owner.author_id,
    visibility: owner.visibility,
    source,
    source_id: owner.id,
    title,
    ...fields,
    review: null,
    review_note: null,
    reviewed_at: null,
    created_at: now,
  };
}

export function toOutcome(row: OutcomeRow, actor: SpaceActor, nameOf: (id: string) => string): OutcomeRecord {
  return {
    id: row.id,
    source: row.source,
    sourceId: row.source_id,
    title: row.title,
    dueAt: iso(row.due_at),
    outcome: row.outcome,
    at: iso(row.at),
    weekStart: row.week_start,
    review: row.review,
    reviewNote: row.review_note,
    reviewedAt: row.reviewed_at === null ? null : iso(row.reviewed_at),
    mine: row.author_id === actor.userId,
    authorName: nameOf(row.author_id),
  };
}

/**
 * Who hears of a change to a promise or plan: everyone given, while it is shared; once its author
 * took it back (leaving, the safety reset), only the author.
 */
export function audienceOf(row: { author_id: string; visibility: string }, ids: readonly string[]): string[] {
  return row.visibility === 'partner' ? [...ids] : ids.filter((id) => id === row.author_id);
}

/** A record the caller may read in their space, or a 404 as if it did not exist. */
export function found<T>(row: T | undefined): T {
  if (!row) throw notFound();
  return row;
}
