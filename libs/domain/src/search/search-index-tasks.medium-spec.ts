import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { seedConversation } from '../../../../test/support/seed';
import { ConversationMessages } from '../conversations/conversation-messages.service';
import { MeilisearchProvider } from './meilisearch.provider';
import { SearchIndexService } from './search-index.service';

describe('SearchIndexService: a conversation counts as indexed only once Meilisearch confirmed it (medium)', () => {
  let m: Medium;
  before(async () => (m = await medium()));
  after(() => m.close());

  const behind = async (wsId: string) =>
    (
      await m.query<{ n: number }>(
        `select count(*)::int as n from conversation where workspace_id = '${wsId}' and indexed_version < version`,
      )
    )[0].n;

  it('a failed Meilisearch task leaves the rows behind, to be sent again; a later success marks exactly what it sent', async () => {
    const ws = await m.workspace();
    await seedConversation(m, ws.id, { reviewed: 'OPPORTUNITY' });
    await seedConversation(m, ws.id, { reviewed: 'SPAM' });
    const meili = m.get(MeilisearchProvider);
    // an index whose primary key the documents do not have: Meilisearch accepts the task, then fails it
    const created = await meili.client.createIndex(meili.indexUid, { primaryKey: 'uid' });
    await meili.client.tasks.waitForTask(created.taskUid);
    const search = m.get(SearchIndexService);
    await assert.rejects(search.syncPending(), /failed/);
    assert.equal(await behind(ws.id), 2);

    await meili.client.tasks.waitForTask((await meili.client.deleteIndex(meili.indexUid)).taskUid);
    await search.ensureIndex();
    assert.equal(await search.syncPending(), 2);
    assert.equal(await behind(ws.id), 0);
    const stats = await meili.index.getStats();
    assert.equal(stats.numberOfDocuments, 2);
  });

  it('a row changed while its document was on the way stays behind (its newer version is sent next)', async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id, { reviewed: 'INFO_ONLY' });
    const search = m.get(SearchIndexService);
    await search.ensureIndex();
    await search.syncPending();
    await m.query(`update conversation set version = version + 1, title = 'Renamed' where id = '${c.id}'`);
    assert.equal(await behind(ws.id), 1);
    await search.syncPending();
    assert.equal(await behind(ws.id), 0);
    const doc = await m.get(MeilisearchProvider).index.getDocument(c.id);
    assert.equal(doc.title, 'Renamed');
  });

  it('a change without new messages sends the other fields only; the texts stay searchable; a new message sends the whole document', async () => {
    const ws = await m.workspace();
    const key = `partial-${Date.now()}`;
    const c = await seedConversation(m, ws.id, {
      key,
      reviewed: 'INFO_ONLY',
      messages: [{ role: 'CUSTOMER', text: 'Pellet stove quote for Größe 42' }],
    });
    const meili = m.get(MeilisearchProvider);
    const search = m.get(SearchIndexService);
    await search.ensureIndex();
    await search.syncPending();
    const sent: { kind: 'whole' | 'update'; docs: object[] }[] = [];
    const index = meili.index;
    const [add, update] = [index.addDocuments.bind(index), index.updateDocuments.bind(index)];
    index.addDocuments = (docs: object[], o?: object) => (sent.push({ kind: 'whole', docs }), add(docs as never, o));
    index.updateDocuments = (docs: object[], o?: object) => (sent.push({ kind: 'update', docs }), update(docs, o));
    try {
      await m.query(`update conversation set version = version + 1, status = 'QUOTE_REQUEST' where id = '${c.id}'`);
      assert.equal(await search.syncPending(), 1);
      assert.deepEqual(
        sent.map((x) => [x.kind, x.docs.length, x.docs.some((d) => 'messages' in d || 'messagesAlt' in d)]),
        [['update', 1, false]],
      );
      const doc = await index.getDocument(c.id);
      assert.equal(doc.status, 'QUOTE_REQUEST');
      assert.deepEqual(doc.messages, ['Pellet stove quote for Größe 42']);
      const found = await index.search('pellet', { filter: `id = "${c.id}"` });
      assert.equal(found.hits.length, 1);

      sent.length = 0;
      await m.get(ConversationMessages).record({
        workspaceId: ws.id,
        source: 'WIDGET',
        conversationKey: key,
        externalId: `${key}-reply`,
        role: 'AGENT',
        kind: 'text',
        text: 'We deliver on Friday',
        sentAt: new Date(Date.now() + 5_000),
        contact: { name: null, phone: null, email: null },
      });
      await m.query(`update conversation set visible = true, version = version + 1 where id = '${c.id}'`);
      assert.equal(await search.syncPending(), 1);
      assert.deepEqual(
        sent.map((x) => [x.kind, x.docs.length]),
        [['whole', 1]],
      );
      assert.deepEqual((await index.getDocument(c.id)).messages, ['Pellet stove quote for Größe 42', 'We deliver on Friday']);
    } finally {
      index.addDocuments = add;
      index.updateDocuments = update;
    }
  });
});
