import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { StatusLine, StatusOverview, Visibility } from '../../lib/api-types';
import { statusQueryKey } from '../../lib/live';
import { meQueryKey } from '../../lib/me';

export function useStatus() {
  return useQuery({ queryKey: statusQueryKey, queryFn: () => api<StatusOverview>('/api/status') });
}

export function useSaveStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; visibility: Visibility }) =>
      api<{ status: StatusLine }>('/api/status', { method: 'PUT', body }),
    onSuccess: ({ status }) => {
      queryClient.setQueryData<StatusOverview>(statusQueryKey, (current) => ({
        partner: current?.partner ?? null,
        mine: status,
      }));
    },
  });
}

export function useSetDiscoveredOn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (discoveredOn: string | null) =>
      api('/api/spaces/current', { method: 'PATCH', body: { discoveredOn } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
