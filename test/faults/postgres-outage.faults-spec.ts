// Fault: PostgreSQL stopped for a few seconds under a steady stream. Requests during the outage are
// answered 5xx (never 2xx without storing); the sender delivers those again afterwards. Then every
// acknowledged message is stored once and every conversation reviewed; /health is ok again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { System } from '../support/system';
import { startPrivateSystem, type PrivateStack } from './support/private-stack';
import { health } from './support/noise';
import { sleepMs, Traffic, type FaultWindow } from './support/traffic';
import { verifyTraffic } from './support/verify-traffic';

const REVIEW_DELAY_MS = 1_500;
const PHONE_NUMBER_ID = '990000000505';
const DOWN_MS = Number(process.env.FAULTS_PG_DOWN_MS ?? 5_000);

describe('fault: PostgreSQL stopped for a few seconds under a steady stream (private stack)', () => {
  let stack: PrivateStack;
  let sys: System;
  let token: string;

  before(async () => {
    ({ stack, sys } = await startPrivateSystem({ reviewDelay: `${REVIEW_DELAY_MS}ms` }));
    ({ apiToken: token } = await sys.createWorkspace('Faults: PostgreSQL outage', PHONE_NUMBER_ID));
  });
  after(async () => {
    await sys?.stop();
    await stack?.stop();
  });

  it('answers 5xx during the outage, never acknowledges without storing, and recovers', async () => {
    const traffic = new Traffic(sys, token, {
      conversations: 12,
      bursts: 5,
      burstSize: 3,
      gapMs: 200,
      pauseMs: 4_000,
      phoneNumberId: PHONE_NUMBER_ID,
      timeoutMs: 30_000,
    });
    const faults: FaultWindow[] = [];
    const observed: Record<string, unknown> = {};
    const fault = (async () => {
      await sleepMs(6_000);
      const from = Date.now();
      await stack.stopService('postgres');
      await sleepMs(1_500);
      const during = await health(sys);
      observed.healthDuringOutage = `${during.status} ${JSON.stringify(during.body)}`;
      assert.equal(during.status, 503);
      assert.ok(during.body.failing?.includes('postgres'), JSON.stringify(during.body));
      // GraphQL says so too, naming the part, instead of an internal error
      const gql = await sys.gql('{ conversations { totalCount } }', {}, token);
      observed.graphqlDuringOutage = gql.errors?.map((e) => e.extensions);
      assert.equal(gql.errors?.[0].extensions?.code, 'SERVICE_UNAVAILABLE', JSON.stringify(gql));
      assert.equal(gql.errors?.[0].extensions?.part, 'postgres', JSON.stringify(gql));
      await sleepMs(Math.max(0, DOWN_MS - 1_500));
      await stack.startService('postgres');
      const to = Date.now();
      observed.postgresDownMs = to - from;
      // reviews failing meanwhile are retried by Temporal with backoff (2 s, 4 s, 8 s…)
      faults.push({ name: 'postgres down', from, to: to + 15_000 });
      const back = Date.now();
      for (;;) {
        if ((await health(sys)).status === 200) break;
        if (Date.now() - back > 60_000) throw new Error('/health not ok within 60 s of PostgreSQL being back');
        await sleepMs(200);
      }
      observed.healthOkAfterMs = Date.now() - back;
    })();
    await traffic.stream();
    await fault;
    const outage = traffic.attempts.filter((a) => a.at >= faults[0].from && a.at <= faults[0].to - 15_000);
    observed.outage = traffic.statusesBetween(faults[0].from, faults[0].to - 15_000);
    const failed = traffic.attempts.filter((a) => a.status < 200 || a.status >= 300);
    assert.ok(failed.length > 0, 'requests failed during the outage');
    // 503 naming PostgreSQL on the ingestion endpoints; status 0 only for a request cut off mid-flight
    for (const a of failed) assert.ok(a.status === 503 || a.status === 0, `a failed request got ${a.status} (expected 503): ${a.error}`);
    for (const a of failed.filter((f) => f.status === 503)) {
      const body = JSON.parse(a.error ?? '{}') as { error?: { code?: string; failing?: string[] } };
      assert.equal(body.error?.code, 'UNAVAILABLE', a.error);
      assert.deepEqual(body.error?.failing, ['postgres'], a.error);
    }
    observed.requestsDuringOutage = outage.length;
    observed.redelivered = await traffic.redeliverUnacknowledged();
    await verifyTraffic(traffic, { reviewDelayMs: REVIEW_DELAY_MS, faults, label: 'PostgreSQL outage', extra: observed });
  });
});
