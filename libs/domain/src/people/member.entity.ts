import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MEMBER_ROLES = ['ADMIN', 'AGENT'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A person's place in one workspace, with their role there. */
export const MemberSchema = defineEntity({
  name: 'Member',
  tableName: 'member',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    userId: p.uuid(),
    role: p.string().$type<MemberRole>(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});
export type Member = InferEntity<typeof MemberSchema>;
