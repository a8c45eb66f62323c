// The benchmark run (`npm run bench`, or `node bench/run.ts` on the current dist/): the engine alone,
// then the persistent stack (the headline: as `npm start` runs it) and the throw-away in-memory stack
// (the second column), each private in a temp dir; writes bench/report.json and bench/REPORT.md.
// Knobs: bench/README.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../scripts/paths.ts';
import { installShutdownHandlers } from '../scripts/stack/shutdown.ts';
import { benchConfig, type BenchConfig, type Section } from './config.ts';
import { loadAverage, machine, type Machine } from './lib/procfs.ts';
import { log, round } from './lib/stats.ts';
import { gitState } from './lib/versions.ts';
import { writeReport } from './report/write.ts';
import { benchEngine, type EngineLevel } from './sections/engine.ts';
import { openStacks, runStack, type StackRun } from './stack-run.ts';

export interface BenchReport {
  startedAt: string;
  finishedAt?: string;
  wallSeconds?: number | null;
  config: Omit<BenchConfig, 'only'> & { only: Section[] };
  machine: Machine;
  git: string;
  engine?: EngineLevel[];
  stacks: Partial<Record<'persistent' | 'memory', StackRun>>;
  /** further runs stored beside this one (BENCH_REPORT_KEY), e.g. Temporal on PostgreSQL */
  extra?: Record<string, BenchReport>;
}

const cfg = benchConfig();
const engineDir = mkdtempSync(path.join(os.tmpdir(), 'conversations-bench-engine-'));
installShutdownHandlers({
  handleErrors: true,
  exitWithParent: true,
  shutdown: async () => {
    await Promise.all([...openStacks].map((stop) => stop()));
    rmSync(engineDir, { recursive: true, force: true });
  },
});

const report: BenchReport = {
  startedAt: new Date().toISOString(),
  config: { ...cfg, only: [...cfg.only] },
  machine: machine(),
  git: gitState(),
  stacks: {},
};
const t0 = Date.now();
log(`mode ${cfg.mode}: stacks ${cfg.stacks.join(', ')}; scales ${cfg.scales.join(', ')}; sections ${[...cfg.only].join(', ')}`);
try {
  if (cfg.only.has('engine')) report.engine = await benchEngine(engineDir, cfg.engine);
  for (const kind of cfg.stacks) {
    // the second column repeats only the Temporal-bound sections, at the first scale
    const headline = kind === cfg.stacks[0];
    const sections = [...cfg.only].filter((s) => s !== 'engine' && (headline || cfg.memorySections.includes(s)));
    if (sections.length) report.stacks[kind] = await runStack(kind, sections, headline ? cfg.scales : cfg.scales.slice(0, 1), cfg);
  }
} finally {
  rmSync(engineDir, { recursive: true, force: true });
}
report.finishedAt = new Date().toISOString();
report.wallSeconds = round((Date.now() - t0) / 1000, 0);
report.machine.loadAvgAtEnd = loadAverage();
const failed = Object.values(report.stacks).some((s) => s?.error);
const key = process.env.BENCH_REPORT_KEY;
if (key) {
  // additive: the main report stays, this run is stored (and rendered) under its key
  const file = path.join(ROOT, 'bench', 'report.json');
  const main = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  main.extra = { ...main.extra, [key]: report };
  writeReport(main);
  log(`report: stored under extra.${key}`);
} else if (failed && process.env.BENCH_WRITE_FAILED !== '1') {
  writeFileSync(path.join(ROOT, 'bench', 'report.partial.json'), `${JSON.stringify(report, null, 2)}\n`);
  log('a stack failed: its figures are in bench/report.partial.json (REPORT.md left as it was; BENCH_WRITE_FAILED=1 writes it anyway)');
} else writeReport(report);
log(`done in ${report.wallSeconds} s`);
process.exitCode = failed ? 1 : 0;
