import type { ConversationSource, ConversationStatus, MessageRole, StatusOrigin } from '../common/enums';

// Rows as the resolvers use them (camelCase, dates as Date); the SQL below selects exactly these.

export interface ConversationRecord {
  id: string;
  workspaceId: string;
  title: string;
  source: ConversationSource;
  status: ConversationStatus;
  statusOrigin: StatusOrigin;
  contactId: string;
  lastMessageId: string | null;
  lastMessageAt: Date;
  /** lastMessageAt with microseconds, as PostgreSQL has it: the keyset cursor uses this. */
  lastMessageAtText: string;
  messageCount: number;
  visible: boolean;
  createdAt: Date;
}

export interface ContactRecord {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
}

export interface MessageRecord {
  id: string;
  conversationId: string;
  seq: number;
  role: MessageRole;
  text: string;
  sentAt: Date;
}

export interface NoteRecord {
  id: string;
  conversationId: string;
  body: string;
  createdAt: Date;
}

export interface TagRecord {
  id: string;
  name: string;
}

export interface ReviewRecord {
  conversationId: string;
  summary: string;
  qualityScore: number;
  reviewedAt: Date;
  suggestedStatus: ConversationStatus;
  reviewer: string;
}

export const CONVERSATION_COLUMNS = `c.id, c.workspace_id as "workspaceId", c.title, c.source, c.status,
  c.status_origin as "statusOrigin", c.contact_id as "contactId", c.last_message_id as "lastMessageId",
  c.last_message_at as "lastMessageAt",
  to_char(c.last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "lastMessageAtText",
  c.message_count as "messageCount", c.visible, c.created_at as "createdAt"`;

export const MESSAGE_COLUMNS = (m: string) =>
  `${m}.id, ${m}.conversation_id as "conversationId", ${m}.seq, ${m}.role, ${m}.text, ${m}.sent_at as "sentAt"`;

const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

export function conversationRecord(r: Record<string, unknown>): ConversationRecord {
  return {
    ...(r as unknown as ConversationRecord),
    lastMessageAt: toDate(r.lastMessageAt),
    createdAt: toDate(r.createdAt),
    messageCount: Number(r.messageCount),
  };
}

export function messageRecord(r: Record<string, unknown>): MessageRecord {
  return { ...(r as unknown as MessageRecord), seq: Number(r.seq), sentAt: toDate(r.sentAt) };
}

export function noteRecord(r: Record<string, unknown>): NoteRecord {
  return { ...(r as unknown as NoteRecord), createdAt: toDate(r.createdAt) };
}

export function reviewRecord(r: Record<string, unknown>): ReviewRecord {
  return { ...(r as unknown as ReviewRecord), qualityScore: Number(r.qualityScore), reviewedAt: toDate(r.reviewedAt) };
}
