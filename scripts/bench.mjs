#!/usr/bin/env node
// `npm run bench`: builds if needed, then runs bench/run.mjs (embedded stack in a temp dir; writes
// bench/REPORT.md and bench/report.json). BENCH_QUICK=1 for a ~3-minute development run; see bench/README.md.
import { ensureBuilt } from './stack/build.mjs';

await ensureBuilt({ log: (m) => console.log(`[bench] ${m}`) });
await import('../bench/run.mjs');
