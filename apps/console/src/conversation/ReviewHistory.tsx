// Every review the conversation has had, newest first (the first one is the current review).
import { Group, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationDetailQuery } from '../graphql/generated/graphql';
import { ScoreBadge } from '../common/ScoreBadge';
import { StatusBadge } from '../common/StatusBadge';
import { useFormat } from '../i18n/format';
import classes from './ConversationDetail.module.css';

type Review = NonNullable<ConversationDetailQuery['conversation']>['reviews'][number];

export function ReviewHistory({ reviews }: { reviews: Review[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="history-title" className={classes.card}>
      <Title order={3} size="h5" id="history-title" mb="sm">
        {t('detail.history', { count: reviews.length })}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={0}>
        {reviews.map((r, i) => (
          <Timeline.Item
            key={`${r.reviewedAt}-${i}`}
            title={
              <Group gap={6}>
                {r.failed ? (
                  <Text size="xs" c="orange.9" fw={600}>
                    {t('detail.reviewFailed')}
                  </Text>
                ) : (
                  <ScoreBadge score={r.qualityScore} size="xs" />
                )}
                <StatusBadge status={r.suggestedStatus} size="xs" />
                <Text size="xs" c="dimmed" component="time" dateTime={r.reviewedAt}>
                  {f.dateTime(r.reviewedAt)} · {r.reviewer}
                </Text>
              </Group>
            }
          >
            <Text size="xs" mt={4}>
              {r.summary}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}
