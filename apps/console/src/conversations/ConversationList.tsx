// The virtualised list: fixed-height rows (so nothing shifts), the next cursor page fetched before
// the end comes into view, j/k moving the focus from row to row.
import { Center, Loader, Text } from '@mantine/core';
import { useHotkeys, useInterval } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConversationRow, ROW_HEIGHT } from './ConversationRow';
import type { Row } from './list-reducer';
import classes from './ConversationList.module.css';

interface Props {
  rows: Row[];
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  hrefOf: (id: string) => string;
  openId: string | undefined;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  /** Bumped to scroll back to the top (after showing the new arrivals). */
  scrollTopSignal: number;
  /** A new filter or search is loading: the rows shown are the previous ones. */
  busy: boolean;
}

const PREFETCH_ROWS = 15;

export function ConversationList({
  rows,
  hasNextPage,
  loadingMore,
  loadMore,
  hrefOf,
  openId,
  selected,
  onSelect,
  scrollTopSignal,
  busy,
}: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(-1);
  const [now, setNow] = useState(() => Date.now());
  // Relative times ("5 minutes ago") stay true while the page is open.
  useInterval(() => setNow(Date.now()), 30_000, { autoInvoke: true });

  const virtualizer = useVirtualizer({
    count: rows.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (i) => rows[i]?.node.id ?? 'loader',
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !loadingMore && last >= rows.length - PREFETCH_ROWS) loadMore();
  }, [last, rows.length, hasNextPage, loadingMore, loadMore]);

  useEffect(() => {
    if (scrollTopSignal) virtualizer.scrollToOffset(0);
  }, [scrollTopSignal, virtualizer]);

  const focusRow = useCallback(
    (index: number) => {
      if (index < 0 || index >= rows.length) return;
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
      // The row may only exist after the virtualizer rendered it.
      const tryFocus = (attempt: number) => {
        const link = scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-row-index="${index}"] a`);
        if (link) link.focus({ preventScroll: true });
        else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
      };
      requestAnimationFrame(() => tryFocus(0));
    },
    [rows.length, virtualizer],
  );

  const openIndex = openId ? rows.findIndex((r) => r.node.id === openId) : -1;
  const current = active >= 0 ? active : openIndex;
  useHotkeys([
    ['j', () => focusRow(Math.min(current + 1, rows.length - 1))],
    ['k', () => focusRow(Math.max(current - 1, 0))],
    ['x', () => current >= 0 && rows[current] && onSelect(rows[current].node.id, !selected.has(rows[current].node.id))],
    [
      'Enter',
      () => {
        if (current >= 0 && rows[current] && document.activeElement === document.body) void navigate(hrefOf(rows[current].node.id));
      },
      { preventDefault: false },
    ],
  ]);

  return (
    <div ref={scrollRef} className={classes.scroll} role="region" aria-label={t('list.label')} tabIndex={-1}>
      <div
        role="list"
        aria-label={t('list.label')}
        aria-busy={busy}
        className={classes.list}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={hasNextPage ? -1 : rows.length}
              aria-posinset={item.index + 1}
              className={classes.item}
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
            >
              {row ? (
                <ConversationRow
                  row={row}
                  href={hrefOf(row.node.id)}
                  index={item.index}
                  active={item.index === active}
                  open={row.node.id === openId}
                  selected={selected.has(row.node.id)}
                  onSelect={onSelect}
                  onFocusRow={setActive}
                  now={now}
                />
              ) : (
                <Center h={ROW_HEIGHT}>
                  <Loader size="sm" aria-label={t('list.loadingMore')} />
                  <Text size="sm" ml="xs">
                    {t('list.loadingMore')}
                  </Text>
                </Center>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
