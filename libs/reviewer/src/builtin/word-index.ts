/**
 * Fuzzy word lookups in linear time. `sameWord` (text.ts) only ever matches words sharing their first
 * three letters, so words are bucketed by that prefix and compared within a bucket only.
 */
import { sameWord } from './text';

const key = (w: string) => w.slice(0, 3);

/** How many messages (or any units) contain each word; asks whether a word occurs outside one unit. */
export class WordCounts {
  private readonly counts = new Map<string, number>();
  private readonly buckets = new Map<string, string[]>();

  /** Counts each distinct word of one unit once. */
  addUnit(words: Iterable<string>): void {
    for (const w of new Set(words)) {
      const n = this.counts.get(w) ?? 0;
      this.counts.set(w, n + 1);
      if (n === 0) {
        const b = this.buckets.get(key(w));
        if (b) b.push(w);
        else this.buckets.set(key(w), [w]);
      }
    }
  }

  /** Does `w` (or a form of it) occur in a unit other than the one whose words are `own`? */
  occursOutside(w: string, own: ReadonlySet<string> = EMPTY): boolean {
    for (const x of this.buckets.get(key(w)) ?? []) {
      if (!sameWord(w, x)) continue;
      if ((this.counts.get(x) ?? 0) - (own.has(x) ? 1 : 0) > 0) return true;
    }
    return false;
  }

  /** Does `w` (or a form of it) occur at all? */
  has(w: string): boolean {
    return this.occursOutside(w);
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** Words of `a` that have a form in `b`, counted once each. */
export function overlapCount(a: readonly string[], b: WordCounts | readonly string[]): number {
  const idx = b instanceof WordCounts ? b : counts(b);
  return new Set(a.filter((w) => idx.has(w))).size;
}

export function counts(words: readonly string[]): WordCounts {
  const c = new WordCounts();
  c.addUnit(words);
  return c;
}
