/**
 * `node dist/libs/reviewer/src/evaluation/cli.js [--misses] [--reviewer=builtin|openai] [--rules-only] [set.json …]`
 * Runs a reviewer over labelled sets (default: the shared dev set and every set in sets/) and prints
 * one table row per set; `--misses` adds what each conversation got wrong; `--rules-only` runs the
 * builtin reviewer without its band model. The OpenAI-compatible reviewer reads OPENAI_BASE_URL,
 * OPENAI_API_KEY and OPENAI_MODEL.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { BuiltinReviewer } from '../builtin/builtin.reviewer';
import { createReviewer } from '../create-reviewer';
import { evaluateSet } from './evaluate';
import { formatMisses, formatTable, tableRow } from './format';
import { loadSet } from './labelled-set';
import { devSetPath, setsDir } from './paths';

export function defaultSetFiles(): string[] {
  const dir = setsDir();
  // in the order they were written: holdout-1 … holdout-4, then blind-5 … blind-7
  const order = (f: string) => Number(/(\d+)/.exec(f)?.[1] ?? 0);
  const sets = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return [devSetPath(), ...sets.map((f) => path.join(dir, f))];
}

async function main(argv: string[]): Promise<void> {
  const misses = argv.includes('--misses');
  const kind = argv.find((a) => a.startsWith('--reviewer='))?.slice('--reviewer='.length) ?? 'builtin';
  const rulesOnly = argv.includes('--rules-only');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--misses' && a !== '--rules-only' && !a.startsWith('--reviewer='));
  if (unknown.length) throw new Error(`unknown option ${unknown.join(', ')}; options: --misses, --reviewer=builtin|openai, --rules-only`);
  if (kind !== 'builtin' && kind !== 'openai') throw new Error(`--reviewer must be builtin or openai, not "${kind}"`);
  if (rulesOnly && kind !== 'builtin') throw new Error('--rules-only applies to the builtin reviewer only');
  const reviewer = rulesOnly
    ? new BuiltinReviewer({ bandModel: null })
    : kind === 'openai'
      ? createReviewer({
          reviewer: 'openai',
          openai: { baseUrl: process.env.OPENAI_BASE_URL ?? '', apiKey: process.env.OPENAI_API_KEY, model: process.env.OPENAI_MODEL ?? '' },
        })
      : createReviewer({ reviewer: 'builtin' });
  const files = argv.filter((a) => !a.startsWith('--'));
  const rows: string[][] = [];
  const details: string[] = [];
  for (const file of files.length ? files : defaultSetFiles()) {
    const figures = await evaluateSet(reviewer, loadSet(path.resolve(file)));
    rows.push(tableRow(figures));
    if (misses) details.push(`${figures.name}:\n${formatMisses(figures) || '  (no misses)'}`);
  }
  console.log(`reviewer: ${reviewer.name}${rulesOnly ? ' (rules only)' : ''}`);
  console.log(formatTable(rows));
  if (details.length) console.log(`\n${details.join('\n')}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
