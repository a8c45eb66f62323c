// The one build of `npm run build`, `npm start`, `npm test` and `npm run bench`: the server code with
// swc (apps/api, apps/worker, libs, test → dist, keeping the path prefixes), incremental (see
// sync-dist.ts), and the console with Vite (→ dist/console) when it exists and changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import { runToCompletion, type Logger } from '../stack/process.ts';
import { syncDist } from './sync-dist.ts';

export const SERVER_ROOTS = ['apps/api', 'apps/worker', 'libs', 'test'];
// Run by Node from their source (they start the test stack), never from dist.
const NOT_COMPILED = ['test/global-setup.mts', 'test/global-teardown.mts'];
const CONSOLE_CONFIG = 'apps/console/vite.config.ts';

export interface BuildOptions {
  log: Logger;
  /** where the compilers' output is logged (shown when they fail); printed too when `echo` */
  logDir?: string;
  echo?: boolean;
  root?: string;
}

/** Environment of the compilers: this Node first on the PATH, for their `#!/usr/bin/env node`. */
function toolEnv(root: string): NodeJS.ProcessEnv {
  const dirs = [path.dirname(process.execPath), path.join(root, 'node_modules', '.bin'), process.env.PATH ?? ''];
  return { ...process.env, PATH: dirs.join(path.delimiter) };
}

async function buildServer({ log, logDir, echo, root = ROOT }: BuildOptions): Promise<void> {
  const started = Date.now();
  // Compiled beside dist (same depth, so the source maps' relative paths hold), then synced in.
  const staging = path.join(root, `.dist-staging-${process.pid}`);
  const roots = SERVER_ROOTS.filter((r) => existsSync(path.join(root, r)));
  try {
    await runToCompletion({
      name: 'swc',
      command: path.join(root, 'node_modules', '.bin', 'swc'),
      args: [...roots, '-d', staging, '--copy-files', '-q', '--ignore', NOT_COMPILED.join(',')],
      cwd: root,
      env: toolEnv(root),
      logDir,
      echo,
      timeoutMs: 300_000,
    });
    const { files, written, removed } = syncDist(staging, path.join(root, 'dist'), SERVER_ROOTS);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`server code: ${files} files, ${written} changed, ${removed} removed (${seconds} s)`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A digest of the names, sizes and times of the console's files, and of the lockfile's content. */
function consoleFingerprint(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name === 'node_modules' || e.name === 'dist') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(`${path.relative(root, p)}\0${statSync(p).size}\0${statSync(p).mtimeMs}\n`);
    }
  };
  walk(path.join(root, 'apps', 'console'));
  hash.update(readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex');
}

async function buildConsole({ log, logDir, echo, root = ROOT }: BuildOptions): Promise<void> {
  const stamp = path.join(root, 'dist', '.console-fingerprint');
  const outDir = path.join(root, 'dist', 'console');
  const fingerprint = consoleFingerprint(root);
  if (existsSync(path.join(outDir, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return;
  const started = Date.now();
  log('console: building with Vite…');
  await runToCompletion({
    name: 'vite',
    command: path.join(root, 'node_modules', '.bin', 'vite'),
    args: ['build', '--config', CONSOLE_CONFIG, '--outDir', outDir, '--emptyOutDir'],
    cwd: root,
    env: toolEnv(root),
    logDir,
    echo,
    timeoutMs: 600_000,
  });
  writeFileSync(stamp, fingerprint);
  log(`console: built in ${((Date.now() - started) / 1000).toFixed(1)} s (${path.relative(root, outDir)})`);
}

/** Builds what changed; throws with the compiler's last output when a build fails. */
export async function build(o: BuildOptions): Promise<void> {
  await buildServer(o);
  if (existsSync(path.join(o.root ?? ROOT, CONSOLE_CONFIG))) await buildConsole(o);
}
