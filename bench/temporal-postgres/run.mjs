// The same benchmark code (bench/run.mjs) against Temporal on PostgreSQL persistence instead of the dev server:
// starts bench/temporal-postgres/server.mjs (go.temporal.io/server + a private embedded PostgreSQL in a temp
// folder), then runs bench/run.mjs with BENCH_TEMPORAL_ADDRESS pointing at it (api, worker and SDK load all use
// it), and stores the result in bench/report.json under BENCH_REPORT_KEY (default `temporalPostgres`),
// leaving every other figure as it is. Default section: workflows (BENCH_ONLY to change).
//   node bench/temporal-postgres/run.mjs                     # BENCH_WF_STEPS / BENCH_WF_BUDGET_S as in README
//   BENCH_TEMPORAL_PG_DURABLE=1 …                           # Temporal's PostgreSQL with fsync on (default: off)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from '../../scripts/stack/build.mjs';
import { installShutdownHandlers, startProcess } from '../../scripts/stack/process.mjs';
import { writeReport } from '../report.mjs';
import { log } from '../lib/util.mjs';
import { startTemporalOnPostgres, TEMPORAL_SERVER_VERSION } from './server.mjs';

const key = process.env.BENCH_REPORT_KEY || 'temporalPostgres';
const durable = process.env.BENCH_TEMPORAL_PG_DURABLE === '1';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-temporal-pg-'));
let t;
let child;
installShutdownHandlers({
  handleErrors: true,
  exitWithParent: true,
  shutdown: async () => {
    await child?.stop();
    await t?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});
const t0 = Date.now();
try {
  t = await startTemporalOnPostgres({ dataDir, durable, log: (m) => log(`[temporal-pg] ${m}`) });
  const label = `go.temporal.io/server ${TEMPORAL_SERVER_VERSION} on PostgreSQL 17 (${durable ? 'fsync on' : 'fsync/synchronous_commit off'}), numHistoryShards 4, SQL visibility`;
  child = startProcess({
    name: 'bench',
    command: process.execPath,
    args: [path.join(ROOT, 'bench', 'run.mjs')],
    cwd: ROOT,
    env: {
      ...process.env,
      BENCH_ONLY: process.env.BENCH_ONLY ?? 'workflows',
      BENCH_REPORT_KEY: key,
      BENCH_TEMPORAL_ADDRESS: t.address,
      BENCH_TEMPORAL_PID: String(t.pid),
      BENCH_TEMPORAL_PG_PID: String(t.pgPid),
      BENCH_TEMPORAL_LABEL: label,
    },
    echo: true,
    graceMs: 30_000,
  });
  const { code } = await child.exited;
  log(`bench exited with code ${code}`);
  // Temporal's PostgreSQL size after the run, added to the stored result
  const c = new pg.Client({ connectionString: t.pgUrl });
  await c.connect();
  const sizes = (
    await c.query(
      "select datname, round(pg_database_size(datname) / 1048576.0) as mib from pg_database where datname in ('temporal', 'temporal_visibility')",
    )
  ).rows;
  await c.end();
  if (code === 0) {
    const file = path.join(ROOT, 'bench', 'report.json');
    const r = JSON.parse(readFileSync(file, 'utf8'));
    if (r[key]) {
      r[key].temporalPostgres = { label, databaseMiB: Object.fromEntries(sizes.map((s) => [s.datname, Number(s.mib)])) };
      writeReport(r);
    }
  }
  log(`Temporal PostgreSQL sizes: ${JSON.stringify(sizes)}; total ${Math.round((Date.now() - t0) / 1000)} s`);
  if (code !== 0) process.exitCode = 1;
} catch (err) {
  log(`temporal-postgres bench failed: ${err?.stack ?? err}`);
  log(`logs kept in ${path.join(dataDir, 'logs')}`);
  process.exitCode = 1;
} finally {
  await child?.stop();
  await t?.stop();
  if (process.exitCode !== 1) rmSync(dataDir, { recursive: true, force: true });
}
