import { vi } from 'vitest';
import type { Me, Space } from '../lib/api-types';

type Answer = { status: number; body?: unknown };
/** An answer, or a promise of one: a test can hold a write's answer back while it changes the server. */
type Handler = (body: unknown) => Answer | Promise<Answer>;

/**
 * Replaces fetch with a table of `'METHOD /path'` → answer. Unlisted calls fail the test loudly.
 * Returns the spy, so a test can check what was (or was not) sent.
 */
export function mockApi(routes: Record<string, Handler>) {
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const handler = routes[key];
    if (!handler) throw new Error(`Unexpected request in test: ${key}`);
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer = await handler(body);
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

export const ok = (body?: unknown) => () => ({ status: body === undefined ? 204 : 200, body });

/** A space of one (no partner yet), as `role` sees it. */
export function buildSpace(role: Space['role'], overrides: Partial<Space> = {}): Space {
  return {
    id: 's1',
    role,
    discoveredOn: '2025-01-10',
    dayNumber: 12,
    createdAt: '2025-01-10T10:00:00Z',
    partner: null,
    invite: null,
    ...overrides,
  };
}

export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    user: { id: 'u1', email: 'sam@example.com', displayName: 'Sam' },
    safety: { answered: true, feelsSafe: 'yes', fearsThreats: false, fearsControl: false },
    space: null,
    ...overrides,
  };
}
