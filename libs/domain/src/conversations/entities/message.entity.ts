import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ConversationSource, MessageRole } from '@app/reviewer/vocabulary';

export const MessageSchema = defineEntity({
  name: 'Message',
  tableName: 'message',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    conversationId: p.uuid(),
    /** 1-based position in the conversation, assigned under the conversation's row lock. */
    seq: p.integer(),
    source: p.string().$type<ConversationSource>(),
    /** The sender's id: the idempotency key, unique per workspace and source. */
    externalId: p.text(),
    role: p.string().$type<MessageRole>(),
    kind: p.text().defaultRaw(`'text'`),
    text: p.text(),
    sentAt: p.datetime(),
    receivedAt: p.datetime().defaultRaw('now()'),
    /** Null until the conversation's workflow got the signal (the outbox relay retries those). */
    signaledAt: p.datetime().nullable(),
    /** Outbox relay attempts that failed for this message, and when it may be tried again. */
    signalAttempts: p.integer().defaultRaw('0'),
    signalRetryAt: p.datetime().nullable(),
  },
});
export type Message = InferEntity<typeof MessageSchema>;
