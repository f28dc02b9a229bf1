/** What a person who is triggered can ask of their partner. */
export const ALERT_NEEDS = ['space', 'talk', 'closeness', 'reassurance'] as const;
/** One of `ALERT_NEEDS`. */
export type AlertNeed = (typeof ALERT_NEEDS)[number];

/** How often one person may send an "I'm triggered" alert (decision record 050). */
export interface AlertLimit {
  /** The least time between two alerts; a second tap by mistake is not a second alert. */
  minGapMs: number;
  /** At most `perWindow` alerts within `windowMs`. */
  perWindow: number;
  windowMs: number;
  /** At most `perDay` alerts within 24 hours. */
  perDay: number;
}

/** The default: a minute apart, three in half an hour, ten in a day. */
export const ALERT_LIMIT: AlertLimit = {
  minGapMs: 60_000,
  perWindow: 3,
  windowMs: 30 * 60_000,
  perDay: 10,
};

/** Why an alert has to wait. */
export type AlertWait = 'just_sent' | 'several_recently' | 'many_today';

/** Whether another alert may go now, or when it may. */
export type AlertAllowance = { allowed: true } | { allowed: false; reason: AlertWait; retryAt: number };

const DAY_MS = 86_400_000;

/**
 * Whether the sender of alerts sent at `sentAt` (epoch ms, any order) may send another at `now`,
 * and if not, the earliest instant they may.
 * @example alertAllowance([now - 10_000], now) // { allowed: false, reason: 'just_sent', retryAt: now + 50_000 }
 */
export function alertAllowance(
  sentAt: readonly number[],
  now: number,
  limit: AlertLimit = ALERT_LIMIT,
): AlertAllowance {
  const recent = [...sentAt].filter((t) => t > now - DAY_MS && t <= now).sort((a, b) => b - a);
  const latest = recent[0];
  if (latest !== undefined && now - latest < limit.minGapMs)
    return { allowed: false, reason: 'just_sent', retryAt: latest + limit.minGapMs };
  const inWindow = recent.filter((t) => t > now - limit.windowMs);
  if (inWindow.length >= limit.perWindow) {
    const oldest = inWindow[limit.perWindow - 1] ?? now;
    return { allowed: false, reason: 'several_recently', retryAt: oldest + limit.windowMs };
  }
  if (recent.length >= limit.perDay) {
    const oldest = recent[limit.perDay - 1] ?? now;
    return { allowed: false, reason: 'many_today', retryAt: oldest + DAY_MS };
  }
  return { allowed: true };
}

/** Whole seconds from sending to acknowledgement, never negative. @example ackAfterSeconds(0, 61_400) // 61 */
export function ackAfterSeconds(sentAt: number, ackedAt: number): number {
  return Math.max(0, Math.floor((ackedAt - sentAt) / 1000));
}
