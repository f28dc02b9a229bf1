import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each screen is its own chunk; paths stay neutral because they land in browser history.
const GroundworkPage = lazy(() => import('./groundwork-page'));
const DisclosurePage = lazy(() => import('./disclosure-page'));
const ApologyPage = lazy(() => import('./apology-page'));
const LettersPage = lazy(() => import('./letters-page'));
const NoContactPage = lazy(() => import('./no-contact-page'));
const TransparencyPage = lazy(() => import('./transparency-page'));
const CounsellingPage = lazy(() => import('./counselling-page'));
const TimelinePage = lazy(() => import('./timeline-page'));
const SharedPage = lazy(() => import('./shared-page'));

/** The groundwork screens, mounted by the app router inside the signed-in layout. */
export const groundworkRoutes: RouteObject[] = [
  { path: 'groundwork', element: <GroundworkPage /> },
  { path: 'groundwork/disclosure', element: <DisclosurePage /> },
  { path: 'groundwork/apology', element: <ApologyPage /> },
  { path: 'groundwork/letters', element: <LettersPage /> },
  { path: 'groundwork/no-contact', element: <NoContactPage /> },
  { path: 'groundwork/transparency', element: <TransparencyPage /> },
  { path: 'groundwork/counselling', element: <CounsellingPage /> },
  { path: 'groundwork/timeline', element: <TimelinePage /> },
  { path: 'groundwork/shared', element: <SharedPage /> },
];
