import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { actionRoutes } from '../features/action/routes';
import { ActionTodayCard } from '../features/action/today-card';
import { conversationsRoutes } from '../features/conversations/routes';
import { ConversationsTodayCard } from '../features/conversations/today-card';
import { feelingsOpenRoutes, feelingsRoutes } from '../features/feelings/routes';
import { FeelingsTodayCard } from '../features/feelings/today-card';
import { groundworkRoutes } from '../features/groundwork/routes';
import { GroundworkTodayCard } from '../features/groundwork/today-card';
import { HomeRedirect, MemberLayout, OnboardingLayout, PublicLayout } from './guards';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';

// Each screen is its own chunk, so the first visit downloads only the shell and one page.
const WelcomePage = lazy(() => import('../features/auth/welcome-page'));
const SignInPage = lazy(() => import('../features/auth/sign-in-page'));
const SignUpPage = lazy(() => import('../features/auth/sign-up-page'));
const SafetyQuestionPage = lazy(() => import('../features/safety/safety-question-page'));
const CreateSpacePage = lazy(() => import('../features/space/create-space-page'));
const InvitePage = lazy(() => import('../features/space/invite-page'));
const JoinPage = lazy(() => import('../features/space/join-page'));
const TodayPage = lazy(() => import('../features/today/today-page'));
const ComingSoonPage = lazy(() => import('../features/coming-soon/coming-soon-page'));
const SettingsPage = lazy(() => import('../features/settings/settings-page'));
// The alert's notification choice lives with Feelings; Settings shows it too, where people look for it.
const NotificationChoice = lazy(() =>
  import('../features/feelings/notification-choice').then((m) => ({ default: m.NotificationChoice })),
);

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <PublicLayout />,
        children: [
          { path: 'welcome', element: <WelcomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'join/:code', element: <JoinPage /> },
        ],
      },
      {
        // Paths stay neutral on purpose: they show up in browser history.
        path: 'start',
        element: <OnboardingLayout />,
        children: [
          { path: 'question', element: <SafetyQuestionPage mode="onboarding" /> },
          { path: 'space', element: <CreateSpacePage /> },
          { path: 'invite', element: <InvitePage /> },
        ],
      },
      {
        element: <MemberLayout />,
        children: [
          {
            path: 'today',
            element: (
              <TodayPage
                first={<FeelingsTodayCard />}
                cards={
                  <>
                    <GroundworkTodayCard />
                    <ConversationsTodayCard />
                    <ActionTodayCard />
                  </>
                }
              />
            ),
          },
          ...groundworkRoutes,
          ...feelingsRoutes,
          ...conversationsRoutes,
          ...actionRoutes,
          { path: 'us', element: <ComingSoonPage section="us" /> },
          {
            path: 'settings',
            element: (
              <SettingsPage
                notifications={(partnerName) => <NotificationChoice partnerName={partnerName} />}
              />
            ),
          },
          { path: 'settings/question', element: <SafetyQuestionPage mode="settings" /> },
        ],
      },
      ...feelingsOpenRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
