// What Meilisearch holds for one conversation, and how it is built from the conversation's rows.
import type { IndexSource } from '../conversations/conversation-indexing.repository';

export interface ConversationDocument {
  id: string;
  workspaceId: string;
  title: string;
  contactName: string | null;
  phones: string[];
  email: string | null;
  /** Message texts (newest window), and their ids in the same order (highlights name the message). */
  messages: string[];
  messageIds: string[];
  notes: string[];
  status: string;
  source: string;
  tags: string[];
  /** lower-cased tags, for case-insensitive tag filters */
  tagKeys: string[];
  visible: boolean;
  qualityScore: number | null;
  /** epoch milliseconds, for range filters */
  lastMessageAt: number;
  /** see sortKeyOf: the order of the list, for sorting and keyset paging */
  sortKey: number;
  /** the conversation's version this document shows */
  version: number;
}

/**
 * Every spelling a person may type for a phone number: "+39 347 123 4567", "393471234567",
 * "3471234567" (national), "00393471234567". Digit runs are kept whole so a prefix search works.
 */
export function phoneSpellings(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const digits = raw.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 5) return [raw];
  const out = new Set<string>([digits, `+${digits}`, `00${digits}`]);
  // Country codes are 1–3 digits; the national number is what people often type, with or without
  // the trunk 0 ("07700 900123").
  for (const cc of [1, 2, 3]) {
    const national = digits.slice(cc);
    if (national.length >= 6) out.add(national).add(`0${national}`);
  }
  return [...out];
}

/**
 * A query that is only a phone number in some spelling ("+39 347 123 4567", "(0039) 347-1234567")
 * becomes its digits, which is how the document stores every spelling; other queries are unchanged.
 */
export function normalizePhoneQuery(query: string): string {
  const trimmed = query.trim();
  if (!/^[+()\d\s.\-/]+$/.test(trimmed)) return query;
  const digits = trimmed.replace(/\D/g, '').replace(/^00/, '');
  return digits.length >= 6 ? digits : query;
}

// Message texts beyond this are left out of the index: enough to find a conversation, bounded in size.
const MAX_INDEXED_TEXT = 20_000;

/** The newest messages whose texts fit in MAX_INDEXED_TEXT, oldest first. */
export function capMessages(messages: { id: string; text: string }[]): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  let total = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (total + m.text.length > MAX_INDEXED_TEXT) break;
    out.push(m);
    total += m.text.length;
  }
  return out.reverse();
}

export function toDocument(r: IndexSource): ConversationDocument {
  const phones = new Set(phoneSpellings(r.contactPhone));
  if (r.source === 'WHATSAPP') for (const s of phoneSpellings(r.conversationKey)) phones.add(s);
  const messages = capMessages(r.messages);
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    title: r.title,
    contactName: r.contactName,
    phones: [...phones],
    email: r.contactEmail,
    messages: messages.map((m) => m.text),
    messageIds: messages.map((m) => m.id),
    notes: r.notes,
    status: r.status,
    source: r.source,
    tags: r.tags,
    tagKeys: r.tags.map((t) => t.toLowerCase()),
    visible: r.visible,
    qualityScore: r.qualityScore,
    lastMessageAt: r.lastMessageAt.getTime(),
    sortKey: sortKeyOf(r.lastMessageAt, r.id),
    version: r.version,
  };
}

/**
 * A number that orders conversations like the list does (lastMessageAt desc, id desc), so search
 * results can be paged with the same kind of keyset cursor. ms * 1000 + 3 hex digits of the id.
 */
export function sortKeyOf(lastMessageAt: Date, id: string): number {
  return lastMessageAt.getTime() * 1000 + (parseInt(id.replace(/-/g, '').slice(-3), 16) % 1000);
}
