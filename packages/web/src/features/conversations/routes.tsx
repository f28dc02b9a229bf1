import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Its own chunk; the path stays neutral because it lands in browser history.
const TalkPage = lazy(() => import('./talk-page'));
const CheckInSessionPage = lazy(() => import('./check-in-session-page'));
const RepairsPage = lazy(() => import('./repairs-page'));
const RepairPage = lazy(() => import('./repair-page'));
const ReflectPage = lazy(() => import('./reflect-page'));

/** The Talk screens, mounted by the app router inside the signed-in layout. */
export const conversationsRoutes: RouteObject[] = [
  { path: 'talk', element: <TalkPage /> },
  { path: 'talk/check-in', element: <CheckInSessionPage /> },
  { path: 'talk/repair', element: <RepairsPage /> },
  { path: 'talk/repair/:id', element: <RepairPage /> },
  { path: 'talk/reflect', element: <ReflectPage /> },
];
