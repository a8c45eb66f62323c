import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A person; belongs to workspaces through Member. Table `app_user`: `user` is reserved in SQL. */
export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    /** Lower-cased; unique. */
    email: p.text().unique(),
    name: p.text(),
    /** argon2id, PHC string format (see passwords.ts). */
    passwordHash: p.text().hidden(),
    createdAt: p.datetime().defaultRaw('now()'),
    passwordChangedAt: p.datetime().defaultRaw('now()'),
  },
});
export type User = InferEntity<typeof UserSchema>;
