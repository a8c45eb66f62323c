// graphql-ws clients for people tests: authenticated by connection_init token or by the session
// cookie on the upgrade request (with an Origin), and telling how the server closed them.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Credential } from './credentials';

export interface Closed {
  code: number;
  reason: string;
}

export interface WsConnection {
  client: Client;
  /** Resolves once connection_ack came (never, if the server refused). */
  connected: Promise<void>;
  /** Resolves when the socket closes, with the server's code. */
  closed: Promise<Closed>;
}

/** A socket class that sends these headers on the upgrade request (graphql-ws constructs it). */
function socketWith(headers: Record<string, string>): unknown {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
}

/** Connects at once (not lazily), as `c`. */
export function connectAs(httpUrl: string, c: Credential): WsConnection {
  let onConnected!: () => void;
  let onClosed!: (c: Closed) => void;
  const connected = new Promise<void>((r) => (onConnected = r));
  const closed = new Promise<Closed>((r) => (onClosed = r));
  const headers: Record<string, string> = 'cookie' in c ? { cookie: c.cookie, ...(c.origin ? { origin: c.origin } : {}) } : {};
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: socketWith(headers),
    connectionParams: 'token' in c ? { authorization: `Bearer ${c.token}` } : {},
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as { code: number; reason: string };
        onClosed({ code: e.code, reason: e.reason });
      },
    },
  });
  return { client, connected, closed };
}

/** The events of one subscription as they come; `next()` waits (bounded) for the next one. */
export class Events<T = any> {
  private readonly queue: { data?: T; errors?: unknown[] }[] = [];
  private wake: (() => void) | undefined;
  readonly stop: () => void;
  error: unknown;
  ended = false;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          this.queue.push(r as { data?: T; errors?: unknown[] });
          this.wake?.();
        },
        error: (e) => {
          this.error = e;
          this.ended = true;
          this.wake?.();
        },
        complete: () => {
          this.ended = true;
          this.wake?.();
        },
      },
    );
  }

  /** The next event that satisfies `match` (others are dropped), within `timeoutMs`. */
  async next(match: (data: T) => boolean = () => true, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = this.queue.shift();
      if (r) {
        if (r.errors?.length) throw new Error(`subscription error: ${JSON.stringify(r.errors)}`);
        if (r.data && match(r.data)) return r.data;
        continue;
      }
      if (this.ended) throw new Error(`subscription ended: ${JSON.stringify(this.error)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching subscription event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          this.wake = undefined;
          resolve();
        };
      });
    }
  }

  /** Every event received so far, unread. */
  drain(): T[] {
    return this.queue.splice(0).flatMap((r) => (r.data ? [r.data] : []));
  }
}
