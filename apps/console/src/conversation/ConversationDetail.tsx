// One conversation: messages, contact, AI review, tags, notes, status, history and activity. It
// refreshes itself when the conversation changes (subscription) and offers its commands to ⌘K.
import { Alert, Button, Center, Group, Loader, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { SourceIcon } from '../common/SourceIcon';
import { STATUSES } from '../common/statuses';
import { useFormat } from '../i18n/format';
import { useRegisterCommands, type Command } from '../keyboard/commands';
import { ActivityPanel } from './ActivityPanel';
import { ContactCard } from './ContactCard';
import { MessagesPanel, type MessagesHandle } from './MessagesPanel';
import { NotesPanel } from './NotesPanel';
import { QualityPanel } from './QualityPanel';
import { ReviewHistory } from './ReviewHistory';
import { scrollToMessage } from './scroll-to-message';
import { StatusControl } from './StatusControl';
import { SummaryPanel } from './SummaryPanel';
import { TagsPanel } from './TagsPanel';
import classes from './ConversationDetail.module.css';
import { ConversationDetailDocument, DetailUpdatedDocument } from '../graphql/generated/graphql';

interface Props {
  id: string;
  onClose: () => void;
  closeLabel: string;
}

const TAG_INPUT_ID = 'detail-tag-input';
const STATUS_SELECT_ID = 'detail-status-select';

export default function ConversationDetail({ id, onClose, closeLabel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConversationDetailDocument, variables: { id } });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const messages = useRef<MessagesHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useSubscription({ query: DetailUpdatedDocument, variables: { id } }, (_prev, event) => {
    if (event.conversationUpdated.id === id) refresh();
    return event;
  });
  const focusOnOpen = useRef(document.activeElement !== document.body);
  const shownId = data?.conversation?.id;
  useEffect(() => {
    // Opened from the list (keyboard or click), focus lands on the conversation; a page opened by its
    // address keeps the browser's own starting point.
    if (!shownId || shownId !== id) return;
    if (focusOnOpen.current) headingRef.current?.focus({ preventScroll: true });
    focusOnOpen.current = true;
  }, [shownId, id]);

  const c = data?.conversation;
  const commands = useMemo<Command[]>(() => {
    if (!c) return [];
    const group = t('palette.conversation', { title: c.title });
    return [
      ...STATUSES.filter((s) => s !== c.status).map((s) => ({
        id: `status-${s}`,
        group,
        label: t('palette.setStatus', { status: t(`status.${s}`) }),
        run: () => {
          const select = document.getElementById(STATUS_SELECT_ID) as HTMLSelectElement | null;
          if (!select) return;
          select.value = s;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
      })),
      { id: 'add-tag', group, label: t('palette.addTag'), run: () => document.getElementById(TAG_INPUT_ID)?.focus() },
    ];
  }, [c, t]);
  useRegisterCommands('conversation-detail', commands);

  const onQuote = useCallback(async (messageId: string) => {
    if (scrollToMessage(messageId)) return;
    await messages.current?.ensureMessage(messageId);
    requestAnimationFrame(() => scrollToMessage(messageId));
  }, []);

  if (!c) {
    return (
      <Center flex={1} p="xl">
        {fetching ? (
          <Loader aria-label={t('common.loading')} />
        ) : (
          <Alert color={error ? 'red' : 'gray'} role="alert">
            {error ? t('errors.detail') : t('detail.notFound')}{' '}
            <Button size="compact-xs" variant="subtle" onClick={onClose}>
              {closeLabel}
            </Button>
          </Alert>
        )}
      </Center>
    );
  }

  const setBy = data.conversation?.activity.edges.find((e) => e.node.kind === 'STATUS_CHANGED' && e.node.actor.kind !== 'AI')?.node.actor
    .name;
  const customerName = c.contact.name ?? c.title;
  return (
    <article className={classes.detail} aria-labelledby="detail-title">
      <header className={classes.detailHeader}>
        {!wide && (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={onClose}
              leftSection={<IconArrowLeft size={14} aria-hidden />}
              aria-keyshortcuts="Escape"
            >
              {closeLabel}
            </Button>
          </Group>
        )}
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <SourceIcon source={c.source} size={22} />
            <div style={{ minWidth: 0 }}>
              <Title order={wide ? 2 : 1} size="h3" id="detail-title" ref={headingRef} tabIndex={-1} className={classes.detailTitle}>
                {c.title}
              </Title>
              <Text size="xs" c="dimmed">
                {t(`source.${c.source}`)} · {t('detail.lastMessage', { time: f.relative(c.lastMessageAt) })} ·{' '}
                {t('detail.messageCount', { count: c.messageCount, formatted: f.number(c.messageCount) })}
              </Text>
            </div>
          </Group>
          {wide && (
            <Button variant="subtle" size="xs" onClick={onClose} leftSection={<IconX size={14} aria-hidden />} aria-keyshortcuts="Escape">
              {closeLabel}
            </Button>
          )}
        </Group>
        <StatusControl
          conversationId={c.id}
          status={c.status}
          origin={c.statusOrigin}
          suggested={c.review?.suggestedStatus}
          setBy={setBy}
          onChanged={refresh}
          selectId={STATUS_SELECT_ID}
        />
      </header>
      <div className={classes.detailBody}>
        <div className={classes.grid}>
          <div className={classes.top}>
            <SummaryPanel review={c.review} onQuote={(m) => void onQuote(m)} />
          </div>
          <div className={classes.side}>
            {c.review && !c.review.failed && <QualityPanel review={c.review} onQuote={(m) => void onQuote(m)} />}
            <TagsPanel conversationId={c.id} tags={c.tags} onChanged={refresh} inputId={TAG_INPUT_ID} />
            <NotesPanel conversationId={c.id} notes={c.notes} onChanged={refresh} />
            <ContactCard contact={c.contact} />
            <ReviewHistory reviews={c.reviews} />
            <ActivityPanel
              key={`${c.id}-${c.activity.edges[0]?.node.id ?? ''}`}
              conversationId={c.id}
              first={{
                nodes: c.activity.edges.map((e) => e.node),
                hasNextPage: c.activity.pageInfo.hasNextPage,
                endCursor: c.activity.pageInfo.endCursor ?? null,
              }}
            />
          </div>
          <div className={classes.main}>
            <MessagesPanel
              ref={messages}
              conversationId={c.id}
              customerName={customerName}
              first={{
                nodes: c.messages.edges.map((e) => e.node),
                totalCount: c.messages.totalCount,
                hasNextPage: c.messages.pageInfo.hasNextPage,
                endCursor: c.messages.pageInfo.endCursor ?? null,
              }}
            />
          </div>
        </div>
      </div>
    </article>
  );
}
