import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ConversationSource, ConversationStatus, StatusOrigin } from '@app/reviewer/vocabulary';

export const ConversationSchema = defineEntity({
  name: 'Conversation',
  tableName: 'conversation',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    source: p.string().$type<ConversationSource>(),
    /** The customer's WhatsApp number (digits) or the widget session id: unique per workspace and source. */
    conversationKey: p.text(),
    contactId: p.uuid(),
    title: p.text(),
    status: p.string().$type<ConversationStatus>().defaultRaw(`'IN_PROGRESS'`),
    statusOrigin: p.string().$type<StatusOrigin>().defaultRaw(`'AI'`),
    suggestedStatus: p.string().$type<ConversationStatus>().nullable(),
    /** False until the first review: hidden from the list. */
    visible: p.boolean().defaultRaw('false'),
    lastMessageAt: p.datetime(),
    lastMessageId: p.uuid().nullable(),
    messageCount: p.integer().defaultRaw('0'),
    qualityScore: p.integer().nullable(),
    reviewedAt: p.datetime().nullable(),
    /** Bumped by every visible change (see conversation-changes.ts); indexedVersion is what the search index has. */
    version: p.integer().defaultRaw('1'),
    indexedVersion: p.integer().defaultRaw('0'),
    /** The messageCount the search index's document was built with: while equal, a re-index sends no message text. */
    indexedMessageCount: p.integer().defaultRaw('0'),
    /** A status a person set that the workflow's ConversationStatus search attribute does not show yet (outbox). */
    statusSignalPending: p.boolean().defaultRaw('false'),
    createdAt: p.datetime().defaultRaw('now()'),
    updatedAt: p.datetime().defaultRaw('now()'),
  },
});
export type Conversation = InferEntity<typeof ConversationSchema>;
