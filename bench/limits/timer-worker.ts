// The worker of the minimal timer+activity workflow (its own process and task queue), with exactly
// the application worker's options (apps/worker/src/worker-tuning.ts, from the same WORKER_MAX_* env).
// Prints `ready`, then `done <workflowId> <epoch ms>` each time the no-op activity runs.
//   TEMPORAL_ADDRESS=… TEMPORAL_NAMESPACE=… BENCH_TIMER_QUEUE=… node bench/limits/timer-worker.ts
import { createRequire } from 'node:module';
import path from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { ROOT } from '../../scripts/paths.ts';

const env = process.env;
const requireBuilt = createRequire(import.meta.url);
const { loadConfig } = requireBuilt(path.join(ROOT, 'dist/libs/domain/src/config/app-config.js')) as {
  loadConfig: (e: NodeJS.ProcessEnv) => { worker: unknown };
};
const { workerTuning } = requireBuilt(path.join(ROOT, 'dist/apps/worker/src/worker-tuning.js')) as {
  workerTuning: (w: unknown) => Partial<WorkerOptions>;
};
const tuning = workerTuning(loadConfig({ ...env, DATABASE_URL: env.DATABASE_URL ?? 'postgres://unused' }).worker);
const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
const worker = await Worker.create({
  connection,
  namespace: env.TEMPORAL_NAMESPACE ?? 'default',
  taskQueue: env.BENCH_TIMER_QUEUE ?? 'bench-timer',
  workflowsPath: path.join(import.meta.dirname, 'timer.workflow.ts'),
  activities: {
    noop: (workflowId: string): Promise<void> => {
      process.stdout.write(`done ${workflowId} ${Date.now()}\n`);
      return Promise.resolve();
    },
  },
  ...tuning,
  shutdownGraceTime: '5s',
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => worker.shutdown());
const running = worker.run();
process.stdout.write('ready\n');
await running;
await connection.close();
