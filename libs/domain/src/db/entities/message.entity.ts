import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ConversationSource, MessageRole } from './enums';

export const MessageSchema = defineEntity({
  name: 'Message',
  tableName: 'message',
  properties: {
    id: p.uuid().primary(),
    workspaceId: p.uuid(),
    conversationId: p.uuid(),
    // 1-based position in the conversation, assigned under the conversation's row lock
    seq: p.integer(),
    source: p.string().$type<ConversationSource>(),
    externalId: p.text(),
    role: p.string().$type<MessageRole>(),
    kind: p.text(),
    text: p.text(),
    sentAt: p.datetime(),
    receivedAt: p.datetime(),
    // null until the conversation's workflow got the signal (the outbox relay retries those)
    signaledAt: p.datetime().nullable(),
  },
});
export type Message = InferEntity<typeof MessageSchema>;
