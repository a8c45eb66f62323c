// The Conversations page: the reviewed conversations with filters, search, live arrivals and bulk
// actions; the open conversation beside the list on wide screens, on its own on narrow ones.
import { Alert, Badge, Button, Center, Group, Loader, SegmentedControl, Stack, Title } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { ConversationStatus } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import type { Selection } from './BulkBar';
import { ConversationList } from './ConversationList';
import { EmptyState } from './EmptyState';
import { FiltersPopover } from './FiltersPopover';
import { exportHref, hasFilters, toFilter, useListState } from './list-state';
import { NewBanner } from './NewBanner';
import { SearchBox } from './SearchBox';
import { StatusChips } from './StatusChips';
import { useConversationList } from './use-conversation-list';
import classes from './ConversationsPage.module.css';
import { ListFacetsDocument } from '../graphql/generated/graphql';
import { facetsPolicy } from './first-page';

const loadDetail = () => import('../conversation/ConversationDetail');
const BulkBar = lazy(() => import('./BulkBar'));
const ConversationDetail = lazy(loadDetail);
const FACETS_REFRESH_MS = 1_000;
const PREFETCH_DELAY_MS = 1_000;

export default function ConversationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { id: openId } = useParams();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [state, update, key] = useListState();
  const [facets, refetchFacets] = useQuery({ query: ListFacetsDocument, requestPolicy: useState(facetsPolicy)[0] });
  const [facetsDue, setFacetsDue] = useState(0);
  const list = useConversationList(
    state,
    key,
    useCallback(() => setFacetsDue(Date.now()), []),
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);

  // Live changes move the counts: refresh them, at most once a second.
  useEffect(() => {
    if (!facetsDue) return;
    const timer = setTimeout(() => refetchFacets({ requestPolicy: 'network-only' }), FACETS_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [facetsDue, refetchFacets]);
  useEffect(() => {
    setSelected(new Set());
    setAllMatching(false);
  }, [key]);
  const listShown = !list.loading;
  useEffect(() => {
    // A moment after the list is shown, the detail's code is fetched while idle: opening one waits only
    // for its data, and the first page's own code is not held up by it.
    if (!listShown) return;
    let idle = 0;
    const later = setTimeout(() => (idle = requestIdleCallback(() => void loadDetail(), { timeout: 2_000 })), PREFETCH_DELAY_MS);
    return () => (clearTimeout(later), cancelIdleCallback(idle));
  }, [listShown]);

  const hrefOf = useCallback((id: string) => `/conversations/${id}${key ? `?${key}` : ''}`, [key]);
  const closeDetail = useCallback(() => void navigate(`/conversations${key ? `?${key}` : ''}`), [navigate, key]);
  useHotkeys([
    [
      'Escape',
      (e) => {
        // Esc that closes a menu, dialog or list box is theirs, not the detail's.
        const target = e.target instanceof Element ? e.target : null;
        if (openId && !e.defaultPrevented && !target?.closest('[role="menu"], [role="dialog"], [role="listbox"], [data-position]'))
          closeDetail();
      },
      { preventDefault: false },
    ],
  ]);

  const onSelect = useCallback((id: string, on: boolean) => {
    setAllMatching(false);
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const counts = useMemo(
    () => new Map<ConversationStatus, number>(facets.data?.statusCounts.map((c) => [c.status, c.count])),
    [facets.data],
  );
  const tagNames = useMemo(() => facets.data?.tags.map((tg) => tg.name) ?? [], [facets.data]);
  const filtered = hasFilters(state);
  const selection: Selection | null = allMatching ? { kind: 'all' } : selected.size ? { kind: 'ids', ids: selected } : null;
  const showPending = () => {
    list.showPending();
    setScrollTop((n) => n + 1);
  };

  const listPane = (
    <section className={classes.listPane} aria-labelledby="conversations-title">
      <Stack gap="xs" p="sm" className={classes.header}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Title order={1} size="h3" id="conversations-title">
              {t('list.title')}
            </Title>
            {!list.loading && (
              <Badge
                variant="light"
                color="gray"
                aria-label={t('list.total', { count: list.totalCount, formatted: f.number(list.totalCount) })}
              >
                {f.number(list.totalCount)}
              </Badge>
            )}
          </Group>
          <Button
            component="a"
            href={exportHref(state)}
            download
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
          >
            {t('list.export')}
          </Button>
        </Group>
        <SearchBox value={state.search} onChange={(search, replace) => update({ search }, { replace })} />
        <StatusChips counts={counts} value={state.statuses} onChange={(statuses) => update({ statuses })} />
        <Group gap="xs" justify="space-between">
          <FiltersPopover state={state} update={update} tags={tagNames} />
          {state.search.trim() && (
            <SegmentedControl
              size="xs"
              aria-label={t('list.order')}
              value={state.orderBy ?? 'RELEVANCE'}
              onChange={(v) => update({ orderBy: v === 'NEWEST' ? 'NEWEST' : null })}
              data={[
                { value: 'RELEVANCE', label: t('list.relevance') },
                { value: 'NEWEST', label: t('list.newest') },
              ]}
            />
          )}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() =>
              selected.size || allMatching
                ? (setSelected(new Set()), setAllMatching(false))
                : setSelected(new Set(list.rows.map((r) => r.node.id)))
            }
            disabled={!list.rows.length}
          >
            {selected.size || allMatching ? t('bulk.clear') : t('list.selectLoaded')}
          </Button>
        </Group>
      </Stack>
      {selection && (
        <Suspense fallback={null}>
          <BulkBar
            selection={selection}
            loadedCount={list.rows.length}
            totalCount={list.totalCount}
            filter={toFilter(state)}
            tags={tagNames}
            onSelectAll={() => setAllMatching(true)}
            onClear={() => (setSelected(new Set()), setAllMatching(false))}
            onDone={() => {
              list.reload();
              refetchFacets({ requestPolicy: 'network-only' });
            }}
          />
        </Suspense>
      )}
      <div className={classes.listBody}>
        <NewBanner count={list.pending.length} onShow={showPending} />
        {list.error && (
          <Alert color="red" m="sm" role="alert">
            {t('errors.list')}{' '}
            <Button size="compact-xs" variant="subtle" onClick={list.reload}>
              {t('common.retry')}
            </Button>
          </Alert>
        )}
        {list.loading && !list.rows.length ? (
          <Center flex={1}>
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : !list.rows.length && !list.error ? (
          <EmptyState
            filtered={filtered}
            onClear={() =>
              update({
                search: '',
                statuses: [],
                sources: [],
                tags: [],
                minQualityScore: null,
                maxQualityScore: null,
                from: null,
                to: null,
                orderBy: null,
              })
            }
          />
        ) : (
          <ConversationList
            rows={list.rows}
            hasNextPage={list.hasNextPage}
            loadingMore={list.loadingMore}
            loadMore={list.loadMore}
            hrefOf={hrefOf}
            openId={openId}
            selected={selected}
            onSelect={onSelect}
            scrollTopSignal={scrollTop}
            busy={list.loading}
          />
        )}
      </div>
    </section>
  );

  const detail = openId && (
    <Suspense
      fallback={
        <Center flex={1}>
          <Loader aria-label={t('common.loading')} />
        </Center>
      }
    >
      <ConversationDetail id={openId} onClose={closeDetail} closeLabel={wide ? t('detail.close') : t('detail.back')} />
    </Suspense>
  );

  if (!wide) return <div className={classes.narrow}>{openId ? detail : listPane}</div>;
  return (
    <div className={classes.split}>
      {listPane}
      <div className={classes.detailPane}>{detail || <EmptyDetail />}</div>
    </div>
  );
}

function EmptyDetail() {
  const { t } = useTranslation();
  return (
    <Center flex={1} c="dimmed" p="xl" ta="center">
      {t('detail.none')}
    </Center>
  );
}
