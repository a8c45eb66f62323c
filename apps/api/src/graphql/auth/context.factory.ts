import { Injectable } from '@nestjs/common';
import { Database } from '@app/domain/db/database.service';
import { CountingSql } from '../common/counting-sql';
import { Loaders } from '../conversations/loaders';
import { AuthService } from './auth.service';
import type { GqlContext } from './gql-context';
import type { Principal } from './principal';

interface HttpContextArg {
  req: { headers: Record<string, string | string[] | undefined> };
  res?: unknown;
}

/** graphql-ws's context object: `extra` is where onConnect left the connection's principal. */
export interface WsConnectionContext {
  connectionParams?: Record<string, unknown>;
  extra: { principal?: Principal; socket?: { close(code: number, reason: string): void } };
}

/** Builds a GqlContext for an HTTP request (token read once) or a subscription (token read in onConnect). */
@Injectable()
export class GqlContextFactory {
  constructor(
    private readonly db: Database,
    private readonly auth: AuthService,
  ) {}

  async create(arg: HttpContextArg | WsConnectionContext): Promise<GqlContext> {
    const sql = new CountingSql(this.db);
    if (isWs(arg)) {
      const principal = arg.extra.principal ?? { kind: 'anonymous' };
      return this.context(arg, principal, sql, 'ws');
    }
    const header = arg.req?.headers?.authorization;
    const principal = await this.auth.principalFor(Array.isArray(header) ? header[0] : header, () => sql.statements++);
    return this.context(arg.req, principal, sql, 'http');
  }

  /** graphql-ws onConnect: decides the connection's principal from connection_init's payload. */
  async principalForConnection(ctx: WsConnectionContext): Promise<Principal> {
    const params = ctx.connectionParams ?? {};
    const value = params.authorization ?? params.Authorization;
    return this.auth.principalFor(value);
  }

  private context(req: unknown, principal: Principal, sql: CountingSql, transport: 'http' | 'ws'): GqlContext {
    const workspaceId = principal.kind === 'workspace' ? principal.workspace.id : null;
    return { req, principal, sql, loaders: new Loaders(sql, workspaceId), transport };
  }
}

function isWs(arg: HttpContextArg | WsConnectionContext): arg is WsConnectionContext {
  return typeof arg === 'object' && arg !== null && 'extra' in arg && !('res' in arg);
}
