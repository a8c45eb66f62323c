// The list's filters, search and order live in the URL (shared links, back and forward work); the
// open conversation is the path (/conversations/:id). Parameter names follow the export endpoint's.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ConversationFilter, ConversationOrder, ConversationSource, ConversationStatus } from '../graphql/generated/graphql';
import { isSource, isStatus } from '../common/statuses';

export interface ListState {
  search: string;
  statuses: ConversationStatus[];
  sources: ConversationSource[];
  tags: string[];
  minQualityScore: number | null;
  maxQualityScore: number | null;
  /** YYYY-MM-DD, inclusive, in the browser's time zone. */
  from: string | null;
  to: string | null;
  orderBy: ConversationOrder | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function score(value: string | null): number | null {
  if (value === null || value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : null;
}

export function parseListState(params: URLSearchParams): ListState {
  const order = params.get('order');
  return {
    search: params.get('search') ?? '',
    statuses: params.getAll('status').filter(isStatus),
    sources: params.getAll('source').filter(isSource),
    tags: params.getAll('tag').filter((t) => t.trim() !== ''),
    minQualityScore: score(params.get('minQualityScore')),
    maxQualityScore: score(params.get('maxQualityScore')),
    from: DAY.test(params.get('from') ?? '') ? params.get('from') : null,
    to: DAY.test(params.get('to') ?? '') ? params.get('to') : null,
    orderBy: order === 'NEWEST' || order === 'RELEVANCE' ? order : null,
  };
}

export function listStateParams(state: ListState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.search.trim()) p.set('search', state.search);
  for (const s of state.statuses) p.append('status', s);
  for (const s of state.sources) p.append('source', s);
  for (const t of state.tags) p.append('tag', t);
  if (state.minQualityScore !== null) p.set('minQualityScore', String(state.minQualityScore));
  if (state.maxQualityScore !== null) p.set('maxQualityScore', String(state.maxQualityScore));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.orderBy) p.set('order', state.orderBy);
  return p;
}

/** Start of a local day, or the end of it (inclusive upper bound), as an ISO instant. */
export function dayBound(day: string, end: boolean): string {
  const [y, m, d] = day.split('-').map(Number);
  const at = end ? new Date(y, m - 1, d + 1, 0, 0, 0, -1) : new Date(y, m - 1, d);
  return at.toISOString();
}

export function toFilter(state: ListState): ConversationFilter {
  const f: ConversationFilter = {};
  if (state.search.trim()) f.search = state.search.trim();
  if (state.statuses.length) f.statuses = state.statuses;
  if (state.sources.length) f.sources = state.sources;
  if (state.tags.length) f.tags = state.tags;
  if (state.minQualityScore !== null) f.minQualityScore = state.minQualityScore;
  if (state.maxQualityScore !== null) f.maxQualityScore = state.maxQualityScore;
  if (state.from) f.from = dayBound(state.from, false);
  if (state.to) f.to = dayBound(state.to, true);
  return f;
}

/** The export endpoint's query string for the same filter (it takes the API's parameter names). */
export function exportHref(state: ListState): string {
  const p = new URLSearchParams({ format: 'csv' });
  const f = toFilter(state);
  for (const s of f.statuses ?? []) p.append('status', s);
  for (const s of f.sources ?? []) p.append('source', s);
  for (const t of f.tags ?? []) p.append('tag', t);
  if (f.search) p.set('search', f.search);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.minQualityScore != null) p.set('minQualityScore', String(f.minQualityScore));
  if (f.maxQualityScore != null) p.set('maxQualityScore', String(f.maxQualityScore));
  return `/v1/conversations/export?${p.toString()}`;
}

export function hasFilters(state: ListState): boolean {
  return listStateParams({ ...state, orderBy: null }).size > 0;
}

export type UpdateListState = (patch: Partial<ListState>, options?: { replace?: boolean }) => void;

/** The list state, a setter (a history entry per change unless `replace`) and its query string. */
export function useListState(): [ListState, UpdateListState, string] {
  const [params, setParams] = useSearchParams();
  const key = listStateParams(parseListState(params)).toString();
  const state = useMemo(() => parseListState(new URLSearchParams(key)), [key]);
  const update = useCallback<UpdateListState>(
    (patch, options) =>
      setParams((current) => listStateParams({ ...parseListState(current), ...patch }), { replace: options?.replace ?? false }),
    [setParams],
  );
  return [state, update, key];
}
