/**
 * The honesty count in words. It counts whole days (24 hours) since the disclosure was marked complete or something
 * new was told, so before the first full day it is "Less than a day" rather than "0 days", which reads like nothing.
 */
export function honestyDaysFigure(days: number): string {
  if (days === 0) return 'Less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

/** What the figure counts from; shown after it (the counter and Today set the figure apart). */
export const HONESTY_SINCE = 'since anything new came to light.';

/** The whole sentence, for a list or a card. */
export function honestyDaysSentence(days: number): string {
  return `${honestyDaysFigure(days)} ${HONESTY_SINCE}`;
}
