import type {
  Counselling,
  DisclosureList,
  DisclosureTopic,
  Honesty,
  Letter,
  LetterKind,
  NoContact,
  PartnerView,
  Timeline,
  TransparencyItem,
  TransparencyKind,
  TransparencyOverview,
} from '@mend/contracts';
import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../lib/api-client';
import { onLiveEvent } from '../../lib/live';

export type {
  Counselling,
  DisclosureList,
  DisclosureTopic,
  Honesty,
  Letter,
  LetterKind,
  NoContact,
  PartnerView,
  Timeline,
  TransparencyItem,
  TransparencyKind,
};

/** Every groundwork answer lives under this key, so one invalidation refreshes them all. */
export const groundworkKey = ['groundwork'] as const;
const key = (name: string): QueryKey => [...groundworkKey, name];

/** Refreshes groundwork screens when the partner changes something (events carry ids, never words). */
export function useGroundworkLive(): void {
  const queryClient = useQueryClient();
  useEffect(
    () => onLiveEvent(() => void queryClient.invalidateQueries({ queryKey: groundworkKey })),
    [queryClient],
  );
}

const get =
  <T>(name: string, path: string) =>
  () =>
    useQuery({ queryKey: key(name), queryFn: () => api<T>(path) });

export const useHonesty = get<Honesty>('honesty', '/api/honesty');
export const useDisclosures = get<DisclosureList>('disclosures', '/api/disclosures');
export const useApologies = get<{ apologies: Letter[] }>('apologies', '/api/apologies');
export const useLetters = get<{ letters: Letter[] }>('letters', '/api/letters');
export const useNoContact = get<NoContact>('no-contact', '/api/no-contact');
export const useTransparency = get<TransparencyOverview>('transparency', '/api/transparency');
export const useCounselling = get<Counselling>('counselling', '/api/counselling');
export const useTimeline = get<Timeline>('timeline', '/api/timeline');
export const usePartnerView = get<PartnerView>('partner-view', '/api/partner-view');

type Method = 'POST' | 'PUT' | 'DELETE';

/** A write to the groundwork API that refreshes every groundwork answer when it succeeds. */
export function useGroundworkWrite<TBody = unknown, TReply = unknown>(
  method: Method,
  path: string | ((body: TBody) => string),
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) =>
      api<TReply>(typeof path === 'function' ? path(body) : path, {
        method,
        ...(body === undefined || method === 'DELETE' ? {} : { body: withoutRoute(body) }),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groundworkKey }),
  });
}

/** Bodies may carry the record id for the path; it is not sent twice. */
function withoutRoute(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('routeId' in body)) return body;
  const { routeId: _ignored, ...rest } = body as Record<string, unknown>;
  return rest;
}
