import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { User } from '../../lib/api-types';
import { meQueryKey } from '../../lib/me';

export interface Registration {
  displayName: string;
  email: string;
  password: string;
}

export interface Credentials {
  email: string;
  password: string;
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Registration) => api<{ user: User }>('/api/auth/register', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => api<{ user: User }>('/api/auth/login', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
