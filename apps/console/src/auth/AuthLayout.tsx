// The frame of the pages before sign-in: product name, the page's title, the form, the language switch.
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../layout/LanguageSelect';

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main">
      <Stack w="100%" maw={400} gap="lg">
        <Stack gap={4} align="center">
          <Text fw={700} size="xl" c="blue.8">
            {t('app.name')}
          </Text>
          <Title order={1} ta="center" size="h3">
            {title}
          </Title>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {children}
        </Paper>
        <Center>
          <LanguageSelect />
        </Center>
      </Stack>
    </Center>
  );
}
