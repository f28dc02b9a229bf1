import { type LiveEventOut, toLiveEvent } from '../realtime/hub';
import type { ServiceDeps } from './context';

const REPLAY_LIMIT = 500;

/** What a reconnecting device missed. */
export function liveService({ repos, hub }: ServiceDeps) {
  return {
    subscribe: hub.subscribe,
    lastId: (userId: string) => repos.events.lastId(userId),
    async missed(userId: string, afterId: number): Promise<LiveEventOut[]> {
      return (await repos.events.listAfter(userId, afterId, REPLAY_LIMIT)).map(toLiveEvent);
    },
  };
}
