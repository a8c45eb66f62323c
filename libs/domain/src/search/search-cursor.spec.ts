import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../errors/domain-error';
import {
  decodeNewestCursor,
  decodeRelevanceCursor,
  encodeSearchCursor,
  isAfter,
  locateAfter,
  newestAfterFilter,
  type RelevanceKey,
} from './search-cursor';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const key = (s: number, t: number, n: number): RelevanceKey => ({ s, t, i: id(n) });

describe('relevance keys', () => {
  it('order by score, then newest, then id, all descending', () => {
    assert.ok(isAfter(key(0.5, 9, 9), key(0.9, 1, 1)));
    assert.ok(isAfter(key(0.9, 1, 9), key(0.9, 2, 1)));
    assert.ok(isAfter(key(0.9, 2, 1), key(0.9, 2, 2)));
    assert.ok(!isAfter(key(0.9, 2, 2), key(0.9, 2, 2)));
  });

  it('find where the next page begins in a window, or say where to look', () => {
    const hits = [key(0.9, 5, 1), key(0.9, 4, 1), key(0.8, 9, 1), key(0.7, 9, 1)];
    assert.deepEqual(locateAfter(hits, 10, key(0.9, 4, 1), true), { at: 2 });
    // a hit before the window moved behind the key: the page may begin before the window
    assert.deepEqual(locateAfter(hits, 10, key(0.95, 1, 1), true), { look: 'before' });
    assert.deepEqual(locateAfter(hits, 0, key(0.95, 1, 1), true), { at: 0 });
    // every hit still before the key: further on, or nothing more at the end of the results
    assert.deepEqual(locateAfter(hits, 10, key(0.1, 1, 1), true), { look: 'past' });
    assert.deepEqual(locateAfter(hits, 10, key(0.1, 1, 1), false), { at: 4 });
  });
});

describe('search cursors', () => {
  it('round-trip, and refuse a cursor of the other order or a forged one naming `after`', () => {
    const relevance = { s: 0.75, t: 1_790_000_000_123_456, i: id(1), o: 20 };
    assert.deepEqual(decodeRelevanceCursor(encodeSearchCursor(relevance)), relevance);
    const newest = { t: 1_790_000_000_123_456, i: id(1) };
    assert.deepEqual(decodeNewestCursor(encodeSearchCursor(newest)), newest);
    assert.equal(decodeRelevanceCursor(undefined), undefined);
    const refused = (cursor: string, relevanceOrder: boolean) =>
      assert.throws(
        () => (relevanceOrder ? decodeRelevanceCursor(cursor) : decodeNewestCursor(cursor)),
        (e) => e instanceof DomainError && e.field === 'after',
      );
    refused(encodeSearchCursor(newest), true);
    refused(encodeSearchCursor(relevance), false);
    refused(encodeSearchCursor({ ...newest, i: 'x" OR workspaceId != "' }), false);
    refused(encodeSearchCursor({ ...relevance, o: -1 }), true);
    refused('not a cursor', true);
  });

  it('page NEWEST with a keyset filter on (lastMessageAt, id)', () => {
    assert.equal(newestAfterFilter({ t: 5, i: id(2) }), `(lastMessageAt < 5 OR (lastMessageAt = 5 AND id < "${id(2)}"))`);
  });
});
