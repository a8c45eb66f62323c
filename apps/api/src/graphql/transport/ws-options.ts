import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { GqlContextFactory, WsConnectionContext } from '../auth/context.factory';
import { complexityError, depthLimitRule, operationComplexity } from '../protection/limits';

/** graphql-ws close codes: 4401 no or unknown token, 4403 a token that is not a workspace's (admin). */
export const WS_UNAUTHORIZED = 4401;
export const WS_FORBIDDEN = 4403;

interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * The graphql-ws server options (subprotocol graphql-transport-ws, same path as HTTP): the token of
 * connection_init decides the workspace once per connection; every operation gets the same depth and
 * complexity limits as over HTTP.
 */
export function graphqlWsOptions(path: string, contexts: GqlContextFactory, schema: () => GraphQLSchema) {
  return {
    path,
    onConnect: async (ctx: WsConnectionContext): Promise<boolean> => {
      const principal = await contexts.principalForConnection(ctx).catch(() => ({ kind: 'invalid' as const }));
      if (principal.kind === 'workspace') {
        ctx.extra.principal = principal;
        return true;
      }
      if (principal.kind === 'admin') return false; // graphql-ws closes with 4403 Forbidden
      ctx.extra.socket?.close(WS_UNAUTHORIZED, 'Unauthorized: connection_init needs { authorization: "Bearer <apiToken>" }');
      return false;
    },
    onSubscribe: (_ctx: unknown, _id: string, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] => {
      const s = schema();
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch (err) {
        return [err instanceof GraphQLError ? err : new GraphQLError(String(err))];
      }
      const errors = validate(s, document, [...specifiedRules, depthLimitRule()]);
      if (errors.length) return errors;
      const operation = getOperationAST(document, payload.operationName ?? undefined);
      if (operation) {
        const tooComplex = complexityError(operationComplexity(s, document, operation, payload.variables ?? {}));
        if (tooComplex) return [tooComplex];
      }
      return { schema: s, document, operationName: payload.operationName ?? undefined, variableValues: payload.variables ?? undefined };
    },
  };
}
