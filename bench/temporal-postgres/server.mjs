// Temporal server (go.temporal.io/server, built with `go install`) on a private embedded PostgreSQL:
// databases `temporal` + `temporal_visibility` (schemas by temporal-sql-tool from the module's
// schema/postgresql/v12/*/versioned), a single-node config on free 127.0.0.1 ports, namespace `default`
// and the project's search attributes. Used by bench/temporal-postgres/run.mjs.
//
// Binaries (see README): GOBIN=<repo>/.bin go install go.temporal.io/server/cmd/server@v1.32.0
//                        GOBIN=<repo>/.bin go install go.temporal.io/server/cmd/tools/sql@v1.32.0
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/stack/build.mjs';
import { freePort, isPortFree, tcpConnects } from '../../scripts/stack/ports.mjs';

// cluster_membership.rpc_port is a PostgreSQL smallint: membership (and, to be safe, all) ports must be < 32768,
// while the kernel's ephemeral ports are above that.
let nextLow = 20_000 + Math.floor(Math.random() * 10_000);
async function lowFreePort() {
  for (let i = 0; i < 2_000; i++) {
    const p = nextLow++;
    if (nextLow > 32_000) nextLow = 20_000;
    if (await isPortFree(p)) return p;
  }
  throw new Error('no free port below 32768');
}
import { PG_PASSWORD, PG_USER, startPostgres } from '../../scripts/stack/postgres.mjs';
import { runToCompletion, startProcess, waitFor } from '../../scripts/stack/process.mjs';
import { SEARCH_ATTRIBUTES, temporalCommand } from '../../scripts/stack/temporal.mjs';

export const TEMPORAL_SERVER_VERSION = process.env.BENCH_TEMPORAL_SERVER_VERSION ?? 'v1.32.0';
const BIN = process.env.BENCH_TEMPORAL_BIN_DIR ?? path.join(ROOT, '.bin');

function schemaDir() {
  const modcache = execFileSync('go', ['env', 'GOMODCACHE']).toString().trim();
  const dir = path.join(modcache, `go.temporal.io/server@${TEMPORAL_SERVER_VERSION}`, 'schema', 'postgresql', 'v12');
  if (!existsSync(dir))
    throw new Error(`schema folder missing: ${dir} (go install go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION} fetches it)`);
  return dir;
}

/**
 * @param {{ dataDir: string, durable?: boolean, numHistoryShards?: number, log: (m: string) => void }} o
 * @returns {Promise<{ address: string, pid: number, pgPid: number, pgUrl: string, stop: () => Promise<void> }>}
 */
