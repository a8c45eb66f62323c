// 6. Scale-out on one machine: the review pipeline with one worker process, then with two sharing the
// task queue (as several instances do), each on fresh conversations falling due together, back to back.
// On 2 cores this shows whether a second worker process helps or only competes for the same CPU.
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import { log, round } from '../lib/stats.ts';
import type { BenchSystem } from '../lib/system.ts';
import type { DueTogether } from '../limits/timer-limit.ts';
import { pipelineOnFreshSet } from './review.ts';

export interface ScaleOut {
  oneWorker: DueTogether;
  twoWorkers: DueTogether;
  /** time for all with one ÷ with two (> 1: the second worker helps) */
  speedup: number | null;
}

export async function benchScaleOut(
  sys: BenchSystem,
  client: Client,
  pool: pg.Pool,
  o: { conversations: number; timeoutMs: number },
): Promise<ScaleOut> {
  const n = Math.min(o.conversations, 500);
  const oneWorker = await pipelineOnFreshSet(sys, client, pool, n, 'scaleout-1', o.timeoutMs);
  await sys.startWorker();
  try {
    const twoWorkers = await pipelineOnFreshSet(sys, client, pool, n, 'scaleout-2', o.timeoutMs);
    const speedup =
      oneWorker.allDoneAfterMs && twoWorkers.allDoneAfterMs ? round(oneWorker.allDoneAfterMs / twoWorkers.allDoneAfterMs, 2) : null;
    log(
      `scale-out: all visible after ${oneWorker.allDoneAfterMs} ms with one worker, ${twoWorkers.allDoneAfterMs} ms with two (×${speedup})`,
    );
    return { oneWorker, twoWorkers, speedup };
  } finally {
    const extra = sys.workers.pop();
    await extra?.stop();
  }
}
