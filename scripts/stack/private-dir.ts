// DATA_DIR and what the scripts write into it are private to the user running them.
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Creates `dir` (0700) or takes group and other permissions off an existing one. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const mode = statSync(dir).mode & 0o7777;
  if (mode & 0o077) chmodSync(dir, mode & ~0o077);
}

/**
 * Takes group and other permissions off what `dir` holds directly (data folders made by older versions
 * were world-readable); what is inside a folder is then out of reach however it is set.
 */
export function privatiseEntries(dir: string): void {
  for (const name of readdirSync(dir)) {
    const st = lstatSync(path.join(dir, name));
    if (!st.isSymbolicLink() && st.mode & 0o077) chmodSync(path.join(dir, name), st.mode & 0o7700);
  }
}

/** Writes a file only its owner can read (0600), replacing any older content. */
export function writePrivateFile(file: string, content: string): void {
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600); // `mode` applies only when the file is created
}
