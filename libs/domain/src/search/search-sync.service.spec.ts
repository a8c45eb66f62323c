import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import type { EventBus } from '../events/event-bus.service';
import type { SearchIndexService } from './search-index.service';
import { SearchSyncService } from './search-sync.service';

/** The loop over stand-ins of its two collaborators: an event source, and an index (nothing behind, unless `round` says). */
function loop(round: () => Promise<number> = () => Promise.resolve(0)) {
  const listeners: (() => void)[] = [];
  const events = { listen: (l: () => void) => listeners.push(l) } as unknown as EventBus;
  const syncs: number[] = [];
  const search = {
    syncPending: () => {
      syncs.push(Date.now());
      return round();
    },
    logFailure: () => {},
  } as unknown as SearchIndexService;
  const sync = new SearchSyncService(search, events);
  sync.start();
  return { sync, syncs, emit: () => listeners.forEach((l) => l()) };
}

describe('SearchSyncService loop', () => {
  it('a stream of events costs a few syncs, not one each; a lone event is looked at within a moment', async (t) => {
    const { sync, syncs, emit } = loop();
    t.after(() => sync.onApplicationShutdown());
    await sleep(50);
    const first = syncs.length;
    const woken = Date.now();
    emit();
    await sleep(250);
    assert.equal(syncs.length, first + 1, 'one sync for one event');
    assert.ok(syncs.at(-1)! - woken < 200, `looked ${syncs.at(-1)! - woken} ms after the event`);

    const before = syncs.length;
    for (let i = 0; i < 60; i++) {
      emit();
      await sleep(5);
    }
    await sleep(150);
    const during = syncs.length - before;
    assert.ok(during >= 2 && during <= 6, `60 events over ~0.4 s took ${during} syncs`);
  });

  it('after a round that sent documents it rests as long as the round took, so a backlog goes in fewer, larger tasks', async (t) => {
    const ends: number[] = [];
    const { sync, syncs } = loop(async () => {
      await sleep(150);
      ends.push(Date.now());
      return 10;
    });
    t.after(() => sync.onApplicationShutdown());
    await sleep(1_000);
    assert.ok(syncs.length >= 3, `${syncs.length} rounds`);
    for (let i = 1; i < Math.min(syncs.length, ends.length + 1); i++) {
      const rested = syncs[i] - ends[i - 1];
      assert.ok(rested >= 120, `rested ${rested} ms after a 150 ms round`);
    }
  });
});
