import type { TextRange } from './match-ranges';

/** Plain text and where the matches are in it. */
export interface Passage {
  text: string;
  matches: TextRange[];
}

/** About this many characters of text around the matches (an ellipsis is added where text was cut). */
export const PASSAGE_WIDTH = 120;
const ELLIPSIS = '…';
// How far a cut may move to fall between words instead of inside one.
const SNAP = 15;

/** Whether index i falls between the two halves of a surrogate pair (an emoji, say). */
const splitsPair = (s: string, i: number) => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]) && /[\uD800-\uDBFF]/.test(s[i - 1]);

/** The window [start, start + width) holding the most matches (the earliest such), as the first and last match it holds. */
function densestWindow(matches: readonly TextRange[], width: number): { first: number; last: number } {
  let best = { first: 0, last: 0 };
  for (let i = 0, j = 0; i < matches.length; i++) {
    j = Math.max(j, i);
    while (j + 1 < matches.length && matches[j + 1].start + matches[j + 1].length <= matches[i].start + width) j++;
    if (j - i > best.last - best.first) best = { first: i, last: j };
  }
  return best;
}

/** Moves a cut at `i` to a nearby space (forward from a start, backward from an end) without crossing `limit`. */
function snap(text: string, i: number, direction: 1 | -1, limit: number): number {
  for (let k = 0; k <= SNAP; k++) {
    const at = i + k * direction;
    if (direction === 1 ? at > limit : at < limit) break;
    if (/\s/.test(text[direction === 1 ? at - 1 : at] ?? '')) return at;
  }
  return i;
}

/**
 * The text cropped to about PASSAGE_WIDTH characters around its matches (`matches`: sorted,
 * disjoint): the densest group of matches, with some text before it, cuts between words, and an
 * ellipsis where text was left out. Offsets are into the returned text.
 */
export function cropAround(text: string, matches: readonly TextRange[], width = PASSAGE_WIDTH): Passage {
  if (text.length <= width) return { text, matches: matches.map((m) => ({ ...m })) };
  const { first, last } = densestWindow(matches, width);
  const from = matches[first]?.start ?? 0;
  const to = matches[last] ? matches[last].start + matches[last].length : 0;
  // Leftover room: a third before the matches, the rest after (text reads forward).
  const room = Math.max(0, width - (to - from));
  let start = Math.max(0, from - Math.floor(room / 3));
  let end = Math.min(text.length, start + Math.max(width, to - start));
  if (end === text.length) start = Math.max(0, Math.min(start, end - width));
  if (start > 0) start = snap(text, start, 1, from);
  if (end < text.length) end = snap(text, end, -1, to);
  if (splitsPair(text, start)) start++;
  if (splitsPair(text, end)) end--;
  const head = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const kept = matches
    .filter((m) => m.start >= start && m.start + m.length <= end)
    .map((m) => ({ start: m.start - start + head.length, length: m.length }));
  return { text: `${head}${text.slice(start, end)}${tail}`, matches: kept };
}
