import { QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testQueryClient } from '../test/render';
import { backoffDelay, liveUrl, useLiveEvents, useRefreshOnLive } from './live';

class FakeSocket {
  static all: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  close() {
    this.closed = true;
  }
}

function Live() {
  useLiveEvents(true);
  return null;
}

const TYPES = new Set(['plan_changed']);
const KEY = ['action'] as const;
function Feature() {
  useRefreshOnLive(TYPES, KEY);
  return null;
}

describe('live updates', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeSocket);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('builds a same-origin socket address that asks for what was missed', () => {
    expect(liveUrl({ protocol: 'https:', host: 'mend.example' }, null)).toBe('wss://mend.example/api/live');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:5173' }, '42')).toBe(
      'ws://localhost:5173/api/live?after=42',
    );
  });

  it('waits longer after each failure, up to 30 seconds', () => {
    const half = () => 0.5;
    expect([0, 1, 2, 10].map((n) => backoffDelay(n, half))).toEqual([750, 1500, 3000, 22500]);
    expect(backoffDelay(10, () => 1)).toBe(30_000);
  });

  it('refreshes on events and reconnects after the last event it saw', async () => {
    const queryClient = testQueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const view = render(
      <QueryClientProvider client={queryClient}>
        <Live />
      </QueryClientProvider>,
    );
    const first = FakeSocket.all[0];
    expect(first?.url).toMatch(/\/api\/live$/);

    act(() => first?.onmessage?.({ data: JSON.stringify({ type: 'partner_joined', id: '7', at: 'now' }) }));
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['me'] });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['status'] });

    act(() => first?.onclose?.());
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(FakeSocket.all[1]?.url).toMatch(/\/api\/live\?after=7$/);

    view.unmount();
    expect(FakeSocket.all[1]?.closed).toBe(true);
  });

  it('refreshes nothing on the first socket’s ready, and everything on a ready after a reconnect', async () => {
    const queryClient = testQueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    render(
      <QueryClientProvider client={queryClient}>
        <Live />
      </QueryClientProvider>,
    );
    const ready = (id: string) => ({ data: JSON.stringify({ type: 'ready', id, at: 'now' }) });
    act(() => FakeSocket.all[0]?.onmessage?.(ready('3')));
    expect(invalidate).not.toHaveBeenCalled();

    act(() => FakeSocket.all[0]?.onclose?.());
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(FakeSocket.all[1]?.url).toMatch(/\/api\/live\?after=3$/);
    act(() => FakeSocket.all[1]?.onmessage?.(ready('3')));
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['me'] });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['status'] });
  });

  it('refreshes a feature’s queries on its own event types and on no others', () => {
    const queryClient = testQueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    render(
      <QueryClientProvider client={queryClient}>
        <Live />
        <Feature />
      </QueryClientProvider>,
    );
    const socket = FakeSocket.all[0];
    act(() => socket?.onmessage?.({ data: JSON.stringify({ type: 'question_asked', id: '1', at: 'now' }) }));
    expect(invalidate).not.toHaveBeenCalledWith({ queryKey: KEY });
    act(() => socket?.onmessage?.({ data: JSON.stringify({ type: 'plan_changed', id: '2', at: 'now' }) }));
    expect(invalidate).toHaveBeenCalledWith({ queryKey: KEY });
  });
});
