import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, type RouteObject } from 'react-router';
import { RouteTree } from '../app/app';

export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

interface Options {
  path?: string;
  url?: string;
  routes?: RouteObject[];
  queryClient?: QueryClient;
}

/** Renders `ui` at `url` inside a memory router (declarative, as the app's) and a fresh query cache; other paths render their path. */
export function renderPage(
  ui: ReactElement,
  { path = '/', url = path, routes = [], queryClient }: Options = {},
) {
  const client = queryClient ?? testQueryClient();
  const all = [{ path, element: ui }, ...routes, { path: '*', element: <p>Now at a different page</p> }];
  return {
    queryClient: client,
    ...render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[url]}>
          <RouteTree routes={all} />
        </MemoryRouter>
      </QueryClientProvider>,
    ),
  };
}
