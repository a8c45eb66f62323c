// Where the time goes after a timer fires, read from workflow histories: the wait for the workflow
// task, the task itself, the activity's wait and run, then the task that records its result.
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { round, summarize, type Summary } from './stats.ts';

// a CommonJS module: its namespace is its default export under ESM
const T = proto.temporal.api.enums.v1.EventType;

export interface Stages {
  sampled: number;
  /** timer fired → its workflow task started (queue wait) */
  timerToTask: Summary;
  /** that workflow task, started → completed (the worker) */
  task: Summary;
  /** activity scheduled → started (0 when eagerly dispatched) */
  activityWait: Summary;
  /** activity started → completed (the activity's work, e.g. the review's round trips) */
  activityRun: Summary;
  /** activity completed → the next workflow task completed (recording the result) */
  resultTask: Summary;
}

const ms = (t: { seconds?: unknown; nanos?: number | null } | null | undefined): number =>
  t ? Number(t.seconds ?? 0) * 1000 + (t.nanos ?? 0) / 1e6 : NaN;

/** Stage latencies (ms) over the first timer-fired → activity → result cycle of each workflow. */
export async function stagesOf(client: Client, workflowIds: readonly string[]): Promise<Stages> {
  const acc = {
    timerToTask: [] as number[],
    task: [] as number[],
    activityWait: [] as number[],
    activityRun: [] as number[],
    resultTask: [] as number[],
  };
  for (const id of workflowIds) {
    const history = await client.workflow.getHandle(id).fetchHistory();
    const events = history.events ?? [];
    const at = (type: proto.temporal.api.enums.v1.EventType, after: number) => {
      const i = events.findIndex((e, j) => j > after && e.eventType === type);
      return { i, t: i < 0 ? NaN : ms(events[i].eventTime) };
    };
    // the last timer fired before an activity was scheduled: the review's (or the minimal's) deadline
    const firstActivity = events.findIndex((e) => e.eventType === T.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED);
    if (firstActivity < 0) continue;
    const fired = events.slice(0, firstActivity).findLastIndex((e) => e.eventType === T.EVENT_TYPE_TIMER_FIRED);
    if (fired < 0) continue;
    const firedAt = ms(events[fired].eventTime);
    const started = at(T.EVENT_TYPE_WORKFLOW_TASK_STARTED, fired);
    const completed = at(T.EVENT_TYPE_WORKFLOW_TASK_COMPLETED, started.i);
    const scheduled = at(T.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED, completed.i);
    const aStarted = at(T.EVENT_TYPE_ACTIVITY_TASK_STARTED, scheduled.i);
    const aDone = at(T.EVENT_TYPE_ACTIVITY_TASK_COMPLETED, aStarted.i);
    const resultDone = at(T.EVENT_TYPE_WORKFLOW_TASK_COMPLETED, aDone.i);
    acc.timerToTask.push(started.t - firedAt);
    acc.task.push(completed.t - started.t);
    acc.activityWait.push(aStarted.t - scheduled.t);
    acc.activityRun.push(aDone.t - aStarted.t);
    acc.resultTask.push(resultDone.t - aDone.t);
  }
  const clean = (xs: number[]) => summarize(xs.filter(Number.isFinite).map((x) => round(x, 1) ?? 0));
  return {
    sampled: acc.task.length,
    timerToTask: clean(acc.timerToTask),
    task: clean(acc.task),
    activityWait: clean(acc.activityWait),
    activityRun: clean(acc.activityRun),
    resultTask: clean(acc.resultTask),
  };
}
