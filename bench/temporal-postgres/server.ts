// Temporal server (go.temporal.io/server, built with `go install`) on a private embedded PostgreSQL:
// databases `temporal` + `temporal_visibility` (schemas by temporal-sql-tool from the module's
// schema/postgresql/v12/*/versioned), a single-node config on free 127.0.0.1 ports, namespace
// `default` and the workflow contract's search attributes. Used by bench/temporal-postgres/run.ts.
//
// Binaries (see bench/README.md): GOBIN=<repo>/.bin go install go.temporal.io/server/cmd/server@v1.32.0
//                                 GOBIN=<repo>/.bin go install go.temporal.io/server/cmd/tools/sql@v1.32.0
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/paths.ts';
import { freePort, isPortFree, tcpConnects } from '../../scripts/stack/ports.ts';
import { PG_USER, startPostgres } from '../../scripts/stack/postgres.ts';
import { runToCompletion, startProcess, waitFor, type Logger } from '../../scripts/stack/process.ts';
import { temporalCommand } from '../../scripts/stack/temporal.ts';
import { contract } from '../lib/dist.ts';
import { DYNAMIC_CONFIG, serverYaml, type ServerPorts } from './config.ts';

export const TEMPORAL_SERVER_VERSION = process.env.BENCH_TEMPORAL_SERVER_VERSION ?? 'v1.32.0';
const BIN = process.env.BENCH_TEMPORAL_BIN_DIR ?? path.join(ROOT, '.bin');

// cluster_membership.rpc_port is a PostgreSQL smallint: membership (and, to be safe, every) port must
// be below 32,768, while the kernel's ephemeral ports are above.
let nextLow = 20_000 + Math.floor(Math.random() * 10_000);
async function lowFreePort(): Promise<number> {
  for (let i = 0; i < 2_000; i++) {
    const p = nextLow++;
    if (nextLow > 32_000) nextLow = 20_000;
    if (await isPortFree(p)) return p;
  }
  throw new Error('no free port below 32768');
}

function schemaDir(): string {
  const modcache = execFileSync('go', ['env', 'GOMODCACHE']).toString().trim();
  const dir = path.join(modcache, `go.temporal.io/server@${TEMPORAL_SERVER_VERSION}`, 'schema', 'postgresql', 'v12');
  if (!existsSync(dir))
    throw new Error(`schema folder missing: ${dir} (go install go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION} fetches it)`);
  return dir;
}

export interface TemporalOnPostgres {
  address: string;
  pid: number;
  pgPid: number;
  pgUrl: string;
  stop(): Promise<void>;
}

async function registerSearchAttributes(address: string): Promise<void> {
  const attributes = Object.values(contract().SA);
  for (const a of attributes)
    await temporalCommand(
      ['operator', 'search-attribute', 'create', '--address', address, '-n', 'default', '--name', a.name, '--type', a.type],
      30_000,
    ).catch((e: Error) => {
      if (!/already/i.test(e.message)) throw e;
    });
  await waitFor(
    async () => {
      const out = await temporalCommand(['operator', 'search-attribute', 'list', '--address', address, '-n', 'default', '-o', 'json']);
      return attributes.every((a) => out.includes(`"${a.name}"`));
    },
    { what: 'search attributes', timeoutMs: 60_000, intervalMs: 1_000 },
  );
}

export async function startTemporalOnPostgres(o: {
  dataDir: string;
  durable?: boolean;
  numHistoryShards?: number;
  log: Logger;
}): Promise<TemporalOnPostgres> {
  const { dataDir, durable = false, numHistoryShards = 4, log } = o;
  const server = path.join(BIN, 'server');
  const sqlTool = path.join(BIN, 'sql');
  for (const b of [server, sqlTool])
    if (!existsSync(b)) throw new Error(`${b} missing (go install, see bench/temporal-postgres/server.ts)`);
  const logDir = path.join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const pgPort = await freePort();
  const pg = await startPostgres({ dataDir, port: pgPort, persistent: durable, log });
  const stops: (() => Promise<void>)[] = [pg.stop];
  const stop = async () => {
    for (const s of stops) await s().catch(() => {});
  };
  try {
    const schemas = schemaDir();
    const tool = (db: string, ...args: string[]) =>
      runToCompletion({
        name: `sql-${db}-${args[0]}`,
        command: sqlTool,
        args: ['--ep', '127.0.0.1', '-p', String(pgPort), '-u', PG_USER, '--pw', pg.password, '--pl', 'postgres12', '--db', db, ...args],
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
    const ports = {} as ServerPorts;
    for (const k of [
      'frontendGrpc',
      'frontendHttp',
      'frontendMembership',
      'historyGrpc',
      'historyMembership',
      'matchingGrpc',
      'matchingMembership',
      'workerGrpc',
      'workerMembership',
    ] as const)
      ports[k] = await lowFreePort();
    const dynamicConfigFile = path.join(dataDir, 'dynamicconfig.yaml');
    writeFileSync(dynamicConfigFile, DYNAMIC_CONFIG);
    const cfg = path.join(dataDir, 'temporal.yaml');
    writeFileSync(cfg, serverYaml({ pgPort, user: PG_USER, password: pg.password, numHistoryShards, dynamicConfigFile, ports }));
    log('starting Temporal server (PostgreSQL persistence)…');
    const proc = startProcess({
      name: 'temporal-server',
      command: server,
      args: ['--config-file', cfg, '--allow-no-auth', 'start'],
      cwd: dataDir,
      logDir,
      graceMs: 15_000,
    });
    stops.unshift(() => proc.stop()); // the server first, then its PostgreSQL
    const address = `127.0.0.1:${ports.frontendGrpc}`;
    await waitFor(() => tcpConnects(ports.frontendGrpc), { what: 'Temporal frontend', proc, timeoutMs: 180_000 });
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
    await registerSearchAttributes(address);
    log(`Temporal (PostgreSQL) ready on ${address}, pid ${proc.pid}; PostgreSQL on 127.0.0.1:${pgPort}, pid ${pg.proc.pid}`);
    return {
      address,
      pid: proc.pid,
      pgPid: pg.proc.pid,
      pgUrl: `postgres://${PG_USER}:${encodeURIComponent(pg.password)}@127.0.0.1:${pgPort}/temporal`,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
