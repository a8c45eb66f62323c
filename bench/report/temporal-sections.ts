// The report's Temporal-bound sections: the engine alone, ingestion, reviews, scale-out. Each table
// has the persistent stack (the headline) and, where measured, the in-memory stack as a second column.
import type { BenchReport } from '../run.ts';
import type { IngestLevel, IngestRun } from '../sections/ingest.ts';
import type { ReviewFigures } from '../sections/review.ts';
import type { DueTogether } from '../limits/timer-limit.ts';
import { cpuLine, f, ms, n, table, yes } from './format.ts';

export function engineSection(r: BenchReport): string[] {
  if (!r.engine?.length) return [];
  const variants = Object.keys(r.engine[0].byVariant);
  return [
    '## 0. The engine alone: raw signalWithStart on the Temporal dev server',
    '',
    'Fresh dev servers side by side, no worker, the app\'s signalWithStart shape (workflow type, input, signal, five search attributes, 5 s deadline), levels interleaved with the order rotated. "Before" is the persistent default until this issue (its SQLite file with SQLite\'s own defaults: rollback journal, synchronous=FULL); `npm start` now passes WAL and synchronous=NORMAL (every commit survives a crash of the process, the last ones may not survive a power cut); `TEMPORAL_SQLITE_SYNC=full` keeps WAL and syncs every commit. Goal: now ≥ 1.7× before.',
    '',
    table(
      ['clients', ...variants.map((v) => `${v}: calls/s (p50 ms, Temporal CPU ms/call)`), 'now ÷ before', 'goal ≥ 1.7'],
      r.engine.map((l) => [
        l.concurrency,
        ...variants.map((v) => {
          const x = l.byVariant[v];
          return `${f(x.perSecond, 0)} (${f(x.latency.p50, 1)}, ${f(x.temporalCpuMsPerCall, 2)})${x.errors ? `, ${x.errors} errors` : ''}`;
        }),
        f(l.walOverDefault, 2),
        yes(l.walOverDefault === null ? null : l.walOverDefault >= 1.7),
      ]),
    ),
    '',
  ];
}

const run = (x: IngestRun | undefined): string => (x ? `${f(x.throughput, 0)}/s (p50 ${f(x.p50, 0)}, p99 ${f(x.p99, 0)})` : '—');

export function ingestionSection(r: BenchReport): string[] {
  const p = r.stacks.persistent;
  const m = r.stacks.memory;
  const out = [
    '## 1. Ingestion: POST /v1/messages beside raw signalWithStart',
    '',
    "Closed-loop clients over node:http keep-alive (≈ 5 messages per conversation, no two clients on one conversation at a time); each POST stores the message in PostgreSQL (one statement) and signalWithStarts the conversation's workflow. Raw: the same number of signalWithStart calls shaped as the app's signaler, at the same concurrency, same server and task queue, the worker running. App and raw alternate order between repeats; medians. Beside them, what the store costs on its own: a durable one-row insert with NOTIFY (the append's kind of commit) from a pool the api's size. Goal: app ≥ 0.80 of raw.",
    '',
  ];
  for (const s of p?.scales ?? []) {
    if (!s.ingestion) continue;
    const mem = m?.scales.find((x) => x.conversations === s.conversations)?.ingestion;
    out.push(`**${n(s.conversations)} conversations in the database**`, '');
    out.push(
      table(
        [
          'clients',
          'persistent: app',
          'raw',
          'app ÷ raw',
          'goal ≥ 0.80',
          'errors',
          'durable commit + NOTIFY alone',
          ...(mem ? ['in memory: app', 'raw', 'app ÷ raw'] : []),
        ],
        s.ingestion.map((x) => {
          const y = mem?.find((z) => z.concurrency === x.concurrency);
          return [
            x.concurrency,
            run(x.app),
            run(x.raw),
            f(x.ratio, 2),
            yes(x.ratio === null ? null : x.ratio >= 0.8),
            `${x.app.errors}/${x.raw.errors}`,
            run(x.commitAlone),
            ...(mem ? [run(y?.app), run(y?.raw), f(y?.ratio, 2)] : []),
          ];
        }),
      ),
      '',
      'CPU ms per acknowledged call, per component (persistent stack), app path | raw path:',
      '',
      table(
        ['clients', 'app path', 'raw path'],
        s.ingestion.map((x: IngestLevel) => [x.concurrency, cpuLine(x.app.cpuMsPerCall), cpuLine(x.raw.cpuMsPerCall)]),
      ),
      '',
    );
    const d = s.drainAfterIngestion;
    if (d)
      out.push(
        `Afterwards the worker worked its workflow-task backlog down from ${n(d.backlogAtStart)} to ${n(d.backlogAtEnd)} in ${f(d.seconds)} s (${f(d.tasksPerSecond)} tasks/s).`,
        '',
      );
  }
  return out;
}