export async function startTemporalOnPostgres({ dataDir, durable = false, numHistoryShards = 4, log }) {
  const server = path.join(BIN, 'server');
  const sqlTool = path.join(BIN, 'sql');
  for (const b of [server, sqlTool])
    if (!existsSync(b)) throw new Error(`${b} missing (go install, see bench/temporal-postgres/server.mjs)`);
  mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
  const logDir = path.join(dataDir, 'logs');
  const pgPort = await freePort();
  const pg = await startPostgres({ dataDir, port: pgPort, persistent: durable, log });
  const stops = [pg.stop];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
  };
  try {
    const schemas = schemaDir();
    const tool = (db, ...args) =>
      runToCompletion({
        name: `sql-${db}-${args[0]}`,
        command: sqlTool,
        args: ['--ep', '127.0.0.1', '-p', String(pgPort), '-u', PG_USER, '--pw', PG_PASSWORD, '--pl', 'postgres12', '--db', db, ...args],
        logDir,
        timeoutMs: 180_000,
      });
    for (const [db, sub] of [
      ['temporal', 'temporal'],
      ['temporal_visibility', 'visibility'],
    ]) {
      await tool(db, 'create');
      await tool(db, 'setup-schema', '-v', '0.0');
      await tool(db, 'update-schema', '-d', path.join(schemas, sub, 'versioned'));
    }
    log('temporal + temporal_visibility schemas set up');

    const ports = {};
    for (const k of ['fg', 'fh', 'fm', 'hg', 'hm', 'mg', 'mm', 'wg', 'wm']) ports[k] = await lowFreePort();
    const store = (db, conns) => `      sql:
        pluginName: "postgres12"
        databaseName: "${db}"
        connectAddr: "127.0.0.1:${pgPort}"
        connectProtocol: "tcp"
        user: "${PG_USER}"
        password: "${PG_PASSWORD}"
        maxConns: ${conns}
        maxIdleConns: ${conns}
        maxConnLifetime: "1h"`;
    const svc = (g, m, extra = '') => `    rpc:
      grpcPort: ${g}
      membershipPort: ${m}
      bindOnLocalHost: true${extra}`;
    const dyn = path.join(dataDir, 'dynamicconfig.yaml');
    writeFileSync(
      dyn,
      `system.forceSearchAttributesCacheRefreshOnRead:
  - value: true
    constraints: {}
`,
    );
    const cfg = path.join(dataDir, 'temporal.yaml');
    writeFileSync(
      cfg,
      `log:
  stdout: true
  level: warn
persistence:
  defaultStore: pg-default
  visibilityStore: pg-visibility
  numHistoryShards: ${numHistoryShards}
  datastores:
    pg-default:
${store('temporal', 20)}
    pg-visibility:
${store('temporal_visibility', 10)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
services:
  frontend:
${svc(ports.fg, ports.fm, `\n      httpPort: ${ports.fh}`)}
  history:
${svc(ports.hg, ports.hm)}
  matching:
${svc(ports.mg, ports.mm)}
  worker:
${svc(ports.wg, ports.wm)}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${ports.fg}"
dcRedirectionPolicy:
  policy: "noop"
dynamicConfigClient:
  filepath: "${dyn}"
  pollInterval: "10s"
`,
    );
    log('starting Temporal server (PostgreSQL persistence)…');
    const proc = startProcess({
      name: 'temporal-server',
      command: server,
      args: ['--config-file', cfg, '--allow-no-auth', 'start'],
      cwd: dataDir,
      logDir,
      graceMs: 15_000,
    });
    stops.splice(0, 0, () => proc.stop()); // stopped first (reverse order: server, then PostgreSQL)
    const address = `127.0.0.1:${ports.fg}`;
    await waitFor(() => tcpConnects(ports.fg), { what: 'Temporal frontend', proc, timeoutMs: 180_000 });
    await waitFor(
      async () => {
        try {
          await temporalCommand(['operator', 'namespace', 'describe', '--address', address, '-n', 'default']);
          return true;
        } catch {
          await temporalCommand(['operator', 'namespace', 'create', '--address', address, '-n', 'default', '--retention', '1d']).catch(
            () => {},
          );
          return false;
        }
      },
      { what: 'namespace default', proc, timeoutMs: 180_000, intervalMs: 2_000 },
    );
    for (const [name, type] of Object.entries(SEARCH_ATTRIBUTES)) {
      await temporalCommand(
        ['operator', 'search-attribute', 'create', '--address', address, '-n', 'default', '--name', name, '--type', type],
        30_000,
      ).catch((e) => {
        if (!/already/i.test(e.message)) throw e;
      });
    }
    await waitFor(
      async () => {
        const out = await temporalCommand(['operator', 'search-attribute', 'list', '--address', address, '-n', 'default', '-o', 'json']);
        return Object.keys(SEARCH_ATTRIBUTES).every((k) => out.includes(`"${k}"`));
      },
      { what: 'search attributes', proc, timeoutMs: 60_000, intervalMs: 1_000 },
    );
    log(`Temporal (PostgreSQL) ready on ${address}, pid ${proc.pid}; PostgreSQL on 127.0.0.1:${pgPort}, pid ${pg.proc.pid}`);
    return {
      address,
      pid: proc.pid,
      pgPid: pg.proc.pid,
      pgUrl: `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${pgPort}/temporal`,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
