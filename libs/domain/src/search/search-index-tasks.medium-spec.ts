import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { seedConversation } from '../../../../test/support/seed';
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
});
