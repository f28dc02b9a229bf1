import type {
  ActionEvent,
  ActionSettings,
  AnxietyWindow,
  Commitment,
  Ledger,
  LedgerWeek,
  MenuItem,
  OutcomeRecord,
  Pillar,
  Pillars,
  Plan,
  ReassuranceMessage,
} from '@mend/contracts';
import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { useRefreshOnLive } from '../../lib/live';

export type {
  ActionEvent,
  ActionSettings,
  AnxietyWindow,
  Commitment,
  Ledger,
  LedgerWeek,
  MenuItem,
  OutcomeRecord,
  Pillar,
  Pillars,
  Plan,
  ReassuranceMessage,
};

/** Every consistent-action answer lives under this key, so one invalidation refreshes them all. */
export const actionKey = ['action'] as const;
const key = (...parts: (string | number)[]): QueryKey => [...actionKey, ...parts];

const LIVE_TYPES = new Set([
  'commitment_changed',
  'plan_changed',
  'message_sent',
  'outcome_reviewed',
  'anxiety_window_soon',
  'anxiety_window_now',
  'rating_saved',
  'menu_changed',
  'anxiety_window_changed',
  'action_settings_changed',
]);

/** Refreshes the action screens when the partner changes something (events carry ids, never words). */
export function useActionLive(): void {
  useRefreshOnLive(LIVE_TYPES, actionKey);
}

export const useCommitments = () =>
  useQuery({
    queryKey: key('commitments'),
    queryFn: () => api<{ commitments: Commitment[] }>('/api/commitments'),
  });
export const useMenu = () =>
  useQuery({ queryKey: key('menu'), queryFn: () => api<{ items: MenuItem[] }>('/api/menu') });
export const usePlans = () =>
  useQuery({ queryKey: key('plans'), queryFn: () => api<{ plans: Plan[] }>('/api/plans') });
export const useMessages = () =>
  useQuery({
    queryKey: key('messages'),
    queryFn: () => api<{ messages: ReassuranceMessage[] }>('/api/updates'),
  });
export const useAnxietyWindows = () =>
  useQuery({
    queryKey: key('windows'),
    queryFn: () => api<{ windows: AnxietyWindow[] }>('/api/anxiety-windows'),
  });
export const useActionSettings = () =>
  useQuery({
    queryKey: key('settings'),
    queryFn: () => api<{ settings: ActionSettings }>('/api/action/settings'),
  });
export const useLedger = (weeks: number) =>
  useQuery({ queryKey: key('ledger', weeks), queryFn: () => api<Ledger>(`/api/ledger?weeks=${weeks}`) });
export const usePillars = (weeks: number) =>
  useQuery({ queryKey: key('pillars', weeks), queryFn: () => api<Pillars>(`/api/pillars?weeks=${weeks}`) });

/** A write to the action API that refreshes every action answer when it succeeds. */
export function useActionWrite<TBody extends object | undefined = undefined, TReply = unknown>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string | ((routeId: string) => string),
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ routeId, body }: { routeId?: string; body?: TBody }) =>
      api<TReply>(typeof path === 'function' ? path(routeId ?? '') : path, {
        method,
        ...(body === undefined ? {} : { body }),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionKey }),
  });
}
