// Build check shared by `npm start` and the test global setup: runs `npm run build` when a
// required dist file is missing or older than the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runToCompletion } from './process.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DIST = Object.freeze({
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  migrate: 'dist/libs/domain/src/database/migrate.js',
});

/** Newest mtime (ms) of the files under the given folders / files. */
function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) walk(path.join(p, e));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const p of paths) walk(p);
  return newest;
}

/**
 * Why a build is needed (a short reason), or undefined when dist is up to date.
 * @param {string[]} required paths relative to the repo root
 */
export function buildReason(required, root = ROOT) {
  const missing = required.find((f) => !existsSync(path.join(root, f)));
  if (missing) return `${missing} is missing`;
  const oldest = Math.min(...required.map((f) => statSync(path.join(root, f)).mtimeMs));
  const sources = newestMtime(['apps', 'libs', '.swcrc', 'tsconfig.json'].map((p) => path.join(root, p)));
  if (sources > oldest) return 'sources changed since the last build';
  return undefined;
}

/**
 * Runs `npm run build` when one of `targets` is missing or older than the sources; throws when the
 * build fails or one of `required` (default: the targets) is still missing afterwards.
 * @param {{ targets?: string[], required?: string[], log?: (m: string) => void, logDir?: string, root?: string }} [o]
 */
export async function ensureBuilt({ targets = Object.values(DIST), required = targets, log = console.log, logDir, root = ROOT } = {}) {
  const reason = buildReason(targets, root);
  if (!reason) return false;
  log(`building (${reason}): npm run build…`);
  const started = Date.now();
  // Under npm, npm_execpath is npm's CLI script: run it with this Node (24), not whatever is on PATH.
  const npmCli = process.env.npm_execpath;
  const useNode = npmCli && /\.(c|m)?js$/.test(npmCli);
  await runToCompletion({
    name: 'build',
    command: useNode ? process.execPath : 'npm',
    args: useNode ? [npmCli, 'run', 'build'] : ['run', 'build'],
    cwd: root,
    env: { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
    logDir,
    timeoutMs: 600_000,
  });
  const stillMissing = required.filter((f) => !existsSync(path.join(root, f)));
  if (stillMissing.length) throw new Error(`build finished but ${stillMissing.join(', ')} does not exist`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
