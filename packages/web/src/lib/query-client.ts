import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { meQueryKey } from './me';

export function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended (signed out elsewhere, a safety reset on another
  // device): forget the person, and the route guards send them to sign in.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && error.code !== 'invalid_credentials') {
      client.setQueryData(meQueryKey, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change on retry; only network trouble and 5xx are worth another try.
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiError && error.status < 500 && error.status > 0),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
