// The benchmark run: one private embedded stack, the built api + worker, then per data scale
// (seed → reindex → queries → ingestion → review pipeline), then open workflows; writes
// bench/report.json and bench/REPORT.md. Knobs: BENCH_QUICK=1, BENCH_SCALE=10000,100000,
// BENCH_ONLY=queries,ingest,review,workflows, BENCH_WF_STEPS=1000,10000,…, BENCH_PERSISTENT=1.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from '../scripts/stack/build.mjs';
import { installShutdownHandlers, runToCompletion } from '../scripts/stack/process.mjs';
import { BenchSystem } from './lib/system.mjs';
import { temporalClient } from './lib/temporal.mjs';
import { log, round, sleep } from './lib/util.mjs';
import { seed } from './seed.mjs';
import { benchIngestion } from './ingest.mjs';
import { benchReviewPipeline } from './review.mjs';
import { benchQueries } from './queries.mjs';
import { benchOpenWorkflows, drainBacklog } from './workflows.mjs';
import { writeReport } from './report.mjs';

const env = process.env;
const quick = env.BENCH_QUICK === '1';
const list = (v, d) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : d;
const cfg = {
  mode: quick ? 'quick' : 'full',
  persistent: env.BENCH_PERSISTENT === '1',
  scales: list(env.BENCH_SCALE, quick ? ['5000'] : ['10000', '100000']).map(Number),
  messagesPerConversation: 10,
  only: new Set(list(env.BENCH_ONLY, ['queries', 'ingest', 'review', 'workflows'])),
  ingest: quick
    ? { levels: [1, 8, 64], count: { 1: 150, 8: 600, 64: 1200 }, timeMs: 10_000, repeats: 1, warmup: 100 }
    : { levels: [1, 8, 64], count: { 1: 400, 8: 1500, 64: 3000 }, timeMs: 12_000, repeats: 2, warmup: 200 },
  drainMs: (quick ? 60 : 90) * 1000,
  review: { conversations: Number(env.BENCH_REVIEW_N ?? (quick ? 500 : 1000)), timeoutMs: quick ? 120_000 : 240_000 },
  queries: quick ? { requests: 100, warmup: 10, repeats: 1 } : { requests: 250, warmup: 30, repeats: 2 },
  workflows: {
    steps: list(env.BENCH_WF_STEPS, quick ? ['1000', '5000'] : ['1000', '10000', '50000', '100000']).map(Number),
    concurrency: 32,
    sample: quick ? 100 : 200,
    burst: quick ? 500 : 1000,
    budgetMs: Number(env.BENCH_WF_BUDGET_S ?? (quick ? 100 : 300)) * 1000,
  },
};

function machine() {
  const mem = readFileSync('/proc/meminfo', 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(mem)?.[1] ?? 0);
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model,
    cpus: cpus.length,
    memTotalGiB: round(kb('MemTotal') / 1048576, 1),
    memAvailableGiB: round(kb('MemAvailable') / 1048576, 1),
    kernel: `${os.type()} ${os.release()}`,
    loadAvgAtStart: os.loadavg().map((x) => round(x, 2)),
  };
}

async function meiliIdle(sys, timeoutMs) {
  const auth = { authorization: `Bearer ${sys.stack.meiliMasterKey}` };
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const r = await sys.meiliHttp.request('GET', '/tasks?statuses=enqueued,processing&limit=1', undefined, auth);
    if (r.status === 200 && r.body.total === 0) return true;
    await sleep(500);
  }
  return false;
}

const sys = new BenchSystem({ persistent: cfg.persistent, reviewDelay: '1h' });
let pool;
let temporal;
installShutdownHandlers({
  handleErrors: true,
  exitWithParent: true,
  shutdown: async () => {
    await temporal?.close().catch(() => {});
    await pool?.end().catch(() => {});
    await sys.stop();
  },
});

