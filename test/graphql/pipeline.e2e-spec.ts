// GraphQL through the whole system: POST /v1/messages on one API instance → the worker's Temporal
// review after REVIEW_DELAY → conversationReviewed / messageReceived on subscribers of another
// instance; the list, the detail and search show it; a status set by a person survives a re-review.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Client } from 'graphql-ws';
import { startSystem, waitFor, type System } from '../support/system';
import { Subscription, codesOf, gql, gqlOk, sleep, wsClient } from './support-local';

const PHONE = '393471234567';

describe('GraphQL on the real pipeline (api ×2 + worker + Temporal + Meilisearch)', () => {
  let sys: System;
  let A: { id: string; apiToken: string };
  let B: { id: string; apiToken: string };
  const clients: Client[] = [];
  const client = (url: string, token: string) => {
    const c = wsClient(url, token);
    clients.push(c);
    return c;
  };
  const post = (text: string, role: 'CUSTOMER' | 'AGENT' = 'CUSTOMER') =>
    sys.postMessage(A.apiToken, {
      source: 'WHATSAPP',
      conversationKey: PHONE,
      messageId: randomUUID(),
      role,
      text,
      contact: { name: 'Giulia Bianchi' },
    });

  before(async () => {
    sys = await startSystem({ reviewDelay: '1s', apiInstances: 2 });
    A = await sys.createWorkspace('Pipeline A');
    B = await sys.createWorkspace('Pipeline B');
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await sys?.stop();
  });

  it('message → review → conversationReviewed on another instance; then list, detail and search show it', async () => {
    const [api1, api2] = sys.apiUrls;
    const reviewed = new Subscription(
      client(api2, A.apiToken),
      'subscription { conversationReviewed { id visible status statusOrigin review { summary qualityScore reviewer } } }',
    );
    const messages = new Subscription(client(api2, A.apiToken), 'subscription { messageReceived { id text role conversationId } }');
    const otherReviewed = new Subscription(client(api1, B.apiToken), 'subscription { conversationReviewed { id } }');
    const otherMessages = new Subscription(client(api2, B.apiToken), 'subscription { messageReceived { id } }');
    await sleep(600);

    const r1 = await post('Buongiorno, vorrei un preventivo per un impianto fotovoltaico');
    assert.equal(r1.status, 202, r1.text);
    const conversationId = r1.body.conversationId as string;
    const r2 = await post('Certo! Mi manda la bolletta e la via?', 'AGENT');
    assert.equal(r2.status, 202, r2.text);

    const m1 = await messages.next();
    const m2 = await messages.next();
    assert.deepEqual([m1.data.messageReceived.role, m2.data.messageReceived.role], ['CUSTOMER', 'AGENT']);
    assert.equal(m1.data.messageReceived.conversationId, conversationId);

    // before the review: hidden from the list, but there by id
    const hidden = await gqlOk(
      api1,
      'query($id: ID!) { conversation(id: $id) { visible review { summary } } }',
      { id: conversationId },
      A.apiToken,
    );
    assert.deepEqual(hidden.conversation, { visible: false, review: null });

    const ev = await reviewed.next(60_000);
    assert.equal(ev.errors, undefined, JSON.stringify(ev.errors));
    const c = ev.data.conversationReviewed;
    assert.equal(c.id, conversationId);
    assert.equal(c.visible, true);
    assert.equal(c.statusOrigin, 'AI');
    assert.ok(c.review.summary.length > 0);
    assert.ok(c.review.qualityScore >= 0 && c.review.qualityScore <= 100);

    const list = await gqlOk(
      api1,
      '{ conversations { totalCount edges { node { id title lastMessage { text } messageCount } } } }',
      {},
      A.apiToken,
    );
    assert.equal(list.conversations.totalCount, 1);
    assert.equal(list.conversations.edges[0].node.title, 'Giulia Bianchi');
    assert.equal(list.conversations.edges[0].node.messageCount, 2);
    assert.match(list.conversations.edges[0].node.lastMessage.text, /bolletta/);

    for (const search of ['+39 347 123 4567', '3471234567', PHONE, 'fotovoltaco']) {
      await waitFor(
        async () =>
          (
            await gqlOk(
              api2,
              'query($s: String) { conversations(filter: { search: $s }) { edges { node { id } } } }',
              { s: search },
              A.apiToken,
            )
          ).conversations.edges[0]?.node.id === conversationId,
        20_000,
        `search "${search}"`,
      );
    }
    const otherSearch = await gql(api2, '{ conversations(filter: { search: "3471234567" }) { totalCount } }', {}, B.apiToken);
    assert.equal(otherSearch.data.conversations.totalCount, 0);
    assert.equal(await otherReviewed.nothingWithin(500), undefined);
    assert.equal(await otherMessages.nothingWithin(100), undefined);
    const byId = await gql(api1, 'query($id: ID!) { conversation(id: $id) { id } }', { id: conversationId }, B.apiToken);
    assert.equal(byId.data.conversation, null);
    const tagOther = await gql(
      api1,
      'mutation($id: ID!) { addTag(conversationId: $id, name: "x") { id } }',
      { id: conversationId },
      B.apiToken,
    );
    assert.deepEqual(codesOf(tagOther), ['NOT_FOUND']);

    // a person's status survives the next review, which only updates suggestedStatus
    const changed = await gqlOk(
      api1,
      'mutation($id: ID!) { changeStatus(conversationId: $id, status: NOT_INTERESTED) { status statusOrigin } }',
      { id: conversationId },
      A.apiToken,
    );
    assert.deepEqual(changed.changeStatus, { status: 'NOT_INTERESTED', statusOrigin: 'MANUAL' });
    const updated = new Subscription(
      client(api1, A.apiToken),
      'subscription($id: ID) { conversationUpdated(id: $id) { id messageCount } }',
      { id: conversationId },
    );
    await sleep(600);
    const r3 = await post('Ho mandato la bolletta, quando arriva il preventivo?');
    assert.equal(r3.status, 202, r3.text);
    const up = await updated.next(20_000);
    assert.equal(up.data.conversationUpdated.messageCount, 3);
    const again = await reviewed.next(60_000);
    assert.equal(again.data.conversationReviewed.id, conversationId);
    assert.equal(again.data.conversationReviewed.status, 'NOT_INTERESTED');
    assert.equal(again.data.conversationReviewed.statusOrigin, 'MANUAL');
    const detail = await gqlOk(
      api2,
      'query($id: ID!) { conversation(id: $id) { status statusOrigin review { suggestedStatus } messages { totalCount } } }',
      { id: conversationId },
      A.apiToken,
    );
    assert.equal(detail.conversation.status, 'NOT_INTERESTED');
    assert.equal(detail.conversation.statusOrigin, 'MANUAL');
    assert.equal(detail.conversation.messages.totalCount, 3);
    assert.ok(detail.conversation.review.suggestedStatus);
    for (const s of [reviewed, messages, otherReviewed, otherMessages, updated]) s.close();
  });
});
