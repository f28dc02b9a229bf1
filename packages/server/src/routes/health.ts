import { z } from 'zod';
import type { App, RouteDeps } from './types';

/** Liveness, and the bare route the benchmarks compare every other route against. */
export function healthRoutes(app: App, _deps?: RouteDeps): void {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({
      status: 'ok' as const,
    }),
  );
  app.get('/api/__bench/hello', { config: { public: true }, schema: { hide: true } }, async () => ({
    hello: 'world',
  }));
}
