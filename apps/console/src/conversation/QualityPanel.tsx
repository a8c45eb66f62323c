// The quality score broken down by the rubric's criteria, each with its comment and the agent
// messages it rests on.
import { Blockquote, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewPartsFragment } from '../graphql/generated/graphql';
import { scoreColor } from '../common/statuses';
import { useFormat } from '../i18n/format';
import { Quote } from './SummaryPanel';
import classes from './ConversationDetail.module.css';

export function QualityPanel({ review, onQuote }: { review: ReviewPartsFragment; onQuote: (messageId: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (review.criteria.length === 0) return null;
  return (
    <section aria-labelledby="quality-title" className={classes.card}>
      <Title order={3} size="h5" id="quality-title" mb="xs">
        {t('detail.quality', { score: review.qualityScore })}
      </Title>
      <Stack gap="sm">
        {review.criteria.map((c) => (
          <div key={c.key}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={500} id={`criterion-${c.key}`}>
                {c.label}
              </Text>
              <Text size="sm" fw={600}>
                {f.number(c.score)}
              </Text>
            </Group>
            <Progress.Root size="sm" mt={2}>
              <Progress.Section
                value={c.score}
                color={scoreColor(c.score)}
                aria-label={t('detail.criterionScore', { label: c.label, score: c.score })}
              />
            </Progress.Root>
            <Text size="xs" c="dimmed" mt={2}>
              {c.comment}
            </Text>
            {c.evidence.length > 0 && (
              <Blockquote p={4} pl="xs" mt={4} color="gray" className={classes.evidence}>
                {c.evidence.map((e, i) => (
                  <Quote key={`${e.messageId}-${i}`} quote={e.quote} messageId={e.messageId} onQuote={onQuote} />
                ))}
              </Blockquote>
            )}
          </div>
        ))}
      </Stack>
    </section>
  );
}
