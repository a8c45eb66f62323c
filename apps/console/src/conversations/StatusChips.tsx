// Status filter chips with the workspace's count per status; a status no conversation has is left out
// (unless it is selected), as it could only filter everything away.
import { Chip, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus } from '../graphql/generated/graphql';
import { STATUS_COLORS, STATUSES } from '../common/statuses';
import { useFormat } from '../i18n/format';

interface Props {
  counts: Map<ConversationStatus, number>;
  value: ConversationStatus[];
  onChange: (value: ConversationStatus[]) => void;
}

export function StatusChips({ counts, value, onChange }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Group gap={4} role="group" aria-label={t('list.statusFilter')}>
      <Chip.Group multiple value={value} onChange={onChange}>
        {STATUSES.filter((s) => value.includes(s) || (counts.get(s) ?? 0) > 0).map((s) => (
          <Chip key={s} value={s} size="xs" color={STATUS_COLORS[s]} variant="outline">
            {t(`status.${s}`)} {counts.has(s) ? f.number(counts.get(s) ?? 0) : ''}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
