// `npm test [-- <file, folder or part of a path>…]`: installs what is missing (the service binaries,
// the test browser, the Temporal test server), builds incrementally, and runs the chosen test files
// with Node's test runner: unit specs alone run without services; anything else gets the test stack
// of test/global-setup.mts. `--faults` picks the fault tests (npm run test:faults), `--unit` the unit
// specs only; other arguments starting with "-" go to the test runner (e.g. --test-name-pattern=…).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from '../build/build.ts';
import { installBinaries } from '../install/binaries.ts';
import { ensureChromium } from '../install/chromium.ts';
import { ROOT } from '../paths.ts';
import { DEFAULT_KINDS, FAULT_KINDS, selectTests } from '../testing/select.ts';

const log = (m: string): void => console.log(`[test] ${m}`);

interface Args {
  kinds: string[];
  selectors: string[];
  runnerFlags: string[];
}

function parseArgs(args: string[]): Args {
  const flags = new Set<string>(args.filter((a) => a === '--faults' || a === '--unit'));
  const kinds = flags.has('--faults') ? FAULT_KINDS : flags.has('--unit') ? ['spec'] : DEFAULT_KINDS;
  const rest = args.filter((a) => !flags.has(a));
  return { kinds, selectors: rest.filter((a) => !a.startsWith('-')), runnerFlags: rest.filter((a) => a.startsWith('-')) };
}

/** The workflow tests' time-skipping server, through its installer when there is one. */
async function temporalTestServer(): Promise<string | undefined> {
  const installer = path.join(ROOT, 'scripts', 'install', 'temporal-test-server.ts');
  if (!existsSync(installer)) return undefined;
  const mod = (await import(pathToFileURL(installer).href)) as {
    installTemporalTestServer: (root: string, log: (m: string) => void) => Promise<string>;
  };
  return mod.installTemporalTestServer(ROOT, log);
}

/** Runs Node's test runner on `files`; resolves with its exit code. */
function runTests(
  files: string[],
  { runnerFlags, withStack, env }: { runnerFlags: string[]; withStack: boolean; env: NodeJS.ProcessEnv },
): Promise<number> {
  const args = ['--enable-source-maps', '--test', '--test-concurrency=1'];
  if (withStack) args.push(`--test-global-setup=${path.join('test', 'global-setup.mts')}`);
  const child = spawn(process.execPath, [...args, ...runnerFlags, ...files], { cwd: ROOT, env, stdio: 'inherit' });
  // The terminal's Ctrl-C reaches the runner itself; a signal sent to us alone is passed on.
  const forward = (sig: NodeJS.Signals): void => void child.kill(sig);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1)));
  });
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const env: NodeJS.ProcessEnv = { ...process.env };
  let files: string[];
  try {
    installBinaries(log);
    const chromium = await ensureChromium(log);
    if (chromium) env.CHROMIUM_PATH = chromium;
    const testServer = await temporalTestServer();
    if (testServer) env.TEMPORAL_TEST_SERVER = testServer;
    await build({ log: (m) => console.log(`[build] ${m}`) });
    files = selectTests(args.selectors, args.kinds);
  } catch (err) {
    console.error(`[test] ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  if (!files.length) {
    console.error(`[test] no ${args.kinds.join(' / ')} test files in dist`);
    return 1;
  }
  const withStack = files.some((f) => !f.endsWith('.spec.js'));
  if (args.selectors.length)
    log(`${files.length} file${files.length === 1 ? '' : 's'}: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`);
  return runTests(files, { runnerFlags: args.runnerFlags, withStack, env });
}
