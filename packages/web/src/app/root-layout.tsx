import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/loading';
import { QuickExitButton } from '../components/quick-exit-button';
import { SkipLink } from '../components/skip-link';
import { useQuickExitKey } from '../lib/quick-exit';
import { ScreenError } from './screen-error';

/** Every screen, signed in or not: skip link, a header with the quick exit, then the page. */
export function RootLayout() {
  useQuickExitKey();
  const { pathname } = useLocation();
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Mend</span>
        </Link>
        <QuickExitButton />
      </header>
      <ScreenError resetKey={pathname}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </ScreenError>
    </>
  );
}
