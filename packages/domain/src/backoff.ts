/** The longest a failing job waits between tries. */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/**
 * How long to wait before the next try of a job that failed `attempts` times: doubling from 5 s,
 * capped at an hour, so a job is retried for ever but never hammers.
 * @example retryDelayMs(1) // 5000
 */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20));
  return Math.min(5_000 * 2 ** exponent, MAX_RETRY_DELAY_MS);
}
