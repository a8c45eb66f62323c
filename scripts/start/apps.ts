// The API and the worker of `npm start`, from dist, each logging to DATA_DIR/logs; on the console only
// their warnings and errors (all of it with LOG_LEVEL=debug).
import path from 'node:path';
import { DIST, ROOT } from '../paths.ts';
import { startProcess, waitFor, type ManagedProcess } from '../stack/process.ts';
import { appOutputFilter } from './app-output.ts';
import { probeHost } from './host.ts';

/** HTTP status of a GET (0 when unreachable). */
async function httpStatus(url: string): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** Starts both; resolves once the API's /health answers 200 and the worker said "worker ready". */
export async function startApps({
  env,
  port,
  host,
  logDir,
}: {
  env: NodeJS.ProcessEnv;
  port: number;
  host: string;
  logDir: string;
}): Promise<ManagedProcess[]> {
  const showAll = env.LOG_LEVEL === 'debug';
  const common = { command: process.execPath, cwd: ROOT, env, logDir, graceMs: 15_000 };
  let workerReady = false;
  const api = startProcess({
    ...common,
    name: 'api',
    args: ['--enable-source-maps', path.join(ROOT, DIST.api)],
    echo: appOutputFilter(showAll),
  });
  const worker = startProcess({
    ...common,
    name: 'worker',
    args: ['--enable-source-maps', path.join(ROOT, DIST.worker)],
    echo: appOutputFilter(showAll),
    onLine: (line) => {
      if (line.includes('worker ready')) workerReady = true;
    },
  });
  const health = `http://${probeHost(host)}:${port}/health`;
  await Promise.all([
    waitFor(async () => (await httpStatus(health)) === 200, {
      what: `API (GET ${health})`,
      proc: api,
      timeoutMs: 180_000,
      intervalMs: 500,
    }),
    waitFor(() => workerReady, { what: 'worker ("worker ready")', proc: worker, timeoutMs: 180_000 }),
  ]);
  return [api, worker];
}
