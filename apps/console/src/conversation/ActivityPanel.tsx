// What happened to the conversation, newest first, with who did each thing.
import { Button, Group, Text, Timeline, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { ActivityPartsFragment } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { actorName } from './actor-name';
import classes from './ConversationDetail.module.css';
import { MoreActivityDocument } from '../graphql/generated/graphql';

interface Props {
  conversationId: string;
  first: { nodes: ActivityPartsFragment[]; hasNextPage: boolean; endCursor: string | null };
}

function describe(a: ActivityPartsFragment, t: TFunction): string {
  const who = actorName(a.actor, t);
  const status = (s: string | null | undefined) => (s ? t(`status.${s}`) : '—');
  switch (a.kind) {
    case 'REVIEWED':
      return t('activity.reviewed', { who, to: status(a.toStatus) });
    case 'STATUS_CHANGED':
      return t('activity.statusChanged', { who, from: status(a.fromStatus), to: status(a.toStatus) });
    case 'TAG_ADDED':
      return t('activity.tagAdded', { who, tag: a.tag ?? '' });
    case 'TAG_REMOVED':
      return t('activity.tagRemoved', { who, tag: a.tag ?? '' });
    case 'NOTE_ADDED':
      return t('activity.noteAdded', { who });
  }
}

export function ActivityPanel({ conversationId, first }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const [more, setMore] = useState<Props['first'] | null>(null);
  const [loading, setLoading] = useState(false);
  const nodes = [...first.nodes, ...(more?.nodes ?? [])];
  const hasNextPage = more ? more.hasNextPage : first.hasNextPage;

  const loadMore = async () => {
    setLoading(true);
    const after = more ? more.endCursor : first.endCursor;
    const res = await client.query(MoreActivityDocument, { id: conversationId, after }, { requestPolicy: 'network-only' }).toPromise();
    setLoading(false);
    const page = res.data?.conversation?.activity;
    if (page)
      setMore((m) => ({
        nodes: [...(m?.nodes ?? []), ...page.edges.map((e) => e.node)],
        hasNextPage: page.pageInfo.hasNextPage,
        endCursor: page.pageInfo.endCursor ?? null,
      }));
  };

  return (
    <section aria-labelledby="activity-title" className={classes.card}>
      <Title order={3} size="h5" id="activity-title" mb="sm">
        {t('detail.activity')}
      </Title>
      {nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('detail.noActivity')}
        </Text>
      ) : (
        <Timeline bulletSize={10} lineWidth={2}>
          {nodes.map((a) => (
            <Timeline.Item key={a.id} title={<Text size="sm">{describe(a, t)}</Text>}>
              {a.note && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {a.note.body}
                </Text>
              )}
              <Text size="xs" c="dimmed" component="time" dateTime={a.at}>
                {f.dateTime(a.at)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {hasNextPage && (
        <Group justify="center" mt="sm">
          <Button variant="light" size="xs" loading={loading} onClick={() => void loadMore()}>
            {t('detail.moreActivity')}
          </Button>
        </Group>
      )}
    </section>
  );
}
