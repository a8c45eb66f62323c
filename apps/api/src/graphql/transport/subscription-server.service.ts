import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, getOperationAST, getVariableValues, parse, specifiedRules, validate, type ExecutionArgs } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  APP_CONFIG,
  Authenticator,
  ConversationReader,
  CredentialEvents,
  credentialKey,
  RateLimiter,
  type AppConfig,
  type Principal,
  type Revocation,
} from '@app/domain';
import { allowedOrigins, clientAddressOf, principalOfRequest } from '../../auth/request-principal';
import { createFormatError } from '../errors/format-error';
import type { GqlContext } from '../gql-context';
import { Loaders } from '../loaders';
import { costError, operationCost } from '../protection/cost';
import { rateLimitError } from '../protection/limits.plugin';
import { shapeLimitsRule } from '../protection/shape-limits.rule';
import { GRAPHQL_PATH } from './graphql-path';

/** Largest graphql-ws message accepted (the HTTP body limit is 1 MB too). */
export const MAX_WS_MESSAGE_BYTES = 1024 * 1024;
export const MAX_CONNECTIONS_PER_CREDENTIAL = 20;
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 50;
/** graphql-ws close codes: 4401 no or revoked credentials, 4403 credentials that may not subscribe, 4429 too many connections. */
export const WS_UNAUTHORIZED = 4401;
export const WS_FORBIDDEN = 4403;
export const WS_TOO_MANY = 4429;

/** What this server keeps per connection beside graphql-ws's own socket and request. */
type Additions = {
  principal?: Principal;
  /** connection_init's authorization, to re-check the credentials later. */
  bearer?: unknown;
  subscriptions?: number;
};
type Extra = { socket: WebSocket; request: IncomingMessage } & Additions;
type WsContext = Context<Record<string, unknown> | undefined, Extra>;

