import type { ReviewCriterion, ReviewEvidence } from '@app/reviewer/reviewer';
import type { ConversationSource, ConversationStatus, MessageRole, StatusOrigin } from '@app/reviewer/vocabulary';
import type { Actor } from './entities/actor';
import type { ActivityKind } from './entities/activity.entity';

// What the conversations module hands to its readers (GraphQL, export, subscriptions): plain rows.

export interface ConversationRecord {
  id: string;
  workspaceId: string;
  title: string;
  source: ConversationSource;
  status: ConversationStatus;
  statusOrigin: StatusOrigin;
  suggestedStatus: ConversationStatus | null;
  contactId: string;
  lastMessageId: string | null;
  lastMessageAt: Date;
  /** lastMessageAt with microseconds, as PostgreSQL has it: the keyset cursor uses this. */
  lastMessageAtText: string;
  messageCount: number;
  qualityScore: number | null;
  reviewedAt: Date | null;
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

export interface TagRecord {
  id: string;
  name: string;
}

export interface NoteRecord {
  id: string;
  conversationId: string;
  body: string;
  createdAt: Date;
  author: Actor;
}

export interface ReviewRecord {
  id: string;
  conversationId: string;
  throughSeq: number;
  summary: string;
  qualityScore: number;
  reviewedAt: Date;
  suggestedStatus: ConversationStatus;
  reviewer: string;
  criteria: ReviewCriterion[];
  statusEvidence: ReviewEvidence[];
  language: string | null;
  omittedMessages: number;
  failed: boolean;
}

export interface ActivityRecord {
  id: string;
  conversationId: string;
  kind: ActivityKind;
  at: Date;
  actor: Actor;
  fromStatus: ConversationStatus | null;
  toStatus: ConversationStatus | null;
  tag: string | null;
  noteId: string | null;
  /** `at` with microseconds, for the activity cursor. */
  atText?: string;
}
