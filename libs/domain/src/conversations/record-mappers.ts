import type { Selectable } from 'kysely';
import type { DB } from '../database/schema';
import type { ActivityRecord, ConversationRecord, MessageRecord, NoteRecord, ReviewRecord } from './records';

// Selected column lists and row → record mappers: every reader of conversations selects through these.

export const CONVERSATION_COLUMNS = [
  'c.id',
  'c.workspace_id',
  'c.title',
  'c.source',
  'c.status',
  'c.status_origin',
  'c.suggested_status',
  'c.contact_id',
  'c.last_message_id',
  'c.last_message_at',
  'c.message_count',
  'c.quality_score',
  'c.reviewed_at',
  'c.visible',
  'c.created_at',
] as const;

type ConversationRow = Pick<
  Selectable<DB['conversation']>,
  | 'id'
  | 'workspace_id'
  | 'title'
  | 'source'
  | 'status'
  | 'status_origin'
  | 'suggested_status'
  | 'contact_id'
  | 'last_message_id'
  | 'last_message_at'
  | 'message_count'
  | 'quality_score'
  | 'reviewed_at'
  | 'visible'
  | 'created_at'
> & { last_message_at_text: string };

export function toConversation(r: ConversationRow): ConversationRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    title: r.title,
    source: r.source,
    status: r.status,
    statusOrigin: r.status_origin,
    suggestedStatus: r.suggested_status,
    contactId: r.contact_id,
    lastMessageId: r.last_message_id,
    lastMessageAt: r.last_message_at,
    lastMessageAtText: r.last_message_at_text,
    messageCount: r.message_count,
    qualityScore: r.quality_score,
    reviewedAt: r.reviewed_at,
    visible: r.visible,
    createdAt: r.created_at,
  };
}

export const MESSAGE_COLUMNS = ['m.id', 'm.conversation_id', 'm.seq', 'm.role', 'm.text', 'm.sent_at'] as const;

export function toMessage(
  r: Pick<Selectable<DB['message']>, 'id' | 'conversation_id' | 'seq' | 'role' | 'text' | 'sent_at'>,
): MessageRecord {
  return { id: r.id, conversationId: r.conversation_id, seq: r.seq, role: r.role, text: r.text, sentAt: r.sent_at };
}

export const NOTE_COLUMNS = [
  'n.id',
  'n.conversation_id',
  'n.body',
  'n.created_at',
  'n.author_kind',
  'n.author_name',
  'n.author_member_id',
] as const;

export function toNote(
  r: Pick<Selectable<DB['note']>, 'id' | 'conversation_id' | 'body' | 'created_at' | 'author_kind' | 'author_name' | 'author_member_id'>,
): NoteRecord {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    body: r.body,
    createdAt: r.created_at,
    author: { kind: r.author_kind, name: r.author_name, memberId: r.author_member_id },
  };
}

export const REVIEW_COLUMNS = [
  'r.id',
  'r.conversation_id',
  'r.through_seq',
  'r.summary',
  'r.quality_score',
  'r.reviewed_at',
  'r.suggested_status',
  'r.reviewer',
  'r.criteria',
  'r.status_evidence',
  'r.language',
  'r.omitted_messages',
  'r.failed',
] as const;

export function toReview(r: Omit<Selectable<DB['review']>, 'workspace_id'>): ReviewRecord {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    throughSeq: r.through_seq,
    summary: r.summary,
    qualityScore: r.quality_score,
    reviewedAt: r.reviewed_at,
    suggestedStatus: r.suggested_status,
    reviewer: r.reviewer,
    criteria: r.criteria,
    statusEvidence: r.status_evidence,
    language: r.language,
    omittedMessages: r.omitted_messages,
    failed: r.failed,
  };
}

export const ACTIVITY_COLUMNS = [
  'a.id',
  'a.conversation_id',
  'a.kind',
  'a.at',
  'a.actor_kind',
  'a.actor_name',
  'a.actor_member_id',
  'a.from_status',
  'a.to_status',
  'a.tag',
  'a.note_id',
] as const;

export function toActivity(r: Omit<Selectable<DB['activity']>, 'workspace_id'>): ActivityRecord {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    kind: r.kind,
    at: r.at,
    actor: { kind: r.actor_kind, name: r.actor_name, memberId: r.actor_member_id },
    fromStatus: r.from_status,
    toStatus: r.to_status,
    tag: r.tag,
    noteId: r.note_id,
  };
}
