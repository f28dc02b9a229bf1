import { formatDateTime, lazyFormat, todayIso } from '../../lib/format';

// Date and time inputs speak the device's local wall time; the API speaks UTC instants.

const pad = (n: number) => String(n).padStart(2, '0');

/** A `datetime-local` value ("2026-11-24T19:30") for an instant, in the device's time zone. */
export function toLocalInput(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The instant a `datetime-local` value names on this device, as ISO UTC; "" when it is not a time. */
export function fromLocalInput(value: string): string {
  const at = new Date(value);
  return value && !Number.isNaN(at.getTime()) ? at.toISOString() : '';
}

/** A default due time: the next whole hour at least `minutes` from now. */
export function laterToday(now: Date, minutes = 60): string {
  const at = new Date(now.getTime() + minutes * 60_000);
  at.setMinutes(0, 0, 0);
  at.setHours(at.getHours() + 1);
  return toLocalInput(at);
}

const timeOnly = lazyFormat({ hour: 'numeric', minute: '2-digit' });

/** "7:30 PM" for an instant or a Date. */
export function formatTime(at: string | Date): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(date.getTime()) ? String(at) : timeOnly(date);
}

/** "1:00 PM" for an instant later today on this device; the date and the time on any other day. */
export function formatDue(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return todayIso(at) === todayIso(now) ? formatTime(at) : formatDateTime(iso);
}

export { deviceTimeZone } from '../../lib/time-zone';
