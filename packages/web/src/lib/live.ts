import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { LiveEvent } from './api-types';
import { meQueryKey } from './me';

export const statusQueryKey = ['status'] as const;

type LiveListener = (event: LiveEvent) => void;
const listeners = new Set<LiveListener>();

/** Lets a feature react to a live event the moment it arrives (an alert shows on any screen). */
export function onLiveEvent(listener: LiveListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Refreshes every query under `queryKey` when one of `types` arrives: how a feature's screens follow
 * what the partner changed (events carry ids, never words).
 */
/** `types` and `queryKey` should be module constants, so the subscription is made once. */
export function useRefreshOnLive(types: ReadonlySet<string>, queryKey: readonly unknown[]): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onLiveEvent((event) => {
        if (types.has(event.type)) void queryClient.invalidateQueries({ queryKey });
      }),
    [queryClient, types, queryKey],
  );
}

const MIN_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

export function liveUrl(location: Pick<Location, 'protocol' | 'host'>, after: string | null): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const query = after ? `?after=${encodeURIComponent(after)}` : '';
  return `${scheme}://${location.host}/api/live${query}`;
}

/** The wait before reconnect attempt `n` (0-based): doubling from 1 s up to 30 s, with jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** attempt);
  return Math.round(base / 2 + (random() * base) / 2);
}

function parseEvent(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const event = JSON.parse(data) as Partial<LiveEvent>;
    return typeof event.type === 'string' && event.id !== undefined ? (event as LiveEvent) : null;
  } catch {
    return null;
  }
}

/** Keeps a WebSocket to /api/live while signed in; any event refreshes what it may have changed. */
export function useLiveEvents(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof WebSocket === 'undefined') return;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let lastId: string | null = null;
    let stopped = false;
    let reconnected = false;

    const connect = () => {
      socket = new WebSocket(liveUrl(window.location, lastId));
      socket.onopen = () => {
        attempt = 0;
      };
      socket.onmessage = (message) => {
        const event = parseEvent(message.data);
        if (!event) return;
        lastId = String(event.id);
        // The first socket's "ready" changes nothing the page has not just fetched; after a reconnect it
        // may have (the partner may have left while we were away), so then everything refreshes.
        if (event.type === 'ready' && !reconnected) return;
        void queryClient.invalidateQueries({ queryKey: meQueryKey });
        void queryClient.invalidateQueries({ queryKey: statusQueryKey });
        for (const listener of listeners) listener(event);
      };
      socket.onclose = () => {
        if (stopped) return;
        reconnected = true;
        timer = setTimeout(connect, backoffDelay(attempt++));
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [enabled, queryClient]);
}
