// The honesty counter counts whole days.
const DAY_MS = 86_400_000;

/** A disclosure as the honesty rules see it: when it was written and whether it came late. */
export interface DisclosureMark {
  at: number;
  late: boolean;
}

/** What GET /api/honesty reports, as numbers and instants (epoch ms). */
export interface HonestyFigures {
  disclosureCompletedAt: number | null;
  lateDisclosureCount: number;
  daysSinceLastRevelation: number | null;
}

/**
 * True when a disclosure written now is late: the disclosure had already been marked complete.
 * @example isLateDisclosure(null) // false — the disclosure is still being told
 */
export function isLateDisclosure(completedAt: number | null): boolean {
  return completedAt !== null;
}

/**
 * The instant the "days since the last new revelation" counter starts from: the moment the
 * disclosure was marked complete, moved forward by every late disclosure; null before completion.
 */
export function lastRevelationAt(
  completedAt: number | null,
  disclosures: readonly DisclosureMark[],
): number | null {
  if (completedAt === null) return null;
  return disclosures.reduce((latest, d) => (d.late && d.at > latest ? d.at : latest), completedAt);
}

/**
 * Whole days from `from` to `now`, never below zero.
 * @example wholeDaysBetween(0, 60 * 3_600_000) // 2
 */
export function wholeDaysBetween(from: number, now: number): number {
  return Math.max(0, Math.floor((now - from) / DAY_MS));
}

/** The honesty figures for one person's disclosures at `now`. */
export function honestyFigures(
  completedAt: number | null,
  disclosures: readonly DisclosureMark[],
  now: number,
): HonestyFigures {
  const anchor = lastRevelationAt(completedAt, disclosures);
  return {
    disclosureCompletedAt: completedAt,
    lateDisclosureCount: disclosures.filter((d) => d.late).length,
    daysSinceLastRevelation: anchor === null ? null : wholeDaysBetween(anchor, now),
  };
}

/** The topics a full disclosure is guided through, in the order the app asks them. */
export const DISCLOSURE_TOPICS = ['what', 'who', 'how_long', 'contact', 'other_secrets'] as const;

/** One topic of the structured disclosure. */
export type DisclosureTopic = (typeof DISCLOSURE_TOPICS)[number];
