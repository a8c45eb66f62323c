// Routes, split so that each page's code loads with it (the first page stays small).
import { lazy, useState, type ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { initialClient } from '../api/initial-client';
import { prefetchFirstPage } from '../conversations/first-page';
import { ViewerDocument } from '../graphql/generated/graphql';
import { NotFound } from './NotFound';

/**
 * A page whose code loads on demand. Once loaded it renders directly instead of through `lazy`: a
 * page that suspends shows the fallback, and React then holds the content back for up to 300 ms
 * after it (its reveal throttle) — on the first page, time the person waits for nothing.
 */
function page(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | undefined;
  const fetch = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  const Lazy = lazy(fetch);
  function Page() {
    // chosen once per mount: switching from the lazy wrapper to the component would remount the page
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component />;
  }
  return { fetch, Page };
}

const pages = {
  signIn: page(() => import('../auth/SignInPage')),
  acceptInvitation: page(() => import('../auth/AcceptInvitationPage')),
  layout: page(() => import('../layout/AppLayout')),
  conversations: page(() => import('../conversations/ConversationsPage')),
  overview: page(() => import('../overview/OverviewPage')),
  team: page(() => import('../team/TeamPage')),
};

// The code of the page being opened is fetched at once, beside the layout's, instead of one after the
// other as the routes render; so are the signed-in layout's and the list's first answers.
function openingPage(): Promise<unknown>[] {
  const first = window.location.pathname.split('/')[1];
  if (first === 'sign-in') return [pages.signIn.fetch()];
  if (first === 'accept-invitation') return [pages.acceptInvitation.fetch()];
  void initialClient.client.query(ViewerDocument, {}).toPromise();
  if (first === 'overview') return [pages.layout.fetch(), pages.overview.fetch()];
  if (first === 'team') return [pages.layout.fetch(), pages.team.fetch()];
  if (first === 'conversations' || first === '') prefetchFirstPage(initialClient.client, window.location.search);
  return [pages.layout.fetch(), pages.conversations.fetch()];
}

/** Settles when the opening page's code is loaded (or failed to: the page's error shows then). */
export const openingPageCode: Promise<unknown> = Promise.allSettled(openingPage());

export const router = createBrowserRouter([
  { path: '/sign-in', element: <pages.signIn.Page /> },
  { path: '/accept-invitation', element: <pages.acceptInvitation.Page /> },
  {
    path: '/',
    element: <pages.layout.Page />,
    children: [
      { index: true, element: <Navigate to="/conversations" replace /> },
      { path: 'conversations', element: <pages.conversations.Page /> },
      { path: 'conversations/:id', element: <pages.conversations.Page /> },
      { path: 'overview', element: <pages.overview.Page /> },
      { path: 'team', element: <pages.team.Page /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
