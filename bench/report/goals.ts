// The issue's goals, judged from one report: each a row with what was measured and whether it holds.
import type { BenchReport } from '../run.ts';
import type { QueryFigure } from '../sections/queries.ts';
import type { ScaleRun, StackRun } from '../stack-run.ts';
import { f, n } from './format.ts';

export interface GoalRow {
  goal: string;
  measured: string;
  met: boolean | null;
}

const GIB = 1024;

function ingestionGoals(s: ScaleRun): GoalRow[] {
  return (s.ingestion ?? []).map((x) => ({
    goal: `ingestion ≥ 0.80 of raw signalWithStart, ${x.concurrency} client${x.concurrency > 1 ? 's' : ''} @ ${n(s.conversations)}`,
    measured: `${f(x.app.throughput, 0)} vs ${f(x.raw.throughput, 0)}/s = ${f(x.ratio, 2)} (app p50 ${f(x.app.p50, 0)} ms)`,
    met: x.ratio === null ? null : x.ratio >= 0.8,
  }));
}

function reviewGoals(s: ScaleRun): GoalRow[] {
  const r = s.review;
  if (!r) return [];
  return [
    {
      goal: `${n(r.pipeline.workflows)} due together: all visible within 1.5× the minimal timer+activity workflow (ratio ≥ 0.67) @ ${n(s.conversations)}`,
      measured: `pipeline ${f((r.pipeline.allDoneAfterMs ?? NaN) / 1000)} s, minimal ${f((r.timerLimit.allDoneAfterMs ?? NaN) / 1000)} s → ${f(r.ratioToTimerLimit, 2)}`,
      met: r.ratioToTimerLimit === null ? null : r.ratioToTimerLimit >= 0.67,
    },
    {
      goal: `deadline → visible p99 < 30 s @ ${n(s.conversations)}`,
      measured: `p50 ${f((r.pipeline.lagMs.p50 ?? NaN) / 1000)} s, p99 ${f((r.pipeline.lagMs.p99 ?? NaN) / 1000)} s`,
      met: r.pipeline.timedOut ? false : r.pipeline.lagMs.p99 === null ? null : r.pipeline.lagMs.p99 < 30_000,
    },
  ];
}

/** The ratio a query's p50 goal is judged on: search against Meilisearch alone (as the issue measured it), the rest against their statements. */
export function p50GoalRatio(q: QueryFigure): number | null {
  const base = q.meiliAlone ?? q.raw;
  return q.app.p50 !== null && base.p50 ? q.app.p50 / base.p50 : null;
}

function queryGoals(s: ScaleRun): GoalRow[] {
  return (s.queries?.figures ?? []).flatMap((q) => {
    const rows: GoalRow[] = [];
    if (q.goalP50Within2x !== null) {
      const base = q.meiliAlone ?? q.raw;
      const ratio = p50GoalRatio(q);
      rows.push({
        goal: `${q.name}: p50 ≤ 2× ${q.meiliAlone ? 'Meilisearch alone' : 'raw'} @ ${n(s.conversations)}`,
        measured: `${f(q.app.p50, 2)} vs ${f(base.p50, 2)} ms = ×${f(ratio, 2)}${q.meiliAlone ? ` (vs the search service in-process, ${f(q.raw.p50, 2)} ms: ×${f(q.ratioP50, 2)})` : ''}`,
        met: ratio === null ? null : ratio <= 2,
      });
    }
    if (q.p99Limit !== null)
      rows.push({
        goal: `${q.name}: p99 < ${q.p99Limit} ms @ ${n(s.conversations)}`,
        measured: `p99 ${f(q.app.p99, 1)} ms`,
        met: q.p99Met,
      });
    return rows;
  });
}

function workflowGoals(run: StackRun, target: number): GoalRow[] {
  const w = run.workflows;
  const last = w?.steps.at(-1);
  if (!w || !last) return [];
  const errors = w.steps.reduce((a, s) => a + s.fill.errors + s.signalLatency.errors + s.burst.errors, 0);
  return [
    {
      goal: `${n(target)} open workflows with 0 errors`,
      measured: `${n(last.running)} running (${n(last.opened)} opened by the section), ${errors} errors${w.brokeAt ? `; broke: ${w.brokeAt.reason}` : ''}${w.note ? `; ${w.note}` : ''}`,
      met: (last.running ?? 0) >= target && errors === 0,
    },
    {
      goal: 'signal p50 < 50 ms at the largest step',
      measured: `p50 ${f(last.signalLatency.p50)} ms, p99 ${f(last.signalLatency.p99)} ms`,
      met: last.signalLatency.p50 === null ? null : last.signalLatency.p50 < 50,
    },
    {
      goal: 'worker RSS < 1.5 GiB (workflow cache bounded)',
      measured: `${f(Math.max(...w.steps.map((s) => s.rssMiB.worker)) / GIB, 2)} GiB at most; Temporal ${f(last.rssMiB.temporal / GIB, 2)} GiB`,
      met: Math.max(...w.steps.map((s) => s.rssMiB.worker)) < 1.5 * GIB,
    },
  ];
}

function engineGoals(r: BenchReport): GoalRow[] {
  return (r.engine ?? []).map((l) => ({
    goal: `raw signalWithStart on the persisted dev server ≥ 1.7× the SQLite defaults, ${l.concurrency} clients (measured alone)`,
    measured: `×${f(l.walOverDefault, 2)}`,
    met: l.walOverDefault === null ? null : l.walOverDefault >= 1.7,
  }));
}

/** Every goal, from the headline (persistent) stack. */
export function goalRows(r: BenchReport): GoalRow[] {
  const p = r.stacks.persistent;
  const rows = engineGoals(r);
  if (!p) return rows;
  for (const s of p.scales) rows.push(...ingestionGoals(s), ...reviewGoals(s));
  const largest = p.scales.at(-1);
  if (largest) rows.push(...queryGoals(largest));
  const target = Math.max(0, ...r.config.workflows.steps);
  rows.push(...workflowGoals(p, target));
  return rows;
}
