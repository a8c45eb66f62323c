import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Every published event, kept for a while: NOTIFY carries it live, and a listener that lost its
 * connection replays what it missed from here (ids increase in commit order closely enough: a
 * reconnecting listener reads from a little before the last id it saw, and drops repeats).
 */
export const DomainEventSchema = defineEntity({
  name: 'DomainEvent',
  tableName: 'domain_event',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    workspaceId: p.uuid(),
    conversationId: p.uuid(),
    type: p.text(),
    change: p.text().nullable(),
    messageId: p.uuid().nullable(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});
export type DomainEvent = InferEntity<typeof DomainEventSchema>;
