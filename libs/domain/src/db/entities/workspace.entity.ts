import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const WorkspaceSchema = defineEntity({
  name: 'Workspace',
  tableName: 'workspace',
  properties: {
    id: p.uuid().primary(),
    name: p.text(),
    whatsappPhoneNumberId: p.text().nullable().unique(),
    // sha256 of the API token; the token itself is shown once and never stored
    apiTokenHash: p.text().unique().hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Workspace = InferEntity<typeof WorkspaceSchema>;
