import { Center, Loader, MantineProvider } from '@mantine/core';
import { Suspense } from 'react';
import { RouterProvider } from 'react-router/dom';
import { ClientProvider } from '../api/ClientProvider';
import { connectionEvents } from '../api/connection-events';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

// A session that ended (signed out elsewhere, removed, expired) leads to the sign-in page, and back.
connectionEvents.on('unauthenticated', () => {
  const { pathname, search } = window.location;
  if (pathname === '/sign-in' || pathname === '/accept-invitation') return;
  void router.navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ClientProvider>
        <Suspense
          fallback={
            <Center h="100vh">
              <Loader />
            </Center>
          }
        >
          <RouterProvider router={router} />
        </Suspense>
      </ClientProvider>
    </MantineProvider>
  );
}
