import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { SessionsService } from '../people/sessions.service';
import { ApiTokensService } from '../workspaces/api-tokens.service';
import { bearerToken, safeEqual } from '../workspaces/secret-token';
import type { Principal } from './principal';

export interface Credentials {
  /** The Authorization header (or graphql-ws connection_init `authorization`). */
  authorization?: unknown;
  /** The session cookie's value. */
  sessionToken?: string;
}

// No cache of principals: a revocation must hold on the very next request in every process, and a
// NOTIFY may reach another process after that request (one indexed lookup per request is the price).

/** Turns credentials (bearer token or session cookie) into a Principal: the one authentication of both transports. */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: ApiTokensService,
    private readonly sessions: SessionsService,
  ) {}

  async authenticate(c: Credentials): Promise<Principal> {
    if (c.authorization !== undefined && c.authorization !== null && c.authorization !== '') return this.bearer(c.authorization);
    if (c.sessionToken) return this.session(c.sessionToken);
    return { kind: 'anonymous' };
  }

  private async bearer(header: unknown): Promise<Principal> {
    const token = typeof header === 'string' ? bearerToken(header) : undefined;
    if (!token) return { kind: 'invalid', reason: 'Authorization: expected "Bearer <apiToken>"' };
    const admin = this.config.adminToken;
    if (admin && safeEqual(token, admin)) return { kind: 'admin' };
    const t = await this.tokens.authenticate(token);
    return t
      ? { kind: 'apiToken', workspaceId: t.workspaceId, tokenId: t.id, name: t.name }
      : { kind: 'invalid', reason: 'unknown or revoked API token' };
  }

  private async session(token: string): Promise<Principal> {
    return (await this.sessions.resolve(token)) ?? { kind: 'invalid', reason: 'the session has ended; sign in again' };
  }
}
