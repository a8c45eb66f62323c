// Which built test files `npm test` runs: every file of the chosen kinds, or those the arguments name —
// a source path (libs/x/y.medium-spec.ts), a dist path, a folder, or a part of a path.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';

/** What `npm test` runs; faults (private stacks, minutes each) are `npm run test:faults`. */
export const DEFAULT_KINDS = ['spec', 'medium-spec', 'int-spec', 'e2e-spec', 'browser-spec'];
export const FAULT_KINDS = ['faults-spec'];
export const ALL_KINDS = [...DEFAULT_KINDS, ...FAULT_KINDS];
const SOURCE_EXTENSION = /\.(ts|tsx|mts)$/;

function kindOf(file: string): string | undefined {
  return ALL_KINDS.find((k) => file.endsWith(`.${k}.js`));
}

/** The built test files under `dir` (relative to ROOT, sorted). */
function testsUnder(dir: string, kinds: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (p !== path.join('dist', 'console')) walk(p);
      } else {
        const kind = kindOf(e.name);
        if (kind && kinds.includes(kind)) out.push(p);
      }
    }
  };
  if (existsSync(path.join(ROOT, dir))) walk(dir);
  return out.sort();
}

/** A path argument as a path relative to ROOT, when it names something that exists. */
function existingPath(arg: string, cwd: string): string | undefined {
  for (const base of [cwd, ROOT]) {
    const p = path.resolve(base, arg);
    if (existsSync(p)) return path.relative(ROOT, p);
  }
  return undefined;
}

/** One argument's test files; throws naming the argument when it matches none. */
function selectOne(arg: string, kinds: string[], all: string[], cwd: string): string[] {
  const rel = existingPath(arg, cwd);
  if (rel !== undefined && !rel.startsWith('..')) {
    const built = rel.split(path.sep)[0] === 'dist' ? rel : path.join('dist', rel.replace(SOURCE_EXTENSION, '.js'));
    if (statSync(path.join(ROOT, rel)).isDirectory()) {
      const found = testsUnder(built, kinds);
      if (!found.length) throw new Error(`${arg}: no ${kinds.join(' / ')} test files under it`);
      return found;
    }
    if (!kindOf(built)) throw new Error(`${arg} is not a test file (*.${ALL_KINDS.join('.ts, *.')}.ts)`);
    if (!existsSync(path.join(ROOT, built)))
      throw new Error(`${arg}: ${built} was not built (only apps/api, apps/worker, libs and test are)`);
    return [built];
  }
  const part = arg.replace(SOURCE_EXTENSION, '.js');
  const found = all.filter((f) => f.includes(part));
  if (!found.length) throw new Error(`no ${kinds.join(' / ')} test file matches "${arg}"${arg.includes('/') ? ' (and no such file)' : ''}`);
  return found;
}

/**
 * The test files to run: with no arguments every one of `kinds`; else the union of what each argument
 * names (a named file runs whatever its kind; folders and parts of paths select among `kinds`).
 */
export function selectTests(args: string[], kinds: string[], cwd = process.env.INIT_CWD ?? process.cwd()): string[] {
  const all = testsUnder('dist', kinds);
  if (!args.length) return all;
  return [...new Set(args.flatMap((a) => selectOne(a, kinds, all, cwd)))].sort();
}
