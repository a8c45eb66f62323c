/** Labelled review sets (the dev set, the holdout and blind sets): their shape, loading, and conversion to reviewer input. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { QualityBand } from '../rubric/rubric';
import type { ReviewInput } from '../reviewer';
import {
  CONVERSATION_SOURCES,
  isConversationStatus,
  MESSAGE_ROLES,
  type ConversationSource,
  type ConversationStatus,
  type MessageRole,
} from '../vocabulary';

export interface LabelledConversation {
  id: string;
  /** ISO 639-1 code of the conversation's language. */
  language: string;
  source: ConversationSource;
  business?: string;
  contact: { name?: string | null; phone?: string | null; email?: string | null };
  messages: { role: MessageRole; text: string; minute: number }[];
  expected: { status: ConversationStatus; summaryMentions: string[]; quality: QualityBand; why?: string };
  /** The same request handled the other way (well / badly). */
  pairWith?: string | null;
}

export interface LabelledSet {
  /** File name without extension, e.g. `blind-5`. */
  name: string;
  conversations: LabelledConversation[];
}

const BANDS: readonly string[] = ['high', 'medium', 'low'];

/** Reads and checks a set; a malformed conversation is reported with its id and field. */
export function loadSet(file: string): LabelledSet {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { conversations?: unknown };
  if (!Array.isArray(raw.conversations)) throw new Error(`${file}: no "conversations" array`);
  const conversations = raw.conversations as LabelledConversation[];
  conversations.forEach((c, i) => {
    const at = `${file}: conversations[${i}]${c?.id ? ` (${c.id})` : ''}`;
    if (typeof c?.id !== 'string') throw new Error(`${at}.id must be a string`);
    if (!(CONVERSATION_SOURCES as readonly string[]).includes(c.source))
      throw new Error(`${at}.source must be one of ${CONVERSATION_SOURCES.join(', ')}`);
    if (!Array.isArray(c.messages)) throw new Error(`${at}.messages must be an array`);
    c.messages.forEach((m, k) => {
      if (!(MESSAGE_ROLES as readonly string[]).includes(m.role)) throw new Error(`${at}.messages[${k}].role must be CUSTOMER or AGENT`);
      if (typeof m.text !== 'string') throw new Error(`${at}.messages[${k}].text must be a string`);
      if (!Number.isFinite(m.minute)) throw new Error(`${at}.messages[${k}].minute must be a number`);
    });
    if (!isConversationStatus(c.expected?.status)) throw new Error(`${at}.expected.status is not a status`);
    if (!BANDS.includes(c.expected.quality)) throw new Error(`${at}.expected.quality must be high, medium or low`);
    if (!Array.isArray(c.expected.summaryMentions)) throw new Error(`${at}.expected.summaryMentions must be an array`);
  });
  return { name: path.basename(file).replace(/\.json$/, ''), conversations };
}

/** A labelled conversation as reviewer input: message ids `<conversation id>-m<n>`, `minute` from a fixed origin. */
export function toReviewInput(conv: LabelledConversation, origin = Date.UTC(2025, 0, 6, 9, 0, 0)): ReviewInput {
  return {
    source: conv.source,
    contact: conv.contact ?? {},
    messages: conv.messages.map((m, i) => ({
      id: `${conv.id}-m${i + 1}`,
      role: m.role,
      text: m.text,
      sentAt: new Date(origin + m.minute * 60_000),
    })),
  };
}
