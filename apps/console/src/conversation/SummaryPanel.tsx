// The AI review's summary and score, when and by which reviewer, and the quotes behind the suggested
// status (each scrolls to its message).
import { Alert, Group, RingProgress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewPartsFragment } from '../graphql/generated/graphql';
import { scoreColor } from '../common/statuses';
import { StatusBadge } from '../common/StatusBadge';
import { useFormat } from '../i18n/format';
import classes from './ConversationDetail.module.css';

interface Props {
  review: ReviewPartsFragment | null | undefined;
  onQuote: (messageId: string) => void;
}

export function Quote({ quote, messageId, onQuote }: { quote: string; messageId: string; onQuote: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton className={classes.quote} onClick={() => onQuote(messageId)} aria-label={t('detail.goToQuote', { quote })}>
      “{quote}”
    </UnstyledButton>
  );
}

export function SummaryPanel({ review, onQuote }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!review) {
    return (
      <section aria-labelledby="summary-title" className={classes.card}>
        <Title order={3} size="h5" id="summary-title">
          {t('detail.summary')}
        </Title>
        <Text size="sm" c="dimmed" mt="xs">
          {t('detail.notReviewed')}
        </Text>
      </section>
    );
  }
  if (review.failed) {
    return (
      <section aria-labelledby="summary-title" className={classes.card}>
        <Title order={3} size="h5" id="summary-title">
          {t('detail.summary')}
        </Title>
        <Alert color="orange" mt="xs" py={6} title={t('detail.reviewFailed')}>
          <Text size="sm">{review.summary}</Text>
          <Text size="xs" mt={4}>
            {t('detail.reviewFailedText', { time: f.dateTime(review.reviewedAt) })}
          </Text>
        </Alert>
      </section>
    );
  }
  return (
    <section aria-labelledby="summary-title" className={classes.card}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} size="h5" id="summary-title">
            {t('detail.summary')}
          </Title>
          <Text size="sm" mt="xs" className={classes.summary}>
            {review.summary}
          </Text>
        </div>
        <RingProgress
          size={76}
          thickness={7}
          roundCaps
          sections={[{ value: review.qualityScore, color: scoreColor(review.qualityScore) }]}
          label={
            <Text ta="center" fw={700} size="lg" aria-hidden>
              {review.qualityScore}
            </Text>
          }
          aria-label={t('conversation.qualityScoreValue', { score: review.qualityScore })}
          role="img"
        />
      </Group>
      <Text size="xs" c="dimmed" mt="sm">
        {t('detail.reviewedBy', { time: f.dateTime(review.reviewedAt), reviewer: review.reviewer })}
      </Text>
      {review.statusEvidence.length > 0 && (
        <Stack gap={4} mt="sm">
          <Group gap={6}>
            <Text size="xs" fw={600}>
              {t('detail.whyStatus')}
            </Text>
            <StatusBadge status={review.suggestedStatus} size="xs" />
          </Group>
          {review.statusEvidence.map((e, i) => (
            <Quote key={`${e.messageId}-${i}`} quote={e.quote} messageId={e.messageId} onQuote={onQuote} />
          ))}
        </Stack>
      )}
    </section>
  );
}
