import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, type RouteObject, useRoutes } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { routes } from './router';

/** The screen for the current location, from route objects (the app's, or a test's). */
export function RouteTree({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <RouteTree routes={routes} />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
