import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const WorkspaceSchema = defineEntity({
  name: 'Workspace',
  tableName: 'workspace',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    name: p.text(),
    /** Meta's phone_number_id: WhatsApp deliveries for it belong to this workspace. */
    whatsappPhoneNumberId: p.text().nullable().unique(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});
export type Workspace = InferEntity<typeof WorkspaceSchema>;
