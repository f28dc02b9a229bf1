/**
 * The honesty count in words. On the day it begins (the disclosure marked complete, or something new told) the
 * count is not "0 days", which reads like nothing: it starts today.
 */
export function honestyDaysFigure(days: number): string {
  if (days === 0) return 'Starts today';
  return days === 1 ? '1 day' : `${days} days`;
}

/** The whole sentence, for a list or a card. */
export function honestyDaysSentence(days: number): string {
  return days === 0
    ? 'The count of days since anything new came to light starts today.'
    : `${honestyDaysFigure(days)} since anything new came to light.`;
}
