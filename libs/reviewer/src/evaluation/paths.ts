/** Where the repository and the shared fixtures are, found from this file (source or built copy alike). */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file holding package.json and libs/reviewer. */
export function repoRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'libs', 'reviewer'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

/** The shared folder beside the repository (`<repo>/../shared`). */
export function sharedDir(): string {
  return path.resolve(repoRoot(), '..', 'shared');
}

/** The labelled sets kept in this library (`libs/reviewer/src/evaluation/sets`, in the source tree). */
export function setsDir(): string {
  return path.join(repoRoot(), 'libs', 'reviewer', 'src', 'evaluation', 'sets');
}

export function devSetPath(): string {
  return path.join(sharedDir(), 'fixtures', 'review-dev-set.json');
}
