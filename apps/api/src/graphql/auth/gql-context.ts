import type { Principal } from './principal';
import type { CountingSql } from '../common/counting-sql';
import type { Loaders } from '../conversations/loaders';

/** The context every resolver gets: built once per HTTP request, and once per subscription over WebSocket. */
export interface GqlContext {
  /** Express request (HTTP) or the graphql-ws context (WebSocket); Nest wants it present. */
  req: unknown;
  principal: Principal;
  sql: CountingSql;
  /** Request-scoped DataLoaders, bound to the principal's workspace; renewed for every subscription event. */
  loaders: Loaders;
  transport: 'http' | 'ws';
}
