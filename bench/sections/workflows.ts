// 4. Open workflows: conversation workflows opened in steps toward a number of running workflows
// (signalWithStart at bounded concurrency, review delay 1 h, so each stays open and idle on its
// timer). At each step: Temporal and worker RSS (and per open workflow), signal latency to random
// open workflows (sequential), a burst of concurrent signals to distinct ones ("busy at once"), the
// workflow-task backlog. Stops on errors, low memory or the time budget, and says where.
import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { memAvailableGiB } from '../lib/procfs.ts';
import { closedLoop, log, now, round, sleep, summarize, uuidOf, type Summary } from '../lib/stats.ts';
import type { BenchSystem, SystemRss } from '../lib/system.ts';
import { backlog, countWorkflows, signalWithStart } from '../lib/temporal.ts';

export interface WorkflowStep {
  target: number;
  opened: number;
  running: number | null;
  fill: {
    started: number;
    errors: number;
    firstError: string | undefined;
    seconds: number | null;
    perSecond: number | null;
    latency: Summary;
  };
  rssMiB: SystemRss;
  /** (RSS now − RSS before the section) / workflows opened by the section, KiB */
  kibPerOpenWorkflow: { temporal: number | null; worker: number | null };
  memAvailableGiB: number | null;
  workflowTaskBacklog: number | null;
  signalLatency: Summary & { errors: number; firstError: string | undefined };
  burst: Summary & { size: number; errors: number; firstError: string | undefined; seconds: number | null };
}

export interface OpenWorkflows {
  baseline: { rss: SystemRss; running: number | null };
  steps: WorkflowStep[];
  brokeAt: { opened: number; reason: string } | null;
  note: string | null;
}

export interface WorkflowOptions {
  steps: number[];
  concurrency: number;
  sample: number;
  burst: number;
  budgetMs: number;
  minFreeGiB: number;
}

export async function benchOpenWorkflows(sys: BenchSystem, client: Client, o: WorkflowOptions): Promise<OpenWorkflows> {
  const run = randomBytes(3).toString('hex');
  const started = now();
  const idOf = (i: number) => uuidOf(`open-${run}-${i}`);
  const signal = (i: number, seq: number) => signalWithStart(client, { conversationId: idOf(i), workspaceId: sys.workspace.id, seq });
  const baseline = { rss: sys.rss(), running: await countWorkflows(client, 'ExecutionStatus = "Running"') };
  const out: OpenWorkflows = { baseline, steps: [], brokeAt: null, note: null };
  let memCheckedAt = 0;
  let memLow = false;
  const memoryLow = () => {
    if (now() - memCheckedAt > 1_000) {
      memCheckedAt = now();
      const free = memAvailableGiB();
      memLow = free !== null && free < o.minFreeGiB;
    }
    return memLow;
  };
  let opened = 0;
  for (const target of o.steps) {
    const left = o.budgetMs - (now() - started);
    const toOpen = target - (baseline.running ?? 0) - opened;
    if (toOpen <= 0) continue;
    if (left < 20_000) {
      out.note = `time budget spent before ${target}`;
      break;
    }
    const t0 = now();
    const fill = await closedLoop({
      concurrency: o.concurrency,
      count: toOpen,
      timeMs: left - 15_000,
      stop: memoryLow,
      fn: (i) => signal(opened + i, 1),
    });
    opened += fill.done + fill.errors; // an errored start may exist on the server
    const fillMs = now() - t0;
    await sleep(2_000);
    const rss = sys.rss();
    const bl = await backlog(client);
    const sample = await closedLoop({
      concurrency: 1,
      count: o.sample,
      timeMs: 30_000,
      fn: () => signal(Math.floor(Math.random() * opened), 2),
    });
    const burstBase = Math.floor(Math.random() * Math.max(1, opened - o.burst));
    const burst = await closedLoop({
      concurrency: o.burst,
      count: Math.min(o.burst, opened),
      timeMs: 60_000,
      fn: (i) => signal(burstBase + i, 3),
    });
    const perWf = (cur: number, base: number) => round(((cur - base) * 1024) / Math.max(1, opened), 1);
    const step: WorkflowStep = {
      target,
      opened,
      running: await countWorkflows(client, 'ExecutionStatus = "Running"'),
      fill: {
        started: fill.done,
        errors: fill.errors,
        firstError: fill.firstError,
        seconds: round(fillMs / 1000, 1),
        perSecond: round(fill.throughput, 1),
        latency: summarize(fill.lat),
      },
      rssMiB: rss,
      kibPerOpenWorkflow: { temporal: perWf(rss.temporal, baseline.rss.temporal), worker: perWf(rss.worker, baseline.rss.worker) },
      memAvailableGiB: memAvailableGiB(),
      workflowTaskBacklog: bl,
      signalLatency: { ...summarize(sample.lat), errors: sample.errors, firstError: sample.firstError },
      burst: {
        size: burst.done + burst.errors,
        ...summarize(burst.lat),
        errors: burst.errors,
        firstError: burst.firstError,
        seconds: round(burst.wallMs / 1000, 2),
      },
    };
    out.steps.push(step);
    log(
      `open workflows: running ${step.running} (+${opened}): fill ${step.fill.perSecond}/s (${fill.errors} errors), temporal ${rss.temporal} MiB, worker ${rss.worker} MiB, ` +
        `signal p50 ${step.signalLatency.p50} p99 ${step.signalLatency.p99} ms, burst ${step.burst.size}: p99 ${step.burst.p99} ms ${burst.errors} errors, backlog ${bl}`,
    );
    const errRate = fill.errors / Math.max(1, fill.done + fill.errors);
    if (errRate > 0.02 || burst.errors > o.burst * 0.05 || sample.errors > o.sample * 0.05) {
      out.brokeAt = {
        opened,
        reason: `errors: fill ${fill.errors}, sample ${sample.errors}, burst ${burst.errors} (${fill.firstError ?? sample.firstError ?? burst.firstError})`,
      };
      log(`!! open workflows: breaking at ${opened}: ${out.brokeAt.reason}`);
      break;
    }
    if (memLow) {
      out.note = `stopped at ${opened} opened: MemAvailable below ${o.minFreeGiB} GiB`;
      break;
    }
    if (fill.done + fill.errors < toOpen) {
      out.note = `step ${target} not reached within the time budget`;
      break;
    }
  }
  return out;
}
