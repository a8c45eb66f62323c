// `npm start`: the whole system on embedded defaults — PostgreSQL, Temporal dev server (with Web UI),
// Meilisearch, migrations, the API and the worker — showing progress, the contract's lines, and the
// apps' warnings and errors (their full output is in DATA_DIR/logs). Ctrl-C (SIGINT/SIGTERM) stops all of it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from '../build/build.ts';
import { installBinaries } from '../install/binaries.ts';
import { DIST, ROOT } from '../paths.ts';
import { startStack, type Stack } from '../stack/index.ts';
import { pickPort, USUAL_PORTS } from '../stack/ports.ts';
import { ensurePrivateDir } from '../stack/private-dir.ts';
import { isShuttingDown, runToCompletion, type ManagedProcess } from '../stack/process.ts';
import { installShutdownHandlers, shutdownAndExit } from '../stack/shutdown.ts';
import { adminToken } from '../start/admin-token.ts';
import { startApps } from '../start/apps.ts';
import { printedHost } from '../start/host.ts';

const say = (m: string): void => console.log(`[start] ${m}`);

async function run(): Promise<void> {
  const started = Date.now();
  // Settings a developer keeps in .env (see .env.example); the environment wins over it.
  const envFile = path.join(ROOT, '.env');
  if (existsSync(envFile)) {
    process.loadEnvFile(envFile);
    say('settings from .env');
  }
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR || '.data');
  const logDir = path.join(dataDir, 'logs');
  ensurePrivateDir(dataDir);
  ensurePrivateDir(logDir);
  const running: { stack?: Stack; apps: ManagedProcess[] } = { apps: [] };
  // Ctrl-C / SIGTERM: the API and the worker first, then the services; exit 0.
  installShutdownHandlers({
    handleErrors: true,
    exitWithParent: true,
    signalExitCode: 0,
    shutdown: async (reason) => {
      say(`stopping (${reason})…`);
      await Promise.all(running.apps.map((p) => p.stop()));
      await running.stack?.stop();
      say('stopped');
    },
  });

  const token = adminToken(dataDir);
  installBinaries((m) => say(m));
  say(`data in ${dataDir}`);
  // The build (CPU) and the services (mostly waiting) overlap.
  const [, stack] = await Promise.all([
    build({ log: (m) => console.log(`[build] ${m}`), logDir }),
    startStack({ dataDir, persistent: true, headlessTemporal: false, log: (m) => console.log(`[stack] ${m}`) }),
  ]);
  running.stack = stack;
  void stack.died.then((why) => {
    console.error(`[start] a service stopped unexpectedly: ${why}`);
    return shutdownAndExit('service died', 1);
  });

  say('running database migrations…');
  await runToCompletion({
    name: 'migrate',
    command: process.execPath,
    args: ['--enable-source-maps', path.join(ROOT, DIST.migrate)],
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    logDir,
    echo: process.env.LOG_LEVEL === 'debug',
    timeoutMs: 300_000,
  });

  const port = await pickPort({ name: 'API', preferred: USUAL_PORTS.api, envVar: 'PORT' });
  const host = process.env.HOST || '127.0.0.1';
  const env: NodeJS.ProcessEnv = {
    NO_COLOR: '1', // the output goes to log files
    ...process.env,
    PORT: String(port),
    HOST: host,
    DATA_DIR: dataDir,
    DATABASE_URL: stack.databaseUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_NAMESPACE: stack.temporalNamespace,
    MEILI_URL: stack.meiliUrl,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
    ADMIN_TOKEN: token,
    REVIEW_DELAY: process.env.REVIEW_DELAY || '10m',
  };
  say('starting the API and the worker…');
  running.apps = await startApps({ env, port, host, logDir });
  for (const p of running.apps) {
    void p.exited.then(() => {
      if (p.stopping) return;
      console.error(`[start] ${p.describeExit()}; stopping everything\n  ${p.tail()}`);
      return shutdownAndExit(`${p.name} died`, 1);
    });
  }

  const base = `http://${printedHost(host)}:${port}`;
  console.log(`GraphQL: ${base}/graphql`);
  console.log(`Console: ${base}/`);
  console.log(`Temporal UI: ${stack.temporalUiUrl ?? `(none: external Temporal at ${stack.temporalAddress}; set TEMPORAL_UI_URL)`}`);
  console.log(`Temporal: ${stack.temporalAddress}`);
  console.log(`Meilisearch: ${stack.meiliUrl}`);
  console.log(`Admin token: ${token}`);
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (logs in ${logDir}); Ctrl-C stops everything`);
}

export async function main(): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (isShuttingDown()) return; // already reported (a child died, or Ctrl-C)
    console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
    await shutdownAndExit('start failed', 1);
  }
}
