import type { Request, Response } from 'express';
import type { Principal } from '@app/domain';
import type { Loaders } from './loaders';

/** What every resolver gets: built once per HTTP request, and once per subscription over WebSocket. */
export interface GqlContext {
  transport: 'http' | 'ws';
  principal: Principal;
  /** The socket's peer address (sign-in throttling). */
  clientAddress: string;
  /** Request-scoped DataLoaders bound to the principal's workspace. */
  loaders: Loaders;
  /** The HTTP request and response (absent over WebSocket); Nest's GraphQL layer expects `req`. */
  req?: Request;
  res?: Response;
}
