// Writes bench/report.json (every raw number) and bench/REPORT.md (the tables).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/paths.ts';
import type { BenchReport } from '../run.ts';

export function writeReport(r: BenchReport): void {
  writeFileSync(path.join(ROOT, 'bench', 'report.json'), `${JSON.stringify(r, null, 2)}\n`);
}
