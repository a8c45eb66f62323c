// The frame of the pages before sign-in: product name, the form, the language switch.
import { Center, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSelect } from '../layout/LanguageSelect';

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main">
      <Stack w="100%" maw={400} gap="lg">
        <Title order={1} ta="center" size="h2">
          {title}
        </Title>
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
