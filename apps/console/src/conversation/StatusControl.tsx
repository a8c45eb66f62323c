// The conversation's status: change it; a marker when a person set it, and what the AI suggested.
import { Badge, Group, NativeSelect, Text } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ConversationStatus, StatusOrigin } from '../graphql/generated/graphql';
import { STATUSES } from '../common/statuses';
import { ChangeStatusDocument } from '../graphql/generated/graphql';

interface Props {
  conversationId: string;
  status: ConversationStatus;
  origin: StatusOrigin;
  suggested: ConversationStatus | undefined;
  setBy: string | undefined;
  onChanged: () => void;
  selectId: string;
}

export function StatusControl({ conversationId, status, origin, suggested, setBy, onChanged, selectId }: Props) {
  const { t } = useTranslation();
  const [result, changeStatus] = useMutation(ChangeStatusDocument);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <NativeSelect
        id={selectId}
        label={t('detail.status')}
        size="xs"
        w={200}
        value={status}
        disabled={result.fetching}
        error={result.error ? t('errors.statusFailed') : undefined}
        onChange={async (e) => {
          const res = await changeStatus({ conversationId, status: e.currentTarget.value as ConversationStatus });
          if (!res.error) onChanged();
        }}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <Group gap={6} pb={4}>
        {origin === 'MANUAL' ? (
          <Badge
            variant="outline"
            color="gray"
            size="sm"
            leftSection={<IconUser size={12} aria-hidden />}
            styles={{ label: { textTransform: 'none' } }}
          >
            {setBy ? t('detail.setByName', { name: setBy }) : t('conversation.setByPerson')}
          </Badge>
        ) : (
          <Text size="xs" c="dimmed">
            {t('detail.setByAi')}
          </Text>
        )}
        {suggested && (origin === 'MANUAL' || suggested !== status) && (
          <Text size="xs" c="dimmed">
            {t('detail.aiSuggested', { status: t(`status.${suggested}`) })}
          </Text>
        )}
      </Group>
    </Group>
  );
}
