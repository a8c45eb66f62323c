import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A machine credential of one workspace (ADMIN rights there). Only the token's sha256 is stored. */
export const ApiTokenSchema = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    name: p.text(),
    tokenHash: p.text().unique().hidden(),
    createdAt: p.datetime().defaultRaw('now()'),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type ApiToken = InferEntity<typeof ApiTokenSchema>;
