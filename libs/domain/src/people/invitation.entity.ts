import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { MemberRole } from './member.entity';

/** A single-use invitation to join a workspace; only the token's sha256 is stored. */
export const InvitationSchema = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    email: p.text(),
    role: p.string().$type<MemberRole>(),
    tokenHash: p.text().unique().hidden(),
    invitedByName: p.text(),
    createdAt: p.datetime().defaultRaw('now()'),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof InvitationSchema>;
