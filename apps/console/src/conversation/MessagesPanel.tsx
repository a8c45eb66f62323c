// The conversation as chat bubbles, oldest first, further pages on request. `ensureMessage` loads
// pages until a message is there (an evidence quote may point past the first page).
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { MessagePartsFragment } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { messageElementId } from './scroll-to-message';
import classes from './ConversationDetail.module.css';
import { MoreMessagesDocument } from '../graphql/generated/graphql';

interface Props {
  conversationId: string;
  customerName: string;
  first: { nodes: MessagePartsFragment[]; totalCount: number; hasNextPage: boolean; endCursor: string | null };
}

export interface MessagesHandle {
  ensureMessage: (id: string) => Promise<boolean>;
}

export const MessagesPanel = forwardRef<MessagesHandle, Props>(function MessagesPanel({ conversationId, customerName, first }, ref) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const [more, setMore] = useState<{ nodes: MessagePartsFragment[]; hasNextPage: boolean; endCursor: string | null } | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => setMore(null), [conversationId, first.nodes]);

  const loaded = more ? [...first.nodes, ...more.nodes.filter((m) => !first.nodes.some((n) => n.id === m.id))] : first.nodes;
  const hasNextPage = more ? more.hasNextPage : first.hasNextPage;
  const cursor = useRef<string | null>(null);
  cursor.current = more ? more.endCursor : first.endCursor;

  const loadMore = useCallback(async (): Promise<boolean> => {
    setLoading(true);
    try {
      const res = await client
        .query(MoreMessagesDocument, { id: conversationId, after: cursor.current }, { requestPolicy: 'network-only' })
        .toPromise();
      const page = res.data?.conversation?.messages;
      if (!page) return false;
      cursor.current = page.pageInfo.endCursor ?? null;
      setMore((m) => ({
        nodes: [...(m?.nodes ?? []), ...page.edges.map((e) => e.node)],
        hasNextPage: page.pageInfo.hasNextPage,
        endCursor: page.pageInfo.endCursor ?? null,
      }));
      return page.pageInfo.hasNextPage;
    } finally {
      setLoading(false);
    }
  }, [client, conversationId]);

  const loadedIds = useRef(new Set<string>());
  loadedIds.current = new Set(loaded.map((m) => m.id));
  const hasNext = useRef(hasNextPage);
  hasNext.current = hasNextPage;
  useImperativeHandle(
    ref,
    () => ({
      async ensureMessage(id) {
        for (let i = 0; i < 50 && !loadedIds.current.has(id) && hasNext.current; i++) {
          hasNext.current = await loadMore();
          await new Promise((r) => setTimeout(r, 0));
        }
        return true;
      },
    }),
    [loadMore],
  );

  return (
    <section aria-labelledby="messages-title" className={classes.messages}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="messages-title">
          {t('detail.messages')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('detail.messageCount', { count: first.totalCount, formatted: f.number(first.totalCount) })}
        </Text>
      </Group>
      <Stack gap={6} component="ol" className={classes.bubbles}>
        {loaded.map((m) => (
          <li key={m.id} className={classes.bubbleRow} data-role={m.role}>
            <Paper
              id={messageElementId(m.id)}
              tabIndex={-1}
              className={classes.bubble}
              data-role={m.role}
              radius="lg"
              px="sm"
              py={6}
              aria-label={t('detail.messageFrom', {
                who: m.role === 'CUSTOMER' ? customerName : t('detail.agent'),
                time: f.dateTime(m.sentAt),
              })}
            >
              <Text size="sm" className={classes.bubbleText}>
                {m.text}
              </Text>
              <Text size="xs" className={classes.bubbleTime} component="time" dateTime={m.sentAt} title={f.dateTime(m.sentAt)}>
                {m.role === 'AGENT' ? `${t('detail.agent')} · ` : ''}
                {f.time(m.sentAt)}
              </Text>
            </Paper>
          </li>
        ))}
      </Stack>
      {hasNextPage && (
        <Group justify="center" mt="sm">
          <Button variant="light" size="xs" loading={loading} onClick={() => void loadMore()}>
            {t('detail.moreMessages', { count: first.totalCount - loaded.length, formatted: f.number(first.totalCount - loaded.length) })}
          </Button>
        </Group>
      )}
    </section>
  );
});
