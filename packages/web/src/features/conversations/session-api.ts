import type { CheckInSession, MoveSession } from '@mend/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../lib/api-client';
import { lazyFormat } from '../../lib/format';
import { conversationsKey, useTalkWrite } from './api';

export type { CheckInSession };

type Reply = { session: CheckInSession };

/** Today's open check-in session, or null; refreshed live when either partner moves it. */
export const useCurrentSession = () =>
  useQuery({
    queryKey: [...conversationsKey, 'session', 'current'],
    queryFn: () => api<{ session: CheckInSession | null }>('/api/check-ins/sessions/current'),
  });

/** One session by id (after it has ended it is no longer "current"). */
export const useSession = (id: string | null) =>
  useQuery({
    queryKey: [...conversationsKey, 'session', id],
    queryFn: () => api<Reply>(`/api/check-ins/sessions/${id}`),
    enabled: id !== null,
  });

const path = (action: string) => (id: string) => `/api/check-ins/sessions/${id}/${action}`;

/** Every write a session screen makes; each refreshes both the current and the by-id answers. */
export function useSessionWrites() {
  return {
    start: useTalkWrite<{ turnSeconds?: number }, Reply>('POST', '/api/check-ins/sessions'),
    move: useTalkWrite<MoveSession, Reply>('POST', path('step')),
    summarised: useTalkWrite<object, Reply>('POST', path('summarised')),
    note: useTalkWrite<{ text: string }, Reply>('POST', path('notes')),
    end: useTalkWrite<object, Reply>('POST', path('end')),
    heard: useTalkWrite<{ score: number }, Reply>('POST', path('heard')),
  };
}

/**
 * The server's "now", ticking every second on this device: both devices count a turn down from the
 * same moment even when their clocks disagree.
 */
export function useServerNow(serverNow: string | undefined): number {
  const [offset, setOffset] = useState(0);
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    if (serverNow) setOffset(Date.parse(serverNow) - Date.now());
  }, [serverNow]);
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return tick + offset;
}

/** `m:ss` for a number of seconds (never negative). */
export function clockText(seconds: number): string {
  const s = Math.max(0, seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const timeOnly = lazyFormat({ timeStyle: 'short' });
/** The time of day of an instant on this device, e.g. "8:30 PM". */
export const timeOfDay = (iso: string) => timeOnly(new Date(iso));
