import type { Role } from './api-types';

/**
 * A formatter made on first use, not when the module loads: making the first `Intl.DateTimeFormat` loads the
 * locale's data, about 65 ms of main thread on a phone, and pages with no dates (welcome, sign-in) never need it.
 */
export function lazyFormat(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => {
    format ??= new Intl.DateTimeFormat(undefined, options);
    return format.format(date);
  };
}

const dateTime = lazyFormat({ dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = lazyFormat({ dateStyle: 'long', timeZone: 'UTC' });
const localDate = lazyFormat({ dateStyle: 'long' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime(date);
}

/** The day a moment fell on, on this device's calendar, written like a calendar date: "December 3, 2026". */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : localDate(date);
}

/** A calendar date (`YYYY-MM-DD`) in words, without shifting it across time zones. */
export function formatCalendarDate(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dateOnly(date);
}

/** Today's calendar date on this device, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** How Mend names a role to the person who holds it, and to their partner. */
export const roleWords: Record<Role, { mine: string; theirs: string }> = {
  hurt: { mine: 'I was hurt', theirs: 'was hurt, and is here to heal' },
  repairing: { mine: 'I broke trust and want to repair it', theirs: 'broke trust, and is here to repair it' },
};
