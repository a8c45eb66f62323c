import { Center, Loader, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { ClientProvider } from '../api/ClientProvider';
import { connectionEvents } from '../api/connection-events';
import { loadDayjsLocale } from '../i18n/dayjs-locale';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

// A session that ended (signed out elsewhere, removed, expired) leads to the sign-in page, and back.
connectionEvents.on('unauthenticated', () => {
  const { pathname, search } = window.location;
  if (pathname === '/sign-in' || pathname === '/accept-invitation') return;
  void router.navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
});

export function App() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  useEffect(() => void loadDayjsLocale(locale), [locale]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'en' ? 0 : 1 }}>
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
      </DatesProvider>
    </MantineProvider>
  );
}
