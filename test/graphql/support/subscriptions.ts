// GraphQL subscriptions for the e2e tests: a real graphql-ws client, each subscription's deliveries
// queued, and a readiness probe so a test never acts before the server is listening for it.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { waitFor, type GqlResult, type System } from '../../support/system';

export function wsClient(httpUrl: string, token: string | undefined, onClose?: (code: number, reason: string) => void): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        onClose?.(e.code, e.reason);
      },
    },
  });
}

/** A subscription's deliveries as they come; `next()` waits for one (bounded). */
export class Subscription<T = any> {
  private readonly received: GqlResult<T>[] = [];
  private waiting: (() => void) | undefined;
  /** Deliveries that mention this text (a probe's conversation id) are dropped. */
  ignored: string | undefined;
  readonly done: Promise<void>;
  private readonly dispose: () => void;
  error: unknown;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    let finish: () => void = () => undefined;
    this.done = new Promise<void>((resolve) => (finish = resolve));
    this.dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          if (this.ignored && JSON.stringify(r).includes(this.ignored)) return;
          this.received.push(r as GqlResult<T>);
          this.waiting?.();
        },
        error: (e) => {
          this.error = e;
          finish();
        },
        complete: () => finish(),
      },
    );
  }

  /** The next delivery; fails if none comes within `timeoutMs`. */
  async next(timeoutMs = 20_000): Promise<GqlResult<T>> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no subscription event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiting = undefined;
    }
    return this.received.shift()!;
  }

  /** What was delivered and not yet taken. */
  pending(): GqlResult<T>[] {
    return this.received.splice(0);
  }

  close(): void {
    this.dispose();
  }
}

/**
 * Subscriptions of one workspace on one API instance, each returned only once the server listens
 * for it. Readiness: right after the subscription, the same connection subscribes to a probe
 * conversation of the workspace, and notes are added to it until that probe hears one; the server
 * handles one connection's subscribe messages in order, so by then the first is in place too.
 * Deliveries about the probe conversation never reach the test.
 */
export class Subscriber {
  readonly clients: Client[] = [];

  constructor(
    private readonly sys: System,
    readonly url: string,
    private readonly token: string,
    private readonly probeConversationId: string,
  ) {}

  async subscribe<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    onClose?: (code: number, reason: string) => void,
  ): Promise<Subscription<T>> {
    const client = wsClient(this.url, this.token, onClose);
    this.clients.push(client);
    const sub = new Subscription<T>(client, query, variables);
    sub.ignored = this.probeConversationId;
    const probe = new Subscription(client, 'subscription($id: ID) { conversationUpdated(id: $id) { id } }', {
      id: this.probeConversationId,
    });
    try {
      await waitFor(
        async () => {
          await this.sys.gqlOk(
            'mutation($id: ID!) { addNote(conversationId: $id, body: "probe") { id } }',
            { id: this.probeConversationId },
            this.token,
          );
          await probe.next(1_000);
          return true;
        },
        30_000,
        `subscription in place on ${this.url}`,
      );
    } finally {
      probe.close();
    }
    return sub;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.clients.map(async (c) => c.dispose()));
  }
}
