// The signed-in frame: who is calling (viewer), the sidebar, the header, the keyboard layer. A missing
// session sends the person to the sign-in page and back here afterwards.
import { AppShell, Burger, Center, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconKeyboard, IconMessages, IconUsers } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { connectionEvents } from '../api/connection-events';
import { errorCode } from '../api/errors';
import { ViewerContext } from '../auth/ViewerContext';
import { KeyboardLayer } from '../keyboard/KeyboardLayer';
import { openShortcutHelp } from '../keyboard/shortcut-help';
import { LanguageSelect } from './LanguageSelect';
import { UserMenu } from './UserMenu';
import { ViewerDocument } from '../graphql/generated/graphql';

export default function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ViewerDocument });
  useEffect(() => connectionEvents.on('unauthenticated', () => refetch({ requestPolicy: 'network-only' })), [refetch]);
  useEffect(close, [location.pathname, close]);

  const next = encodeURIComponent(location.pathname + location.search);
  if (errorCode(error) === 'UNAUTHENTICATED' || (error?.response as Response | undefined)?.status === 401)
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  if (!data && !fetching) {
    return (
      <Center h="100vh">
        <Text role="alert">{t('errors.network')}</Text>
      </Center>
    );
  }
  // The page renders (and asks for its data) while the viewer is still on its way.
  const viewer = data?.viewer ?? null;
  const links = [
    { to: '/conversations', label: t('nav.conversations'), icon: IconMessages },
    { to: '/overview', label: t('nav.overview'), icon: IconChartBar },
    ...(viewer?.role === 'ADMIN' ? [{ to: '/team', label: t('nav.team'), icon: IconUsers }] : []),
  ];

  return (
    <ViewerContext.Provider value={viewer}>
      <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={0}>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('layout.menu')} />
              <Title order={2} size="h4" fw={700}>
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="sm" truncate maw={240}>
                {viewer?.workspace.name}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSelect />
              {viewer && <UserMenu />}
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('layout.navigation')}>
          <Stack gap={4} component="nav" aria-label={t('layout.navigation')}>
            {links.map((l) => (
              <NavLink key={l.to} component={RouterNavLink} to={l.to} label={l.label} leftSection={<l.icon size={18} aria-hidden />} />
            ))}
          </Stack>
          <NavLink
            mt="auto"
            component="button"
            label={t('shortcuts.title')}
            leftSection={<IconKeyboard size={18} aria-hidden />}
            onClick={openShortcutHelp}
          />
        </AppShell.Navbar>
        <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
          <Suspense
            fallback={
              <Center flex={1}>
                <Loader aria-label={t('common.loading')} />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
      {viewer && <KeyboardLayer />}
    </ViewerContext.Provider>
  );
}
