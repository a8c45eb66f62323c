import type { Settings } from 'meilisearch';

/**
 * The index's settings, applied (and awaited) at worker start; changing them needs no migration, as
 * the worker re-applies them and `npm run reindex` rebuilds the documents.
 *
 * RELEVANCE sends no sort, so `sort` is a no-op there and the order is: every word matched (the
 * queries use matchingStrategy "all"), fewer typos, closer words, exactness, the better attribute
 * (title, name, phone, email, tags, notes, then messages), and newest first among equals
 * (lastMessageAt, then id: a total order, which the relevance cursor relies on). Exactness comes
 * before the attribute so that an exact phone or email beats a longer number or a prefix elsewhere.
 * NEWEST sorts by (lastMessageAt, id), which `sort` puts before everything.
 */
export const SEARCH_SETTINGS = {
  searchableAttributes: [
    'title',
    'titleAlt',
    'contactName',
    'contactNameAlt',
    'phoneDigits',
    'email',
    'tags',
    'tagsAlt',
    'notes',
    'notesAlt',
    'messages',
    'messagesAlt',
  ],
  filterableAttributes: ['workspaceId', 'visible', 'status', 'source', 'tagKeys', 'qualityScore', 'lastMessageAt', 'id'],
  sortableAttributes: ['lastMessageAt', 'id'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'exactness', 'attribute', 'lastMessageAt:desc', 'id:desc'],
  // No typos on numbers (a price, a postcode, an order number is exact) nor on phone digits.
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnAttributes: ['phoneDigits'],
    disableOnNumbers: true,
  },
  // One locale for every text, so Meilisearch tokenizes documents and queries alike and detects no
  // language. Left free, detection can take a short or mixed message for another language, tokenized
  // so that "noel" no longer finds "Noël"; German detected splits compounds ("Hauptstraße" → haupt
  // straße) where a short query is seldom detected as German, so "hauptstrasse" would not find it.
  // Detection among several locales also doubled the cost of match positions (the highlights). The
  // price: text of scripts written without spaces (Chinese, Japanese) is not cut into words, and is
  // found by its whole run only; none is among the product's languages.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['eng'] }],
  pagination: { maxTotalHits: 1_000_000 },
  // Matches are reported for displayed attributes only: every one is (queries retrieve just a few).
  displayedAttributes: ['*'],
} satisfies Settings;
