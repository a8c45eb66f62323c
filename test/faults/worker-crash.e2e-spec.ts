// Fault: the worker is SIGKILLed while reviews are running (a slow fake reviewer keeps them in
// flight), under a steady stream of messages, then restarted. Afterwards: every acknowledged message
// stored once, every conversation reviewed once per quiet window, the index caught up, /health ok.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSystem, waitFor, type System } from '../support/system';
import { startSlowReviewer, type SlowReviewer } from './support/slow-reviewer';
import { badInputNoise } from './support/noise';
import { Traffic, type FaultWindow } from './support/traffic';
import { verifyTraffic } from './support/verify-traffic';

const REVIEW_DELAY_MS = 1_500;
const PHONE_NUMBER_ID = '990000000101';

describe('fault: worker SIGKILLed mid-review and restarted, under a steady stream', () => {
  let sys: System;
  let reviewer: SlowReviewer;
  let token: string;

  before(async () => {
    reviewer = await startSlowReviewer(1_500);
    sys = await startSystem({
      reviewDelay: `${REVIEW_DELAY_MS}ms`,
      env: { REVIEWER: 'openai', OPENAI_BASE_URL: reviewer.url, OPENAI_API_KEY: 'test', OPENAI_MODEL: 'slow-fake' },
    });
    ({ apiToken: token } = await sys.createWorkspace('Faults: worker crash', PHONE_NUMBER_ID));
  });
  after(async () => {
    await sys?.stop();
    await reviewer?.close();
  });

  it('reviews every conversation once per quiet window despite the crash', async () => {
    const traffic = new Traffic(sys, token, {
      conversations: 20,
      bursts: 6,
      burstSize: 3,
      gapMs: 200,
      pauseMs: 4_500,
      phoneNumberId: PHONE_NUMBER_ID,
    });
    const faults: FaultWindow[] = [];
    let workerDownMs = 0;
    const crash = (async () => {
      // mid-review: wait until reviews are in flight at the (slow) reviewer, then SIGKILL
      await waitFor(() => Promise.resolve(reviewer.requests >= 20 && reviewer.inFlight >= 3), 60_000, 'reviews in flight');
      const inFlightAtKill = reviewer.inFlight;
      const from = Date.now();
      await sys.killWorker();
      await new Promise((r) => setTimeout(r, REVIEW_DELAY_MS * 2)); // deadlines pass with no worker
      await sys.startWorker();
      workerDownMs = Date.now() - from;
      // The reviews killed in flight are retried once their heartbeat times out (10 s) + retry interval (2 s);
      // their workflows wait meanwhile, so windows ending until then may be reviewed together.
      faults.push({ name: 'worker down', from, to: Math.max(Date.now(), from + 12_000) });
      return inFlightAtKill;
    })();
    const streaming = traffic.stream();
    const noise = badInputNoise(traffic, streaming);
    await streaming;
    const inFlightAtKill = await crash;
    const bad = await noise;
    assert.deepEqual(bad.unexpected, [], 'bad input mixed into the stream got its clear error');
    assert.ok(inFlightAtKill >= 1, 'the worker was killed while reviews were in flight');
    const { counts } = await verifyTraffic(traffic, {
      reviewDelayMs: REVIEW_DELAY_MS,
      faults,
      label: 'worker SIGKILL mid-review',
      extra: {
        badInput: bad.byKind,
        reviewsInFlightAtKill: inFlightAtKill,
        workerDownMs,
        reviewerRequests: reviewer.requests,
      },
    });
    assert.equal(counts.acknowledged, counts.planned, 'the api acknowledged everything: the worker is not on the ingestion path');
  });
});
