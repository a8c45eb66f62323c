// Records the histories the replay test replays (test/workflows/histories/<scenario>[-<run>].json):
// each scenario runs the current conversationWorkflow on a real Temporal dev server (the installed
// CLI's, started here in memory) with test activities, through every code path the workflow has.
// Once a workflow version may be running somewhere, keep its files and add new ones beside them: a
// change that cannot replay them would break those runs.
//
//   npx swc libs test -d dist --copy-files -q && npx node dist/test/workflows/record-histories.js
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { CONVERSATION_GONE, SA } from '../../libs/workflows/src/conversation.contract';
import { REVIEW_MAX_ATTEMPTS } from '../../libs/workflows/src/review.proxy';
import { temporalCli } from '../support/stack';
import { message, newConversation, type ConversationDriver } from './support/conversation-driver';
import { fetchRuns, HISTORIES_DIR } from './support/histories';
import { captureWorkerLogs } from './support/logs';
import { TestActivities } from './support/test-activities';
import { until } from './support/until';
import { runWorker } from './support/worker';

const TASK_QUEUE = 'record-histories';
const DELAY = 300;
const IDLE = 1_500;
// Retries as the real policy counts them, without its minutes of backoff.
const FAST_RETRY = { nextRetryDelay: '10ms' } as const;

type Scenario = (start: (input?: { reviewDelayMs?: number; historyLimit?: number }) => ConversationDriver) => Promise<ConversationDriver>;

const activities = new TestActivities();
const reviewed = (c: ConversationDriver, count: number) =>
  until(`review ${count} of ${c.id}`, () => activities.reviewsOf(c.id).length >= count);

const scenarios: Record<string, Scenario> = {
  // Two quiet windows, a repeated, an older and a malformed signal, a status set by a person.
  'quiet-windows': async (start) => {
    const c = start();
    const t0 = Date.now();
    await c.send(message(1, t0));
    await c.send(message(2, t0 + 50));
    await c.send(message(2, t0 + 50));
    await c.send(message(1, t0));
    await c.send({ ...message(3, Date.now()), seq: 0 });
    await reviewed(c, 1);
    await c.setStatus('QUOTE_REQUEST');
    await c.send(message(3, Date.now()));
    await reviewed(c, 2);
    return c;
  },
  'shorter-delay': async (start) => {
    const c = start({ reviewDelayMs: 60 * 60_000 });
    await c.send(message(1, Date.now()));
    await c.send(message(2, Date.now(), { reviewDelayMs: DELAY }));
    await reviewed(c, 1);
    return c;
  },
  'relayed-late': async (start) => {
    const c = start();
    const storedAt = Date.now() - 60 * 60_000;
    await c.send(message(1, storedAt));
    await c.send(message(2, storedAt + 1_000));
    await reviewed(c, 1);
    return c;
  },
  'review-failed': async (start) => {
    const c = start();
    activities.onReview(c.id, ({ throughSeq }) => {
      if (throughSeq === 1) throw ApplicationFailure.create({ message: 'reviewer unavailable', ...FAST_RETRY });
    });
    activities.onRecordFailure(c.id, (_input, attempt) => {
      if (attempt < 3) throw ApplicationFailure.create({ message: 'database unavailable', ...FAST_RETRY });
    });
    await c.send(message(1, Date.now()));
    await until('the recorded failure', () => activities.failuresOf(c.id).length === 3, 120_000);
    await c.send(message(2, Date.now()));
    await reviewed(c, REVIEW_MAX_ATTEMPTS + 1);
    return c;
  },
  'conversation-gone': async (start) => {
    const c = start();
    activities.onReview(c.id, () => {
      throw ApplicationFailure.nonRetryable(`conversation ${c.id} does not exist`, CONVERSATION_GONE);
    });
    await c.send(message(1, Date.now()));
    await reviewed(c, 1);
    return c;
  },
  'continued-as-new': async (start) => {
    const c = start({ historyLimit: 20 });
    await c.send(message(1, Date.now()));
    await reviewed(c, 1);
    for (let seq = 2; seq <= 12; seq++) await c.send(message(seq, Date.now()));
    await reviewed(c, 2);
    return c;
  },
};

async function main() {
  captureWorkerLogs();
  const env = await TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: temporalCli() }, searchAttributes: Object.values(SA) },
  });
  const worker = await runWorker(env.nativeConnection, TASK_QUEUE, activities);
  try {
    mkdirSync(HISTORIES_DIR, { recursive: true });
    await Promise.all(
      Object.entries(scenarios).map(async ([name, scenario]) => {
        const c = await scenario((input = {}) =>
          newConversation(env.client, TASK_QUEUE, { reviewDelayMs: DELAY, idleCloseMs: IDLE, ...input }),
        );
        await c.handle().result(); // idle completion: the history ends as real runs do
        const runs = await fetchRuns(env.client, c.workflowId, c.firstRunId()!);
        runs.forEach((history, i) => {
          const file = path.join(HISTORIES_DIR, runs.length > 1 ? `${name}-${i + 1}.json` : `${name}.json`);
          writeFileSync(file, `${JSON.stringify(history, null, 2)}\n`);
          process.stdout.write(`recorded ${path.relative(process.cwd(), file)}\n`);
        });
      }),
    );
  } finally {
    await worker.stop();
    await env.teardown();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
