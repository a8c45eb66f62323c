// Whether a conversation that arrived live belongs in the list being read. Search relevance is the
// server's to judge, so with a search nothing is added live (the person can refresh the search).
import type { ConversationRowFragment } from '../graphql/generated/graphql';
import { dayBound, type ListState } from './list-state';

export function matchesFilter(node: ConversationRowFragment, state: ListState): boolean {
  if (!node.visible || state.search.trim()) return false;
  if (state.statuses.length && !state.statuses.includes(node.status)) return false;
  if (state.sources.length && !state.sources.includes(node.source)) return false;
  const tags = new Set(node.tags.map((t) => t.name.toLowerCase()));
  if (!state.tags.every((t) => tags.has(t.toLowerCase()))) return false;
  const score = node.review?.qualityScore;
  if (state.minQualityScore !== null && (score == null || score < state.minQualityScore)) return false;
  if (state.maxQualityScore !== null && (score == null || score > state.maxQualityScore)) return false;
  const at = new Date(node.lastMessageAt).getTime();
  if (state.from && at < new Date(dayBound(state.from, false)).getTime()) return false;
  if (state.to && at > new Date(dayBound(state.to, true)).getTime()) return false;
  return true;
}
