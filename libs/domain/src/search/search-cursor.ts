// Cursors of searched pages. Both orders are total and keyed by what the document holds:
// - NEWEST: (lastMessageAt µs, id) descending, the list's own order; the next page is a filter.
// - RELEVANCE: (ranking score, lastMessageAt, id) descending. A document's ranking score depends on
//   the query and the document alone (not on the other documents), and the ranking rules end with
//   lastMessageAt:desc, id:desc, so this key orders hits exactly as Meilisearch does. Meilisearch
//   cannot filter on a score, so the next page is found by position: the cursor also keeps how many
//   hits came before, and the next page is read from a little before there, starting after the key.
import { decodeCursor, encodeCursor } from '../common/cursor';
import { isUuid } from '../common/ids';
import { invalidInput } from '../errors/domain-error';

export interface NewestKey {
  /** lastMessageAt, epoch µs */
  t: number;
  i: string;
}

export interface RelevanceKey extends NewestKey {
  /** Meilisearch's _rankingScore */
  s: number;
}

/** A relevance cursor: the last hit's key and its position + 1 (hits served so far). */
export interface RelevanceCursor extends RelevanceKey {
  o: number;
}

export type SearchCursor = NewestKey | RelevanceCursor;

const isSearchCursor = (v: unknown): v is SearchCursor => {
  const c = v as Record<string, unknown>;
  if (typeof c !== 'object' || c === null || !Number.isSafeInteger(c.t) || typeof c.i !== 'string' || !isUuid(c.i)) return false;
  if (!('s' in c) && !('o' in c)) return true;
  return typeof c.s === 'number' && c.s >= 0 && c.s <= 1 && Number.isSafeInteger(c.o) && (c.o as number) >= 0;
};

export function decodeSearchCursor(cursor: string | undefined, relevance: boolean): SearchCursor | undefined {
  const c = decodeCursor(cursor, isSearchCursor);
  // a cursor of the other order would page through the wrong sequence
  if (c && 's' in c !== relevance) throw invalidInput('after', 'is a cursor of the other orderBy');
  return c;
}

export const encodeSearchCursor = (c: SearchCursor): string => encodeCursor(c);

/** Whether a hit comes after the key in relevance order. */
export function isAfter(hit: RelevanceKey, key: RelevanceKey): boolean {
  if (hit.s !== key.s) return hit.s < key.s;
  if (hit.t !== key.t) return hit.t < key.t;
  return hit.i < key.i;
}

/**
 * Where the hits after `key` begin in a window of consecutive hits that started at position `from`:
 * `at` (an index into the window) when the window shows it, else whether to look before the window
 * (its first hit is already after the key) or past it (every hit is still before the key).
 */
export function locateAfter(
  window: readonly RelevanceKey[],
  from: number,
  key: RelevanceKey,
  full: boolean,
): { at: number } | { look: 'before' | 'past' } {
  const at = window.findIndex((h) => isAfter(h, key));
  if (at === 0 && from > 0) return { look: 'before' };
  if (at === -1) return full ? { look: 'past' } : { at: window.length };
  return { at };
}

/** The Meilisearch filter of the NEWEST page after `key`. */
export const newestAfterFilter = (key: NewestKey): string => `(lastMessageAt < ${key.t} OR (lastMessageAt = ${key.t} AND id < "${key.i}"))`;
