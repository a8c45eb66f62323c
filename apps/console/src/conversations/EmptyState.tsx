import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconClockHour4, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Explains why nothing is listed: filters hide everything, or nothing has been reviewed yet. */
export function EmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack align="center" justify="center" gap="sm" p="xl" ta="center" flex={1}>
      <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
        {filtered ? <IconFilterOff size={26} /> : <IconClockHour4 size={26} />}
      </ThemeIcon>
      <Title order={2} size="h4">
        {filtered ? t('empty.filteredTitle') : t('empty.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={360}>
        {filtered ? t('empty.filteredText') : t('empty.text')}
      </Text>
      {filtered && (
        <Button variant="light" size="xs" onClick={onClear}>
          {t('filters.clearAll')}
        </Button>
      )}
    </Stack>
  );
}
