#!/usr/bin/env node
// `npm start`: the whole system on embedded defaults — PostgreSQL, Temporal dev server (with Web UI),
// Meilisearch, migrations, the API and the worker. Ctrl-C (SIGINT/SIGTERM) stops all of it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, ensureBuilt, ROOT } from './stack/build.mjs';
import { startStack } from './stack/index.mjs';
import { pickPort, USUAL_PORTS } from './stack/ports.mjs';
import { installShutdownHandlers, isShuttingDown, runToCompletion, shutdownAndExit, startProcess, waitFor } from './stack/process.mjs';

const say = (m) => console.log(`[start] ${m}`);
const fail = (m) => console.error(`[start] ${m}`);

const dataDir = path.resolve(ROOT, process.env.DATA_DIR || '.data');
const logDir = path.join(dataDir, 'logs');
mkdirSync(logDir, { recursive: true });

/** @type {Awaited<ReturnType<typeof startStack>> | undefined} */
let stack;
/** @type {import('./stack/process.mjs').ManagedProcess[]} */
const apps = [];

// Ctrl-C / SIGTERM: the API and the worker first, then the services; exit 0.
installShutdownHandlers({
  handleErrors: true,
  exitWithParent: true,
  signalExitCode: 0,
  shutdown: async (reason) => {
    say(`stopping (${reason})…`);
    await Promise.all(apps.map((p) => p.stop()));
    await stack?.stop();
    say('stopped');
  },
});

/** ADMIN_TOKEN from the environment, else the one persisted in DATA_DIR, else a new random one (persisted). */
function adminToken() {
  if (process.env.ADMIN_TOKEN) return process.env.ADMIN_TOKEN;
  const file = path.join(dataDir, 'admin-token');
  if (existsSync(file)) {
    const t = readFileSync(file, 'utf8').trim();
    if (t) return t;
  }
  const t = randomBytes(24).toString('base64url');
  writeFileSync(file, `${t}\n`, { mode: 0o600 });
  return t;
}

/** @param {string} url @returns {Promise<number>} */
async function httpStatus(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

async function main() {
  const token = adminToken();
  say(`data in ${dataDir}`);

  // The build (CPU) and the services (mostly waiting) overlap.
  const [, s] = await Promise.all([
    ensureBuilt({ targets: [DIST.api, DIST.worker, DIST.migrate], log: say, logDir }),
    startStack({ dataDir, persistent: true, headlessTemporal: false, log: (m) => console.log(`[stack] ${m}`) }),
  ]);
  stack = s;
  void stack.died.then((why) => {
    fail(`a service stopped unexpectedly: ${why}`);
    return shutdownAndExit('service died', 1);
  });

  say('running database migrations…');
  await runToCompletion({
    name: 'migrate',
    command: process.execPath,
    args: [path.join(ROOT, DIST.migrate)],
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    logDir,
    echo: true,
    timeoutMs: 300_000,
  });
  say('migrations done');

  const port = await pickPort({ name: 'API', preferred: USUAL_PORTS.api, envVar: 'PORT' });
  const env = {
    ...process.env,
    PORT: String(port),
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
  let workerReady = false;
  const api = startProcess({
    name: 'api',
    command: process.execPath,
    args: [path.join(ROOT, DIST.api)],
    cwd: ROOT,
    env,
    logDir,
    echo: true,
    graceMs: 15_000,
  });
  apps.push(api);
  const worker = startProcess({
    name: 'worker',
    command: process.execPath,
    args: [path.join(ROOT, DIST.worker)],
    cwd: ROOT,
    env,
    logDir,
    echo: true,
    graceMs: 15_000,
    onLine: (line) => {
      if (line.includes('worker ready')) workerReady = true;
    },
  });
  apps.push(worker);
  for (const p of apps) {
    void p.exited.then(() => {
      if (p.stopping) return;
      fail(`${p.describeExit()}; stopping everything (log: ${p.logFile})`);
      return shutdownAndExit(`${p.name} died`, 1);
    });
  }

  await Promise.all([
    waitFor(async () => (await httpStatus(`http://127.0.0.1:${port}/health`)) === 200, {
      what: `API (GET http://127.0.0.1:${port}/health)`,
      proc: api,
      timeoutMs: 180_000,
      intervalMs: 500,
    }),
    waitFor(() => workerReady, { what: 'worker ("worker ready")', proc: worker, timeoutMs: 180_000 }),
  ]);

  console.log(`GraphQL: http://localhost:${port}/graphql`);
  console.log(`Temporal UI: ${stack.temporalUiUrl ?? `(none: external Temporal at ${stack.temporalAddress}; set TEMPORAL_UI_URL)`}`);
  console.log(`Temporal: ${stack.temporalAddress}`);
  console.log(`Meilisearch: ${stack.meiliUrl}`);
  console.log(`Admin token: ${token}`);
  say(`ready (logs in ${logDir}); Ctrl-C stops everything`);
}

main().catch((err) => {
  if (isShuttingDown()) return; // already reported (a child died, or Ctrl-C)
  fail(`${/** @type {Error} */ (err).message}`);
  return shutdownAndExit('start failed', 1);
});
