import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Principal } from '../auth/principal';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Db } from '../database/db.service';
import type { Executor } from '../database/schema';
import { CredentialEvents } from '../events/credential-events.service';
import { hashSecret, newSecret } from '../workspaces/secret-token';

/** last_seen_at is written at most this often per session (idle expiry is counted in days). */
const SEEN_RESOLUTION_MS = 60_000;

/**
 * Sessions of signed-in people: the cookie holds a random token, only its hash is stored. A session
 * ends on sign-out, after SESSION_IDLE without use, SESSION_MAX after sign-in, when its person is
 * removed from the workspace it acts in, or when their password changes.
 */
@Injectable()
export class SessionsService {
  private readonly seenWritten = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly revocations: CredentialEvents,
  ) {}

  async create(tx: Executor, userId: string, workspaceId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecret('cs');
    const expiresAt = new Date(Date.now() + this.config.sessions.maxMs);
    await tx
      .insertInto('session')
      .values({ token_hash: hashSecret(token), user_id: userId, workspace_id: workspaceId, expires_at: expiresAt })
      .execute();
    return { token, expiresAt };
  }

  /** The member principal of a live session, or undefined. */
  async resolve(token: string): Promise<Principal | undefined> {
    const idleSince = new Date(Date.now() - this.config.sessions.idleMs);
    const [row] = await this.db.prepared(
      this.db.kysely
        .selectFrom('session as s')
        .innerJoin('member as m', (j) => j.onRef('m.user_id', '=', 's.user_id').onRef('m.workspace_id', '=', 's.workspace_id'))
        .innerJoin('app_user as u', 'u.id', 's.user_id')
        .select(['s.id as sessionId', 's.workspace_id as workspaceId', 'm.id as memberId', 'm.role', 'u.id as userId', 'u.name'])
        .where('s.token_hash', '=', hashSecret(token))
        .where('s.revoked_at', 'is', null)
        .where('s.expires_at', '>', sql<Date>`now()`)
        .where('s.last_seen_at', '>', idleSince)
        .compile(),
    );
    if (!row) return undefined;
    this.touch(row.sessionId);
    return { kind: 'member', ...row };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.updateTable('session').set({ revoked_at: new Date() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
      await this.revocations.publish(tx, { kind: 'session', id: sessionId });
    });
  }

  /** Later operations of this session act in `workspaceId`. */
  async switchWorkspace(sessionId: string, workspaceId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.updateTable('session').set({ workspace_id: workspaceId }).where('id', '=', sessionId).execute();
      await this.revocations.publish(tx, { kind: 'session', id: sessionId });
    });
  }

  /** Ends the person's sessions that act in `workspaceId` (a removed member), in the caller's transaction. */
  async endForMember(tx: Executor, member: { id: string; userId: string; workspaceId: string }): Promise<void> {
    await tx
      .updateTable('session')
      .set({ revoked_at: new Date() })
      .where('user_id', '=', member.userId)
      .where('workspace_id', '=', member.workspaceId)
      .where('revoked_at', 'is', null)
      .execute();
    await this.revocations.publish(tx, { kind: 'member', ...member });
  }

  /** A member's role changed: processes drop the cached principals of their sessions (the sessions go on). */
  async endForMemberCache(tx: Executor, member: { id: string; userId: string; workspaceId: string }): Promise<void> {
    await this.revocations.publish(tx, { kind: 'member', ...member });
  }

  private touch(sessionId: string): void {
    const now = Date.now();
    if ((this.seenWritten.get(sessionId) ?? 0) > now - SEEN_RESOLUTION_MS) return;
    this.seenWritten.set(sessionId, now);
    if (this.seenWritten.size > 10_000) this.seenWritten.clear();
    void this.db.kysely
      .updateTable('session')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', sessionId)
      .execute()
      .catch(() => this.seenWritten.delete(sessionId));
  }
}
