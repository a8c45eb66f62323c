import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// WhatsApp deliveries for a phone_number_id no workspace claims yet: kept to be replayed later.
export const WebhookInboxSchema = defineEntity({
  name: 'WebhookInbox',
  tableName: 'webhook_inbox',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    phoneNumberId: p.text(),
    body: p.json<unknown>(),
    reason: p.text(),
    receivedAt: p.datetime().defaultRaw('now()'),
    replayedAt: p.datetime().nullable(),
    /** Replays that failed, the last error, and when to try again: one bad body never blocks the rest. */
    attempts: p.integer().defaultRaw('0'),
    lastError: p.text().nullable(),
    retryAt: p.datetime().nullable(),
  },
});
export type WebhookInbox = InferEntity<typeof WebhookInboxSchema>;
