import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from './api-client';
import type { Me } from './api-types';

export const meQueryKey = ['me'] as const;

/** The signed-in person, their private safety answer and their space; `null` when signed out. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe });
}
