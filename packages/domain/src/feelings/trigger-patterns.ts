/** The kinds of thing that can set a trigger off. */
export const TRIGGER_KINDS = ['song', 'scene', 'place', 'notification', 'date', 'other'] as const;
/** One of `TRIGGER_KINDS`. */
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** A logged trigger as the pattern counter needs it. */
export interface TriggerPoint {
  at: number;
  kind: TriggerKind;
  intensity: number;
}

/** How many triggers fell in one bucket, and how strong they were on average. */
export interface Bucket {
  count: number;
  meanIntensity: number | null;
}

/** Triggers counted by weekday (0 = Sunday), by hour (0–23) and by kind, in one time zone. */
export interface TriggerPatterns {
  total: number;
  byWeekday: Bucket[];
  byHour: Bucket[];
  byKind: Record<TriggerKind, Bucket>;
  /** The weekday and hour with the most triggers, or null when there is no clear one. */
  busiestWeekday: number | null;
  busiestHour: number | null;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The weekday (0 = Sunday) and hour (0–23) of an instant as lived in `timeZone`. */
export function weekdayAndHour(at: number, timeZone: string): { weekday: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const weekday = WEEKDAYS[parts.find((p) => p.type === 'weekday')?.value ?? ''] ?? 0;
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  return { weekday, hour };
}

function buckets(n: number): { count: number; sum: number }[] {
  return Array.from({ length: n }, () => ({ count: 0, sum: 0 }));
}

const finish = (b: { count: number; sum: number }): Bucket => ({
  count: b.count,
  meanIntensity: b.count ? Math.round((b.sum / b.count) * 10) / 10 : null,
});

/** The single busiest index, or null when nothing was logged or the top is shared. */
function busiest(list: Bucket[]): number | null {
  const top = Math.max(...list.map((b) => b.count));
  if (top === 0) return null;
  const at = list.flatMap((b, i) => (b.count === top ? [i] : []));
  return at.length === 1 ? (at[0] ?? null) : null;
}

/**
 * Counts triggers by weekday, hour and kind in `timeZone`, so a person can see when the hard
 * moments tend to come (Sunday evenings, the commute) and plan for them.
 */
export function triggerPatterns(points: readonly TriggerPoint[], timeZone: string): TriggerPatterns {
  const day = buckets(7);
  const hour = buckets(24);
  const kind = Object.fromEntries(TRIGGER_KINDS.map((k) => [k, { count: 0, sum: 0 }])) as Record<
    TriggerKind,
    { count: number; sum: number }
  >;
  for (const p of points) {
    const wh = weekdayAndHour(p.at, timeZone);
    for (const b of [day[wh.weekday], hour[wh.hour], kind[p.kind]]) {
      if (!b) continue;
      b.count++;
      b.sum += p.intensity;
    }
  }
  const byWeekday = day.map(finish);
  const byHour = hour.map(finish);
  return {
    total: points.length,
    byWeekday,
    byHour,
    byKind: Object.fromEntries(TRIGGER_KINDS.map((k) => [k, finish(kind[k])])) as Record<TriggerKind, Bucket>,
    busiestWeekday: busiest(byWeekday),
    busiestHour: busiest(byHour),
  };
}
