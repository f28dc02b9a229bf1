/** The kinds of event the recovery timeline shows. */
export const TIMELINE_EVENT_TYPES = [
  'discovered',
  'disclosure',
  'disclosure_completed',
  'late_disclosure',
  'apology_sent',
  'apology_answered',
  'letter_sent',
  'channel_closed',
  'no_contact_confirmed',
  'contact_attempt_reported',
  'transparency_accepted',
  'counselling_session',
] as const;

/** One kind of timeline event. */
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

/** One event on the timeline: what happened and when (epoch ms), with the record it points to. */
export interface TimelineEvent {
  type: TimelineEventType;
  at: number;
  id?: string;
}

/**
 * The events in the order they happened; ties keep the order of `TIMELINE_EVENT_TYPES`, so a
 * disclosure always precedes its completion in the same millisecond.
 */
export function orderTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  const rank = (t: TimelineEventType) => TIMELINE_EVENT_TYPES.indexOf(t);
  return [...events].sort((a, b) => a.at - b.at || rank(a.type) - rank(b.type));
}

/** The first disclosure stands on the timeline; its later parts before completion do not crowd it. */
export function disclosureEvents(
  disclosures: readonly { id: string; at: number; late: boolean }[],
  completedAt: number | null,
): TimelineEvent[] {
  const early = disclosures.filter((d) => !d.late).sort((a, b) => a.at - b.at)[0];
  const late = disclosures
    .filter((d) => d.late)
    .map((d) => ({ type: 'late_disclosure' as const, at: d.at, id: d.id }));
  return [
    ...(early ? [{ type: 'disclosure' as const, at: early.at, id: early.id }] : []),
    ...(completedAt === null ? [] : [{ type: 'disclosure_completed' as const, at: completedAt }]),
    ...late,
  ];
}
