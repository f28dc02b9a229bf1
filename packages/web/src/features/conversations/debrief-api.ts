import type { Debrief, DebriefSettings, DebriefSettingsReply, ReplyDebrief } from '@mend/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { conversationsKey, useTalkWrite } from './api';

export type { Debrief, ReplyDebrief };

export const useDebriefs = () =>
  useQuery({
    queryKey: [...conversationsKey, 'debriefs'],
    queryFn: () => api<{ debriefs: Debrief[] }>('/api/debriefs'),
  });

export const useDebriefSettings = () =>
  useQuery({
    queryKey: [...conversationsKey, 'debrief-settings'],
    queryFn: () => api<DebriefSettingsReply>('/api/debriefs/settings'),
  });

export function useDebriefWrites() {
  return {
    settings: useTalkWrite<DebriefSettings>('PUT', '/api/debriefs/settings'),
    ask: useTalkWrite<object, { debrief: Debrief }>('POST', (id) => `/api/debriefs/${id}/ask`),
    reply: useTalkWrite<ReplyDebrief, { debrief: Debrief }>('POST', (id) => `/api/debriefs/${id}/reply`),
  };
}

/** A debrief older than this belongs to an evening that has passed: it is not shown as waiting. */
const EVENING_MS = 18 * 60 * 60 * 1000;

/** This evening's debrief for the caller, if there is one to act on or to see the reply of. */
export function tonightsDebrief(debriefs: Debrief[], now: number): Debrief | null {
  const newest = debriefs[0];
  if (!newest || now - Date.parse(newest.promptedAt) > EVENING_MS) return null;
  return newest;
}
