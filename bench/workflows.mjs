// 4. Open workflows: conversation workflows opened in steps (signalWithStart at bounded concurrency,
// review delay 1 h so they all stay open and idle on a timer). At each step: Temporal server RSS,
// worker RSS, signal latency on a sample of open workflows (sequential), and a burst of concurrent
// signals ("busy" workflows). Stops early when starts fail or time runs out, and says where.
import { createHash, randomBytes } from 'node:crypto';
import { signalWithStart } from './lib/temporal.mjs';
import { closedLoop, log, memAvailableGiB, now, round, sleep, summarize } from './lib/util.mjs';

// Memory guard (BENCH_WF_MIN_FREE_GIB, default 3): the fill stops when the machine's MemAvailable drops below it.
const MIN_FREE_GIB = Number(process.env.BENCH_WF_MIN_FREE_GIB ?? 3);
let memCheckedAt = 0;
let memLow = false;
function memoryLow() {
  const t = now();
  if (t - memCheckedAt > 1_000) {
    memCheckedAt = t;
    const free = memAvailableGiB();
    memLow = free !== null && free < MIN_FREE_GIB;
  }
  return memLow;
}

const uuidOf = (s) => {
  const h = createHash('md5').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

export async function backlog(client) {
  try {
    const r = await client.connection.withDeadline(Date.now() + 5_000, () =>
      client.workflowService.describeTaskQueue({
        namespace: client.options.namespace,
        taskQueue: { name: 'conversations', kind: 1 },
        taskQueueType: 1, // workflow tasks
        reportStats: true,
      }),
    );
    return Number(r.stats?.approximateBacklogCount ?? NaN);
  } catch {
    return null;
  }
}

async function runningCount(client) {
  try {
    const r = await client.connection.withDeadline(Date.now() + 10_000, () => client.workflow.count('ExecutionStatus = "Running"'));
    return r.count;
  } catch {
    return null;
  }
}

/**
 * @param {import('./lib/system.mjs').BenchSystem} sys
 * @param {import('@temporalio/client').Client} client
 * @param {{ steps: number[], concurrency: number, sample: number, burst: number, budgetMs: number }} o
 */
/**
 * Waits (bounded) until the worker has drained the workflow-task backlog of the task queue; returns the
 * backlog at the start, the seconds it took and the implied workflow tasks per second.
 */
export async function drainBacklog(client, timeoutMs, label) {
  const first = await backlog(client);
  const t0 = now();
  let last = first;
  while (last !== null && last > 50 && now() - t0 < timeoutMs) {
    await sleep(1_000);
    last = await backlog(client);
  }
  const seconds = (now() - t0) / 1000;
  const out = {
    label,
    backlogAtStart: first,
    backlogAtEnd: last,
    seconds: round(seconds, 1),
    tasksPerSecond: first && seconds > 1 ? round((first - (last ?? 0)) / seconds, 1) : null,
  };
  log(`drain before ${label}: workflow-task backlog ${first} → ${last} in ${out.seconds} s (${out.tasksPerSecond ?? '—'} tasks/s)`);
  return out;
}

export async function benchOpenWorkflows(sys, client, o) {
  const run = randomBytes(3).toString('hex');
  const started = now();
  const idOf = (i) => uuidOf(`open-${run}-${i}`);
  const out = { steps: [], brokeAt: null, note: null, baseline: { rss: sys.rss(), running: await runningCount(client) } };
  let opened = 0;
  for (const target of o.steps) {
    const left = o.budgetMs - (now() - started);
    if (left < 20_000) {
      out.note = `time budget exhausted before ${target}`;
      break;
    }
    const t0 = now();
    const fill = await closedLoop({
      concurrency: o.concurrency,
      count: target - opened,
      timeMs: left - 15_000,
      stop: memoryLow,
      fn: (i) => {
        const id = idOf(opened + i);
        return signalWithStart(client, { workflowId: `conversation-${id}`, conversationId: id, workspaceId: sys.workspaceId });
      },
    });
    opened += fill.done + fill.errors; // errored starts may exist server-side
    const fillMs = now() - t0;
    await sleep(2_000);
    const rss = sys.rss();
    const bl = await backlog(client);
    // signal latency while open: sequential signals to random open workflows
    const sample = await closedLoop({
      concurrency: 1,
      count: o.sample,
      timeMs: 30_000,
      fn: () => {
        const id = idOf(Math.floor(Math.random() * opened));
        return signalWithStart(client, { workflowId: `conversation-${id}`, conversationId: id, workspaceId: sys.workspaceId, seq: 2 });
      },
    });
    // a burst: `burst` workflows made busy at once
    const burstBase = Math.floor(Math.random() * Math.max(1, opened - o.burst));
    const burst = await closedLoop({
      concurrency: o.burst,
      count: Math.min(o.burst, opened),
      timeMs: 60_000,
      fn: (i) => {
        const id = idOf(burstBase + i);
        return signalWithStart(client, { workflowId: `conversation-${id}`, conversationId: id, workspaceId: sys.workspaceId, seq: 3 });
      },
    });
    await sleep(1_000);
    const step = {
      target,
      opened,
      fill: {
        started: fill.done,
        errors: fill.errors,
        firstError: fill.firstError,
        seconds: round(fillMs / 1000, 1),
        perSecond: round(fill.throughput, 1),
        latency: summarize(fill.lat),
      },
      rssMiB: rss,
      rssAfterBurstMiB: sys.rss(),
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
      running: await runningCount(client),
    };
    out.steps.push(step);
    log(
      `open workflows ${opened}: fill ${step.fill.perSecond}/s (${fill.errors} errors), temporal ${rss.temporal} MiB, worker ${rss.worker} MiB, ` +
        `signal p50 ${step.signalLatency.p50} p99 ${step.signalLatency.p99} ms, burst ${o.burst}: p99 ${step.burst.p99} ms ${burst.errors} errors, backlog ${bl}`,
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
      out.note = `stopped at ${opened} open workflows: MemAvailable below ${MIN_FREE_GIB} GiB`;
      break;
    }
    if (opened < target) {
      out.note = `step ${target} not reached within the time budget (${opened} opened)`;
      break;
    }
  }
  return out;
}
