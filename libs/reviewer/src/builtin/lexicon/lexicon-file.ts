/**
 * Reads a lexicon data file: `[SECTION]` headers, one phrase a line, `#` comments, blank lines, and
 * `@include OTHER` to reuse an earlier section. The files sit beside this module (copied into
 * `dist` by the build), so vocabulary is edited as data, not code.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export type Lexicon = ReadonlyMap<string, readonly string[]>;

export function parseLexicon(text: string, file = 'lexicon'): Lexicon {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const where = `${file}:${i + 1}`;
    if (!line || line.startsWith('#')) return;
    const header = /^\[([A-Z][A-Z0-9_]*)\]$/.exec(line);
    if (header) {
      if (sections.has(header[1])) throw new Error(`${where}: section [${header[1]}] is defined twice`);
      current = [];
      sections.set(header[1], current);
      return;
    }
    if (!current) throw new Error(`${where}: phrase "${line}" is outside any [SECTION]`);
    const include = /^@include\s+([A-Z][A-Z0-9_]*)$/.exec(line);
    if (include) {
      const other = sections.get(include[1]);
      if (!other) throw new Error(`${where}: @include ${include[1]} names no earlier section`);
      current.push(...other);
      return;
    }
    current.push(line);
  });
  return sections;
}

const cache = new Map<string, Lexicon>();

/** The lexicon `<name>.lexicon.txt` of this folder, read once. */
export function readLexicon(name: string): Lexicon {
  let lex = cache.get(name);
  if (!lex) {
    const file = path.join(__dirname, `${name}.lexicon.txt`);
    lex = parseLexicon(readFileSync(file, 'utf8'), path.basename(file));
    cache.set(name, lex);
  }
  return lex;
}

/** One section's phrases; a missing section is a packaging error worth failing loudly on. */
export function section(lex: Lexicon, name: string): readonly string[] {
  const phrases = lex.get(name);
  if (!phrases) throw new Error(`lexicon section [${name}] is missing`);
  return phrases;
}
