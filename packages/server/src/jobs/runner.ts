import { randomUUID } from 'node:crypto';
import { retryDelayMs } from '@mend/domain';
import type { Repositories } from '../repositories/index';
import type { Clock } from '../services/context';

/** Does one kind of timed work; throwing means "try again later". `attempt` is 1 on the first run. */
export type JobHandler = (payload: unknown, run: { attempt: number }) => Promise<void>;

/** How long a claimed job is held before another process may take it over. */
const LOCK_MS = 5 * 60 * 1000;

/**
 * Polls the jobs table, runs what is due, and retries failures with backoff; a job is never dropped
 * (a handler that wants to give up, as `push_alert` does after a few tries, returns instead of throwing).
 */
export function createJobRunner(
  repos: Repositories,
  clock: Clock,
  handlers: Record<string, JobHandler>,
  onError?: (kind: string, err: unknown) => void,
) {
  const workerId = randomUUID();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function runDue(limit = 20): Promise<number> {
    const jobs = await repos.jobs.claim(workerId, clock.now(), LOCK_MS, limit);
    for (const job of jobs) {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for ${job.kind}`);
        await handler(JSON.parse(job.payload), { attempt: job.attempts + 1 });
        await repos.jobs.complete(job.id, clock.now());
      } catch (err) {
        const attempts = job.attempts + 1;
        onError?.(job.kind, err);
        await repos.jobs.retryLater(job.id, attempts, clock.now() + retryDelayMs(attempts), errorCode(err));
      }
    }
    return jobs.length;
  }

  return {
    workerId,
    /** Runs every due job once (tests call this directly). */
    runDue,
    start(everyMs = 1000): void {
      const tick = async () => {
        running = runDue().catch((err) => {
          onError?.('runner', err);
          return 0;
        });
        await running;
        timer = setTimeout(tick, everyMs);
        timer.unref();
      };
      timer = setTimeout(tick, everyMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      clearTimeout(timer);
      await running;
    },
  };
}

/** Errors are stored by name and message only: jobs carry ids, never what people wrote. */
function errorCode(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error';
}
