import { expect, it } from 'vitest';
import { describeEngines } from './helpers';

// Every /api/ path has a per-address ceiling (600 a minute by default; 8 here). Past it, the
// answer is a 429 that says what happened and when to try again, and other addresses and the
// web app's own files are not affected.
describeEngines(
  'the per-address request limit',
  (ctx) => {
    const from = (remoteAddress: string, url = '/api/health') => ctx().app.inject({ url, remoteAddress });

    it('answers 429 with a plain message and a retry time past the ceiling, for that address only', async () => {
      const seen: number[] = [];
      for (let i = 0; i < 8; i++) {
        const r = await from('203.0.113.7');
        expect(r.statusCode).toBe(200);
        seen.push(Number(r.headers['x-ratelimit-remaining']));
      }
      expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);

      const over = await from('203.0.113.7');
      expect(over.statusCode).toBe(429);
      expect(over.json()).toEqual({
        error: { code: 'rate_limited', message: 'Too many requests. Please slow down a little.' },
      });
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);

      expect((await from('203.0.113.8')).statusCode).toBe(200);
    });

    it('does not count the web app’s own pages', async () => {
      for (let i = 0; i < 12; i++) expect((await from('203.0.113.9', '/today')).statusCode).not.toBe(429);
      expect((await from('203.0.113.9')).statusCode).toBe(200);
    });
  },
  undefined,
  { rateLimit: 8 },
);
