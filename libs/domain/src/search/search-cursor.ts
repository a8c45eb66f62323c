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

const isNewestKey = (v: unknown): v is NewestKey => {
  const c = v as Record<string, unknown>;
  return typeof c === 'object' && c !== null && Number.isSafeInteger(c.t) && typeof c.i === 'string' && isUuid(c.i);
};
const isRelevanceCursor = (v: unknown): v is RelevanceCursor => {
  const c = v as Record<string, unknown>;
  return isNewestKey(v) && typeof c.s === 'number' && c.s >= 0 && c.s <= 1 && Number.isSafeInteger(c.o) && (c.o as number) >= 0;
};

// A cursor of the other order would page through another sequence: refused, not misread.
export function decodeRelevanceCursor(cursor: string | undefined): RelevanceCursor | undefined {
  const c = decodeCursor(cursor, isNewestKey);
  if (c === undefined) return undefined;
  if (!isRelevanceCursor(c)) throw invalidInput('after', 'is not a cursor of orderBy RELEVANCE');
  return c;
}

export function decodeNewestCursor(cursor: string | undefined): NewestKey | undefined {
  const c = decodeCursor(cursor, isNewestKey);
  if (c && ('s' in c || 'o' in c)) throw invalidInput('after', 'is not a cursor of orderBy NEWEST');
  return c && { t: c.t, i: c.i };
}

export const encodeSearchCursor = (c: NewestKey | RelevanceCursor): string => encodeCursor(c);

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
