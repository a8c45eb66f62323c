// What Meilisearch holds for one conversation, and how it is built from the conversation's rows.
import type { IndexSource } from '../conversations/conversation-indexing.repository';
import { germanSpelling, germanSpellings } from './german-spellings';
import { phoneDigits, phoneSpellings } from './phone-spellings';

export interface ConversationDocument {
  id: string;
  workspaceId: string;
  title: string;
  contactName: string | null;
  /** The conversation's numbers as written (the contact's phone, the WhatsApp number): what a PHONE highlight shows. */
  phones: string[];
  /** Their digit spellings (phone-spellings.ts): what a search matches. */
  phoneDigits: string[];
  email: string | null;
  tags: string[];
  /** Lower-cased tags, for case-insensitive tag filters. */
  tagKeys: string[];
  /** Newest first, bounded (capTexts). */
  notes: string[];
  /** The newest messages' texts, oldest first: messages[i] is the message with seq firstSeq + i. */
  messages: string[];
  firstSeq: number;
  /** German transliterations (german-spellings.ts), present when they differ (null after an update that cleared one); arrays aligned with theirs. */
  titleAlt?: string | null;
  contactNameAlt?: string | null;
  tagsAlt?: string[] | null;
  notesAlt?: string[] | null;
  messagesAlt?: string[];
  status: string;
  source: string;
  visible: boolean;
  qualityScore: number | null;
  /** Epoch microseconds: with id, the order of the list (NEWEST, and ties of RELEVANCE) and range filters. */
  lastMessageAt: number;
  /** The conversation's version this document shows. */
  version: number;
}

// Texts beyond these are left out of the index: enough to find a conversation, bounded in size.
const MAX_INDEXED_MESSAGES_TEXT = 20_000;
const MAX_INDEXED_NOTES_TEXT = 10_000;

/** The first texts (in the given order) that fit in `max` characters. */
function capTexts<T extends { text: string }>(items: readonly T[], max: number): T[] {
  const out: T[] = [];
  let total = 0;
  for (const item of items) {
    if (total + item.text.length > max) break;
    out.push(item);
    total += item.text.length;
  }
  return out;
}

/**
 * The newest messages whose texts fit in the bound, oldest first, and contiguous by seq (as the
 * conversation numbers them), so that a match in messages[i] names the message with seq firstSeq + i.
 */
export function capMessages(messages: readonly { seq: number; text: string }[]): { seq: number; text: string }[] {
  const newestFirst = capTexts([...messages].reverse(), MAX_INDEXED_MESSAGES_TEXT);
  const run = newestFirst.filter((m, i) => m.seq === newestFirst[0].seq - i);
  return run.reverse();
}

/** The contact's phone and the WhatsApp number, as written, once each. */
function phoneNumbersOf(r: IndexSource): string[] {
  const numbers = r.contactPhone ? [r.contactPhone] : [];
  if (r.source === 'WHATSAPP' && !numbers.some((n) => phoneDigits(n) === phoneDigits(r.conversationKey)))
    numbers.push(`+${r.conversationKey}`);
  return numbers;
}

/**
 * The fields a document update sends when the index already has the conversation's messages. The
 * spellings are null, not absent: an update keeps the fields it leaves out, and a spelling that no
 * longer differs must go.
 */
export type DocumentUpdate = Omit<ConversationDocument, 'messages' | 'messagesAlt' | 'firstSeq'> &
  Required<Pick<ConversationDocument, 'titleAlt' | 'contactNameAlt' | 'tagsAlt' | 'notesAlt'>>;

/** What the index keeps of a conversation whose messages it already has: every field but the messages'. */
export function toDocumentUpdate(r: IndexSource): DocumentUpdate {
  const { messages: _messages, messagesAlt: _messagesAlt, firstSeq: _firstSeq, ...rest } = toDocument({ ...r, messages: [] });
  return {
    ...rest,
    titleAlt: rest.titleAlt ?? null,
    contactNameAlt: rest.contactNameAlt ?? null,
    tagsAlt: rest.tagsAlt ?? null,
    notesAlt: rest.notesAlt ?? null,
  };
}

/** The whole document, which replaces the index's. */
export function toDocument(r: IndexSource & { messages: NonNullable<IndexSource['messages']> }): ConversationDocument {
  const phones = phoneNumbersOf(r);
  const kept = capMessages(r.messages);
  const messages = kept.map((m) => m.text);
  const notes = capTexts(
    r.notes.map((text) => ({ text })),
    MAX_INDEXED_NOTES_TEXT,
  ).map((n) => n.text);
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    title: r.title,
    contactName: r.contactName,
    phones,
    phoneDigits: [...new Set(phones.flatMap(phoneSpellings))],
    email: r.contactEmail,
    tags: r.tags,
    tagKeys: r.tags.map((t) => t.toLowerCase()),
    notes,
    messages,
    firstSeq: kept[0]?.seq ?? 1,
    titleAlt: germanSpelling(r.title),
    contactNameAlt: germanSpelling(r.contactName),
    tagsAlt: germanSpellings(r.tags),
    notesAlt: germanSpellings(notes),
    messagesAlt: germanSpellings(messages),
    status: r.status,
    source: r.source,
    visible: r.visible,
    qualityScore: r.qualityScore,
    lastMessageAt: r.lastMessageAtMicros,
    version: r.version,
  };
}
