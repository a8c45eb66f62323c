// Bulk actions end to end: by ids and by filter (search included), exact matched/changed counts,
// one activity per change, subscribers told, and the search index and each workflow's
// ConversationStatus search attribute caught up; other workspaces untouched; thousands in batches.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { SA } from '@app/workflows/conversation.contract';
import { readStack } from '../support/stack';
import { startSystem, waitFor, type System } from '../support/system';
import { reviewedConversations } from '../people/support/conversations';
import { codeOf, gqlAs, gqlOk, uniqueEmail, type Credential } from '../people/support/credentials';
import { seedConversations } from '../people/support/seed-sql';
import { connectAs, Events } from '../people/support/ws';

const BULK_STATUS =
  'mutation($ids: [ID!], $f: ConversationFilter, $st: ConversationStatus!) { bulkChangeStatus(ids: $ids, filter: $f, status: $st) { matched changed } }';
const BULK_TAG =
  'mutation($ids: [ID!], $f: ConversationFilter, $n: String!) { bulkAddTag(ids: $ids, filter: $f, name: $n) { matched changed } }';
const UNTAG =
  'mutation($ids: [ID!], $f: ConversationFilter, $n: String!) { bulkRemoveTag(ids: $ids, filter: $f, name: $n) { matched changed } }';
const LIST = 'query($f: ConversationFilter) { conversations(filter: $f, first: 100) { totalCount edges { node { id } } } }';
const TRAIL =
  'query($id: ID!) { conversation(id: $id) { status statusOrigin tags { name } activity { edges { node { kind fromStatus toStatus tag actor { kind name } } } } } }';

/** A status the builtin reviewer does not give these conversations. */
const TARGET = 'CONTACTED';

const invoices = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Fattura Cliente ${i}`,
    texts: [`Buongiorno, mi serve la fattura numero ${100 + i}`, 'Certo, gliela mando subito'],
  }));
const others = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Other ${i}`,
    source: 'WIDGET' as const,
    texts: ['What are your opening hours?', 'From 9 to 18'],
  }));

