import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A signed-in browser: the cookie holds a random id, only its sha256 is stored here. */
export const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    tokenHash: p.text().unique().hidden(),
    userId: p.uuid(),
    /** The workspace this session acts in (switchWorkspace changes it). */
    workspaceId: p.uuid(),
    createdAt: p.datetime().defaultRaw('now()'),
    lastSeenAt: p.datetime().defaultRaw('now()'),
    /** Absolute expiry (SESSION_MAX after sign-in); idle expiry is lastSeenAt + SESSION_IDLE. */
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Session = InferEntity<typeof SessionSchema>;
