import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ConversationSource } from '@app/reviewer/vocabulary';
import { isUniqueViolation } from '../errors/classify';
import { MessageAppendRepository, type AppendInput } from './message-append.repository';
import type { PendingMessage } from './signal-outbox.repository';

/** A message to record, as ingestion hands it over (validated; the conversation key normalised). */
export type NewMessage = Omit<AppendInput, 'messageId'>;

export interface RecordedMessage extends PendingMessage {
  duplicate: boolean;
  /** Whether the conversation's workflow already has this message. */
  signaled: boolean;
}

/** The title a new conversation gets: the contact's name, else the phone, else the widget visitor. */
export function titleFor(source: ConversationSource, key: string, c: { name: string | null; phone: string | null }): string {
  if (c.name) return c.name;
  if (c.phone) return c.phone;
  return source === 'WHATSAPP' ? `+${key}` : `Visitor ${key.slice(-6)}`;
}

/**
 * Appending messages to conversations. A message is stored once (unique external id, enforced by the
 * database); the conversation is created with its first message; concurrent first messages agree on
 * one conversation.
 */
@Injectable()
export class ConversationMessages {
  constructor(private readonly repo: MessageAppendRepository) {}

  async record(m: NewMessage): Promise<RecordedMessage> {
    const input: AppendInput = { ...m, messageId: randomUUID() };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const appended = await this.repo.append(input);
        if (appended)
          return {
            ...this.pending(m, input.messageId, appended.seq, appended.receivedAt, appended.conversationId),
            duplicate: false,
            signaled: false,
          };
        await this.repo.createConversation(input, titleFor(m.source, m.conversationKey, m.contact));
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // Stored already (a retry, or a concurrent request): answer as the duplicate it is.
        const dup = await this.repo.findByExternalId(m.workspaceId, m.source, m.externalId);
        if (dup)
          return {
            ...this.pending(m, dup.messageId, dup.seq, dup.receivedAt, dup.conversationId, dup.sentAt),
            duplicate: true,
            signaled: dup.signaled,
          };
      }
    }
    throw new Error(`message ${m.externalId} could not be recorded`);
  }

  private pending(
    m: NewMessage,
    messageId: string,
    seq: number,
    receivedAt: Date,
    conversationId: string,
    sentAt = m.sentAt,
  ): PendingMessage {
    return { workspaceId: m.workspaceId, source: m.source, conversationId, messageId, seq, sentAt, receivedAt };
  }
}
