// Subscriptions over graphql-ws (subprotocol graphql-transport-ws) with a real client, across two API
// processes: events come through PostgreSQL LISTEN/NOTIFY, whichever process published them (another
// API instance, or this test process standing in for the worker), and never cross workspaces.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  Subscription,
  TestDb,
  createWorkspace,
  gqlOk,
  notify,
  seedConversation,
  sleep,
  startLocalApis,
  wsClient,
  type LocalApis,
} from './support-local';

/** Time for a new subscription to have its LISTEN in place on the server. */
const SETTLE_MS = 600;

const CONV_FIELDS = 'id status statusOrigin visible messageCount lastMessage { text } review { summary } tags { name }';

describe('GraphQL subscriptions (graphql-ws, two API instances)', () => {
  let apis: LocalApis;
  let db: TestDb;
  let A: { id: string; token: string };
  let B: { id: string; token: string };
  const clients: Client[] = [];
  const client = (url: string, token: string | undefined, onClose?: (code: number, reason: string) => void) => {
    const c = wsClient(url, token, { onClose });
    clients.push(c);
    return c;
  };

  before(async () => {
    apis = await startLocalApis(2);
    db = new TestDb(apis.env.DATABASE_URL);
    A = await createWorkspace(apis.urls[0], apis.adminToken, 'Subs A');
    B = await createWorkspace(apis.urls[0], apis.adminToken, 'Subs B');
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await db?.close();
    await apis?.stop();
  });

  it('refuses a connection without a valid workspace token (4401), or with the admin token (4403)', async () => {
    for (const [token, code] of [
      [undefined, 4401],
      ['cv_wrong', 4401],
      [apis.adminToken, 4403],
    ] as const) {
      let closed: number | undefined;
      const c = client(apis.urls[0], token, (c) => (closed = c));
      const sub = new Subscription(c, 'subscription { conversationReviewed { id } }');
      await sub.done;
      assert.equal(closed, code, `token ${token}`);
      assert.equal((sub.error as { code?: number }).code, code);
    }
  });

  it('delivers a change made through one instance to subscribers of the other, read fresh from the database', async () => {
    const id = await seedConversation(db, A.id, { lastMessageAt: new Date(), name: 'Live One' });
    const other = await seedConversation(db, A.id, { lastMessageAt: new Date(), name: 'Someone else' });
    const onSecond = new Subscription(
      client(apis.urls[1], A.token),
      `subscription($id: ID) { conversationUpdated(id: $id) { ${CONV_FIELDS} } }`,
      { id },
    );
    const anyOnSecond = new Subscription(client(apis.urls[1], A.token), 'subscription { conversationUpdated { id status } }');
    await sleep(SETTLE_MS);

    await gqlOk(apis.urls[0], 'mutation($id: ID!) { changeStatus(conversationId: $id, status: FOLLOW_UP) { id } }', { id: other }, A.token);
    await gqlOk(apis.urls[0], 'mutation($id: ID!) { changeStatus(conversationId: $id, status: OPPORTUNITY) { id } }', { id }, A.token);
    const ev = await onSecond.next();
    assert.equal(ev.errors, undefined, JSON.stringify(ev.errors));
    assert.equal(ev.data.conversationUpdated.id, id, 'only the conversation asked for');
    assert.equal(ev.data.conversationUpdated.status, 'OPPORTUNITY');
    assert.equal(ev.data.conversationUpdated.statusOrigin, 'MANUAL');

    await gqlOk(apis.urls[0], 'mutation($id: ID!) { addTag(conversationId: $id, name: "Live") { id } }', { id }, A.token);
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

  it('delivers events published by another process (the worker) to every instance, never to another workspace', async () => {
    const id = await seedConversation(db, A.id, { lastMessageAt: new Date(), name: 'Reviewed Later', visible: false, review: false });
    const subA1 = new Subscription(client(apis.urls[0], A.token), `subscription { conversationReviewed { ${CONV_FIELDS} } }`);
    const subA2 = new Subscription(client(apis.urls[1], A.token), `subscription { conversationReviewed { ${CONV_FIELDS} } }`);
    const subB = new Subscription(client(apis.urls[1], B.token), 'subscription { conversationReviewed { id } }');
    const subBAny = new Subscription(client(apis.urls[0], B.token), 'subscription { conversationUpdated { id } }');
    const subBById = new Subscription(client(apis.urls[0], B.token), 'subscription($id: ID) { conversationUpdated(id: $id) { id } }', {
      id,
    });
    const subBMsg = new Subscription(client(apis.urls[1], B.token), 'subscription { messageReceived { id text } }');
    await sleep(SETTLE_MS);

    // what the review activity commits, from this process: review row, visible conversation, then NOTIFY
    await db.query(
      `insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer)
       values ($1, $2, 2, 'Customer asked for a quote', 77, 'QUOTE_REQUEST', 'builtin')`,
      [A.id, id],
    );
    await db.query(
      "update conversation set visible = true, status = 'QUOTE_REQUEST', quality_score = 77, version = version + 1 where id = $1",
      [id],
    );
    await notify(db, { type: 'conversation.reviewed', workspaceId: A.id, conversationId: id });
    await notify(db, { type: 'conversation.changed', workspaceId: A.id, conversationId: id, change: 'review' });

    for (const sub of [subA1, subA2]) {
      const ev = await sub.next();
      assert.equal(ev.errors, undefined, JSON.stringify(ev.errors));
      assert.equal(ev.data.conversationReviewed.id, id);
      assert.equal(ev.data.conversationReviewed.visible, true);
      assert.equal(ev.data.conversationReviewed.status, 'QUOTE_REQUEST');
      assert.deepEqual(ev.data.conversationReviewed.review, { summary: 'Customer asked for a quote' });
    }
    // a message of A's conversation, recorded elsewhere
    const [m] = await db.query(
      `insert into message (workspace_id, conversation_id, seq, source, external_id, role, text, sent_at)
       values ($1, $2, 3, 'WHATSAPP', 'ext-live-1', 'CUSTOMER', 'Any news?', now()) returning id`,
      [A.id, id],
    );
    const subAMsg = new Subscription(
      client(apis.urls[0], A.token),
      'subscription($c: ID) { messageReceived(conversationId: $c) { id text role conversationId conversation { id } } }',
      {
        c: id,
      },
    );
    await sleep(SETTLE_MS);
    await notify(db, { type: 'message.recorded', workspaceId: A.id, conversationId: id, messageId: m.id });
    const msg = await subAMsg.next();
    assert.deepEqual(msg.data.messageReceived, { id: m.id, text: 'Any news?', role: 'CUSTOMER', conversationId: id, conversation: { id } });

    // a forged event naming B's workspace with A's conversation finds nothing to deliver (payload re-read per workspace)
    await notify(db, { type: 'conversation.reviewed', workspaceId: B.id, conversationId: id });
    const leaked = await Promise.all([subB, subBAny, subBById, subBMsg].map((sub) => sub.nothingWithin(1_500)));
    assert.deepEqual(leaked, [undefined, undefined, undefined, undefined], 'workspace B saw an event of A');
    for (const sub of [subA1, subA2, subB, subBAny, subBById, subBMsg, subAMsg]) sub.close();
  });

  it('closes a WebSocket that sends a message over 1 MB (1009)', async () => {
    const socket = new WebSocket(`${apis.urls[0].replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${A.token}`, pad: 'x'.repeat(2 * 1024 * 1024) } }),
    );
    assert.equal(await closed, 1009);
  });

  it('applies the depth limit over WebSocket too', async () => {
    let sel = 'id';
    for (let i = 0; i < 6; i++) sel = `lastMessage { conversation { ${sel} } }`;
    const sub = new Subscription(client(apis.urls[0], A.token), `subscription { conversationReviewed { ${sel} } }`);
    await sub.done;
    const errors = sub.error as { message: string; extensions?: { code?: string } }[];
    assert.ok(Array.isArray(errors), `expected GraphQL errors, got ${JSON.stringify(sub.error)}`);
    assert.match(errors[0].message, /nested \d+ levels deep/);
  });
});
