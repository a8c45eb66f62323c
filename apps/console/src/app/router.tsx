// Routes, split so that each page's code loads with it (the first page stays small).
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { initialClient } from '../api/initial-client';
import { prefetchFirstPage } from '../conversations/first-page';
import { ListFacetsDocument, ViewerDocument } from '../graphql/generated/graphql';
import { NotFound } from './NotFound';

const pages = {
  signIn: () => import('../auth/SignInPage'),
  acceptInvitation: () => import('../auth/AcceptInvitationPage'),
  layout: () => import('../layout/AppLayout'),
  conversations: () => import('../conversations/ConversationsPage'),
  overview: () => import('../overview/OverviewPage'),
  team: () => import('../team/TeamPage'),
};

// The code of the page being opened is fetched at once, beside the layout's, instead of one after the
// other as the routes render; so are the signed-in layout's and the list's first answers.
const first = window.location.pathname.split('/')[1];
if (first === 'sign-in') void pages.signIn();
else if (first === 'accept-invitation') void pages.acceptInvitation();
else {
  void pages.layout();
  void initialClient.client.query(ViewerDocument, {}).toPromise();
  if (first === 'overview') void pages.overview();
  else if (first === 'team') void pages.team();
  else {
    void pages.conversations();
    if (first === 'conversations' || first === '') {
      prefetchFirstPage(initialClient.client, window.location.search);
      void initialClient.client.query(ListFacetsDocument, {}).toPromise();
    }
  }
}

const SignInPage = lazy(pages.signIn);
const AcceptInvitationPage = lazy(pages.acceptInvitation);
const AppLayout = lazy(pages.layout);
const ConversationsPage = lazy(pages.conversations);
const OverviewPage = lazy(pages.overview);
const TeamPage = lazy(pages.team);

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
