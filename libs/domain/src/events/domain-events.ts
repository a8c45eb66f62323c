// Events that cross processes: written with pg_notify inside the transaction that made the change,
// so a listener hears of a change only once it is committed.
export const EVENTS_CHANNEL = 'conversation_events';

export type DomainEvent =
  | { type: 'message.recorded'; workspaceId: string; conversationId: string; messageId: string }
  | { type: 'conversation.reviewed'; workspaceId: string; conversationId: string }
  | { type: 'conversation.changed'; workspaceId: string; conversationId: string; change: 'status' | 'tag' | 'note' | 'message' | 'review' };

/** SQL fragment and params that publish `event` when the surrounding transaction commits. */
export function notifySql(event: DomainEvent): [string, unknown[]] {
  return ['select pg_notify(?, ?)', [EVENTS_CHANNEL, JSON.stringify(event)]];
}
