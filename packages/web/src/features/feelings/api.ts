import type {
  AckReply,
  Alert,
  AlertList,
  AlertNeed,
  AlertReply,
  FeelingsSettings,
  HardDate,
  HardDateList,
  JournalEntry,
  JournalKey,
  JournalKeyReply,
  JournalList,
  Mood,
  MoodList,
  PromptList,
  SelfCarePlan,
  SupportContact,
  SupportList,
  Trigger,
  TriggerList,
  TriggerPatternsReply,
  Visibility,
} from '@mend/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { todayIso } from '../../lib/format';

export type {
  Alert,
  AlertNeed,
  HardDate,
  JournalEntry,
  JournalKey,
  Mood,
  SelfCarePlan,
  SupportContact,
  Trigger,
  TriggerPatternsReply,
  Visibility,
};

export const keys = {
  alerts: ['feelings', 'alerts'] as const,
  moods: (member: 'me' | 'partner') => ['feelings', 'moods', member] as const,
  settings: ['feelings', 'settings'] as const,
  triggers: ['feelings', 'triggers'] as const,
  patterns: ['feelings', 'patterns'] as const,
  journalKey: ['feelings', 'journal-key'] as const,
  journal: ['feelings', 'journal'] as const,
  contacts: ['feelings', 'contacts'] as const,
  selfCare: ['feelings', 'self-care'] as const,
  hardDates: ['feelings', 'hard-dates'] as const,
  prompts: ['feelings', 'prompts'] as const,
};

/** The alerts the caller sent or received lately, newest first. */
export function useAlerts(enabled = true) {
  return useQuery({
    queryKey: keys.alerts,
    queryFn: async () => (await api<AlertList>('/api/alerts')).alerts,
    enabled,
    // Live events refresh the list at once (the alert watcher invalidates it). The few seconds only spare a second
    // fetch when Today's card mounts just after the layout's watcher has asked.
    staleTime: 5_000,
  });
}

export function useSendAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (needs: AlertNeed[]) => api<AlertReply>('/api/alerts', { method: 'POST', body: { needs } }),
    onSuccess: ({ alert }) => {
      queryClient.setQueryData<Alert[]>(keys.alerts, (current) => [alert, ...(current ?? [])]);
    },
  });
}

export function useAckAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<AckReply>(`/api/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST' }),
    onSuccess: (reply, id) => {
      queryClient.setQueryData<Alert[]>(keys.alerts, (current) =>
        (current ?? []).map((a) =>
          a.id === id ? { ...a, ackedAt: reply.ackedAt, ackAfterSeconds: reply.ackAfterSeconds } : a,
        ),
      );
    },
  });
}

export function useMoods(member: 'me' | 'partner', enabled = true) {
  return useQuery({
    queryKey: keys.moods(member),
    queryFn: async () => (await api<MoodList>(`/api/moods?member=${member}&days=90`)).moods,
    enabled,
  });
}

export function useSaveMood() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { score: number; emotions: string[]; visibility: Visibility }) =>
      api<{ mood: Mood }>('/api/moods', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.moods('me') }),
  });
}

export function useShareMood() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, visibility }: { id: string; visibility: Visibility }) =>
      api<{ mood: Mood }>(`/api/moods/${encodeURIComponent(id)}`, { method: 'PATCH', body: { visibility } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.moods('me') }),
  });
}

export function useFeelingsSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => api<FeelingsSettings>('/api/feelings/settings'),
  });
}

export function useSaveFeelingsSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeelingsSettings) =>
      api<FeelingsSettings>('/api/feelings/settings', { method: 'PUT', body }),
    onSuccess: (data) => queryClient.setQueryData(keys.settings, data),
  });
}

export function useTriggers() {
  return useQuery({
    queryKey: keys.triggers,
    queryFn: async () => (await api<TriggerList>('/api/triggers')).triggers,
  });
}

export function useTriggerPatterns(timeZone: string) {
  return useQuery({
    queryKey: [...keys.patterns, timeZone],
    queryFn: () =>
      api<TriggerPatternsReply>(`/api/triggers/patterns?timeZone=${encodeURIComponent(timeZone)}&days=90`),
  });
}

export function useLogTrigger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: Trigger['kind']; intensity: number; note?: string; helped?: string }) =>
      api<{ trigger: Trigger }>('/api/triggers', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['feelings'] }),
  });
}

export function useDeleteTrigger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/api/triggers/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['feelings'] }),
  });
}

export function useJournalKey() {
  return useQuery({
    queryKey: keys.journalKey,
    queryFn: async () => (await api<JournalKeyReply>('/api/journal/key')).key,
  });
}

export const saveJournalKey = (key: JournalKey) =>
  api<JournalKeyReply>('/api/journal/key', { method: 'PUT', body: key });

export function useJournalEntries(enabled: boolean) {
  return useQuery({
    queryKey: keys.journal,
    queryFn: async () => (await api<JournalList>('/api/journal')).entries,
    enabled,
  });
}

export const saveJournalEntry = (body: { ciphertext: string; iv: string; keyId: string }, id?: string) =>
  api<{ entry: JournalEntry }>(id ? `/api/journal/${encodeURIComponent(id)}` : '/api/journal', {
    method: id ? 'PUT' : 'POST',
    body,
  });

export const deleteJournalEntry = (id: string) =>
  api(`/api/journal/${encodeURIComponent(id)}`, { method: 'DELETE' });

export function useSupportContacts() {
  return useQuery({
    queryKey: keys.contacts,
    queryFn: async () => (await api<SupportList>('/api/support/contacts')).contacts,
  });
}

export function useAddContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: SupportContact['kind']; name: string; how?: string; note?: string }) =>
      api<{ contact: SupportContact }>('/api/support/contacts', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.contacts }),
  });
}

export function useRemoveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/api/support/contacts/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.contacts }),
  });
}

export function useSelfCare() {
  return useQuery({
    queryKey: keys.selfCare,
    queryFn: async () => (await api<{ plan: SelfCarePlan }>('/api/self-care')).plan,
  });
}

export function useSaveSelfCare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (plan: SelfCarePlan) =>
      api<{ plan: SelfCarePlan }>('/api/self-care', { method: 'PUT', body: plan }),
    onSuccess: ({ plan }) => queryClient.setQueryData(keys.selfCare, plan),
  });
}

export function useHardDates() {
  return useQuery({
    queryKey: keys.hardDates,
    queryFn: async () => (await api<HardDateList>('/api/hard-dates')).dates,
  });
}

export function useAddHardDate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      date: string;
      label: string;
      yearly: boolean;
      remindDaysBefore: number;
      visibility: Visibility;
    }) => api<{ date: HardDate }>('/api/hard-dates', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.hardDates }),
  });
}

export function useRemoveHardDate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/api/hard-dates/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.hardDates }),
  });
}

/** The partner's hard dates coming soon, for a prompt to reassure ahead of time. */
export function usePrompts(enabled: boolean) {
  return useQuery({
    queryKey: keys.prompts,
    queryFn: async () => (await api<PromptList>(`/api/hard-dates/prompts?today=${todayIso()}`)).prompts,
    enabled,
  });
}
