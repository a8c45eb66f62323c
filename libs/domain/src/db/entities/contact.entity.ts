import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// One contact per conversation: WhatsApp numbers and widget sessions are the only identity we have.
export const ContactSchema = defineEntity({
  name: 'Contact',
  tableName: 'contact',
  properties: {
    id: p.uuid().primary(),
    workspaceId: p.uuid(),
    name: p.text().nullable(),
    phone: p.text().nullable(),
    email: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Contact = InferEntity<typeof ContactSchema>;
