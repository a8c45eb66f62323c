// @ts-check
// The first step of `npm start`, `npm test`, `npm run build`, `npm run bench` and npm's postinstall.
// It runs on whatever Node is on the PATH — on a fresh clone the system's, possibly older than the
// project's — so it is plain JavaScript: it installs the npm packages when node_modules is missing or out
// of date with package-lock.json (`npm ci`, whose postinstall installs the service binaries), then runs
// the command (scripts/commands/<name>.ts) under the project's Node (node_modules/.bin/node, the `node`
// devDependency), re-running itself there when it was started by another one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
/** `install` is npm's postinstall: it runs inside `npm ci`, so it never starts one. */
const COMMANDS = ['start', 'test', 'build', 'bench', 'install'];
const RERUN_MARK = 'CONVERSATIONS_BOOTSTRAP_RERUN';

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`[setup] ${message}`);
  process.exit(1);
}

/**
 * Does node_modules hold what package-lock.json lists? Compared by content (a checkout or an editor
 * may touch the lockfile without changing it): the same version of every package, none extra; an
 * optional one (another platform's binary) may be absent.
 * @param {string} lockFile @param {string} installedFile
 */
function sameInstall(lockFile, installedFile) {
  /** @type {Record<string, { version?: string, optional?: boolean, devOptional?: boolean }>} */
  const wanted = JSON.parse(readFileSync(lockFile, 'utf8')).packages ?? {};
  /** @type {Record<string, { version?: string }>} */
  const installed = JSON.parse(readFileSync(installedFile, 'utf8')).packages ?? {};
  for (const [name, entry] of Object.entries(wanted)) {
    if (name === '') continue;
    const have = installed[name];
    if (have ? have.version !== entry.version : !(entry.optional || entry.devOptional)) return false;
  }
  return Object.keys(installed).every((name) => name in wanted);
}

/** Why `npm ci` is needed, or undefined when node_modules matches package-lock.json. */
function npmInstallReason() {
  // npm writes node_modules/.package-lock.json at the end of every install.
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (!existsSync(installed)) return 'node_modules is missing or incomplete';
  if (statSync(lock).mtimeMs > statSync(installed).mtimeMs && !sameInstall(lock, installed))
    return 'package-lock.json changed since the last install';
  return undefined;
}

/** @param {boolean} foreignNode this Node is not the project's */
function installNpmPackages(foreignNode) {
  const reason = npmInstallReason();
  if (!reason) return;
  console.log(`[setup] ${reason}: npm ci …`);
  // On another Node, npm warns about every package's engines: noise, since the project runs on the Node it installs.
  const quiet = foreignNode ? ['--loglevel=error'] : [];
  // Under npm, npm_execpath is the npm that runs us; else the one on the PATH.
  const npmCli = process.env.npm_execpath;
  const [cmd, ...pre] = npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, npmCli] : ['npm'];
  const started = Date.now();
  const r = spawnSync(cmd, [...pre, 'ci', '--no-audit', '--no-fund', ...quiet], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(`npm ci failed${r.error ? `: ${r.error.message}` : ' (see above)'}`);
  console.log(`[setup] npm packages installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** The `engines.node` range of package.json: space-separated comparators such as `>=24.21 <25`. */
function nodeRange() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return String(pkg.engines?.node ?? '*');
}

/** @param {string} a @param {string} b @returns {number} */
function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** @param {string} version @param {string} range */
function satisfies(version, range) {
  return range
    .split(/\s+/)
    .filter((c) => c && c !== '*')
    .every((c) => {
      const m = /^(>=|<=|>|<|=)?v?(\d+(?:\.\d+){0,2})$/.exec(c);
      if (!m) fail(`package.json engines.node: cannot read "${c}"`);
      const d = compareVersions(version, m[2]);
      return { '>=': d >= 0, '<=': d <= 0, '>': d > 0, '<': d < 0, '=': d === 0 }[m[1] ?? '='];
    });
}

/** @param {string} command @param {string[]} args */
function rerunUnderProjectNode(command, args) {
  const node = path.join(root, 'node_modules', '.bin', 'node');
  const range = nodeRange();
  if (process.env[RERUN_MARK] || !existsSync(node))
    fail(
      `Node ${process.versions.node} does not satisfy ${range} (package.json engines), and ${node} ${existsSync(node) ? 'is not either' : 'is missing: run npm ci'}`,
    );
  const child = spawn(node, [fileURLToPath(import.meta.url), command, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [RERUN_MARK]: '1' },
  });
  // The terminal's Ctrl-C reaches the child too; a signal sent to us alone is passed on.
  for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
}

const [command = '', ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) fail(`usage: node scripts/bootstrap.js <${COMMANDS.join('|')}> [arguments…]`);
const projectNode = satisfies(process.versions.node, nodeRange());
if (command !== 'install') installNpmPackages(!projectNode);
if (!projectNode) rerunUnderProjectNode(command, args);
else {
  const { main } = await import(pathToFileURL(path.join(here, 'commands', `${command}.ts`)).href);
  const code = await main(args);
  if (typeof code === 'number') process.exitCode = code;
}
