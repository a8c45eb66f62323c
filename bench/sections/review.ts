// 2. Reviews: N conversations whose review deadlines fall at the same instant T (every workflow gets
// receivedAt = T − delay), through the real workflow, worker, builtin reviewer and PostgreSQL;
// measured: reviewed_at (set in the transaction that makes the conversation visible) − T. Beside
// it, on the same server: the minimal timer+activity workflow (Temporal's own limit), and the
// builtin reviewer alone, in-process, on the same review inputs.
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import { builtinReviewer, contract, type Domain, type ReviewInput } from '../lib/dist.ts';
import { stagesOf } from '../lib/history.ts';
import { cpuMeter } from '../lib/procfs.ts';
import { closedLoop, log, round, sleep, summarize, type Summary } from '../lib/stats.ts';
import type { BenchSystem } from '../lib/system.ts';
import { backlog, drainBacklog, signalWithStart } from '../lib/temporal.ts';
import { dueTogetherFigures, marginMs, runTimerLimit, sampleOf, type DueTogether, type TimerWorker } from '../limits/timer-limit.ts';
import { seed } from '../seed.ts';

const WINDOW = { messages: 200, chars: 60_000 };

export interface ReviewFigures {
  pipeline: DueTogether;
  timerLimit: DueTogether;
  /** minimal workflow's time for all / pipeline's time for all: goal ≥ 0.67 */
  ratioToTimerLimit: number | null;
  reviewerAlone: { reviewsPerSecond: number | null; messagesPerConversation: number | null } & Summary;
  ratioToReviewer: number | null;
  order: string;
}

interface Conv {
  id: string;
  source: string;
  mc: number;
  lma: Date;
}

/** A workspace of N seeded conversations, then made unreviewed: invisible, no review, no activity. */
async function unreviewedConversations(
  sys: BenchSystem,
  pool: pg.Pool,
  n: number,
  label: string,
): Promise<{ workspaceId: string; convs: Conv[] }> {
  const ws = await sys.createWorkspace(`review-bench-${label}`);
  await seed({ databaseUrl: sys.stack.databaseUrl, workspaceId: ws.id, from: 1, to: n, perConversation: 8 });
  await pool.query('delete from review where workspace_id = $1', [ws.id]);
  await pool.query('delete from activity where workspace_id = $1', [ws.id]);
  await pool.query(
    `update conversation set visible = false, reviewed_at = null, quality_score = null, suggested_status = null, status = 'IN_PROGRESS'
      where workspace_id = $1`,
    [ws.id],
  );
  const { rows } = await pool.query<Conv>(
    'select id, source, message_count as mc, last_message_at as lma from conversation where workspace_id = $1',
    [ws.id],
  );
  return { workspaceId: ws.id, convs: rows };
}

/**
 * Aligns N conversations' deadlines on T. The workflow counts a new message from when it hears of it
 * (a late relay is reviewed as fresh), so every workflow is opened first (delay 1 h) and the worker
 * drains those tasks; then each gets a repeat of its last message's signal, which keeps its own
 * receipt time, T − delay, with that delay: due exactly at T.
 */
async function alignDeadlines(
  client: Client,
  convs: Conv[],
  workspaceId: string,
  drainMs: number,
): Promise<{ T: number; startErrors: number; startSeconds: number | null }> {
  const signal = (c: Conv, receivedAt: Date, reviewDelayMs: number) =>
    signalWithStart(client, {
      conversationId: c.id,
      workspaceId,
      source: c.source,
      seq: c.mc,
      sentAt: new Date(c.lma),
      receivedAt,
      reviewDelayMs,
    });
  const t0 = Date.now();
  const opened = await closedLoop({
    concurrency: 32,
    count: convs.length,
    timeMs: 300_000,
    fn: (i) => signal(convs[i], new Date(), 3_600_000),
  });
  await drainBacklog(client, drainMs, 'review workflows opened');
  const margin = marginMs(convs.length);
  const T = Date.now() + margin;
  const delay = margin - 5_000; // T − delay is after every first receipt: the repeat moves the deadline
  const moved = await closedLoop({
    concurrency: 32,
    count: convs.length,
    timeMs: margin - 2_000,
    fn: (i) => signal(convs[i], new Date(T - delay), delay),
  });
  if (Date.now() > T) log('!! the signals took longer than the margin: some deadlines are late');
  return { T, startErrors: opened.errors + moved.errors, startSeconds: round((Date.now() - t0) / 1000, 1) };
}

