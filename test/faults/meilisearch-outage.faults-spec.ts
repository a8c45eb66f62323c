// Fault: Meilisearch stopped for about a minute under a steady stream. Reviews keep happening (the
// index is not on their path), /health names meilisearch while it is down, and once it is back the
// worker's sync loop brings the index up to date with PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { System } from '../support/system';
import { startPrivateSystem, type PrivateStack } from './support/private-stack';
import { health, progress } from './support/noise';
import { sleepMs, Traffic } from './support/traffic';
import { verifyTraffic } from './support/verify-traffic';

const REVIEW_DELAY_MS = 1_500;
const PHONE_NUMBER_ID = '990000000404';
const DOWN_MS = Number(process.env.FAULTS_MEILI_DOWN_MS ?? 60_000);

describe('fault: Meilisearch stopped for a minute under a steady stream (private stack)', () => {
  let stack: PrivateStack;
  let sys: System;
  let token: string;

  before(async () => {
    ({ stack, sys } = await startPrivateSystem({ reviewDelay: `${REVIEW_DELAY_MS}ms` }));
    ({ apiToken: token } = await sys.createWorkspace('Faults: Meilisearch outage', PHONE_NUMBER_ID));
  });
  after(async () => {
    await sys?.stop();
    await stack?.stop();
  });

  it('keeps reviewing without the index, reports it down, and catches the index up afterwards', async () => {
    const pauseMs = 4_500;
    const burstSize = 3;
    const gapMs = 200;
    const traffic = new Traffic(sys, token, {
      conversations: 10,
      // the stream outlasts the outage by a few bursts
      bursts: Math.ceil((DOWN_MS + 15_000) / (pauseMs + burstSize * gapMs)),
      burstSize,
      gapMs,
      pauseMs,
      phoneNumberId: PHONE_NUMBER_ID,
    });
    const observed: Record<string, unknown> = {};
    const fault = (async () => {
      await sleepMs(5_000);
      const from = Date.now();
      await stack.stopService('meilisearch');
      const atStop = await progress(traffic);
      await sleepMs(2_000);
      const during = await health(sys);
      observed.healthDuringOutage = `${during.status} ${JSON.stringify(during.body)}`;
      assert.equal(during.status, 503);
      assert.deepEqual(during.body.failing, ['meilisearch']);
      await sleepMs(Math.max(0, DOWN_MS - 2_000));
      const beforeRestart = await progress(traffic);
      observed.reviewsDuringOutage = beforeRestart.reviews - atStop.reviews;
      observed.messagesDuringOutage = beforeRestart.messages - atStop.messages;
      observed.conversationsBehindIndexAtRestart = beforeRestart.behind;
      await stack.startService('meilisearch');
      observed.meiliDownMs = Date.now() - from;
      const catchUpFrom = Date.now();
      for (;;) {
        if ((await progress(traffic)).behind === 0 && (await health(sys)).status === 200) break;
        if (Date.now() - catchUpFrom > 60_000) throw new Error('the index did not catch up within 60 s');
        await sleepMs(200);
      }
      observed.syncCaughtUpMs = Date.now() - catchUpFrom;
    })();
    await traffic.stream();
    await fault;
    assert.ok((observed.reviewsDuringOutage as number) > 0, 'reviews happened while Meilisearch was down');
    assert.ok((observed.conversationsBehindIndexAtRestart as number) > 0, 'the index fell behind during the outage');
    // Meilisearch is not on the review path: no window may be merged, hence no fault windows.
    await verifyTraffic(traffic, { reviewDelayMs: REVIEW_DELAY_MS, faults: [], label: 'Meilisearch outage', extra: observed });
  });
});
