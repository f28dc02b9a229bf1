import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';

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

/** Renders `ui` at `url` inside a memory router and a fresh query cache; other paths render their path. */
export function renderPage(
  ui: ReactElement,
  { path = '/', url = path, routes = [], queryClient }: Options = {},
) {
  const client = queryClient ?? testQueryClient();
  const router = createMemoryRouter(
    [{ path, element: ui }, ...routes, { path: '*', element: <p>Now at a different page</p> }],
    { initialEntries: [url] },
  );
  return {
    router,
    queryClient: client,
    ...render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}