const due = (x: DueTogether | undefined): string =>
  x
    ? `p50 ${ms(x.lagMs.p50)}, p99 ${ms(x.lagMs.p99)}, all after ${ms(x.allDoneAfterMs)} (${f(x.perSecond)}/s)${x.timedOut ? ' TIMED OUT' : ''}`
    : '—';
const stages = (x: DueTogether): string =>
  `timer→task ${f(x.stages.timerToTask.p50, 0)}, task ${f(x.stages.task.p50, 0)}, activity wait ${f(x.stages.activityWait.p50, 0)}, activity ${f(x.stages.activityRun.p50, 0)}, result task ${f(x.stages.resultTask.p50, 0)}`;

function reviewRow(label: string, v: ReviewFigures): (string | number)[] {
  return [
    label,
    n(v.pipeline.workflows),
    due(v.pipeline),
    due(v.timerLimit),
    f(v.ratioToTimerLimit, 2),
    yes(v.ratioToTimerLimit === null ? null : v.ratioToTimerLimit >= 0.67),
    yes(v.pipeline.timedOut ? false : v.pipeline.lagMs.p99 === null ? null : v.pipeline.lagMs.p99 < 30_000),
    `${f(v.reviewerAlone.reviewsPerSecond, 0)}/s`,
  ];
}

export function reviewSection(r: BenchReport): string[] {
  const rows: (string | number)[][] = [];
  const detail: string[] = [];
  for (const [kind, stack] of Object.entries(r.stacks))
    for (const s of stack?.scales ?? []) {
      if (!s.review) continue;
      rows.push(reviewRow(`${kind} @ ${n(s.conversations)}`, s.review));
      const v = s.review;
      detail.push(
        `- ${kind} @ ${n(s.conversations)} (${v.order}; backlog at T: pipeline ${n(v.pipeline.backlogAtDeadline)}, minimal ${n(v.timerLimit.backlogAtDeadline)}): stage p50 ms — pipeline: ${stages(v.pipeline)}; minimal: ${stages(v.timerLimit)}. CPU s from T until the last — pipeline: ${cpuLine(v.pipeline.cpuSeconds, 1)}; minimal: ${cpuLine(v.timerLimit.cpuSeconds, 1)}.`,
      );
    }
  if (!rows.length) return [];
  return [
    '## 2. Reviews: conversations falling due together',
    '',
    "N conversations (8 messages, seeded unreviewed and invisible) whose review deadlines are all the same instant T: each workflow is opened first, then gets a repeat of its last message signal carrying receipt time T − delay (the workflow counts a new message from when it hears of it, a repeat keeps its own time). Figure: `reviewed_at` (the transaction that makes the conversation visible) − T. Limits, on the same server in the same run: the minimal workflow (`bench/limits/timer.workflow.ts`, its own worker process with the app's worker options) that waits for the same kind of timer and runs one no-op activity — Temporal's own limit for \"timer, then activity\"; and the builtin reviewer alone, in-process, on the same review windows. Goals: all visible within 1.5× the minimal's time (minimal ÷ pipeline ≥ 0.67) and p99 < 30 s.",
    '',
    table(
      [
        'stack @ DB size',
        'due together',
        'pipeline: deadline → visible',
        'minimal timer+activity: deadline → activity',
        'minimal ÷ pipeline',
        'goal ≥ 0.67',
        'p99 < 30 s',
        'reviewer alone',
      ],
      rows,
    ),
    '',
    'Where the time goes after the timer fires (p50 over a sample of 30 histories) and what each process spent:',
    '',
    ...detail,
    '',
  ];
}

export function scaleOutSection(r: BenchReport): string[] {
  const s = r.stacks.persistent?.scaleout;
  if (!s) return [];
  return [
    '## 6. Scale-out on one machine: two workers on one Temporal server',
    '',
    'The review pipeline on fresh conversations falling due together, with one worker process, then with a second one polling the same task queue (as several instances do), back to back.',
    '',
    table(
      ['workers', 'deadline → visible', 'CPU s from T until the last'],
      [
        [1, due(s.oneWorker), cpuLine(s.oneWorker.cpuSeconds, 1)],
        [2, due(s.twoWorkers), cpuLine(s.twoWorkers.cpuSeconds, 1)],
      ],
    ),
    '',
    `Time for all, one worker ÷ two: ×${f(s.speedup, 2)}.`,
    '',
  ];
}
