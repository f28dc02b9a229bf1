import { lazy, Suspense } from 'react';
import { Link, Outlet, type RouteObject, useLocation } from 'react-router';
import { Loading } from '../../components/loading';

const FeelingsPage = lazy(() => import('./feelings-page'));
const MoodsPage = lazy(() => import('./moods-page'));
const TriggersPage = lazy(() => import('./triggers-page'));
const JournalPage = lazy(() => import('./journal-page'));
const SupportPage = lazy(() => import('./support-page'));
const DatesPage = lazy(() => import('./dates-page'));
const BreathingPage = lazy(() => import('./breathing-page'));
const GroundingPage = lazy(() => import('./grounding-page'));
const HelpPage = lazy(() => import('./help-page'));

/** The feelings screens, mounted by the app router inside the signed-in layout. */
export const feelingsRoutes: RouteObject[] = [
  { path: 'feelings', element: <FeelingsPage /> },
  { path: 'feelings/moods', element: <MoodsPage /> },
  { path: 'feelings/triggers', element: <TriggersPage /> },
  { path: 'feelings/journal', element: <JournalPage /> },
  { path: 'feelings/support', element: <SupportPage /> },
  { path: 'feelings/dates', element: <DatesPage /> },
];

/** Breathing, grounding and the crisis lines need no account and no network, so they open offline and in seconds. */
function CalmLayout() {
  const onHelp = useLocation().pathname === '/help';
  return (
    <main id="main" className="main main-narrow">
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
      <p className="small calm-back">
        <Link to="/">Back to Mend</Link>
        {onHelp ? null : (
          <>
            {' · '}
            <Link to="/help">Someone to talk to</Link>
          </>
        )}
      </p>
    </main>
  );
}

/** Mounted by the app router outside the signed-in layout (paths stay neutral: they land in history). */
export const feelingsOpenRoutes: RouteObject[] = [
  {
    element: <CalmLayout />,
    children: [
      { path: 'breathe', element: <BreathingPage /> },
      { path: 'ground', element: <GroundingPage /> },
      { path: 'help', element: <HelpPage /> },
    ],
  },
];
