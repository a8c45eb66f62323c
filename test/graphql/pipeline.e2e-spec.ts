// GraphQL through the whole system: POST /v1/messages on one API instance → the worker's Temporal
// review after REVIEW_DELAY → conversationReviewed / messageReceived on subscribers of another
// instance; the list, the detail and search show it; a status set by a person survives a re-review.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { codesOf, type System, startSystem } from '../support/system';
import { seedConversation } from './support/seed';
import { Subscriber } from './support/subscriptions';

const PHONE = '393471234567';
const SEARCH = 'query($s: String) { conversations(filter: { search: $s }) { totalCount edges { node { id } } } }';

describe('GraphQL on the real pipeline (api ×2 + worker + Temporal + Meilisearch)', () => {
  let sys: System;
  const subscribers: Subscriber[] = [];

  /** A workspace, and subscribers of it on each API instance (readiness through a probe conversation). */
  async function workspace(name: string) {
    const ws = await sys.createWorkspace(name);
    const probe = await seedConversation(sys, ws.id, { lastMessageAt: new Date(), name: 'Probe', visible: false });
    const on = sys.apiUrls.map((url) => new Subscriber(sys, url, ws.apiToken, probe));
    subscribers.push(...on);
    return { ...ws, on };
  }
  const post = (token: string, text: string, role: 'CUSTOMER' | 'AGENT' = 'CUSTOMER', conversationKey = PHONE) =>
    sys.postMessage(token, {
      source: 'WHATSAPP',
      conversationKey,
      messageId: randomUUID(),
      role,
      text,
      contact: { name: 'Giulia Bianchi' },
    });

  before(async () => {
    sys = await startSystem({ reviewDelay: '1s', apiInstances: 2 });
  });
  after(async () => {
    await Promise.all(subscribers.map((s) => s.dispose()));
    await sys?.stop();
  });

  it('message → review → conversationReviewed on another instance; then list, detail and search show it', async () => {
    const [api1, api2] = sys.apiUrls;
    const A = await workspace('Pipeline A');
    const B = await workspace('Pipeline B');
    const reviewed = await A.on[1].subscribe(
      'subscription { conversationReviewed { id visible status statusOrigin review { summary qualityScore reviewer } } }',
    );
    const messages = await A.on[1].subscribe('subscription { messageReceived { id text role conversationId } }');
    const otherReviewed = await B.on[0].subscribe('subscription { conversationReviewed { id } }');
    const otherMessages = await B.on[1].subscribe('subscription { messageReceived { id conversationId } }');

    const r1 = await post(A.apiToken, 'Buongiorno, vorrei un preventivo per un impianto fotovoltaico');
    assert.equal(r1.status, 202, r1.text);
    const conversationId = r1.body.conversationId as string;
    const r2 = await post(A.apiToken, 'Certo! Mi manda la bolletta e la via?', 'AGENT');
    assert.equal(r2.status, 202, r2.text);

    const m1 = await messages.next();
    const m2 = await messages.next();
    assert.deepEqual([m1.data.messageReceived.role, m2.data.messageReceived.role], ['CUSTOMER', 'AGENT']);
    assert.equal(m1.data.messageReceived.conversationId, conversationId);

    // before the review: hidden from the list, but there by id
    const hidden = await sys.gqlOk(
      'query($id: ID!) { conversation(id: $id) { visible review { summary } } }',
      { id: conversationId },
      A.apiToken,
      api1,
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

    const list = await sys.gqlOk(
      '{ conversations { totalCount edges { node { id title lastMessage { text } messageCount } } } }',
      {},
      A.apiToken,
      api1,
    );
    assert.equal(list.conversations.totalCount, 1);
    assert.equal(list.conversations.edges[0].node.title, 'Giulia Bianchi');
    assert.equal(list.conversations.edges[0].node.messageCount, 2);
    assert.match(list.conversations.edges[0].node.lastMessage.text, /bolletta/);

    await sys.waitForIndexed(A.id);
    for (const search of ['+39 347 123 4567', '3471234567', PHONE, 'fotovoltaco']) {
      const found = await sys.gqlOk(SEARCH, { s: search }, A.apiToken, api2);
      assert.deepEqual(
        found.conversations.edges.map((e: any) => e.node.id),
        [conversationId],
        `search "${search}"`,
      );
    }

    // nothing of A reaches B: B's own message and review arrive first on B's subscriptions
    assert.equal((await sys.gql(SEARCH, { s: '3471234567' }, B.apiToken, api2)).data.conversations.totalCount, 0);
    const own = await post(B.apiToken, 'Hello, B here', 'CUSTOMER', `b-${randomUUID()}`);
    assert.equal(
      (await otherMessages.next()).data.messageReceived.conversationId,
      own.body.conversationId,
      'B hears its own message first',
    );
    assert.equal((await otherReviewed.next(60_000)).data.conversationReviewed.id, own.body.conversationId, 'B hears its own review first');
    assert.equal(
      (await sys.gql('query($id: ID!) { conversation(id: $id) { id } }', { id: conversationId }, B.apiToken, api1)).data.conversation,
      null,
    );
    const tagOther = await sys.gql(
      'mutation($id: ID!) { addTag(conversationId: $id, name: "x") { id } }',
      { id: conversationId },
      B.apiToken,
      api1,
    );
    assert.deepEqual(codesOf(tagOther), ['NOT_FOUND']);

    // a person's status survives the next review, which only updates suggestedStatus
    const changed = await sys.gqlOk(
      'mutation($id: ID!) { changeStatus(conversationId: $id, status: NOT_INTERESTED) { status statusOrigin } }',
      { id: conversationId },
      A.apiToken,
      api1,
    );
    assert.deepEqual(changed.changeStatus, { status: 'NOT_INTERESTED', statusOrigin: 'MANUAL' });
    const updated = await A.on[0].subscribe('subscription($id: ID) { conversationUpdated(id: $id) { id messageCount } }', {
      id: conversationId,
    });
    const r3 = await post(A.apiToken, 'Ho mandato la bolletta, quando arriva il preventivo?');
    assert.equal(r3.status, 202, r3.text);
    assert.equal((await updated.next()).data.conversationUpdated.messageCount, 3);
    const again = await reviewed.next(60_000);
    assert.equal(again.data.conversationReviewed.id, conversationId);
    assert.equal(again.data.conversationReviewed.status, 'NOT_INTERESTED');
    assert.equal(again.data.conversationReviewed.statusOrigin, 'MANUAL');
    const detail = await sys.gqlOk(
      'query($id: ID!) { conversation(id: $id) { status statusOrigin review { suggestedStatus } reviews { summary } messages { totalCount } } }',
      { id: conversationId },
      A.apiToken,
      api2,
    );
    assert.equal(detail.conversation.status, 'NOT_INTERESTED');
    assert.equal(detail.conversation.statusOrigin, 'MANUAL');
    assert.equal(detail.conversation.messages.totalCount, 3);
    assert.equal(detail.conversation.reviews.length, 2, 'every review is kept');
    assert.ok(detail.conversation.review.suggestedStatus);
    for (const s of [reviewed, messages, otherReviewed, otherMessages, updated]) s.close();
  });
});
