import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each screen is its own chunk; paths stay neutral because they land in browser history.
const PromisesPage = lazy(() => import('./promises-page'));
const PlansPage = lazy(() => import('./plans-page'));
const UpdatesPage = lazy(() => import('./updates-page'));
const LedgerPage = lazy(() => import('./ledger-page'));
const PillarsPage = lazy(() => import('./pillars-page'));

/** The consistent-action screens, mounted by the app router inside the signed-in layout. */
export const actionRoutes: RouteObject[] = [
  { path: 'promises', element: <PromisesPage /> },
  { path: 'promises/plans', element: <PlansPage /> },
  { path: 'promises/updates', element: <UpdatesPage /> },
  { path: 'promises/ledger', element: <LedgerPage /> },
  { path: 'pillars', element: <PillarsPage /> },
];
