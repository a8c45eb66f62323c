// A worker running the real conversationWorkflow bundle (built once per process) with test activities.
import { bundleWorkflowCode, Worker, type NativeConnection, type WorkflowBundle } from '@temporalio/worker';
import type { TestActivities } from './test-activities';

const WORKFLOWS_PATH = require.resolve('../../../libs/workflows/src/workflows');

// webpack's progress output is noise in test logs; its warnings and errors are still shown.
const quietBundlerLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  log: () => undefined,
  warn: (message: string) => process.stderr.write(`[bundle] ${message}\n`),
  error: (message: string) => process.stderr.write(`[bundle] ${message}\n`),
};

let bundle: Promise<WorkflowBundle> | undefined;

/** The workflow bundle, built on first use. */
export function workflowBundle(): Promise<WorkflowBundle> {
  bundle ??= bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
  return bundle;
}

export interface RunningWorker {
  worker: Worker;
  /** Shuts the worker down and waits until it has stopped. */
  stop(): Promise<void>;
}

export async function runWorker(
  connection: NativeConnection,
  taskQueue: string,
  activities: TestActivities,
  namespace = 'default',
): Promise<RunningWorker> {
  const worker = await Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: activities.implementations,
  });
  const running = worker.run();
  return {
    worker,
    async stop() {
      worker.shutdown();
      await running;
    },
  };
}
