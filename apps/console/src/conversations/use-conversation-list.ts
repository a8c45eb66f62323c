// The list's rows: cursor pages appended as the person scrolls, live changes applied in place, new
// conversations held back (the "N new" banner) so nothing moves under the reader, and a catch-up
// after the socket reconnects.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useClient } from 'urql';
import { connectionEvents } from '../api/connection-events';
import type { ConversationListQuery as ListResult, ConversationRowFragment } from '../graphql/generated/graphql';
import { EMPTY_LIST, listReducer, type PageResult, type Row } from './list-reducer';
import { listVariables, takeFirstPage } from './first-page';
import type { ListState } from './list-state';
import { ConversationListDocument, ListConversationReviewedDocument, ListConversationUpdatedDocument } from '../graphql/generated/graphql';

export interface ConversationList {
  rows: Row[];
  pending: Row[];
  totalCount: number;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: Error | null;
  loadMore: () => void;
  showPending: () => void;
  reload: () => void;
}

function toPage(c: ListResult['conversations']): PageResult {
  return {
    rows: c.edges.map((e) => ({ node: e.node, highlights: e.highlights })),
    totalCount: c.totalCount,
    hasNextPage: c.pageInfo.hasNextPage,
    endCursor: c.pageInfo.endCursor ?? null,
  };
}

/** `onLive` is told of every live change (the status counts refresh on it). */
export function useConversationList(state: ListState, stateKey: string, onLive: () => void): ConversationList {
  const client = useClient();
  const [data, dispatch] = useReducer(listReducer, EMPTY_LIST);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const generation = useRef(0);
  const latest = useRef({ state, data, onLive });
  latest.current = { state, data, onLive };

  const fetchPage = useCallback(
    async (after: string | null) => {
      const s = latest.current.state;
      const vars = listVariables(s, after);
      const res = await (takeFirstPage(client, vars) ??
        client.query(ConversationListDocument, vars, { requestPolicy: 'network-only' }).toPromise());
      if (res.error) throw res.error;
      if (!res.data) throw new Error('empty response');
      return toPage(res.data.conversations);
    },
    [client],
  );

  const loadFirst = useCallback(async () => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchPage(null);
      if (gen === generation.current) dispatch({ type: 'first', page });
    } catch (err) {
      if (gen === generation.current) setError(err as Error);
    } finally {
      if (gen === generation.current) setLoading(false);
    }
  }, [fetchPage]);

  useEffect(() => {
    void loadFirst();
  }, [stateKey, loadFirst]);

  const loadMore = useCallback(() => {
    const { data: d } = latest.current;
    if (!d.hasNextPage || loadingMore || loading) return;
    const gen = generation.current;
    setLoadingMore(true);
    fetchPage(d.endCursor)
      .then((page) => gen === generation.current && dispatch({ type: 'more', page }))
      .catch((err: Error) => gen === generation.current && setError(err))
      .finally(() => gen === generation.current && setLoadingMore(false));
  }, [fetchPage, loading, loadingMore]);

  const live = useCallback((node: ConversationRowFragment) => {
    dispatch({ type: 'live', node, state: latest.current.state });
    latest.current.onLive();
  }, []);

  useEffect(() => {
    const subs = [ListConversationUpdatedDocument, ListConversationReviewedDocument].map((query) =>
      client.subscription(query, {}).subscribe((res) => {
        const payload = res.data as Record<string, ConversationRowFragment | undefined> | undefined;
        const node = payload?.conversationUpdated ?? payload?.conversationReviewed;
        if (node) live(node);
      }),
    );
    return () => subs.forEach((s) => s.unsubscribe());
  }, [client, live]);

  // Changes may have been missed while the socket was down: the first page again, applied as live.
  useEffect(
    () =>
      connectionEvents.on('reconnected', () => {
        const gen = generation.current;
        fetchPage(null)
          .then((page) => {
            if (gen !== generation.current) return;
            const newest = latest.current.data.rows[0]?.node.lastMessageAt ?? '';
            const shown = new Set(latest.current.data.rows.map((r) => r.node.id));
            for (const r of page.rows.reverse()) if (shown.has(r.node.id) || r.node.lastMessageAt > newest) live(r.node);
          })
          .catch(() => {});
      }),
    [fetchPage, live],
  );

  return {
    rows: data.rows,
    pending: data.pending,
    totalCount: data.totalCount,
    hasNextPage: data.hasNextPage,
    loading,
    loadingMore,
    error,
    loadMore,
    showPending: useCallback(() => dispatch({ type: 'showPending' }), []),
    reload: useCallback(() => void loadFirst(), [loadFirst]),
  };
}
