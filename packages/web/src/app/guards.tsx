import { Suspense, useDeferredValue } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/loading';
import { Notice } from '../components/notice';
import { AlertWatcher } from '../features/feelings/alert-watcher';
import { useLiveEvents } from '../lib/live';
import { useMe } from '../lib/me';
import { withNext } from '../lib/next-path';
import { AppNav } from './app-nav';

/** Shown when Mend cannot reach the server (often: no connection). The calm tools and crisis lines still open. */
function LoadFailed() {
  return (
    <main id="main" className="main">
      <Notice tone="error">
        Mend could not load right now. Check your connection, then reload the page.
      </Notice>
      <p>
        These work without a connection: <Link to="/breathe">Breathe</Link>, <Link to="/ground">Ground</Link>{' '}
        and <Link to="/help">someone to talk to</Link>.
      </p>
    </main>
  );
}

/** `/`: signed-in people go to Today, everyone else to the welcome screen. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadFailed />;
  return <Navigate to={me.data ? '/today' : '/welcome'} replace />;
}

/** Getting-started screens: signed in, no section nav yet. */
export function OnboardingLayout() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadFailed />;
  if (!me.data) return <Navigate to={withNext('/sign-in', location.pathname + location.search)} replace />;
  return (
    <main id="main" className="main main-narrow">
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </main>
  );
}

/** The sections of Mend. The private safety question always comes first. */
export function MemberLayout() {
  const me = useMe();
  const location = useLocation();
  useLiveEvents(Boolean(me.data));
  const gate = me.isPending
    ? 'pending'
    : me.isError
      ? 'error'
      : !me.data
        ? 'signed-out'
        : me.data.safety.answered
          ? 'in'
          : 'question';
  // Opening the signed-in screen is the biggest render Mend does. As a deferred value React draws it
  // in short slices, so a slow phone is not frozen for one long task while Mend opens. Only the way
  // in is deferred: signing out or an error takes effect at once.
  const deferred = useDeferredValue(gate);
  const shown = gate === 'in' ? deferred : gate;
  if (shown === 'pending') return <Loading />;
  if (shown === 'error') return <LoadFailed />;
  if (shown === 'signed-out') return <Navigate to={withNext('/sign-in', location.pathname)} replace />;
  if (shown === 'question') return <Navigate to="/start/question" replace />;
  return (
    <div className="shell">
      <AppNav />
      <main id="main" className="main">
        <AlertWatcher />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** Screens for signed-out people (and the join link, which works either way). */
export function PublicLayout() {
  return (
    <main id="main" className="main main-narrow">
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </main>
  );
}
