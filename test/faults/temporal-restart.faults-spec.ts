// Fault: the Temporal server stops and comes back (persistent: its SQLite file keeps workflows and
// timers) under a steady stream. Messages acknowledged while it is down are stored and left
// unsignaled; the outbox relay signals them once it is back, and every conversation is reviewed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitFor, type System } from '../support/system';
import { startPrivateSystem, type PrivateStack } from './support/private-stack';
import { health } from './support/noise';
import { sleepMs, Traffic, type FaultWindow } from './support/traffic';
import { verifyTraffic } from './support/verify-traffic';

const REVIEW_DELAY_MS = 1_500;
const PHONE_NUMBER_ID = '990000000303';
const DOWN_MS = Number(process.env.FAULTS_TEMPORAL_DOWN_MS ?? 10_000);

describe('fault: Temporal server restarted under a steady stream (private stack)', () => {
  let stack: PrivateStack;
  let sys: System;
  let token: string;

  before(async () => {
    ({ stack, sys } = await startPrivateSystem({ reviewDelay: `${REVIEW_DELAY_MS}ms` }));
    ({ apiToken: token } = await sys.createWorkspace('Faults: Temporal restart', PHONE_NUMBER_ID));
  });
  after(async () => {
    await sys?.stop();
    await stack?.stop();
  });

  it('acknowledges while Temporal is down and reviews everything once it is back', async () => {
    const traffic = new Traffic(sys, token, {
      conversations: 12,
      bursts: 5,
      burstSize: 3,
      gapMs: 200,
      pauseMs: 4_000,
      phoneNumberId: PHONE_NUMBER_ID,
    });
    const faults: FaultWindow[] = [];
    let downUntil = 0;
    const observed: Record<string, unknown> = {};
    const fault = (async () => {
      await sleepMs(5_000);
      const from = Date.now();
      await stack.stopService('temporal');
      await sleepMs(2_000);
      const during = await health(sys);
      observed.healthDuringOutage = `${during.status} ${JSON.stringify(during.body)}`;
      assert.equal(during.status, 503);
      assert.equal(during.body.temporal, 'down');
      await sleepMs(Math.max(0, DOWN_MS - 2_000));
      const unsignaled = await sys.sql("select count(*)::int as n from message where signaled_at is null and external_id like '%faults-%'");
      observed.unsignaledAtRestart = unsignaled[0].n;
      await stack.startService('temporal');
      const back = Date.now();
      observed.temporalDownMs = back - from;
      // The relay signals what waited (each row on its own backoff): until it has, late signals may merge windows.
      await waitFor(
        async () =>
          (
            await sys.sql(
              "select count(*)::int as n from message where signaled_at is null and received_at < now() - interval '3 seconds' and external_id like $1",
              [`%faults-${traffic.run}-%`],
            )
          )[0].n === 0,
        90_000,
        'the outbox relay signalled what Temporal missed',
      );
      observed.outboxDrainedAfterMs = Date.now() - back;
      // … and the worker has caught up (its pollers reconnect with backoff): every conversation reviewed since
      await waitFor(
        async () =>
          (
            await sys.sql(
              `select count(distinct r.conversation_id)::int as n from review r join message m on m.conversation_id = r.conversation_id
                where r.reviewed_at > $1 and m.external_id like $2`,
              [new Date(back), `%faults-${traffic.run}-%`],
            )
          )[0].n === traffic.o.conversations,
        90_000,
        'every conversation reviewed since Temporal came back',
      );
      observed.workerCaughtUpAfterMs = Date.now() - back;
      faults.push({ name: 'temporal down', from, to: Date.now() + 2_000 });
      downUntil = back;
    })();
    await traffic.stream();
    await fault;
    assert.ok((observed.unsignaledAtRestart as number) > 0, 'messages were acknowledged while Temporal was down');
    const ackedDuring = traffic.attempts.filter((a) => a.at >= faults[0].from && a.at <= downUntil && a.status < 300).length;
    await verifyTraffic(traffic, {
      reviewDelayMs: REVIEW_DELAY_MS,
      faults,
      label: 'Temporal restart',
      extra: { ...observed, acknowledgedWhileDown: ackedDuring, outage: traffic.statusesBetween(faults[0].from, downUntil) },
    });
    const [left] = await sys.sql('select count(*)::int as n from message where signaled_at is null');
    assert.equal(left.n, 0, 'the outbox is drained');
  });
});
