import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { FeelsSafe, Me, Safety } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';

export interface SafetyAnswer {
  feelsSafe: FeelsSafe;
  fearsThreats: boolean;
  fearsControl: boolean;
}

export function useSaveSafety() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SafetyAnswer) => api<{ safety: Safety }>('/api/me/safety', { method: 'PUT', body }),
    onSuccess: ({ safety }) => {
      queryClient.setQueryData<Me | null>(meQueryKey, (me) => (me ? { ...me, safety } : me));
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
