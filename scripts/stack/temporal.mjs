// Embedded Temporal dev server (temporal CLI `server start-dev`) with the project's search attributes.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startProcess, waitFor } from './process.mjs';
import { tcpConnects } from './ports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Search attributes registered at start (contract: "Temporal, for operators"). */
export const SEARCH_ATTRIBUTES = Object.freeze({
  WorkspaceId: 'Keyword',
  ConversationId: 'Keyword',
  ConversationSource: 'Keyword',
  ConversationStatus: 'Keyword',
  Reviewed: 'Bool',
  LastMessageAt: 'Datetime',
});

export function temporalCli() {
  if (process.env.TEMPORAL_CLI) return process.env.TEMPORAL_CLI;
  for (const p of [path.join(root, '.venv', 'bin', 'temporal'), path.join(root, '.bin', 'temporal')]) if (existsSync(p)) return p;
  throw new Error('Temporal CLI not found in .venv/bin or .bin (run npm ci, or set TEMPORAL_CLI)');
}

/**
 * Runs a temporal CLI command; resolves with stdout, rejects on failure.
 * @param {string[]} args @param {number} [timeoutMs]
 * @returns {Promise<string>}
 */
export function temporalCommand(args, timeoutMs = 10_000) {
  return new Promise((resolve, reject) => {
    execFile(
      temporalCli(),
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', env: { ...process.env, TEMPORAL_CLI_SHOW_STACKS: '' } },
      (err, stdout, stderr) => {
        if (err)
          reject(
            new Error(
              `${String(stderr || err.message)
                .trim()
                .split('\n')
                .pop()}`,
            ),
          );
        else resolve(stdout);
      },
    );
  });
}

/**
 * Starts the Temporal dev server. Persistent: SQLite file `<dataDir>/temporal.db`; else in memory.
 * Ready once the frontend accepts TCP and namespace `default` lists every search attribute.
 * @param {{ dataDir: string, port: number, uiPort?: number, headless: boolean, persistent: boolean, namespace?: string, log: (m: string) => void }} o
 * @returns {Promise<{ address: string, namespace: string, uiUrl: string|undefined, proc: import('./process.mjs').ManagedProcess, stop: () => Promise<void> }>}
 */
export async function startTemporal({ dataDir, port, uiPort, headless, persistent, namespace = 'default', log }) {
  const cli = temporalCli();
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--namespace', namespace, '--log-level', 'warn'];
  if (persistent) args.push('--db-filename', path.join(dataDir, 'temporal.db'));
  if (headless) args.push('--headless');
  else args.push('--ui-port', String(uiPort), '--ui-disable-news-fetch');
  for (const [k, t] of Object.entries(SEARCH_ATTRIBUTES)) args.push('--search-attribute', `${k}=${t}`);

  log('starting Temporal…');
  const proc = startProcess({ name: 'temporal', command: cli, args, cwd: dataDir, logDir: path.join(dataDir, 'logs'), graceMs: 10_000 });
  const address = `127.0.0.1:${port}`;
  const uiUrl = headless ? undefined : `http://localhost:${uiPort}`;
  try {
    await waitFor(() => tcpConnects(port), { what: 'Temporal (frontend port)', proc, timeoutMs: 120_000 });
    await waitFor(
      async () => {
        const out = await temporalCommand([
          'operator',
          'search-attribute',
          'list',
          '--address',
          address,
          '--namespace',
          namespace,
          '-o',
          'json',
        ]);
        return Object.keys(SEARCH_ATTRIBUTES).every((k) => out.includes(`"${k}"`));
      },
      { what: `Temporal (namespace ${namespace} and search attributes)`, proc, timeoutMs: 120_000, intervalMs: 500 },
    );
    if (uiUrl) await waitFor(() => tcpConnects(/** @type {number} */ (uiPort)), { what: 'Temporal Web UI', proc, timeoutMs: 60_000 });
  } catch (err) {
    await proc.stop();
    throw err;
  }
  log(`Temporal ready on ${address}${uiUrl ? ` (Web UI ${uiUrl})` : ''}`);
  return { address, namespace, uiUrl, proc, stop: () => proc.stop() };
}
