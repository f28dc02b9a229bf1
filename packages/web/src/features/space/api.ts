import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { Invite, InvitePreview, Role } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';

export interface NewSpace {
  role: Role;
  discoveredOn?: string;
}

function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meQueryKey });
}

export function useCreateSpace() {
  const onSuccess = useRefreshMe();
  return useMutation({
    mutationFn: (body: NewSpace) =>
      api<{ space: { id: string; role: Role } }>('/api/spaces', { method: 'POST', body }),
    onSuccess,
  });
}

export function useCreateInvite() {
  const onSuccess = useRefreshMe();
  return useMutation({
    mutationFn: () => api<Invite>('/api/spaces/current/invites', { method: 'POST' }),
    onSuccess,
  });
}

export function useInvitePreview(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['invite', code],
    queryFn: () => api<{ invite: InvitePreview }>(`/api/invites/${encodeURIComponent(code)}`),
    enabled,
  });
}

export function useAcceptInvite(code: string) {
  const onSuccess = useRefreshMe();
  return useMutation({
    mutationFn: (role: Role) =>
      api<{ space: { id: string; role: Role } }>(`/api/invites/${encodeURIComponent(code)}/accept`, {
        method: 'POST',
        body: { role },
      }),
    onSuccess,
  });
}
