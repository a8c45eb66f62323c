// Meilisearch reports a match as UTF-8 byte offsets into the attribute, covering what the query
// word matched (a prefix: "ross" in "Rossetti"). Clients get UTF-16 offsets (JavaScript's string
// indexes) of whole words.

export interface TextRange {
  start: number;
  length: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Scripts written without spaces: a "word" there is not delimited, so a match is not widened.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch) && !UNSPACED.test(ch);

/** The code point ending at UTF-16 index `i` (exclusive), or starting at it. */
const pointBefore = (s: string, i: number) => (i >= 2 && /[\uDC00-\uDFFF]/.test(s[i - 1]) ? s.slice(i - 2, i) : s[i - 1]);
const pointAt = (s: string, i: number) => String.fromCodePoint(s.codePointAt(i) ?? 0);

/** UTF-16 index of each UTF-8 byte offset (one inside a character counts as that character's end). */
function utf16Indexes(text: string, byteOffsets: readonly number[]): Map<number, number> {
  const wanted = [...new Set(byteOffsets)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let bytes = 0;
  let unit = 0;
  let next = 0;
  for (const ch of text) {
    while (next < wanted.length && wanted[next] <= bytes) out.set(wanted[next++], unit);
    if (next === wanted.length) return out;
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    unit += ch.length;
  }
  while (next < wanted.length) out.set(wanted[next++], unit);
  return out;
}

/** Sorted, overlapping or touching ranges merged. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.start + last.length) last.length = Math.max(last.length, r.start + r.length - last.start);
    else out.push({ ...r });
  }
  return out;
}

/** The words of a range: Meilisearch may report two adjacent words as one match ("heat pump"). */
function wordsOf(text: string, r: TextRange): TextRange[] {
  return [...text.slice(r.start, r.start + r.length).matchAll(/\S+/g)].map((w) => ({ start: r.start + w.index, length: w[0].length }));
}

/** Meilisearch's byte matches in `text` as UTF-16 ranges, each widened to the whole words it touches, a range per word. */
export function toTextRanges(text: string, matches: readonly TextRange[]): TextRange[] {
  const at = utf16Indexes(
    text,
    matches.flatMap((m) => [m.start, m.start + m.length]),
  );
  const ranges = matches.flatMap((m) => {
    let start = at.get(m.start) ?? text.length;
    let end = at.get(m.start + m.length) ?? text.length;
    if (end <= start) return [];
    while (start > 0 && isWordChar(pointBefore(text, start)) && isWordChar(pointAt(text, start))) start -= pointBefore(text, start).length;
    while (end < text.length && isWordChar(pointAt(text, end)) && isWordChar(pointBefore(text, end))) end += pointAt(text, end).length;
    return wordsOf(text, { start, length: end - start });
  });
  return mergeRanges(ranges);
}
