// Check-in times: the next occurrence at an agreed wall-clock time in a time zone, across daylight
// saving changes, and the series as iCalendar text (RFC 5545), written by hand.

/** A recurring check-in: weekdays (0 = Sunday), a wall-clock time, a length, a time zone. */
export interface CheckInSchedule {
  weekdays: readonly number[];
  time: string;
  minutes: number;
  timeZone: string;
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

/** Hours and minutes of `HH:MM` (00:00–23:59), or null. */
export function parseTime(time: string): { hour: number; minute: number } | null {
  const m = TIME_RE.exec(time);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a time zone. */
export function wallTimeIn(at: number, timeZone: string): Wall {
  const parts = formatter(timeZone).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** The time zone's offset from UTC at an instant, in ms (Paris in summer: +7_200_000). */
export function offsetAt(at: number, timeZone: string): number {
  const w = wallTimeIn(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a time zone. A time that happens twice (clocks going
 * back) is the first; a time that never happens (clocks going forward) moves forward by the gap,
 * as calendars do (02:30 on the night Paris moves to summer time is 03:30).
 */
export function instantOfWallTime(
  date: { year: number; month: number; day: number },
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const guess = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const before = offsetAt(guess - DAY_MS, timeZone);
  const after = offsetAt(guess + DAY_MS, timeZone);
  const fits = [guess - before, guess - after].filter((t) => {
    const w = wallTimeIn(t, timeZone);
    return (
      w.year === date.year &&
      w.month === date.month &&
      w.day === date.day &&
      w.hour === hour &&
      w.minute === minute
    );
  });
  if (fits.length > 0) return Math.min(...fits);
  return guess - before;
}

/**
 * The next check-in that starts at or after `now` (epoch ms), or null when the schedule names no
 * weekday or no valid time.
 */
export function nextCheckIn(schedule: Omit<CheckInSchedule, 'minutes'>, now: number): number | null {
  const t = parseTime(schedule.time);
  const days = new Set(schedule.weekdays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  if (!t || days.size === 0) return null;
  const today = wallTimeIn(now, schedule.timeZone);
  const base = Date.UTC(today.year, today.month - 1, today.day);
  for (let i = 0; i <= 8; i++) {
    const d = new Date(base + i * DAY_MS);
    if (!days.has(d.getUTCDay())) continue;
    const at = instantOfWallTime(
      { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
      t.hour,
      t.minute,
      schedule.timeZone,
    );
    if (at >= now) return at;
  }
  return null;
}

// iCalendar

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const localStamp = (w: Omit<Wall, 'second'> & { second?: number }) =>
  `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second ?? 0)}`;
const utcStamp = (at: number) =>
  new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const offsetText = (ms: number) => {
  const m = Math.round(Math.abs(ms) / 60_000);
  return `${ms < 0 ? '-' : '+'}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
};

/** The UTC fields of `at` written as a floating local stamp (used for times already shifted by an offset). */
const utcFieldsStamp = (at: number) => utcStamp(at).replace('Z', '');

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Bytes of a string in UTF-8 (the domain has no TextEncoder). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Folds a content line at 75 octets, continuing lines with one space (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The instants in [from, to) where the zone's offset changes, found by day steps then halving. */
export function offsetChanges(
  timeZone: string,
  from: number,
  to: number,
): { at: number; from: number; to: number }[] {
  const out: { at: number; from: number; to: number }[] = [];
  let prev = offsetAt(from, timeZone);
  for (let t = from; t < to; t += DAY_MS) {
    const next = offsetAt(t + DAY_MS, timeZone);
    if (next === prev) continue;
    let lo = t;
    let hi = t + DAY_MS;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: next });
    prev = next;
  }
  return out;
}

/** A VTIMEZONE for `timeZone` covering the two years from `from`, one component per change. */
function vtimezone(timeZone: string, from: number): string[] {
  const changes = offsetChanges(timeZone, from - 366 * DAY_MS, from + 2 * 366 * DAY_MS);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (changes.length === 0) {
    const o = offsetText(offsetAt(from, timeZone));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${o}`,
      `TZOFFSETTO:${o}`,
      'END:STANDARD',
    );
  }
  for (const c of changes) {
    const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${utcFieldsStamp(c.at + c.from)}`,
      `TZOFFSETFROM:${offsetText(c.from)}`,
      `TZOFFSETTO:${offsetText(c.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * The check-in series as an iCalendar file: one weekly event with an RRULE, its start in the agreed
 * time zone (TZID) and a VTIMEZONE. The summary stays neutral; it may be seen on a shared screen.
 */
export function checkInCalendar(input: {
  uid: string;
  schedule: CheckInSchedule;
  firstStart: number;
  now: number;
  summary?: string;
}): string {
  const { schedule } = input;
  const start = wallTimeIn(input.firstStart, schedule.timeZone);
  const time = parseTime(schedule.time) ?? { hour: start.hour, minute: start.minute };
  const days = [...new Set(schedule.weekdays)].sort().map((d) => BYDAY[d]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mend//Check-ins//EN',
    'CALSCALE:GREGORIAN',
    ...vtimezone(schedule.timeZone, input.firstStart),
    'BEGIN:VEVENT',
    `UID:${input.uid}`,
    `DTSTAMP:${utcStamp(input.now)}`,
    `DTSTART;TZID=${schedule.timeZone}:${localStamp({ ...start, ...time, second: 0 })}`,
    `DURATION:PT${schedule.minutes}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}`,
    `SUMMARY:${icsText(input.summary ?? 'Check-in')}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
