// Caps on WebSocket use: connections per credential, subscriptions per connection.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startSystem, type System } from '../support/system';

const MAX_CONNECTIONS = 20;
const MAX_SUBSCRIPTIONS = 50;

describe('WebSocket caps', () => {
  let s: System;
  const clients: Client[] = [];
  before(async () => (s = await startSystem()));
  after(async () => {
    for (const c of clients) void c.dispose();
    await s.stop();
  });

  const connect = (token: string) =>
    new Promise<{ client: Client; closed: Promise<number> }>((resolve, reject) => {
      let onClose: (code: number) => void = () => undefined;
      const closed = new Promise<number>((r) => (onClose = r));
      const client = createClient({
        url: `${s.apiUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        lazy: false,
        retryAttempts: 0,
        on: { connected: () => resolve({ client, closed }), closed: (e) => onClose((e as { code: number }).code) },
        onNonLazyError: reject,
      });
      clients.push(client);
      void closed.then((code) => reject(Object.assign(new Error(`closed ${code}`), { code })));
    });

  it(`at most ${MAX_CONNECTIONS} connections per credential (4429 after); another credential still connects`, async () => {
    const { apiToken } = await s.createWorkspace('many-sockets');
    for (let i = 0; i < MAX_CONNECTIONS; i++) await connect(apiToken);
    await assert.rejects(connect(apiToken), (e: unknown) => (e as { code?: number }).code === 4429);
    const other = await s.createWorkspace('other');
    await connect(other.apiToken);
  });

  it(`at most ${MAX_SUBSCRIPTIONS} subscriptions per connection`, async () => {
    const { apiToken } = await s.createWorkspace('many-subscriptions');
    const { client } = await connect(apiToken);
    const errors: unknown[] = [];
    for (let i = 0; i <= MAX_SUBSCRIPTIONS; i++) {
      client.subscribe(
        { query: 'subscription { conversationReviewed { id } }' },
        { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined },
      );
    }
    for (let i = 0; i < 100 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(errors.length, 1);
    assert.match(JSON.stringify(errors[0]), /At most 50 subscriptions/);
  });
});
