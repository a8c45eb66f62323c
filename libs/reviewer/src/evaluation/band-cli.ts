/**
 * `npm run review:train [-- --write]`
 * Fits the band model on every labelled set (the shared dev set and sets/), prints how it does on
 * each blind set when that set is left out of its fitting (beside the rules alone), and with
 * `--write` stores the model fitted on all of them as builtin/quality/band-model.json in the source tree.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultSetFiles } from './cli';
import { bandRows, fitBandModel, leaveOneSetOut } from './band-training';
import { formatTable } from './format';
import { loadSet } from './labelled-set';
import { repoRoot } from './paths';

export const BAND_MODEL_SOURCE = path.join('libs', 'reviewer', 'src', 'builtin', 'quality', 'band-model.json');

/** The model as stored: one line per array, so a retrained file diffs by what changed. */
export function formatBandModel(model: object): string {
  return `${JSON.stringify(model, null, 1).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_, body: string) => `[${body.replace(/\s+/g, ' ')}]`)}\n`;
}

function main(argv: string[]): void {
  const unknown = argv.filter((a) => a !== '--write');
  if (unknown.length) throw new Error(`unknown argument ${unknown.join(', ')}; usage: band-cli [--write]`);
  const sets = defaultSetFiles().map((f) => loadSet(f));
  const rows = bandRows(sets);
  const blind = sets.map((s) => s.name).filter((n) => n.startsWith('blind-'));
  const figures = leaveOneSetOut(rows, blind);
  const pct = (ok: number, total: number) => `${((100 * ok) / total).toFixed(1)}%`;
  const sum = (k: 'rules' | 'model' | 'total') => figures.reduce((s, f) => s + f[k], 0);
  const table = [
    ...figures.map((f) => [f.set, String(f.total), pct(f.rules, f.total), pct(f.model, f.total)]),
    ['all of them', String(sum('total')), pct(sum('rules'), sum('total')), pct(sum('model'), sum('total'))],
  ];
  console.log(formatTable(table, ['set (left out)', 'n', 'band, rules', 'band, rules + model']));
  if (argv.includes('--write')) {
    const file = path.join(repoRoot(), BAND_MODEL_SOURCE);
    writeFileSync(file, formatBandModel(fitBandModel(rows)));
    console.log(`\nwrote ${file} (fitted on ${rows.length} conversations of ${sets.length} sets); npm run build copies it into dist`);
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
