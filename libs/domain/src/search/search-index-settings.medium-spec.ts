import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { searchKit, type SearchKit } from '../../../../test/search/medium-search';
import { MeilisearchProvider } from './meilisearch.provider';
import { SearchIndexService } from './search-index.service';

describe('SearchIndexService.ensureIndex (medium: real Meilisearch)', () => {
  let kit: SearchKit;
  before(async () => (kit = await searchKit()));
  after(() => kit?.close());

  const behind = async () =>
    (await kit.m.query<{ n: number }>('select count(*)::int as n from conversation where indexed_version < version'))[0].n;

  it('sends every conversation again when the index had other settings (an upgrade, a lost index), not otherwise', async () => {
    const ws = (await kit.m.workspace()).id;
    await kit.seed(ws, { contact: { name: 'Ada Lovelace' } });
    await kit.seed(ws, { contact: { name: 'Grace Hopper' } });
    await kit.sync();
    const indexer = kit.m.get(SearchIndexService);
    await indexer.ensureIndex();
    assert.equal(await behind(), 0, 'same settings: nothing to send');

    const meili = kit.m.get(MeilisearchProvider);
    // an index written by an older version: other searchable attributes
    await meili.client.tasks.waitForTask((await meili.index.updateSettings({ searchableAttributes: ['title', 'messages'] })).taskUid);
    await indexer.ensureIndex();
    assert.equal(await behind(), 2);
    await kit.sync();
    assert.equal(await behind(), 0);
    assert.deepEqual((await kit.search(ws, 'Grace Hopper')).edges[0]?.highlights[0]?.field, 'TITLE');
  });
});
