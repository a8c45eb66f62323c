// Embedded Temporal dev server (temporal CLI `server start-dev`). Search attributes are the worker's
// to register (from the workflow contract), so readiness is the namespace answering.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import { tcpConnects } from './ports.ts';
import { startProcess, waitFor, type Logger, type ManagedProcess } from './process.ts';

export function temporalCli(): string {
  if (process.env.TEMPORAL_CLI) return process.env.TEMPORAL_CLI;
  for (const p of [path.join(ROOT, '.venv', 'bin', 'temporal'), path.join(ROOT, '.bin', 'temporal')]) if (existsSync(p)) return p;
  throw new Error('Temporal CLI not found in .venv/bin or .bin (run npm ci, or set TEMPORAL_CLI)');
}

/** Runs a temporal CLI command; resolves with stdout, rejects with the last line of its error. */
export function temporalCommand(args: string[], timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      temporalCli(),
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', env: { ...process.env, TEMPORAL_CLI_SHOW_STACKS: '' } },
      (err, stdout, stderr) => {
        if (err)
          reject(
            new Error(
              String(stderr || err.message)
                .trim()
                .split('\n')
                .pop(),
            ),
          );
        else resolve(stdout);
      },
    );
  });
}

/**
 * SQLite pragmas of the persisted dev server: WAL journal, and `synchronous=NORMAL`, which keeps
 * every commit across a crash of the process (not across a power cut); TEMPORAL_SQLITE_SYNC=full
 * syncs every commit to disk as well.
 */
export function sqlitePragmas(env: NodeJS.ProcessEnv = process.env): string[] {
  const sync = (env.TEMPORAL_SQLITE_SYNC || 'normal').toLowerCase();
  if (sync !== 'normal' && sync !== 'full')
    throw new Error(`TEMPORAL_SQLITE_SYNC=${env.TEMPORAL_SQLITE_SYNC}: expected "normal" or "full"`);
  return ['journal_mode=wal', `synchronous=${sync}`];
}

export interface TemporalOptions {
  dataDir: string;
  port: number;
  uiPort?: number;
  headless: boolean;
  /** SQLite file `<dataDir>/temporal.db`; else in memory */
  persistent: boolean;
  namespace?: string;
  log: Logger;
}

export interface Temporal {
  address: string;
  namespace: string;
  uiUrl: string | undefined;
  proc: ManagedProcess;
  stop: () => Promise<void>;
}

/** Starts the Temporal dev server; ready once the frontend accepts connections and the namespace answers. */
export async function startTemporal(o: TemporalOptions): Promise<Temporal> {
  const { dataDir, port, uiPort, headless, persistent, namespace = 'default', log } = o;
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--namespace', namespace, '--log-level', 'warn'];
  if (persistent) {
    args.push('--db-filename', path.join(dataDir, 'temporal.db'));
    for (const p of sqlitePragmas()) args.push('--sqlite-pragma', p);
  }
  if (headless) args.push('--headless');
  else args.push('--ui-port', String(uiPort), '--ui-disable-news-fetch');

  log('starting Temporal…');
  const proc = startProcess({
    name: 'temporal',
    command: temporalCli(),
    args,
    cwd: dataDir,
    umask: 0o077, // temporal.db and its WAL files: the owner's alone
    logDir: path.join(dataDir, 'logs'),
    graceMs: 10_000,
  });
  const address = `127.0.0.1:${port}`;
  const uiUrl = headless ? undefined : `http://localhost:${uiPort}`;
  try {
    await waitFor(() => tcpConnects(port), { what: 'Temporal (frontend port)', proc, timeoutMs: 120_000 });
    await waitFor(
      () => temporalCommand(['operator', 'namespace', 'describe', '--address', address, '--namespace', namespace, '-o', 'json']),
      {
        what: `Temporal (namespace ${namespace})`,
        proc,
        timeoutMs: 120_000,
        intervalMs: 500,
      },
    );
    if (uiPort) await waitFor(() => tcpConnects(uiPort), { what: 'Temporal Web UI', proc, timeoutMs: 60_000 });
  } catch (err) {
    await proc.stop();
    throw err;
  }
  log(`Temporal ready on ${address}${uiUrl ? ` (Web UI ${uiUrl})` : ''}`);
  return { address, namespace, uiUrl, proc, stop: () => proc.stop() };
}
