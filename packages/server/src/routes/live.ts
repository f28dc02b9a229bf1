import { LiveQuery } from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { LiveEventOut } from '../realtime/hub';
import type { App, RouteDeps } from './types';

/**
 * GET /api/live: a WebSocket of the caller's events. On connect it replays what was missed after
 * `?after=ID`, then streams; events that arrive during the replay are queued, so none is lost or
 * sent twice.
 */
export function liveRoutes(app: App, { services }: RouteDeps): void {
  app.get(
    '/api/live',
    { websocket: true, schema: { hide: true, querystring: LiveQuery } },
    async (socket, request) => {
      const actor = requireActor(request);
      let lastSent = request.query.after ?? (await services.live.lastId(actor.userId));
      let queue: LiveEventOut[] | null = [];
      const send = (e: LiveEventOut) => {
        if (e.id <= lastSent) return;
        lastSent = e.id;
        socket.send(JSON.stringify(e));
      };
      const unsubscribe = services.live.subscribe(actor.userId, (e) => (queue ? queue.push(e) : send(e)));
      socket.on('close', unsubscribe);
      for (const e of await services.live.missed(actor.userId, lastSent)) send(e);
      for (const e of queue) send(e);
      queue = null;
      socket.send(JSON.stringify({ type: 'ready', id: lastSent, at: new Date().toISOString() }));
    },
  );
}