const result = {
  startedAt: new Date().toISOString(),
  config: cfg,
  sections: [...cfg.only].join(', '),
  machine: machine(),
  scales: [],
  workflows: null,
};
const t0 = Date.now();
try {
  log(`mode ${cfg.mode}: scales ${cfg.scales.join(', ')}; ${[...cfg.only].join(', ')}`);
  await sys.start();
  pool = new pg.Pool({ connectionString: sys.stack.databaseUrl, max: 10 });
  temporal = await temporalClient(sys.stack.temporalAddress, sys.stack.temporalNamespace);
  result.versions = await sys.versions(pool);
  if (env.BENCH_TEMPORAL_LABEL) result.versions.temporalServer = env.BENCH_TEMPORAL_LABEL;
  try {
    const { execFileSync } = await import('node:child_process');
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], { cwd: ROOT }).toString().trim() !== '';
    result.git = `${head}${dirty ? ' + uncommitted changes in apps/ or libs/' : ''}`;
  } catch {
    result.git = 'unknown';
  }
  result.stackMode = process.env.BENCH_TEMPORAL_ADDRESS
    ? `${cfg.persistent ? 'PostgreSQL durable' : 'PostgreSQL with fsync off'}; Temporal: external server at ${process.env.BENCH_TEMPORAL_ADDRESS} (${process.env.BENCH_TEMPORAL_LABEL ?? 'BENCH_TEMPORAL_ADDRESS'})`
    : cfg.persistent
      ? 'persistent: PostgreSQL durable (fsync on), Temporal dev server on a SQLite file'
      : 'non-persistent (the test stack): PostgreSQL with fsync/synchronous_commit/full_page_writes off, Temporal dev server on in-memory SQLite';
  log(`versions: ${JSON.stringify(result.versions)}`);

  let seeded = 0;
  for (const scale of cfg.scales) {
    const s = { conversations: scale };
    result.scales.push(s);
    if (cfg.only.has('queries') || cfg.only.has('ingest') || cfg.only.has('review')) {
      // seeding and reindexing with the worker stopped, so its sync loop does not index the same rows twice
      await sys.stopWorker();
      const seedRes = await seed({
        databaseUrl: sys.stack.databaseUrl,
        workspaceId: sys.workspaceId,
        from: seeded + 1,
        to: scale,
        perConversation: cfg.messagesPerConversation,
        log: (m) => log(m),
      });
      seeded = scale;
      const counts = (await pool.query('select (select count(*) from conversation)::int as c, (select count(*) from message)::int as m'))
        .rows[0];
      s.seed = {
        added: seedRes.conversations,
        addedMessages: seedRes.messages,
        seconds: round(seedRes.ms / 1000, 1),
        totalConversations: counts.c,
        totalMessages: counts.m,
      };
      log(`seeded +${seedRes.conversations} conversations / +${seedRes.messages} messages in ${s.seed.seconds} s`);
      const r0 = Date.now();
      await runToCompletion({
        name: 'reindex',
        command: process.execPath,
        args: [path.join(ROOT, 'dist/apps/worker/src/reindex.js')],
        cwd: ROOT,
        env: sys.env,
        logDir: sys.logDir,
        timeoutMs: 1_200_000,
      });
      const sentS = (Date.now() - r0) / 1000;
      const idle = await meiliIdle(sys, 1_200_000);
      s.reindex = {
        conversations: scale,
        sentSeconds: round(sentS, 1),
        searchableSeconds: round((Date.now() - r0) / 1000, 1),
        complete: idle,
      };
      log(`reindex: sent in ${s.reindex.sentSeconds} s, all searchable after ${s.reindex.searchableSeconds} s`);
      await sys.startWorker();
      s.dbSizeMiB = round(Number((await pool.query('select pg_database_size(current_database()) as b')).rows[0].b) / 1048576, 0);
    }
    if (cfg.only.has('queries')) s.queries = await benchQueries(sys, pool, { ...cfg.queries, conversations: scale });
    if (cfg.only.has('review')) {
      // the worker first catches up with the workflow tasks earlier sections queued (measured: its workflow-task rate)
      s.drainBeforeReview = await drainBacklog(temporal.client, cfg.drainMs, `review @${scale}`);
      s.review = await benchReviewPipeline(sys, temporal.client, pool, { ...cfg.review, label: String(scale) });
    }
    if (cfg.only.has('ingest')) {
      s.ingestion = await benchIngestion(sys, temporal.client, cfg.ingest);
      s.drainAfterIngestion = await drainBacklog(temporal.client, cfg.drainMs, `after ingestion @${scale}`);
    }
    s.rssMiB = sys.rss();
  }
  if (cfg.only.has('workflows')) result.drainBeforeWorkflows = await drainBacklog(temporal.client, cfg.drainMs, 'open workflows');
  if (cfg.only.has('workflows')) result.workflows = await benchOpenWorkflows(sys, temporal.client, cfg.workflows);
  result.finishedAt = new Date().toISOString();
  result.wallSeconds = round((Date.now() - t0) / 1000, 0);
  result.machine.loadAvgAtEnd = os.loadavg().map((x) => round(x, 2));
  if (env.BENCH_REPORT_KEY) {
    // additive: keep the existing report and store this run under its own key (e.g. temporalPostgres)
    const file = path.join(ROOT, 'bench', 'report.json');
    const existing = JSON.parse(readFileSync(file, 'utf8'));
    existing[env.BENCH_REPORT_KEY] = result;
    writeReport(existing);
    log(`report: stored under report.json "${env.BENCH_REPORT_KEY}"`);
  } else writeReport(result);
} catch (err) {
  log(`bench failed: ${err?.stack ?? err}`);
  result.error = String(err?.stack ?? err);
  try {
    writeFileSync(path.join(ROOT, 'bench', 'report.partial.json'), JSON.stringify(result, null, 2));
  } catch {
    /* ignore */
  }
  process.exitCode = 1;
} finally {
  await temporal?.close().catch(() => {});
  await pool?.end().catch(() => {});
  await sys.stop({ keepData: process.exitCode === 1 && env.BENCH_KEEP === '1' });
  log(`done in ${round((Date.now() - t0) / 1000, 0)} s`);
}
