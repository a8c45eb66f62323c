// Moves a fresh build from a staging folder into dist file by file: a file whose content did not
// change is left alone, a changed one is replaced atomically (rename), and whatever the build no longer
// produces (its source is gone) is removed. Processes already running from dist never read a half-written
// file, and a deleted spec never runs again.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir`, as paths relative to it. */
function listFiles(dir: string, rel = ''): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = path.join(rel, e.name);
    return e.isDirectory() ? listFiles(dir, p) : [p];
  });
}

function sameContent(a: string, b: string): boolean {
  try {
    if (statSync(a).size !== statSync(b).size) return false;
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

/** Removes empty folders under `dir` (not `dir` itself). */
function removeEmptyFolders(dir: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const p = path.join(dir, e.name);
    removeEmptyFolders(p);
    try {
      rmdirSync(p);
    } catch {
      // not empty (or already removed by a build running beside this one)
    }
  }
}

// Another build's file in flight (see below): never pruned.
const IN_FLIGHT = /\.tmp-\d+$/;

/**
 * Syncs `staging/<root>` into `dist/<root>` for each of `roots`; returns how many files were written
 * and removed.
 */
export function syncDist(staging: string, dist: string, roots: string[]): { files: number; written: number; removed: number } {
  let written = 0;
  let removed = 0;
  let files = 0;
  for (const root of roots) {
    const built = new Set(listFiles(path.join(staging, root)));
    files += built.size;
    for (const rel of built) {
      const from = path.join(staging, root, rel);
      const to = path.join(dist, root, rel);
      if (sameContent(from, to)) continue;
      mkdirSync(path.dirname(to), { recursive: true });
      const tmp = `${to}.tmp-${process.pid}`;
      writeFileSync(tmp, readFileSync(from));
      renameSync(tmp, to);
      written++;
    }
    for (const rel of listFiles(path.join(dist, root))) {
      if (built.has(rel) || IN_FLIGHT.test(rel)) continue;
      try {
        unlinkSync(path.join(dist, root, rel));
        removed++;
      } catch {
        // removed by a build running beside this one
      }
    }
    removeEmptyFolders(path.join(dist, root));
  }
  return { files, written, removed };
}
