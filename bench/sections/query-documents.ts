// The GraphQL documents the query benchmark sends: the console's own list row, detail and stats
// queries (apps/console/src/**/*.graphql), with the API's default page size.

const ROW = `id title source status statusOrigin lastMessageAt visible
  lastMessage { id text role } tags { id name } review { qualityScore }`;

const HIGHLIGHTS = 'highlights { field text messageId matches { start length } }';

export const LIST = `query($f: ConversationFilter, $after: String) {
  conversations(filter: $f, first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { ${ROW} } } } }`;

export const LIST_COUNT = `query($f: ConversationFilter) {
  conversations(filter: $f, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ROW} } } } }`;

export const SEARCH = `query($f: ConversationFilter) {
  conversations(filter: $f, first: 20) { pageInfo { hasNextPage endCursor } edges { cursor ${HIGHLIGHTS} node { ${ROW} } } } }`;

const REVIEW = `summary qualityScore reviewedAt suggestedStatus reviewer
  criteria { key label score comment evidence { messageId quote } } statusEvidence { messageId quote }`;
const ACTIVITY = 'id kind at actor { kind name memberId } fromStatus toStatus tag note { id body }';

export const DETAIL = `query($id: ID!) { conversation(id: $id) {
  id title source status statusOrigin lastMessageAt messageCount createdAt visible
  contact { id name phone email }
  tags { id name }
  notes { id body createdAt author { kind name memberId } }
  review { ${REVIEW} }
  reviews { summary qualityScore reviewedAt suggestedStatus reviewer }
  messages(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { id role text sentAt } } }
  activity(first: 30) { pageInfo { hasNextPage endCursor } edges { node { ${ACTIVITY} } } } } }`;

export const STATS = `query($from: DateTime, $to: DateTime, $timeZone: String) { stats(from: $from, to: $to, timeZone: $timeZone) {
  conversations averageQualityScore byDay { day conversations averageQualityScore }
  bySource { source count } byStatus { status count } } }`;

export const BULK_CHANGE_STATUS = `mutation($f: ConversationFilter, $s: ConversationStatus!) {
  bulkChangeStatus(filter: $f, status: $s) { matched changed } }`;

export interface ListData {
  conversations: { totalCount?: number; edges: { node: { id: string } }[] };
}
