import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { CredentialEvents, type Revocation } from '../events/credential-events.service';
import { SessionsService } from '../people/sessions.service';
import { ApiTokensService } from '../workspaces/api-tokens.service';
import { bearerToken, hashSecret, safeEqual } from '../workspaces/secret-token';
import type { Principal } from './principal';

export interface Credentials {
  /** The Authorization header (or graphql-ws connection_init `authorization`). */
  authorization?: unknown;
  /** The session cookie's value. */
  sessionToken?: string;
}

// Every request authenticates: a small cache saves the lookup. It is dropped on any revocation heard
// from any process, and not trusted at all while revocations cannot be heard.
const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

interface Cached {
  principal: Principal;
  until: number;
}

/** Turns credentials (bearer token or session cookie) into a Principal: the one authentication of both transports. */
@Injectable()
export class Authenticator implements OnModuleInit {
  private readonly cache = new Map<string, Cached>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: ApiTokensService,
    private readonly sessions: SessionsService,
    private readonly revocations: CredentialEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.revocations.subscribe((r) => this.forget(r)).catch(() => undefined);
  }

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
    return this.cached(`t:${hashSecret(token)}`, async () => {
      const t = await this.tokens.authenticate(token);
      return t
        ? { kind: 'apiToken', workspaceId: t.workspaceId, tokenId: t.id, name: t.name }
        : { kind: 'invalid', reason: 'unknown or revoked API token' };
    });
  }

  private session(token: string): Promise<Principal> {
    return this.cached(`s:${hashSecret(token)}`, async () => {
      const s = await this.sessions.resolve(token);
      return s ?? { kind: 'invalid', reason: 'the session has ended; sign in again' };
    });
  }

  private async cached(key: string, load: () => Promise<Principal>): Promise<Principal> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now() && this.revocations.live) return hit.principal;
    const principal = await load();
    // Unknown credentials are not cached: a token created a moment later must work at once.
    if (principal.kind !== 'invalid' && this.revocations.live) {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(key, { principal, until: Date.now() + CACHE_MS });
    }
    return principal;
  }

  private forget(r: Revocation): void {
    if (r.kind === 'all') return this.cache.clear();
    for (const [key, { principal: p }] of this.cache) {
      const hit =
        (r.kind === 'apiToken' && p.kind === 'apiToken' && p.tokenId === r.id) ||
        (r.kind === 'session' && p.kind === 'member' && p.sessionId === r.id) ||
        (r.kind === 'user' && p.kind === 'member' && p.userId === r.id) ||
        (r.kind === 'member' && p.kind === 'member' && p.userId === r.userId && p.workspaceId === r.workspaceId);
      if (hit) this.cache.delete(key);
    }
  }
}
