// Subscriptions over graphql-ws (subprotocol graphql-transport-ws) with a real client, across two API
// processes and the worker: events travel through PostgreSQL LISTEN/NOTIFY whichever process
// published them, are read fresh per event, and never cross workspaces.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { httpJson, type System, startSystem } from '../support/system';
import { seedConversation } from './support/seed';
import { Subscriber, Subscription, wsClient } from './support/subscriptions';

const CONV_FIELDS = 'id status statusOrigin visible messageCount lastMessage { text } review { summary } tags { name }';

describe('GraphQL subscriptions (graphql-ws, two API instances and the worker)', () => {
  let sys: System;
  let n = 0;
  const subscribers: Subscriber[] = [];

  /** A workspace with a probe conversation, and subscribers of it on each API instance. */
  async function workspace(name: string) {
    const ws = await sys.createWorkspace(`${name} ${++n}`);
    const probe = await seedConversation(sys, ws.id, { lastMessageAt: new Date(), name: 'Probe', visible: false });
    const on = sys.apiUrls.map((url) => new Subscriber(sys, url, ws.apiToken, probe));
    subscribers.push(...on);
    return { ...ws, on };
  }
  /** POST /v1/messages on API instance `i`. */
  const post = (i: number, token: string, conversationKey: string, text: string) =>
    httpJson(
      'POST',
      `${sys.apiUrls[i]}/v1/messages`,
      { source: 'WIDGET', conversationKey, messageId: randomUUID(), role: 'CUSTOMER', text },
      { authorization: `Bearer ${token}` },
    );
  /** An event as another process would publish it (stored and announced), for what no product action sends. */
  const publish = (e: { type: string; workspaceId: string; conversationId: string; change?: string; messageId?: string }) =>
    sys.sql(
      `with e as (insert into domain_event (workspace_id, conversation_id, type, change, message_id) values ($1, $2, $3, $4, $5) returning *)
       select pg_notify('conversation_events', json_build_object('id', e.id, 'type', e.type, 'workspaceId', e.workspace_id,
         'conversationId', e.conversation_id, 'change', e.change, 'messageId', e.message_id)::text) from e`,
      [e.workspaceId, e.conversationId, e.type, e.change ?? null, e.messageId ?? null],
    );

  before(async () => {
    sys = await startSystem({ reviewDelay: '1s', apiInstances: 2, env: { GRAPHQL_RATE_LIMIT: '1000/1000' } });
  });
  after(async () => {
    await Promise.all(subscribers.map((s) => s.dispose()));
    await sys?.stop();
  });

  it('refuses a connection without a valid workspace token (4401), or with the admin token (4403)', async () => {
    for (const [token, code] of [
      [undefined, 4401],
      ['cv_wrong', 4401],
      [sys.adminToken, 4403],
    ] as const) {
      let closed: number | undefined;
      const client = wsClient(sys.apiUrl, token, (c) => (closed = c));
      const sub = new Subscription(client, 'subscription { conversationReviewed { id } }');
      await sub.done;
      await client.dispose();
      assert.equal(closed, code, `token ${token}`);
      assert.equal((sub.error as { code?: number }).code, code);
    }
  });

  it('delivers a change made through one instance to subscribers of the other, read fresh from the database', async () => {
    const A = await workspace('Subs change');
    const id = await seedConversation(sys, A.id, { lastMessageAt: new Date(), name: 'Live One' });
    const other = await seedConversation(sys, A.id, { lastMessageAt: new Date(), name: 'Someone else' });
    const onSecond = await A.on[1].subscribe(`subscription($id: ID) { conversationUpdated(id: $id) { ${CONV_FIELDS} } }`, { id });
    const anyOnSecond = await A.on[1].subscribe('subscription { conversationUpdated { id status } }');

    const change = (cid: string, status: string) =>
      sys.gqlOk(
        'mutation($id: ID!, $s: ConversationStatus!) { changeStatus(conversationId: $id, status: $s) { id } }',
        { id: cid, s: status },
        A.apiToken,
      );
    await change(other, 'FOLLOW_UP');
    await change(id, 'OPPORTUNITY');
    const ev = await onSecond.next();
    assert.equal(ev.errors, undefined, JSON.stringify(ev.errors));
    assert.equal(ev.data.conversationUpdated.id, id, 'only the conversation asked for');
    assert.equal(ev.data.conversationUpdated.status, 'OPPORTUNITY');
    assert.equal(ev.data.conversationUpdated.statusOrigin, 'MANUAL');

    await sys.gqlOk('mutation($id: ID!) { addTag(conversationId: $id, name: "Live") { id } }', { id }, A.apiToken);
    const tagged = await onSecond.next();
    assert.deepEqual(tagged.data.conversationUpdated.tags, [{ name: 'Live' }], 'fresh data per event (no stale loader cache)');

    const seen = [(await anyOnSecond.next()).data.conversationUpdated, (await anyOnSecond.next()).data.conversationUpdated];
    assert.deepEqual(seen, [
      { id: other, status: 'FOLLOW_UP' },
      { id, status: 'OPPORTUNITY' },
    ]);
    onSecond.close();
    anyOnSecond.close();
  });

  it('delivers what the worker publishes to every instance, and nothing of it to another workspace', async () => {
    const A = await workspace('Subs A');
    const B = await workspace('Subs B');
    const subA1 = await A.on[0].subscribe(`subscription { conversationReviewed { ${CONV_FIELDS} } }`);
    const subA2 = await A.on[1].subscribe(`subscription { conversationReviewed { ${CONV_FIELDS} } }`);
    const subB = await B.on[1].subscribe('subscription { conversationReviewed { id } }');
    const subBAny = await B.on[0].subscribe('subscription { conversationUpdated { id } }');
    const subBMsg = await B.on[1].subscribe('subscription { messageReceived { id conversationId } }');

    // the worker reviews A's new conversation after REVIEW_DELAY and announces it
    const conversationKey = `subs-${randomUUID()}`;
    const first = await post(0, A.apiToken, conversationKey, 'Buongiorno, vorrei un preventivo per un impianto fotovoltaico');
    assert.equal(first.status, 202, first.text);
    const id = first.body.conversationId as string;
    for (const sub of [subA1, subA2]) {
      const ev = await sub.next(60_000);
      assert.equal(ev.errors, undefined, JSON.stringify(ev.errors));
      assert.equal(ev.data.conversationReviewed.id, id);
      assert.equal(ev.data.conversationReviewed.visible, true);
      assert.equal(ev.data.conversationReviewed.statusOrigin, 'AI');
      assert.ok(ev.data.conversationReviewed.review.summary.length > 0);
    }
    const subBById = await B.on[0].subscribe('subscription($id: ID) { conversationUpdated(id: $id) { id } }', { id });

    // a message of A's conversation recorded by the other instance
    const subAMsg = await A.on[0].subscribe(
      'subscription($c: ID) { messageReceived(conversationId: $c) { id text role conversationId conversation { id } } }',
      { c: id },
    );
    assert.equal((await post(1, A.apiToken, conversationKey, 'Any news?')).status, 202);
    const msg = (await subAMsg.next()).data.messageReceived;
    const [stored] = await sys.sql("select id from message where conversation_id = $1 and text = 'Any news?'", [id]);
    assert.deepEqual(msg, { id: stored.id, text: 'Any news?', role: 'CUSTOMER', conversationId: id, conversation: { id } });

    // forged events naming B's workspace with A's conversation find nothing to deliver (payloads are read per workspace)
    for (const type of ['conversation.reviewed', 'conversation.changed', 'message.recorded']) {
      await publish({
        type,
        workspaceId: B.id,
        conversationId: id,
        change: type === 'conversation.changed' ? 'status' : undefined,
        messageId: stored.id,
      });
    }
    // B's own conversation afterwards: once each B subscription has it, anything of A would have come before
    const ownB = await post(0, B.apiToken, `subs-b-${randomUUID()}`, 'Hello from B');
    const bId = ownB.body.conversationId as string;
    assert.deepEqual((await subBMsg.next()).data.messageReceived.conversationId, bId, 'B hears its own message first');
    assert.equal((await subBAny.next()).data.conversationUpdated.id, bId, 'B hears its own change first');
    assert.equal((await subB.next(60_000)).data.conversationReviewed.id, bId, 'B hears its own review first');
    assert.deepEqual(subBById.pending(), [], 'nothing of A through B’s subscription to A’s id');
    for (const sub of [subA1, subA2, subB, subBAny, subBById, subBMsg, subAMsg]) sub.close();
  });

  it('closes open connections of a revoked API token at once (4401)', async () => {
    const A = await workspace('Subs revoke');
    const created = await sys.gqlOk('mutation { createApiToken(name: "short-lived") { token apiToken { id } } }', {}, A.apiToken);
    const probe = (await sys.sql('select id from conversation where workspace_id = $1', [A.id]))[0].id;
    const closed: number[] = [];
    const sub = await new Subscriber(sys, sys.apiUrls[1], created.createApiToken.token, probe).subscribe(
      'subscription { conversationUpdated { id } }',
      {},
      (code) => closed.push(code),
    );
    await sys.gqlOk('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: created.createApiToken.apiToken.id }, A.apiToken);
    await sub.done;
    assert.deepEqual(closed, [4401]);
  });

  it('closes a WebSocket that sends a message over 1 MB (1009)', async () => {
    const A = await workspace('Subs big');
    const socket = new WebSocket(`${sys.apiUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${A.apiToken}`, pad: 'x'.repeat(2 * 1024 * 1024) } }),
    );
    assert.equal(await closed, 1009);
  });

  it('applies the depth limit over WebSocket too', async () => {
    const A = await workspace('Subs deep');
    let sel = 'id';
    for (let i = 0; i < 6; i++) sel = `lastMessage { conversation { ${sel} } }`;
    const client = wsClient(sys.apiUrl, A.apiToken);
    const sub = new Subscription(client, `subscription { conversationReviewed { ${sel} } }`);
    await sub.done;
    await client.dispose();
    const errors = sub.error as { message: string; extensions?: { code?: string } }[];
    assert.ok(Array.isArray(errors), `expected GraphQL errors, got ${JSON.stringify(sub.error)}`);
    assert.match(errors[0].message, /nested \d+ levels deep/);
    assert.equal(errors[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses variables of the wrong type over WebSocket as the caller’s input', async () => {
    const A = await workspace('Subs vars');
    const client = wsClient(sys.apiUrl, A.apiToken);
    const sub = new Subscription(client, 'subscription($id: ID) { conversationUpdated(id: $id) { id } }', { id: { not: 'an id' } });
    await sub.done;
    await client.dispose();
    const errors = sub.error as { message: string; extensions?: { code?: string } }[];
    assert.ok(Array.isArray(errors), `expected GraphQL errors, got ${JSON.stringify(sub.error ?? sub.pending())}`);
    assert.match(errors[0].message, /\$id/);
    assert.equal(errors[0].extensions?.code, 'BAD_USER_INPUT');
  });
});
