import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { AccessLogEntry, SafetyResetResult } from '../../lib/api-types';
import { statusQueryKey } from '../../lib/live';
import { meQueryKey } from '../../lib/me';
import { turnOffPush } from '../../lib/push';

export function useAccessLog() {
  return useQuery({
    queryKey: ['access-log'],
    queryFn: () => api<{ entries: AccessLogEntry[] }>('/api/access-log'),
  });
}

/** Signing out or deleting the account: forget everything held in memory and in this tab. */
function useForgetEverything() {
  const queryClient = useQueryClient();
  return () => {
    queryClient.clear();
    sessionStorage.clear();
  };
}

export function useSignOut() {
  const forget = useForgetEverything();
  return useMutation({
    mutationFn: async () => {
      // A device someone signs out of stops receiving notices (a shared or borrowed device, say).
      await turnOffPush().catch(() => undefined);
      return api<void>('/api/auth/logout', { method: 'POST' });
    },
    onSuccess: forget,
  });
}

export function useDeleteAccount() {
  const forget = useForgetEverything();
  return useMutation({
    mutationFn: (password: string) => api<void>('/api/me', { method: 'DELETE', body: { password } }),
    onSuccess: forget,
  });
}

export function useLeaveSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/spaces/current/leave', { method: 'POST' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await queryClient.invalidateQueries({ queryKey: statusQueryKey });
    },
  });
}

export function useSafetyReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<SafetyResetResult>('/api/safety/reset', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Downloads everything the server holds for this person as a JSON file. */
export async function downloadExport(today: string): Promise<void> {
  const data = await api<unknown>('/api/export');
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `mend-export-${today}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
