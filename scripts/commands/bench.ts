// `npm run bench`: installs and builds what is missing, then runs bench/run.ts (embedded stacks in temp
// dirs; writes bench/REPORT.md and bench/report.json). BENCH_QUICK=1 for a development run; see
// bench/README.md.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from '../build/build.ts';
import { installBinaries } from '../install/binaries.ts';
import { ROOT } from '../paths.ts';

export async function main(): Promise<void> {
  const log = (m: string): void => console.log(`[bench] ${m}`);
  installBinaries(log);
  await build({ log });
  await import(pathToFileURL(path.join(ROOT, 'bench', 'run.ts')).href);
}
