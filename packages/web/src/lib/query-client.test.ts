import { describe, expect, it } from 'vitest';
import { buildMe } from '../test/api-mock';
import { ApiError } from './api-client';
import { meQueryKey } from './me';
import { createQueryClient } from './query-client';

describe('query client', () => {
  it('forgets the person when the session has ended', async () => {
    const client = createQueryClient();
    client.setQueryData(meQueryKey, buildMe());
    await client
      .fetchQuery({
        queryKey: ['status'],
        queryFn: () => Promise.reject(new ApiError(401, 'unauthenticated', 'Please sign in.')),
      })
      .catch(() => undefined);
    expect(client.getQueryData(meQueryKey)).toBeNull();
  });
});
