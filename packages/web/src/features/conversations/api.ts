import type {
  CheckInSchedule,
  Need,
  NeedKind,
  NextCheckIn,
  Question,
  QuestionCategory,
} from '@mend/contracts';
import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { useRefreshOnLive } from '../../lib/live';

export type { CheckInSchedule, Need, NeedKind, NextCheckIn, Question, QuestionCategory };

/** Every conversations answer lives under this key, so one invalidation refreshes them all. */
export const conversationsKey = ['conversations'] as const;
const key = (name: string): QueryKey => [...conversationsKey, name];

const LIVE_TYPES = new Set([
  'question_asked',
  'question_answered',
  'question_declined',
  'question_follow_up',
  'check_in_scheduled',
  'need_sent',
  'need_acknowledged',
  'need_answered',
  'check_in_session_started',
  'check_in_session_changed',
  'check_in_session_ended',
  'check_in_note_added',
  'repair_started',
  'repair_side_written',
  'repair_summarised',
  'debrief_due',
  'debrief_asked',
  'debrief_replied',
  'debrief_set',
  'check_in_soon',
]);

/** Refreshes the Talk screens when the partner changes something (events carry ids, never words). */
export function useConversationsLive(): void {
  useRefreshOnLive(LIVE_TYPES, conversationsKey);
}

export const useQuestions = () =>
  useQuery({ queryKey: key('questions'), queryFn: () => api<{ questions: Question[] }>('/api/questions') });
export const useNeeds = () =>
  useQuery({ queryKey: key('needs'), queryFn: () => api<{ needs: Need[] }>('/api/needs') });
export const useSchedule = () =>
  useQuery({
    queryKey: key('schedule'),
    queryFn: () => api<{ schedule: CheckInSchedule | null }>('/api/check-ins/schedule'),
  });
export const useNextCheckIn = () =>
  useQuery({ queryKey: key('next'), queryFn: () => api<NextCheckIn>('/api/check-ins/next') });

/** A write to the conversations API that refreshes every conversations answer when it succeeds. */
export function useTalkWrite<TBody extends object | undefined = undefined, TReply = unknown>(
  method: 'POST' | 'PUT',
  path: string | ((routeId: string) => string),
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ routeId, body }: { routeId?: string; body?: TBody }) =>
      api<TReply>(typeof path === 'function' ? path(routeId ?? '') : path, {
        method,
        ...(body === undefined ? {} : { body }),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationsKey }),
  });
}