/**
 * GraphQL over WebSocket (graphql-ws) on /graphql, beside Apollo's HTTP: the same credentials (the
 * connection_init token, or the upgrade's session cookie from an allowed Origin), the same limits,
 * caps per credential and per connection, and revocation closing open connections at once (4401).
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(SubscriptionServer.name);
  private wss: WebSocketServer | undefined;
  private dispose: (() => void | Promise<void>) | undefined;
  private readonly open = new Map<WebSocket, Extra>();
  private readonly perCredential = new Map<string, number>();
  private readonly origins: Set<string>;
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly auth: Authenticator,
    private readonly reader: ConversationReader,
    private readonly revocations: CredentialEvents,
  ) {
    this.origins = allowedOrigins(config);
    this.limiter = new RateLimiter(config.rateLimits.graphqlPerSecond, config.rateLimits.graphqlBurst);
  }

  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    this.wss = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: MAX_WS_MESSAGE_BYTES });
    const formatError = createFormatError(this.config.development);
    const server = useServer<Record<string, unknown> | undefined, Additions>(
      {
        schema: this.schemaHost.schema,
        context: (ctx) => this.context(ctx),
        onConnect: (ctx) => this.onConnect(ctx),
        onSubscribe: (ctx, _id, payload) => this.onSubscribe(ctx, payload),
        onComplete: (ctx) => void (ctx.extra.subscriptions = Math.max(0, (ctx.extra.subscriptions ?? 1) - 1)),
        onNext: (_ctx, _id, _payload, _args, result) => {
          if (!result.errors?.length) return result;
          return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e) as unknown as GraphQLError) };
        },
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e) as unknown as GraphQLError),
      },
      this.wss,
    );
    this.dispose = () => server.dispose();
    // graphql-ws keeps one `extra` per socket (built from the connection's socket and request): track those.
    this.wss.on('connection', (socket: WebSocket) => socket.once('close', () => this.release(socket)));
    this.revocations.subscribe((r) => this.closeRevoked(r));
  }

  private async onConnect(ctx: WsContext): Promise<boolean> {
    ctx.extra.subscriptions = 0;
    this.open.set(ctx.extra.socket, ctx.extra);
    const params = ctx.connectionParams ?? {};
    const bearer = params.authorization ?? params.Authorization;
    const principal = await principalOfRequest(this.auth, this.origins, ctx.extra.request.headers, bearer).catch((): Principal => ({
      kind: 'invalid',
      reason: 'credentials could not be checked',
    }));
    if (principal.kind === 'apiToken' || principal.kind === 'member') {
      const key = credentialKey(principal) as string;
      const n = (this.perCredential.get(key) ?? 0) + 1;
      if (n > MAX_CONNECTIONS_PER_CREDENTIAL) {
        ctx.extra.socket.close(WS_TOO_MANY, `Too many connections: at most ${MAX_CONNECTIONS_PER_CREDENTIAL} per credential`);
        return false;
      }
      this.perCredential.set(key, n);
      ctx.extra.principal = principal;
      ctx.extra.bearer = bearer;
      return true;
    }
    if (principal.kind === 'admin' || principal.kind === 'refused') {
      ctx.extra.socket.close(
        WS_FORBIDDEN,
        principal.kind === 'admin' ? 'Forbidden: the admin token cannot subscribe' : `Forbidden: ${principal.reason}`,
      );
      return false;
    }
    ctx.extra.socket.close(WS_UNAUTHORIZED, 'Unauthorized: connection_init needs { authorization: "Bearer <apiToken>" }, or sign in');
    return false;
  }

  private onSubscribe(
    ctx: WsContext,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ): ExecutionArgs | readonly GraphQLError[] {
    const schema = this.schemaHost.schema;
    if ((ctx.extra.subscriptions ?? 0) >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
      return [
        new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`, {
          extensions: { code: 'RATE_LIMITED', retryAfter: 1 },
        }),
      ];
    }
    const wait = ctx.extra.principal ? this.limiter.take(credentialKey(ctx.extra.principal) as string) : 0;
    if (wait > 0) return [rateLimitError(wait)];
    let document;
    try {
      document = parse(payload.query);
    } catch (err) {
      return [err instanceof GraphQLError ? err : new GraphQLError(String(err))];
    }
    const errors = validate(schema, document, [...specifiedRules, shapeLimitsRule]);
    if (errors.length) return errors;
    const operationName = payload.operationName ?? undefined;
    const operation = getOperationAST(document, operationName);
    if (operation) {
      // Variables that do not fit their types are the caller's input, as over HTTP (not an internal error).
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
      if (coerced.errors)
        return coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }));
      const tooComplex = costError(operationCost(schema, document, operationName, payload.variables ?? {}));
      if (tooComplex) return [tooComplex];
    }
    ctx.extra.subscriptions = (ctx.extra.subscriptions ?? 0) + 1;
    return { schema, document, operationName, variableValues: payload.variables ?? undefined };
  }

  private context(ctx: WsContext): GqlContext {
    const principal = ctx.extra.principal ?? { kind: 'anonymous' };
    const workspaceId = principal.kind === 'apiToken' || principal.kind === 'member' ? principal.workspaceId : null;
    return {
      transport: 'ws',
      principal,
      clientAddress: clientAddressOf(ctx.extra.request),
      loaders: new Loaders(this.reader, workspaceId),
    };
  }

  private release(socket: WebSocket): void {
    const extra = this.open.get(socket);
    this.open.delete(socket);
    const key = extra?.principal && credentialKey(extra.principal);
    if (!key) return;
    const n = (this.perCredential.get(key) ?? 1) - 1;
    if (n <= 0) this.perCredential.delete(key);
    else this.perCredential.set(key, n);
  }

  /** A revoked credential's open connections are closed (4401); after a listener gap every connection re-checks. */
  private closeRevoked(r: Revocation): void {
    for (const { socket, principal: p } of this.open.values()) {
      if (!p) continue;
      const hit =
        r.kind === 'all' ||
        (r.kind === 'apiToken' && p.kind === 'apiToken' && p.tokenId === r.id) ||
        (r.kind === 'session' && p.kind === 'member' && p.sessionId === r.id) ||
        (r.kind === 'user' && p.kind === 'member' && p.userId === r.id) ||
        (r.kind === 'member' && p.kind === 'member' && p.userId === r.userId && p.workspaceId === r.workspaceId);
      if (!hit) continue;
      // A session or membership event may be a role change or switchWorkspace, not an end: those
      // connections close only if their credentials no longer authenticate.
      if (r.kind === 'apiToken' || r.kind === 'user') socket.close(WS_UNAUTHORIZED, 'Unauthorized: the credentials were revoked');
      else void this.recheck(socket);
    }
  }

  private async recheck(socket: WebSocket): Promise<void> {
    const extra = this.open.get(socket);
    if (!extra?.principal) return;
    const fresh = await principalOfRequest(this.auth, this.origins, extra.request.headers, extra.bearer).catch(() => undefined);
    if (!fresh || credentialKey(fresh) !== credentialKey(extra.principal))
      socket.close(WS_UNAUTHORIZED, 'Unauthorized: the credentials were revoked');
    // still valid: later subscriptions on this connection get the new role and workspace
    else extra.principal = fresh;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dispose?.();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }
}
