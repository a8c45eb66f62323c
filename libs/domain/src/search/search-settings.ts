// The index's settings, applied (and awaited) at worker start. A NEWEST query sorts by sortKey, so
// `sort` comes first; a RELEVANCE query sends no sort: every word must match (typos allowed), then
// fewer typos, closer words, the better attribute, exactness, and newest first among equals.
export const SEARCH_SETTINGS = {
  searchableAttributes: ['title', 'contactName', 'phones', 'email', 'tags', 'messages', 'notes'],
  filterableAttributes: ['workspaceId', 'visible', 'status', 'source', 'tagKeys', 'qualityScore', 'lastMessageAt', 'sortKey'],
  sortableAttributes: ['sortKey', 'lastMessageAt'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'sortKey:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ['phones'] },
  pagination: { maxTotalHits: 1_000_000 },
  displayedAttributes: ['id', 'title', 'contactName', 'phones', 'email', 'tags', 'messages', 'messageIds', 'notes'],
};
