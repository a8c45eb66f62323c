import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// One contact per conversation: WhatsApp numbers and widget sessions are the only identity we have.
export const ContactSchema = defineEntity({
  name: 'Contact',
  tableName: 'contact',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    name: p.text().nullable(),
    phone: p.text().nullable(),
    email: p.text().nullable(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});
export type Contact = InferEntity<typeof ContactSchema>;
