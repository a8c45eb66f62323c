// Events that cross processes: stored in domain_event and announced with pg_notify inside the
// transaction that made the change, so a listener hears of a change only once it is committed.
export const EVENTS_CHANNEL = 'conversation_events';

export const CHANGE_KINDS = ['message', 'review', 'status', 'tag', 'note'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type EventType = 'message.recorded' | 'conversation.reviewed' | 'conversation.changed';

export interface ConversationEvent {
  /** Increasing id of the stored event (replay after a reconnect starts from the last one seen). */
  id: number;
  type: EventType;
  workspaceId: string;
  conversationId: string;
  /** conversation.changed: what changed. */
  change: ChangeKind | null;
  /** message.recorded: the message. */
  messageId: string | null;
}

/** What a listener is told when it may have missed events (it should refetch). */
export interface EventGap {
  type: 'gap';
}
