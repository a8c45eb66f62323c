import { CONVERSATION_SOURCES, CONVERSATION_STATUSES, type ConversationSource, type ConversationStatus } from '@app/reviewer/vocabulary';
import { LIMITS } from '../common/limits';
import { textProblem } from '../common/text-input';
import { invalidInput } from '../errors/domain-error';

/** The list's filters, as GraphQL, the export endpoint and bulk actions receive them. */
export interface ConversationFilter {
  search?: string | null;
  statuses?: readonly ConversationStatus[] | null;
  sources?: readonly ConversationSource[] | null;
  /** Conversations carrying all of these tag names (case-insensitive). */
  tags?: readonly string[] | null;
  minQualityScore?: number | null;
  maxQualityScore?: number | null;
  /** Bounds on lastMessageAt. */
  from?: Date | null;
  to?: Date | null;
}

/** A checked filter: search trimmed ('' = none), tags trimmed and distinct. */
export interface ValidFilter {
  search: string;
  statuses: ConversationStatus[];
  sources: ConversationSource[];
  tags: string[];
  minQualityScore: number | undefined;
  maxQualityScore: number | undefined;
  from: Date | undefined;
  to: Date | undefined;
}

export const CONVERSATION_ORDERS = ['RELEVANCE', 'NEWEST'] as const;
export type ConversationOrder = (typeof CONVERSATION_ORDERS)[number];

function score(field: string, v: number | null | undefined): number | undefined {
  if (v == null) return undefined;
  if (!Number.isInteger(v) || v < 0 || v > 100) throw invalidInput(field, 'must be an integer between 0 and 100');
  return v;
}

function date(field: string, v: Date | null | undefined): Date | undefined {
  if (v == null) return undefined;
  if (!(v instanceof Date) || Number.isNaN(v.getTime())) throw invalidInput(field, 'must be an ISO-8601 date-time');
  return v;
}

/** Checks every field, naming the first bad one as `<prefix>.<field>`. */
export function validateFilter(f: ConversationFilter | null | undefined, prefix = 'filter'): ValidFilter {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const search = (f?.search ?? '').trim();
  if (search.length > LIMITS.searchQuery) throw invalidInput(at('search'), `must be at most ${LIMITS.searchQuery} characters`);
  const searchProblem = textProblem(search);
  if (searchProblem) throw invalidInput(at('search'), searchProblem);
  for (const s of f?.statuses ?? [])
    if (!(CONVERSATION_STATUSES as readonly string[]).includes(s)) throw invalidInput(at('statuses'), `"${s}" is not a ConversationStatus`);
  for (const s of f?.sources ?? [])
    if (!(CONVERSATION_SOURCES as readonly string[]).includes(s)) throw invalidInput(at('sources'), `"${s}" is not a ConversationSource`);
  const tags = [...new Set((f?.tags ?? []).map((t) => t.trim()).filter((t) => t !== ''))];
  for (const t of tags) {
    if (t.length > LIMITS.tagName) throw invalidInput(at('tags'), `"${t.slice(0, 20)}…" is longer than ${LIMITS.tagName} characters`);
    const problem = textProblem(t);
    if (problem) throw invalidInput(at('tags'), problem);
  }
  const minQualityScore = score(at('minQualityScore'), f?.minQualityScore);
  const maxQualityScore = score(at('maxQualityScore'), f?.maxQualityScore);
  return {
    search,
    statuses: [...new Set(f?.statuses ?? [])],
    sources: [...new Set(f?.sources ?? [])],
    tags,
    minQualityScore,
    maxQualityScore,
    from: date(at('from'), f?.from),
    to: date(at('to'), f?.to),
  };
}
