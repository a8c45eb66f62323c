// Routes, split so that each page's code loads with it (the first page stays small).
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFound } from './NotFound';

const SignInPage = lazy(() => import('../auth/SignInPage'));
const AcceptInvitationPage = lazy(() => import('../auth/AcceptInvitationPage'));
const AppLayout = lazy(() => import('../layout/AppLayout'));
const ConversationsPage = lazy(() => import('../conversations/ConversationsPage'));
const OverviewPage = lazy(() => import('../overview/OverviewPage'));
const TeamPage = lazy(() => import('../team/TeamPage'));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/accept-invitation', element: <AcceptInvitationPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/conversations" replace /> },
      { path: 'conversations', element: <ConversationsPage /> },
      { path: 'conversations/:id', element: <ConversationsPage /> },
      { path: 'overview', element: <OverviewPage /> },
      { path: 'team', element: <TeamPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
