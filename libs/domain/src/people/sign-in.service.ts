import { Injectable } from '@nestjs/common';
import { RateLimiter } from '../common/rate-limiter';
import { Db } from '../database/db.service';
import { notFound, rateLimited, unauthenticated } from '../errors/domain-error';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { normaliseEmail } from './invitations.service';
import { dummyHash, verifyPassword } from './passwords';
import type { SignedIn } from './people.records';
import { SessionsService } from './sessions.service';

const WRONG = 'Wrong email or password';

/**
 * Sign-in by e-mail and password. A wrong e-mail and a wrong password get the same answer in about
 * the same time (an unknown e-mail still runs argon2 on a dummy hash). Failures are throttled per
 * e-mail (5, then one a minute) and per client address (20, then one every 10 s), in this process.
 */
@Injectable()
export class SignInService {
  private readonly byEmail = new RateLimiter(1 / 60, 5);
  private readonly byAddress = new RateLimiter(1 / 10, 20);

  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
    private readonly workspaces: WorkspacesService,
  ) {}

  async signIn(emailInput: string, password: string, clientAddress: string): Promise<SignedIn> {
    const email = normaliseEmail('email', emailInput);
    const wait = Math.max(this.byEmail.waitFor(email), this.byAddress.waitFor(clientAddress));
    if (wait > 0) throw rateLimited(wait, 'Too many failed sign-ins');
    const user = await this.db.kysely
      .selectFrom('app_user')
      .select(['id', 'email', 'name', 'password_hash'])
      .where('email', '=', email)
      .executeTakeFirst();
    const ok = await verifyPassword(password.slice(0, 200), user?.password_hash ?? (await dummyHash()));
    // the workspace a person lands in: the one they joined first
    const member =
      user && ok
        ? await this.db.kysely
            .selectFrom('member')
            .select(['id', 'workspace_id', 'role', 'created_at'])
            .where('user_id', '=', user.id)
            .orderBy('created_at')
            .executeTakeFirst()
        : undefined;
    if (!user || !ok || !member) {
      this.byEmail.take(email);
      this.byAddress.take(clientAddress);
      throw unauthenticated(WRONG);
    }
    this.byEmail.reset(email);
    const session = await this.sessions.create(this.db.kysely, user.id, member.workspace_id);
    const workspace = await this.workspaces.byId(member.workspace_id);
    if (!workspace) throw notFound('Workspace', member.workspace_id);
    return {
      sessionToken: session.token,
      expiresAt: session.expiresAt,
      member: {
        id: member.id,
        workspaceId: member.workspace_id,
        role: member.role,
        createdAt: member.created_at,
        user: { id: user.id, email: user.email, name: user.name },
      },
      workspace,
    };
  }
}
