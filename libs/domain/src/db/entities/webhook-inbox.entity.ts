import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// WhatsApp deliveries for a phone_number_id no workspace claims yet: kept to be replayed later.
export const WebhookInboxSchema = defineEntity({
  name: 'WebhookInbox',
  tableName: 'webhook_inbox',
  properties: {
    id: p.uuid().primary(),
    phoneNumberId: p.text(),
    body: p.json<unknown>(),
    reason: p.text(),
    receivedAt: p.datetime(),
    replayedAt: p.datetime().nullable(),
  },
});
export type WebhookInbox = InferEntity<typeof WebhookInboxSchema>;
