// The list's rows and the new arrivals held back from them, changed only through these actions so a
// live change and a page load never race.
import type { ConversationRowFragment } from '../graphql/generated/graphql';
import type { ListState } from './list-state';
import { matchesFilter } from './matches-filter';

export interface Highlight {
  field: string;
  text: string;
  messageId?: string | null;
  matches: { start: number; length: number }[];
}

export interface Row {
  node: ConversationRowFragment;
  highlights: Highlight[];
}

export interface ListData {
  rows: Row[];
  pending: Row[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PageResult {
  rows: Row[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export type ListAction =
  | { type: 'first'; page: PageResult }
  | { type: 'more'; page: PageResult }
  | { type: 'live'; node: ConversationRowFragment; state: ListState }
  | { type: 'showPending' };

export const EMPTY_LIST: ListData = { rows: [], pending: [], totalCount: 0, hasNextPage: false, endCursor: null };

export function listReducer(data: ListData, action: ListAction): ListData {
  switch (action.type) {
    case 'first':
      return { ...action.page, pending: [] };
    case 'more': {
      const known = new Set(data.rows.map((r) => r.node.id));
      const rows = [...data.rows, ...action.page.rows.filter((r) => !known.has(r.node.id))];
      return { ...data, rows, totalCount: action.page.totalCount, hasNextPage: action.page.hasNextPage, endCursor: action.page.endCursor };
    }
    case 'live': {
      const { node } = action;
      const i = data.rows.findIndex((r) => r.node.id === node.id);
      if (i >= 0) return { ...data, rows: data.rows.map((r, j) => (j === i ? { ...r, node } : r)) };
      const p = data.pending.findIndex((r) => r.node.id === node.id);
      if (p >= 0) return { ...data, pending: data.pending.map((r, j) => (j === p ? { ...r, node } : r)) };
      if (!matchesFilter(node, action.state)) return data;
      return { ...data, pending: [{ node, highlights: [] }, ...data.pending] };
    }
    case 'showPending': {
      if (!data.pending.length) return data;
      return { ...data, rows: [...data.pending, ...data.rows], pending: [], totalCount: data.totalCount + data.pending.length };
    }
  }
}
