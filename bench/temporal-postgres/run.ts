// The same benchmark code (bench/run.ts) against Temporal on PostgreSQL persistence instead of the dev
// server: starts bench/temporal-postgres/server.ts (go.temporal.io/server + a private embedded
// PostgreSQL in a temp folder), then runs bench/run.ts with BENCH_TEMPORAL_ADDRESS pointing at it (api,
// worker and SDK load all use it), and stores the result in bench/report.json under extra.<key>
// (BENCH_REPORT_KEY, default `temporalPostgres`), every other figure left as it is. Default sections:
// workflows (BENCH_ONLY to change); the persistent app stack only.
//   node bench/temporal-postgres/run.ts          # BENCH_WF_STEPS / BENCH_WF_BUDGET_S as in bench/README.md
//   BENCH_TEMPORAL_PG_DURABLE=1 …               # Temporal's PostgreSQL with fsync on (default: off)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from '../../scripts/paths.ts';
import { startProcess, type ManagedProcess } from '../../scripts/stack/process.ts';
import { installShutdownHandlers } from '../../scripts/stack/shutdown.ts';
import { log } from '../lib/stats.ts';
import { startTemporalOnPostgres, TEMPORAL_SERVER_VERSION, type TemporalOnPostgres } from './server.ts';

const key = process.env.BENCH_REPORT_KEY || 'temporalPostgres';
const durable = process.env.BENCH_TEMPORAL_PG_DURABLE === '1';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-temporal-pg-'));
let t: TemporalOnPostgres | undefined;
let child: ManagedProcess | undefined;
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
let failed = false;
try {
  t = await startTemporalOnPostgres({ dataDir, durable, log: (m) => log(`[temporal-pg] ${m}`) });
  const label = `go.temporal.io/server ${TEMPORAL_SERVER_VERSION} on PostgreSQL 17 (${durable ? 'fsync on' : 'fsync/synchronous_commit off'}), numHistoryShards 4, SQL visibility`;
  child = startProcess({
    name: 'bench',
    command: process.execPath,
    args: [path.join(ROOT, 'bench', 'run.ts')],
    cwd: ROOT,
    env: {
      ...process.env,
      BENCH_ONLY: process.env.BENCH_ONLY ?? 'workflows',
      BENCH_STACKS: 'persistent',
      BENCH_REPORT_KEY: key,
      BENCH_TEMPORAL_ADDRESS: t.address,
      BENCH_TEMPORAL_PID: String(t.pid),
      BENCH_TEMPORAL_LABEL: label,
    },
    echo: true,
    graceMs: 30_000,
  });
  const { code } = await child.exited;
  log(`bench exited with code ${code}`);
  // Temporal's databases after the run
  const c = new pg.Client({ connectionString: t.pgUrl });
  await c.connect();
  const sizes = (
    await c.query<{ datname: string; mib: string }>(
      "select datname, round(pg_database_size(datname) / 1048576.0) as mib from pg_database where datname like 'temporal%'",
    )
  ).rows;
  await c.end();
  log(
    `Temporal's PostgreSQL databases (MiB): ${sizes.map((s) => `${s.datname} ${s.mib}`).join(', ')}; total ${Math.round((Date.now() - t0) / 1000)} s`,
  );
  failed = code !== 0;
} catch (err) {
  log(`temporal-postgres bench failed: ${(err as Error)?.stack ?? String(err)}`);
  log(`logs kept in ${path.join(dataDir, 'logs')}`);
  failed = true;
} finally {
  await child?.stop();
  await t?.stop();
  if (!failed) rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
