import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { credentialKey, RateLimiter } from '@app/domain';
import type { GqlContext } from '../gql-context';
import { costError, operationCost } from './cost';

/** The rate limit error, as GraphQL and HTTP both say it (429 with Retry-After over HTTP). */
export function rateLimitError(retryAfter: number): GraphQLError {
  return new GraphQLError(`Too many requests; retry after ${retryAfter} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
  });
}

/** The key an operation is rate-limited by: its credential, else the client's address. */
export const limitKey = (ctx: GqlContext) => credentialKey(ctx.principal) ?? `addr:${ctx.clientAddress}`;

/**
 * Before anything runs: the operation's estimated cost (refused above the maximum), then the
 * caller's rate (a token bucket per credential) — so one tenant's flood never takes the others' share.
 */
export function limitsPlugin(limiter: RateLimiter): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, request, contextValue }) => {
          const tooComplex = costError(operationCost(schema, document, request.operationName ?? undefined, request.variables ?? {}));
          if (tooComplex) return Promise.reject(tooComplex);
          const wait = limiter.take(limitKey(contextValue as unknown as GqlContext));
          return wait > 0 ? Promise.reject(rateLimitError(wait)) : Promise.resolve();
        },
      }),
  };
}
