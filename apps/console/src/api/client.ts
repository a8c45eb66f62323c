// The console's GraphQL client: HTTP for queries and mutations, graphql-ws for subscriptions. The
// session cookie rides on both (same origin), so a new client is made whenever the session changes
// (sign-in, sign-out, workspace switch): the socket is re-opened with the new cookie and no cached
// data of the previous workspace survives.
import { cacheExchange, Client, fetchExchange, getOperationName, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { connectionEvents } from './connection-events';

/** Operations that answer UNAUTHENTICATED as a normal result (wrong password), not as "signed out". */
const CREDENTIAL_OPERATIONS = new Set(['SignIn', 'AcceptInvitation']);

function socketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export interface ConsoleClient {
  client: Client;
  dispose: () => void;
}

export function createConsoleClient(): ConsoleClient {
  const ws: WsClient = createWsClient({
    url: socketUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Back off up to 10 s; the list refetches once the socket is back (events may have been missed).
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
    shouldRetry: (event) => !(event instanceof CloseEvent && (event.code === 4401 || event.code === 4403)),
    on: {
      connected: (_socket, _payload, wasRetry) => wasRetry && connectionEvents.emit('reconnected'),
      closed: (event) => {
        if (event instanceof CloseEvent && event.code === 4401) connectionEvents.emit('unauthenticated');
        else connectionEvents.emit('disconnected');
      },
    },
  });
  const client = new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin' },
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          const name = getOperationName(operation.query);
          if (name && CREDENTIAL_OPERATIONS.has(name)) return;
          if (
            error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
            (error.response as Response | undefined)?.status === 401
          ) {
            connectionEvents.emit('unauthenticated');
          }
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }) };
        },
      }),
    ],
  });
  return { client, dispose: () => void ws.dispose() };
}
