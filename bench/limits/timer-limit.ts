// The review pipeline's Temporal limit, run on the same server: N minimal workflows whose timers all
// fall due at the same instant T, each then running one no-op activity on its own worker process.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { ROOT } from '../../scripts/paths.ts';
import { startProcess, waitFor, type ManagedProcess } from '../../scripts/stack/process.ts';
import { cpuMeter } from '../lib/procfs.ts';
import { closedLoop, log, round, sleep, summarize, type Summary } from '../lib/stats.ts';
import type { BenchSystem } from '../lib/system.ts';
import { stagesOf, type Stages } from '../lib/history.ts';
import { backlog } from '../lib/temporal.ts';
import { DUE_SIGNAL } from './timer.workflow.ts';

export const TIMER_QUEUE = 'bench-timer';
const DEADLINE_MS = 5_000;

export interface TimerWorker {
  proc: ManagedProcess;
  /** epoch ms at which each workflow's activity ran, by workflow id */
  done: Map<string, number>;
}

export async function startTimerWorker(sys: BenchSystem): Promise<TimerWorker> {
  const done = new Map<string, number>();
  let ready = false;
  const proc = startProcess({
    name: 'timer-worker',
    command: process.execPath,
    args: [path.join(ROOT, 'bench', 'limits', 'timer-worker.ts')],
    cwd: ROOT,
    env: { ...sys.env, BENCH_TIMER_QUEUE: TIMER_QUEUE },
    logDir: sys.logDir,
    graceMs: 10_000,
    onLine: (line) => {
      if (line === 'ready') ready = true;
      const m = /^done (\S+) (\d+)$/.exec(line);
      if (m) done.set(m[1], Number(m[2]));
    },
  });
  await waitFor(() => ready, { what: 'timer worker ready', proc, timeoutMs: 180_000 });
  return { proc, done };
}

export interface DueTogether {
  workflows: number;
  started: number;
  startErrors: number;
  startSeconds: number | null;
  /** workflow-task backlog of the queue at T: work still queued from the starts */
  backlogAtDeadline: number | null;
  finished: number;
  lagMs: Summary;
  allDoneAfterMs: number | null;
  perSecond: number | null;
  timedOut: boolean;
  cpuSeconds: Record<string, number>;
  /** where a sample of them spent the time after their timer fired */
  stages: Stages;
}

/** Every k-th of the ids, about `n` of them. */
export const sampleOf = <T>(xs: readonly T[], n = 30): T[] =>
  xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);

/** Summary of lags (ms after T) of what finished, the last one, and the rate. */
export function dueTogetherFigures(lags: number[], expected: number) {
  const last = lags.length ? Math.max(...lags) : NaN;
  return {
    finished: lags.length,
    lagMs: summarize(lags),
    allDoneAfterMs: round(last, 0),
    perSecond: round((lags.length / Math.max(1, last)) * 1000, 1),
    timedOut: lags.length < expected,
  };
}

/** The margin before T: every start is in, and the worker has had time for their first tasks. */
export const marginMs = (n: number): number => Math.max(30_000, n * 30);

export async function runTimerLimit(sys: BenchSystem, client: Client, tw: TimerWorker, n: number, timeoutMs: number): Promise<DueTogether> {
  const run = randomBytes(3).toString('hex');
  const ids = Array.from({ length: n }, (_, i) => `bench-timer-${run}-${i}`);
  const T = Date.now() + marginMs(n);
  const t0 = Date.now();
  const starts = await closedLoop({
    concurrency: 32,
    count: n,
    timeMs: marginMs(n) - 2_000,
    fn: (i) =>
      client.connection.withDeadline(Date.now() + DEADLINE_MS, () =>
        client.workflow.signalWithStart('timerThenActivity', {
          workflowId: ids[i],
          taskQueue: TIMER_QUEUE,
          args: [],
          signal: DUE_SIGNAL,
          signalArgs: [{ dueAt: new Date(T).toISOString() }],
        }),
      ),
  });
  const startSeconds = round((Date.now() - t0) / 1000, 1);
  while (Date.now() < T) await sleep(20);
  const backlogAtDeadline = await backlog(client, TIMER_QUEUE);
  const stop = cpuMeter({ ...sys.components(), timerWorker: () => [tw.proc.pid] });
  const end = T + timeoutMs;
  while (Date.now() < end && ids.filter((id) => tw.done.has(id)).length < starts.done) await sleep(250);
  const cpuSeconds = stop();
  const lags = ids.flatMap((id) => (tw.done.has(id) ? [(tw.done.get(id) ?? 0) - T] : []));
  const out: DueTogether = {
    workflows: n,
    started: starts.done,
    startErrors: starts.errors,
    startSeconds,
    backlogAtDeadline,
    ...dueTogetherFigures(lags, starts.done),
    cpuSeconds,
    stages: await stagesOf(client, sampleOf(ids)),
  };
  log(
    `timer limit: ${out.finished}/${n} done; deadline→activity p50 ${out.lagMs.p50} p99 ${out.lagMs.p99} ms, last ${out.allDoneAfterMs} ms (${out.perSecond}/s), backlog at T ${backlogAtDeadline}`,
  );
  return out;
}
