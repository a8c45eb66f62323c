import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scoreColor } from './statuses';

/** The quality score with its band's colour; the label says what the number is. */
export function ScoreBadge({ score, size = 'sm' }: { score: number; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={scoreColor(score)} variant="filled" size={size} radius="sm" aria-label={t('conversation.qualityScoreValue', { score })}>
      {score}
    </Badge>
  );
}
