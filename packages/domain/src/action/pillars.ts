// The four pillars of trust. Each partner rates each one weekly; there is no single score, anywhere.

export const PILLARS = ['honesty', 'responsibility', 'empathy', 'consistency'] as const;
export type Pillar = (typeof PILLARS)[number];

/** Reassurance sent with no ask in this window before it counts as proactive. */
export const PROACTIVE_WINDOW_MS = 2 * 60 * 60 * 1000;

/** True when reassurance sent at `sentAt` came before being asked (no ask in the two hours before). */
export function isProactive(sentAt: number, lastAskAt: number | null): boolean {
  return lastAskAt === null || lastAskAt > sentAt || sentAt - lastAskAt >= PROACTIVE_WINDOW_MS;
}
