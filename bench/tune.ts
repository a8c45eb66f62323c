// Worker options side by side on one persistent stack: for each variant (WORKER_MAX_* settings, or
// BENCH_APP_ROOT: another build) the worker is restarted with them and measured on its workflow-task
// rate (a backlog of raw signalWithStarts worked off), then on the review pipeline (N fresh
// conversations due together) or, with BENCH_TUNE_MEASURE=ingest, on ingestion beside raw
// signalWithStart at 8 and 64 clients. Variants alternate over BENCH_TUNE_ROUNDS rounds. BENCH_TUNE_SEED=N seeds
// and indexes N conversations first (costs that grow with the database and the search index show). Writes bench/tuning.json.
//   BENCH_TUNE='default:;wft100:WORKER_MAX_WORKFLOW_TASKS=100,WORKER_MAX_WORKFLOW_TASK_POLLS=50' node bench/tune.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Client } from '@temporalio/client';
import { ROOT } from '../scripts/paths.ts';
import { installShutdownHandlers } from '../scripts/stack/shutdown.ts';
import { loadAverage } from './lib/procfs.ts';
import { closedLoop, log, median, round, uuidOf } from './lib/stats.ts';
import { BenchSystem } from './lib/system.ts';
import { backlog, drainBacklog, signalWithStart, temporalClient } from './lib/temporal.ts';
import { benchIngestion } from './sections/ingest.ts';
import { prepareScale } from './sections/data.ts';
import { pipelineOnFreshSet } from './sections/review.ts';

const DEFAULT_VARIANTS = 'default:;wft100:WORKER_MAX_WORKFLOW_TASKS=100,WORKER_MAX_WORKFLOW_TASK_POLLS=50;act10:WORKER_MAX_ACTIVITIES=10';

function variants(spec: string): { name: string; env: Record<string, string> }[] {
  return spec.split(';').map((v) => {
    const [name, settings = ''] = v.split(':');
    return {
      name,
      env: Object.fromEntries(
        settings
          .split(',')
          .filter(Boolean)
          .map((kv) => kv.split('=') as [string, string]),
      ),
    };
  });
}

/** Workflow tasks per second: a backlog of `n` first tasks queued with the worker away, then worked off. */
async function taskRate(sys: BenchSystem, client: Client, env: Record<string, string>, n: number, tag: string): Promise<number | null> {
  await sys.stopWorkers();
  await closedLoop({
    concurrency: 32,
    count: n,
    timeMs: 120_000,
    fn: (i) => signalWithStart(client, { conversationId: uuidOf(`tune-${tag}-${i}`), workspaceId: sys.workspace.id }),
  });
  const queued = await backlog(client);
  // BENCH_APP_ROOT in a variant: that worker runs another build (an A/B of application code)
  const before = process.env.BENCH_APP_ROOT;
  if (env.BENCH_APP_ROOT) process.env.BENCH_APP_ROOT = env.BENCH_APP_ROOT;
  try {
    await sys.startWorker(env);
  } finally {
    if (before === undefined) delete process.env.BENCH_APP_ROOT;
    else process.env.BENCH_APP_ROOT = before;
  }
  const d = await drainBacklog(client, 180_000, `task rate ${tag} (${queued} queued)`);
  return d.tasksPerSecond;
}

const sys = new BenchSystem('persistent');
let pool: pg.Pool | undefined;
installShutdownHandlers({ handleErrors: true, exitWithParent: true, shutdown: async () => sys.stop() });
const n = Number(process.env.BENCH_REVIEW_N ?? 500);
const rounds = Number(process.env.BENCH_TUNE_ROUNDS ?? 2);
const list = variants(process.env.BENCH_TUNE ?? DEFAULT_VARIANTS);
const measureIngest = process.env.BENCH_TUNE_MEASURE === 'ingest';
const INGEST = { levels: [8, 64], count: { 8: 1_500, 64: 2_500 }, timeMs: 12_000, repeats: 1, warmup: 100 };
interface VariantResult {
  allVisibleS: (number | null)[];
  p99S: (number | null)[];
  tasksPerSecond: (number | null)[];
  /** app ÷ raw at each ingestion level, per round */
  ingestRatios: (number | null)[][];
  cpu: Record<string, number>[];
}
const results: Record<string, VariantResult> = {};
try {
  await sys.start();
  pool = new pg.Pool({ connectionString: sys.stack.databaseUrl, max: 10 });
  if (process.env.BENCH_TUNE_SEED) await prepareScale(sys, pool, 0, Number(process.env.BENCH_TUNE_SEED), 10);
  const temporal = await temporalClient(sys.stack.temporalAddress);
  for (let r = 0; r < rounds; r++) {
    for (const v of r % 2 ? [...list].reverse() : list) {
      const res = (results[v.name] ??= { allVisibleS: [], p99S: [], tasksPerSecond: [], ingestRatios: [], cpu: [] });
      res.tasksPerSecond.push(await taskRate(sys, temporal.client, v.env, n * 2, `${v.name}-${r}`));
      if (measureIngest) {
        const levels = await benchIngestion(sys, temporal.client, INGEST);
        res.ingestRatios.push(levels.map((l) => l.ratio));
        res.cpu.push(...levels.map((l) => l.app.cpuMsPerCall));
        await drainBacklog(temporal.client, 120_000, 'after ingestion');
        log(`tune ${v.name} round ${r}: ingestion app ÷ raw ${res.ingestRatios.at(-1)?.join(' / ')} (load ${loadAverage().join(' ')})`);
        continue;
      }
      const p = await pipelineOnFreshSet(sys, temporal.client, pool, n, `tune-${v.name}-${r}`, 240_000);
      res.allVisibleS.push(round((p.allDoneAfterMs ?? NaN) / 1000, 1));
      res.p99S.push(round((p.lagMs.p99 ?? NaN) / 1000, 1));
      res.cpu.push(p.cpuSeconds);
      log(
        `tune ${v.name} round ${r}: all visible after ${res.allVisibleS.at(-1)} s, ${res.tasksPerSecond.at(-1)} tasks/s (load ${loadAverage().join(' ')})`,
      );
    }
  }
  await temporal.close();
} finally {
  await pool?.end();
  await sys.stop();
}
const summary = Object.fromEntries(
  Object.entries(results).map(([k, v]) => [
    k,
    {
      ...v,
      medianAllVisibleS: round(median(v.allVisibleS.map((x) => x ?? NaN)), 1),
      medianTasksPerSecond: round(median(v.tasksPerSecond.map((x) => x ?? NaN)), 1),
    },
  ]),
);
writeFileSync(
  path.join(ROOT, 'bench', 'tuning.json'),
  `${JSON.stringify({ at: new Date().toISOString(), n, rounds, variants: list, summary }, null, 2)}\n`,
);
for (const [k, v] of Object.entries(summary))
  log(`${k}: all visible after ${v.medianAllVisibleS} s (median), ${v.medianTasksPerSecond} tasks/s`);
