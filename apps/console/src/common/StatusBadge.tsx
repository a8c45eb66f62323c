import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus } from '../graphql/generated/graphql';
import { STATUS_COLORS } from './statuses';

export function StatusBadge({ status, size = 'sm' }: { status: ConversationStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size} radius="sm" styles={{ label: { textTransform: 'none' } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
