// 2. Review pipeline: N conversations whose review deadlines fall at the same instant T (every
// workflow gets receivedAt = T - delay), through the real workflow, worker, builtin reviewer,
// PostgreSQL and Meilisearch; measured: reviewed_at (set in the transaction that makes the
// conversation visible) minus T. Beside it: reviews/s of the builtin reviewer alone, in-process.
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from '../scripts/stack/build.mjs';
import { seed } from './seed.mjs';
import { signalWithStart } from './lib/temporal.mjs';
import { closedLoop, cpuSeconds, findPids, log, now, round, sleep, summarize } from './lib/util.mjs';

const require = createRequire(import.meta.url);

/**
 * @param {import('./lib/system.mjs').BenchSystem} sys
 * @param {import('@temporalio/client').Client} client
 * @param {import('pg').Pool} pg
 * @param {{ conversations: number, label: string, timeoutMs: number }} o
 */
export async function benchReviewPipeline(sys, client, pg, o) {
  const ws = await sys.createWorkspace(`review-bench-${o.label}`);
  await seed({ databaseUrl: sys.stack.databaseUrl, workspaceId: ws.id, from: 1, to: o.conversations, perConversation: 8 });
  // Not reviewed yet: invisible, no review row.
  await pg.query('delete from review where workspace_id = $1', [ws.id]);
  await pg.query(
    `update conversation set visible = false, reviewed_at = null, quality_score = null, suggested_status = null, status = 'IN_PROGRESS'
      where workspace_id = $1`,
    [ws.id],
  );
  const convs = (
    await pg.query('select id, source, message_count as mc, last_message_at as lma from conversation where workspace_id = $1', [ws.id])
  ).rows;

  // Deadline: far enough ahead that every signal is in before it.
  const signalStart = now();
  const marginMs = Math.max(20_000, convs.length * 15);
  const T = Date.now() + marginMs;
  const delay = 60_000;
  const res = await closedLoop({
    concurrency: 32,
    count: convs.length,
    timeMs: marginMs - 2_000,
    fn: (i) =>
      signalWithStart(client, {
        workflowId: `conversation-${convs[i].id}`,
        conversationId: convs[i].id,
        workspaceId: ws.id,
        source: convs[i].source,
        seq: convs[i].mc,
        sentAt: new Date(convs[i].lma),
        receivedAt: new Date(T - delay),
        reviewDelayMs: delay,
      }),
  });
  const signalMs = now() - signalStart;
  log(
    `review pipeline: ${res.done} workflows signaled in ${(signalMs / 1000).toFixed(1)} s (${res.errors} errors); deadline in ${((T - Date.now()) / 1000).toFixed(1)} s`,
  );
  if (Date.now() > T) log('!! signals took longer than the margin: some deadlines are late');

  // CPU used by each process from the deadline until all are visible (where the review time goes)
  while (Date.now() < T) await sleep(20);
  const pgPids = findPids((c) => c.includes('postgres') && (c.includes(sys.dataDir) || c.startsWith('postgres:')));
  const pids = { api: sys.api?.pid, worker: sys.worker?.pid, temporal: sys.temporalPid(), meilisearch: sys.meiliPid() };
  const cpu0 = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, cpuSeconds(p)]));
  const pg0 = pgPids.reduce((a, p) => a + cpuSeconds(p), 0);
  // Poll until all are visible (bounded).
  const end = T + o.timeoutMs;
  let visible;
  while (Date.now() < end) {
    visible = (await pg.query('select count(*)::int as n from conversation where workspace_id = $1 and visible', [ws.id])).rows[0].n;
    if (visible >= res.done) break;
    await sleep(250);
  }
  const cpu = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, round(cpuSeconds(p) - cpu0[k], 1)]));
  cpu.postgres = round(
    findPids((c) => c.includes('postgres') && (c.includes(sys.dataDir) || c.startsWith('postgres:'))).reduce(
      (a, p) => a + cpuSeconds(p),
      0,
    ) - pg0,
    1,
  );
  const lags = (
    await pg.query(
      `select extract(epoch from reviewed_at) * 1000 - $2::float8 as lag from conversation where workspace_id = $1 and visible`,
      [ws.id, T],
    )
  ).rows.map((r) => Number(r.lag));
  const lastMs = lags.length ? Math.max(...lags) : NaN;
  const out = {
    conversations: convs.length,
    signaled: res.done,
    signalErrors: res.errors,
    signalSeconds: round(signalMs / 1000, 1),
    visible: lags.length,
    lagMs: summarize(lags),
    allVisibleAfterMs: round(lastMs, 0),
    reviewsPerSecond: round((lags.length / Math.max(1, lastMs)) * 1000, 1),
    timedOut: lags.length < res.done,
    cpuSecondsDuringReviews: cpu,
  };
  log(
    `review pipeline (${o.label}): ${out.visible}/${out.signaled} visible; deadline→visible p50 ${out.lagMs.p50} p99 ${out.lagMs.p99} ms, last at ${out.allVisibleAfterMs} ms → ${out.reviewsPerSecond} reviews/s`,
  );

  // The reviewer alone on the same conversations (same texts), one thread, bounded in count and time.
  const { BuiltinReviewer } = require(path.join(ROOT, 'dist/libs/domain/src/review/builtin/builtin.reviewer.js'));
  const reviewer = new BuiltinReviewer();
  const inputs = [];
  const rows = (
    await pg.query(
      `select c.id, c.source, ct.name, ct.phone, ct.email, m.role, m.text, m.sent_at
         from conversation c join contact ct on ct.id = c.contact_id join message m on m.conversation_id = c.id
        where c.workspace_id = $1 order by c.id, m.seq`,
      [ws.id],
    )
  ).rows;
  for (const r of rows) {
    let cur = inputs[inputs.length - 1];
    if (!cur || cur.id !== r.id)
      inputs.push((cur = { id: r.id, source: r.source, contact: { name: r.name, phone: r.phone, email: r.email }, messages: [] }));
    cur.messages.push({ role: r.role, text: r.text, sentAt: new Date(r.sent_at) });
  }
  for (let i = 0; i < 50; i++) await reviewer.review(inputs[i % inputs.length]);
  const alone = await closedLoop({ concurrency: 1, count: 20_000, timeMs: 10_000, fn: (i) => reviewer.review(inputs[i % inputs.length]) });
  out.reviewerAlone = {
    reviewsPerSecond: round(alone.throughput, 1),
    ...summarize(alone.lat),
    messagesPerConversation: round(rows.length / inputs.length, 1),
  };
  out.ratioPipelineToReviewer = round(out.reviewsPerSecond / out.reviewerAlone.reviewsPerSecond, 3);
  log(`builtin reviewer alone: ${out.reviewerAlone.reviewsPerSecond} reviews/s (p50 ${out.reviewerAlone.p50} ms)`);
  return out;
}