async function runPipeline(
  sys: BenchSystem,
  client: Client,
  pool: pg.Pool,
  convs: Conv[],
  workspaceId: string,
  timeoutMs: number,
): Promise<DueTogether> {
  const { T, startErrors, startSeconds } = await alignDeadlines(client, convs, workspaceId, 120_000);
  while (Date.now() < T) await sleep(20);
  const backlogAtDeadline = await backlog(client);
  const stop = cpuMeter(sys.components());
  const visible = async () =>
    (await pool.query<{ n: number }>('select count(*)::int as n from conversation where workspace_id = $1 and visible', [workspaceId]))
      .rows[0].n;
  const end = T + timeoutMs;
  while (Date.now() < end && (await visible()) < convs.length - startErrors) await sleep(250);
  const cpuSeconds = stop();
  const { rows } = await pool.query<{ lag: number }>(
    'select extract(epoch from reviewed_at) * 1000 - $2::float8 as lag from conversation where workspace_id = $1 and visible',
    [workspaceId, T],
  );
  const out: DueTogether = {
    workflows: convs.length,
    started: convs.length - startErrors,
    startErrors,
    startSeconds,
    backlogAtDeadline,
    ...dueTogetherFigures(
      rows.map((r) => Number(r.lag)),
      convs.length - startErrors,
    ),
    cpuSeconds,
    stages: await stagesOf(
      client,
      sampleOf(convs).map((c) => contract().conversationWorkflowId(c.id)),
    ),
  };
  log(
    `review pipeline: ${out.finished}/${out.started} visible; deadline→visible p50 ${out.lagMs.p50} p99 ${out.lagMs.p99} ms, last ${out.allDoneAfterMs} ms (${out.perSecond}/s), backlog at T ${backlogAtDeadline}`,
  );
  return out;
}

/** N fresh unreviewed conversations falling due together, through the pipeline (the scale-out section). */
export async function pipelineOnFreshSet(
  sys: BenchSystem,
  client: Client,
  pool: pg.Pool,
  n: number,
  label: string,
  timeoutMs: number,
): Promise<DueTogether> {
  const { workspaceId, convs } = await unreviewedConversations(sys, pool, n, label);
  return runPipeline(sys, client, pool, convs, workspaceId, timeoutMs);
}

/** The builtin reviewer alone on the same windows the activity reads, one thread. */
async function reviewerAlone(domain: Domain, convs: Conv[]) {
  const inputs: ReviewInput[] = [];
  for (const c of convs.slice(0, 500)) inputs.push((await domain.reviews.window(c.id, c.mc, WINDOW.messages, WINDOW.chars)).input);
  const reviewer = builtinReviewer();
  for (let i = 0; i < 50; i++) await reviewer.review(inputs[i % inputs.length]);
  const alone = await closedLoop({ concurrency: 1, count: 20_000, timeMs: 10_000, fn: (i) => reviewer.review(inputs[i % inputs.length]) });
  const messages = inputs.reduce((a, x) => a + x.messages.length, 0);
  return {
    reviewsPerSecond: round(alone.throughput, 1),
    ...summarize(alone.lat),
    messagesPerConversation: round(messages / inputs.length, 1),
  };
}

export async function benchReviews(
  sys: BenchSystem,
  client: Client,
  pool: pg.Pool,
  domain: Domain,
  timer: TimerWorker,
  o: { conversations: number; timeoutMs: number; label: string; pipelineFirst: boolean },
): Promise<ReviewFigures> {
  const { workspaceId, convs } = await unreviewedConversations(sys, pool, o.conversations, o.label);
  let pipeline: DueTogether | undefined;
  let timerLimit: DueTogether | undefined;
  for (const step of o.pipelineFirst ? ['pipeline', 'timer'] : ['timer', 'pipeline']) {
    if (step === 'pipeline') pipeline = await runPipeline(sys, client, pool, convs, workspaceId, o.timeoutMs);
    else timerLimit = await runTimerLimit(sys, client, timer, o.conversations, o.timeoutMs);
  }
  if (!pipeline || !timerLimit) throw new Error('unreachable');
  const alone = await reviewerAlone(domain, convs);
  log(`builtin reviewer alone: ${alone.reviewsPerSecond} reviews/s (p50 ${alone.p50} ms)`);
  const ratio = (a: number | null, b: number | null) => (a && b ? round(a / b, 3) : null);
  return {
    pipeline,
    timerLimit,
    ratioToTimerLimit: pipeline.timedOut ? 0 : ratio(timerLimit.allDoneAfterMs, pipeline.allDoneAfterMs),
    reviewerAlone: alone,
    ratioToReviewer: ratio(pipeline.perSecond, alone.reviewsPerSecond),
    order: o.pipelineFirst ? 'pipeline, then timer limit' : 'timer limit, then pipeline',
  };
}
