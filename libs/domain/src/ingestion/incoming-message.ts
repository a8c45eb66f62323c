import type { ConversationSource, MessageRole } from '../db/entities/enums';

export interface IncomingMessage {
  workspaceId: string;
  source: ConversationSource;
  conversationKey: string;
  /** The sender's id for the message: the idempotency key, unique per workspace and source. */
  externalId: string;
  role: MessageRole;
  kind: string;
  text: string;
  sentAt: Date;
  contact?: { name?: string | null; phone?: string | null; email?: string | null };
}

export interface RecordedMessage {
  workspaceId: string;
  source: ConversationSource;
  conversationId: string;
  messageId: string;
  seq: number;
  sentAt: Date;
  receivedAt: Date;
  duplicate: boolean;
  /** Whether the conversation's workflow already has this message. */
  signaled: boolean;
}

/** WhatsApp numbers in any spelling ("+39 347…", "0039347…") name the same conversation as the webhook's wa_id. */
export function normalizeConversationKey(source: ConversationSource, key: string): string {
  const trimmed = key.trim();
  if (source !== 'WHATSAPP') return trimmed;
  const digits = trimmed.replace(/\D/g, '').replace(/^00/, '');
  return digits || trimmed;
}
