import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GqlContext } from '../gql-context';

/** Request header asking for `extensions.sqlStatements` (honoured only with DEBUG_SQL_COUNT=1). */
export const SQL_COUNT_HEADER = 'x-debug-sql-count';

/** Reports how many SQL statements a request ran: the N+1 tests read it. */
export function sqlCountPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: ({ request }) => {
      if (!request.http?.headers.get(SQL_COUNT_HEADER)) return Promise.resolve();
      return Promise.resolve({
        willSendResponse: ({ response, contextValue }) => {
          const count = (contextValue as unknown as GqlContext).res?.locals.sqlCount as (() => number) | undefined;
          if (response.body.kind === 'single' && count) {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: count() };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
