// The highlights of one search hit: for every field that matched, the passage and where the
// matches are in it; best first, at most three.
import type { ConversationDocument } from './conversation-document';
import type { HighlightField, Highlight } from './highlight';
import { toTextRanges, type TextRange } from './match-ranges';
import { cropAround, type Passage } from './passage';
import { phoneMatchRange } from './phone-spellings';

export const MAX_HIGHLIGHTS = 3;

/** What a search retrieves of a document (SearchQueryService's RETRIEVED), with Meilisearch's extras. */
export type SearchHitDocument = Pick<
  ConversationDocument,
  'id' | 'lastMessageAt' | 'title' | 'contactName' | 'phones' | 'phoneDigits' | 'email' | 'tags' | 'notes' | 'firstSeq'
> & {
  _matchesPosition?: Partial<Record<string, { start: number; length: number; indices?: number[] }[]>>;
  _rankingScore?: number;
};

/** A matched message's id and text, read from PostgreSQL (messages never change). */
export interface MessageText {
  id: string;
  text: string;
}

/** Byte matches per element of a field (index 0 for a plain string), its German spelling's included (same offsets). */
function matchesOf(hit: SearchHitDocument, field: string): Map<number, TextRange[]> {
  const out = new Map<number, TextRange[]>();
  for (const name of [field, `${field}Alt`]) {
    for (const m of hit._matchesPosition?.[name] ?? []) {
      const i = m.indices?.[0] ?? 0;
      out.set(i, [...(out.get(i) ?? []), { start: m.start, length: m.length }]);
    }
  }
  return out;
}

/** The seqs of the matched messages worth reading: the most matches first, then the newest. */
export function messageSeqsToRead(hit: SearchHitDocument): number[] {
  return [...matchesOf(hit, 'messages')]
    .sort(([ai, am], [bi, bm]) => bm.length - am.length || bi - ai)
    .slice(0, MAX_HIGHLIGHTS)
    .map(([i]) => hit.firstSeq + i);
}

const FIELD_RANK: Record<HighlightField, number> = { TITLE: 0, CONTACT_NAME: 1, PHONE: 2, EMAIL: 3, TAG: 4, NOTE: 5, MESSAGE: 6 };

interface Candidate extends Passage {
  field: HighlightField;
  messageId: string | null;
  /** Within a field, lower first: the newest message, the newest note. */
  order: number;
  /** How many different words matched: a passage with more of the query is better. */
  terms: number;
}

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');

function candidate(field: HighlightField, text: string, ranges: TextRange[], order: number, messageId: string | null = null): Candidate[] {
  if (ranges.length === 0) return [];
  const passage = cropAround(text, ranges);
  const terms = new Set(passage.matches.map((m) => fold(passage.text.slice(m.start, m.start + m.length)))).size;
  return [{ field, ...passage, order, terms, messageId }];
}

function textCandidates(field: HighlightField, texts: readonly (string | null)[], matches: Map<number, TextRange[]>): Candidate[] {
  return [...matches].flatMap(([i, byteMatches]) => {
    const text = texts[i];
    return text ? candidate(field, text, toTextRanges(text, byteMatches), i) : [];
  });
}

function phoneCandidates(hit: SearchHitDocument): Candidate[] {
  const ranges = new Map<number, TextRange[]>();
  for (const [i, matches] of matchesOf(hit, 'phoneDigits')) {
    const spelling = hit.phoneDigits[i];
    if (spelling === undefined) continue;
    hit.phones.forEach((phone, p) => {
      for (const m of matches) {
        const r = phoneMatchRange(phone, spelling, m.start, m.length);
        if (r) ranges.set(p, [...(ranges.get(p) ?? []), r]);
      }
    });
  }
  // several spellings match the same digits: one range each
  return [...ranges].flatMap(([p, rs]) => candidate('PHONE', hit.phones[p], [rs.reduce((a, b) => (b.length > a.length ? b : a))], p));
}

function messageCandidates(hit: SearchHitDocument, messages: ReadonlyMap<number, MessageText>): Candidate[] {
  return [...matchesOf(hit, 'messages')].flatMap(([i, byteMatches]) => {
    const message = messages.get(hit.firstSeq + i);
    // newest first: a higher seq gets a lower order
    return message ? candidate('MESSAGE', message.text, toTextRanges(message.text, byteMatches), -i, message.id) : [];
  });
}

/** The hit's highlights, best first (most words matched, then title, name, phone, email, tag, note, message), at most three. */
export function highlightsOf(hit: SearchHitDocument, messages: ReadonlyMap<number, MessageText>): Highlight[] {
  const all = [
    ...textCandidates('TITLE', [hit.title], matchesOf(hit, 'title')),
    ...(hit.contactName === hit.title ? [] : textCandidates('CONTACT_NAME', [hit.contactName], matchesOf(hit, 'contactName'))),
    ...phoneCandidates(hit),
    ...textCandidates('EMAIL', [hit.email], matchesOf(hit, 'email')),
    ...textCandidates('TAG', hit.tags, matchesOf(hit, 'tags')),
    ...textCandidates('NOTE', hit.notes, matchesOf(hit, 'notes')),
    ...messageCandidates(hit, messages),
  ].sort((a, b) => b.terms - a.terms || FIELD_RANK[a.field] - FIELD_RANK[b.field] || a.order - b.order);
  const out: Highlight[] = [];
  for (const c of all) {
    if (out.length === MAX_HIGHLIGHTS) break;
    // the same words twice (a title that is the phone number) say nothing new
    if (out.some((h) => h.text === c.text)) continue;
    out.push({ field: c.field, text: c.text, matches: c.matches, messageId: c.messageId });
  }
  return out;
}
