import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scoreColor } from './statuses';

/** The quality score with its band's colour; the label says what the number is. */
export function ScoreBadge({ score, size = 'sm' }: { score: number; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    // Light: the band's tint with its darkest text; a filled green or red badge fails 4.5:1 with white.
    <Badge
      color={scoreColor(score)}
      variant="light"
      size={size}
      radius="sm"
      fw={800}
      aria-label={t('conversation.qualityScoreValue', { score })}
    >
      {score}
    </Badge>
  );
}