describe('bulk actions', () => {
  let s: System;
  let temporal: Client;
  let connection: Connection;

  before(async () => {
    s = await startSystem();
    connection = await Connection.connect({ address: readStack().temporalAddress });
    temporal = new Client({ connection, namespace: 'default' });
  });
  after(async () => {
    await connection?.close();
    await s?.stop();
  });

  const idsOf = async (c: Credential, filter: Record<string, unknown>) =>
    ((await gqlOk(s, c, LIST, { f: filter })).conversations.edges as { node: { id: string } }[]).map((e) => e.node.id).sort();

  /** conversationUpdated (any) on a live connection: proved live by a probe change first. */
  async function listening(c: Credential, probeId: string): Promise<Events> {
    const conn = connectAs(s.apiUrl, c);
    await conn.connected;
    const events = new Events(conn.client, 'subscription { conversationUpdated { id status tags { name } } }');
    for (let i = 0; i < 20; i++) {
      await gqlOk(s, c, 'mutation($id: ID!, $n: String!) { addTag(conversationId: $id, name: $n) { id } }', {
        id: probeId,
        n: `probe-${i}`,
      });
      try {
        await events.next((d) => d.conversationUpdated.id === probeId, 1_000);
        events.drain();
        return events;
      } catch {
        // not live yet
      }
    }
    throw new Error('subscription never became live');
  }

  it('changes the status of the ids given: exact counts, activity, subscribers, search index and workflows caught up', async () => {
    const ws = await s.createWorkspace('Bulk ids');
    const foreign = await s.createWorkspace('Bulk ids, other');
    const { cookie } = await s.addPerson(ws.apiToken, uniqueEmail('bulk'), 'AGENT');
    const me = { cookie };
    const [a, b, c, probe] = await reviewedConversations(s, ws.apiToken, invoices(4));
    const [theirs] = await reviewedConversations(s, foreign.apiToken, invoices(1));
    const events = await listening(me, probe);
    const before = (await s.sql<{ status: string }>('select status from conversation where id = any($1::uuid[])', [[a, b, c]])).map(
      (r) => r.status,
    );
    assert.ok(!before.includes(TARGET), `a status no review gave them (${before.join()}): the index and the workflows must learn it`);

    const ids = [a, b, c, a, theirs, randomUUID(), 'not-an-id'];
    const first = (await gqlOk(s, me, BULK_STATUS, { ids, st: TARGET })).bulkChangeStatus;
    assert.deepEqual(first, { matched: 3, changed: 3 }, "only this workspace's conversations, each once");
    assert.deepEqual(
      (await gqlOk(s, me, BULK_STATUS, { ids, st: TARGET })).bulkChangeStatus,
      { matched: 3, changed: 0 },
      'already so: matched, not changed',
    );

    const told = new Set<string>();
    while (told.size < 3)
      told.add(
        (await events.next((d) => [a, b, c].includes(d.conversationUpdated.id) && d.conversationUpdated.status === TARGET))
          .conversationUpdated.id,
      );
    for (const id of [a, b, c]) {
      const t = (await gqlOk(s, me, TRAIL, { id })).conversation;
      assert.deepEqual([t.status, t.statusOrigin], [TARGET, 'MANUAL']);
      const changes = t.activity.edges
        .filter((e: { node: { kind: string } }) => e.node.kind === 'STATUS_CHANGED')
        .map((e: { node: unknown }) => e.node);
      assert.equal(changes.length, 1, 'one activity per change, none for the repeat');
      assert.equal(changes[0].toStatus, TARGET);
      assert.equal(changes[0].actor.kind, 'MEMBER');
    }
    const untouched = (await gqlOk(s, { token: foreign.apiToken }, TRAIL, { id: theirs })).conversation;
    assert.equal(untouched.statusOrigin, 'AI', 'another workspace untouched');
    assert.deepEqual(
      untouched.activity.edges.map((e: { node: { kind: string } }) => e.node.kind),
      ['REVIEWED'],
    );

    // the database says which conversations have it (the probe might, by its review)
    const truth = (await s.sql<{ id: string }>('select id from conversation where workspace_id = $1 and status = $2', [ws.id, TARGET]))
      .map((r) => r.id)
      .sort();
    assert.ok([a, b, c].every((id) => truth.includes(id)));
    await waitFor(
      async () => (await idsOf(me, { search: 'fattura', statuses: [TARGET] })).join() === truth.join(),
      30_000,
      'search index caught up',
    );
    for (const id of [a, b, c]) {
      await waitFor(
        async () => (await temporal.workflow.getHandle(`conversation-${id}`).describe()).typedSearchAttributes.get(SA.status) === TARGET,
        30_000,
        `workflow of ${id}: ConversationStatus`,
      );
    }
  });

  it('tags and untags every conversation a search matches, and only those', async () => {
    const ws = await s.createWorkspace('Bulk search');
    const foreign = await s.createWorkspace('Bulk search, other');
    const me = { token: ws.apiToken };
    const matching = await reviewedConversations(s, ws.apiToken, invoices(5));
    const rest = await reviewedConversations(s, ws.apiToken, others(3));
    const [theirs] = await reviewedConversations(s, foreign.apiToken, invoices(1));
    await waitFor(async () => (await idsOf(me, { search: 'fattura' })).length === 5, 30_000, 'conversations indexed');

    assert.deepEqual((await gqlOk(s, me, BULK_TAG, { f: { search: 'fattura' }, n: 'Billing' })).bulkAddTag, { matched: 5, changed: 5 });
    assert.deepEqual(
      (await gqlOk(s, me, BULK_TAG, { f: { search: 'fattura' }, n: 'billing' })).bulkAddTag,
      { matched: 5, changed: 0 },
      'tags are case-insensitive',
    );
    assert.deepEqual(await idsOf(me, { tags: ['billing'] }), [...matching].sort());
    for (const id of matching) {
      const t = (await gqlOk(s, me, TRAIL, { id })).conversation;
      const added = t.activity.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'TAG_ADDED');
      assert.deepEqual(
        added.map((e: { node: { tag: string; actor: unknown } }) => [e.node.tag, e.node.actor]),
        [['Billing', { kind: 'API_TOKEN', name: 'default' }]],
      );
    }
    for (const id of rest) assert.deepEqual((await gqlOk(s, me, TRAIL, { id })).conversation.tags, []);
    assert.deepEqual((await gqlOk(s, { token: foreign.apiToken }, TRAIL, { id: theirs })).conversation.tags, []);
    await waitFor(async () => (await idsOf(me, { search: 'fattura', tags: ['Billing'] })).length === 5, 30_000, 'search index has the tag');

    assert.deepEqual((await gqlOk(s, me, UNTAG, { f: { tags: ['BILLING'], sources: ['WHATSAPP'] }, n: 'billing' })).bulkRemoveTag, {
      matched: 5,
      changed: 5,
    });
    assert.deepEqual((await gqlOk(s, me, UNTAG, { ids: matching, n: 'billing' })).bulkRemoveTag, { matched: 5, changed: 0 });
    const removed = (await gqlOk(s, me, TRAIL, { id: matching[0] })).conversation.activity.edges[0].node;
    assert.deepEqual([removed.kind, removed.tag], ['TAG_REMOVED', 'Billing']);
    await waitFor(
      async () => (await idsOf(me, { search: 'fattura', tags: ['Billing'] })).length === 0,
      30_000,
      'search index lost the tag',
    );
  });

  it('works through thousands of conversations a filter matches, in batches, with exact counts', async () => {
    const ws = await s.createWorkspace('Bulk thousands');
    const me = { token: ws.apiToken };
    await seedConversations(s, ws.id, 2_345, {
      source: `case when g % 5 = 0 then 'WIDGET' else 'WHATSAPP' end`,
      status: `case when g % 3 = 0 then 'SPAM' else 'IN_PROGRESS' end`,
    });
    const widget = 469; // g % 5 = 0 for g in 1…2345
    const widgetSpam = 156; // g % 15 = 0
    const spam = 781; // g % 3 = 0
    assert.deepEqual((await gqlOk(s, me, BULK_STATUS, { f: { sources: ['WIDGET'] }, st: 'SPAM' })).bulkChangeStatus, {
      matched: widget,
      changed: widget,
    });
    assert.deepEqual(
      (await gqlOk(s, me, BULK_STATUS, { f: { statuses: ['SPAM'] }, st: 'SPAM' })).bulkChangeStatus,
      {
        matched: spam + widget - widgetSpam,
        changed: spam - widgetSpam,
      },
      'the seeded SPAM were AI-set: a person setting SPAM changes them to MANUAL; the just-set ones are unchanged',
    );
    assert.deepEqual((await gqlOk(s, me, BULK_TAG, { f: {}, n: 'everyone' })).bulkAddTag, { matched: 2_345, changed: 2_345 });
    const [{ n }] = await s.sql<{ n: string }>("select count(*) n from activity where workspace_id = $1 and kind = 'TAG_ADDED'", [ws.id]);
    assert.equal(Number(n), 2_345, 'one activity per change');
  });

  it('refuses ids and filter together, neither, and more than 1,000 ids, naming the field', async () => {
    const ws = await s.createWorkspace('Bulk refusals');
    const me = { token: ws.apiToken };
    const cases: [Record<string, unknown>, string][] = [
      [{ ids: [randomUUID()], f: {} }, 'filter'],
      [{}, 'ids'],
      [{ ids: Array.from({ length: 1_001 }, () => randomUUID()) }, 'ids'],
    ];
    for (const [vars, field] of cases) {
      const res = await gqlAs(s, me, BULK_STATUS, { ...vars, st: 'SPAM' });
      assert.deepEqual(
        [codeOf(res.body), res.body.errors?.[0].extensions?.field],
        ['BAD_USER_INPUT', field],
        JSON.stringify(res.body.errors),
      );
    }
  });
});
