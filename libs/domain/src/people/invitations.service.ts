import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { isUuid } from '../common/ids';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Db } from '../database/db.service';
import type { Executor } from '../database/schema';
import { conflict, gone, invalidInput, notFound, unauthenticated } from '../errors/domain-error';
import { requireText } from '../common/text-input';
import { hashSecret, newSecret } from '../workspaces/secret-token';
import { WorkspacesService } from '../workspaces/workspaces.service';
import type { MemberRole } from './member.entity';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords';
import type { InvitationRecord, SignedIn } from './people.records';
import { SessionsService } from './sessions.service';

const VALID_MS = 7 * 24 * 3_600_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const COLUMNS = [
  'id',
  'workspace_id as workspaceId',
  'email',
  'role',
  'expires_at as expiresAt',
  'accepted_at as acceptedAt',
  'revoked_at as revokedAt',
  'created_at as createdAt',
] as const;

export function normaliseEmail(field: string, email: string): string {
  const e = requireText(field, email, { max: 320 }).toLowerCase();
  if (!EMAIL.test(e)) throw invalidInput(field, 'is not an e-mail address');
  return e;
}

/** Invitations: how a person joins a workspace. Single use, valid 7 days, only the token's hash stored. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly sessions: SessionsService,
    private readonly workspaces: WorkspacesService,
  ) {}

  async invite(
    workspaceId: string,
    invitedBy: string,
    emailInput: string,
    role: MemberRole,
  ): Promise<{ invitation: InvitationRecord; token: string; acceptUrl: string }> {
    const email = normaliseEmail('email', emailInput);
    const already = await this.db.kysely
      .selectFrom('member as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select('m.id')
      .where('m.workspace_id', '=', workspaceId)
      .where('u.email', '=', email)
      .executeTakeFirst();
    if (already) throw conflict('email', 'is already a member of this workspace');
    const token = newSecret('ci');
    const invitation = await this.db.kysely
      .insertInto('invitation')
      .values({
        workspace_id: workspaceId,
        email,
        role,
        token_hash: hashSecret(token),
        invited_by_name: invitedBy,
        expires_at: new Date(Date.now() + VALID_MS),
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return { invitation, token, acceptUrl: `${this.config.publicUrl}/accept-invitation?token=${encodeURIComponent(token)}` };
  }

  /** Pending and past, newest first. */
  list(workspaceId: string): Promise<InvitationRecord[]> {
    return this.db.kysely
      .selectFrom('invitation')
      .select(COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  async revoke(workspaceId: string, id: string): Promise<InvitationRecord> {
    if (!isUuid(id)) throw notFound('Invitation', id);
    const row = await this.db.kysely
      .updateTable('invitation')
      .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .returning(COLUMNS)
      .executeTakeFirst();
    if (!row) throw notFound('Invitation', id);
    return row;
  }

  /**
   * Creates the person (or adds the workspace to the existing person with that e-mail, whose
   * password must then match), makes them a member and signs them in.
   */
  async accept(token: string, nameInput: string, password: string): Promise<SignedIn> {
    const name = requireText('name', nameInput, { max: 200 });
    checkPasswordRules('password', password);
    const signedIn = await this.db.transaction(async (tx) => {
      const inv = await tx.selectFrom('invitation').selectAll().where('token_hash', '=', hashSecret(token)).forUpdate().executeTakeFirst();
      if (!inv) throw unauthenticated('This invitation link is not valid');
      if (inv.accepted_at) throw gone('This invitation has already been used');
      if (inv.revoked_at) throw gone('This invitation was revoked');
      if (inv.expires_at.getTime() < Date.now()) throw gone('This invitation has expired; ask for a new one');
      const userId = await this.userFor(tx, inv.email, name, password);
      const member = await tx
        .insertInto('member')
        .values({ workspace_id: inv.workspace_id, user_id: userId, role: inv.role })
        .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role: (eb) => eb.ref('member.role') }))
        .returning(['id', 'role', 'created_at'])
        .executeTakeFirstOrThrow();
      await tx.updateTable('invitation').set({ accepted_at: new Date() }).where('id', '=', inv.id).execute();
      const user = await tx.selectFrom('app_user').select(['id', 'email', 'name']).where('id', '=', userId).executeTakeFirstOrThrow();
      const session = await this.sessions.create(tx, userId, inv.workspace_id);
      return {
        sessionToken: session.token,
        expiresAt: session.expiresAt,
        member: { id: member.id, workspaceId: inv.workspace_id, role: member.role, createdAt: member.created_at, user },
        workspaceId: inv.workspace_id,
      };
    });
    const workspace = await this.workspaces.byId(signedIn.workspaceId);
    if (!workspace) throw notFound('Workspace', signedIn.workspaceId);
    return { sessionToken: signedIn.sessionToken, expiresAt: signedIn.expiresAt, member: signedIn.member, workspace };
  }

  private async userFor(tx: Executor, email: string, name: string, password: string): Promise<string> {
    const existing = await tx.selectFrom('app_user').select(['id', 'password_hash']).where('email', '=', email).executeTakeFirst();
    if (existing) {
      if (!(await verifyPassword(password, existing.password_hash))) {
        throw unauthenticated(`${email} already has an account: enter its password to join this workspace too`);
      }
      return existing.id;
    }
    const created = await tx
      .insertInto('app_user')
      .values({ email, name, password_hash: await hashPassword(password) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return created.id;
  }
}
