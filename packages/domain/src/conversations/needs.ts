// "Say what you need": the kinds of request one partner can make of the other.

/** What a request asks for: a detail, reassurance, space, closeness, or an action. */
export const NEED_KINDS = ['detail', 'reassurance', 'space', 'closeness', 'action'] as const;
/** One of `NEED_KINDS`. */
export type NeedKind = (typeof NEED_KINDS)[number];

/** Where a request stands: waiting, acknowledged by the partner, or answered. */
export const NEED_STATUSES = ['open', 'acknowledged', 'answered'] as const;
/** One of `NEED_STATUSES`. */
export type NeedStatus = (typeof NEED_STATUSES)[number];
