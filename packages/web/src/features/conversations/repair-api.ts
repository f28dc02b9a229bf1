import type { Repair, RepairSide, WriteRepairSide } from '@mend/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { conversationsKey, useTalkWrite } from './api';

export type { Repair, RepairSide, WriteRepairSide };

export const useRepairs = () =>
  useQuery({
    queryKey: [...conversationsKey, 'repairs'],
    queryFn: () => api<{ repairs: Repair[] }>('/api/repairs'),
  });

export const useRepair = (id: string) =>
  useQuery({
    queryKey: [...conversationsKey, 'repairs', id],
    queryFn: () => api<{ repair: Repair }>(`/api/repairs/${id}`),
  });

/** Begin a repair, write one's side, sum up the partner's; each refreshes the repair screens. */
export function useRepairWrites() {
  return {
    start: useTalkWrite<{ about?: string }, { repair: Repair }>('POST', '/api/repairs'),
    side: useTalkWrite<WriteRepairSide, { repair: Repair }>('PUT', (id) => `/api/repairs/${id}/side`),
    summary: useTalkWrite<{ text: string }, { repair: Repair }>('POST', (id) => `/api/repairs/${id}/summary`),
  };
}
