// Temporal's time-skipping test server (the Java one, installed by scripts/install/temporal-test-server.ts)
// with the project's search attributes registered, and a worker running the real workflow bundle.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { LogEntry } from '@temporalio/worker';
import { SA } from '../../../libs/workflows/src/conversation.contract';
import type { TestActivities } from './test-activities';
import { captureWorkerLogs } from './logs';
import { runWorker } from './worker';

/** TEMPORAL_TEST_SERVER, else <repo>/.bin/temporal-test-server/temporal-test-server; throws naming both when absent. */
export function testServerExecutable(): string {
  const override = process.env.TEMPORAL_TEST_SERVER;
  if (override) {
    if (!existsSync(override)) throw new Error(`TEMPORAL_TEST_SERVER=${override} does not exist`);
    return override;
  }
  const installed = path.resolve(process.cwd(), '.bin', 'temporal-test-server', 'temporal-test-server');
  if (!existsSync(installed))
    throw new Error(
      `the workflow tests need Temporal's time-skipping test server, not found at ${installed}: ` +
        `install it with \`npm exec -- node scripts/install/temporal-test-server.ts\` (Java 17+ and Maven reaching Maven Central), ` +
        `or set TEMPORAL_TEST_SERVER to its executable`,
    );
  return installed;
}

const INDEXED_TYPE = {
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  BOOL: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
} as const;

/** The test server knows only the default search attributes: register the workflow's (as the dev server is started with). */
async function registerSearchAttributes(env: TestWorkflowEnvironment): Promise<void> {
  const searchAttributes = Object.fromEntries(Object.values(SA).map((key) => [key.name, INDEXED_TYPE[key.type]]));
  await env.connection.operatorService.addSearchAttributes({ namespace: env.namespace ?? 'default', searchAttributes });
}

export interface TimeSkippingHarness {
  env: TestWorkflowEnvironment;
  taskQueue: string;
  /** WARN and ERROR lines of the SDK and the workflow logger so far. */
  logs: LogEntry[];
  /** Stops the worker, then the server. */
  stop(): Promise<void>;
}

/** A time-skipping server of its own and a running worker with the given activities. */
export async function startTimeSkipping(activities: TestActivities): Promise<TimeSkippingHarness> {
  const logs = captureWorkerLogs();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServerExecutable() } },
  });
  try {
    await registerSearchAttributes(env);
    activities.clock = () => env.currentTimeMs();
    const taskQueue = 'conversations-test';
    const worker = await runWorker(env.nativeConnection, taskQueue, activities);
    return {
      env,
      taskQueue,
      logs,
      async stop() {
        await worker.stop();
        await env.teardown();
      },
    };
  } catch (err) {
    await env.teardown();
    throw err;
  }
}
