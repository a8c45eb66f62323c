import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeRanges, toTextRanges } from './match-ranges';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
/** A byte match of `word` at its first occurrence in `text`, as Meilisearch reports it. */
const byteMatch = (text: string, word: string, length = bytes(word)) => ({ start: bytes(text.slice(0, text.indexOf(word))), length });
const words = (text: string, ranges: { start: number; length: number }[]) => ranges.map((r) => text.slice(r.start, r.start + r.length));

describe('toTextRanges', () => {
  it('turns UTF-8 byte offsets into UTF-16 offsets past accents and emoji', () => {
    const text = 'emoji 👋🏽 then café olé, perché';
    const ranges = toTextRanges(text, [byteMatch(text, 'café'), byteMatch(text, 'olé'), byteMatch(text, 'perché')]);
    assert.deepEqual(words(text, ranges), ['café', 'olé', 'perché']);
  });

  it('widens a prefix or typo match to its whole word, and joins the parts of a compound', () => {
    const text = 'Signor Rossetti, Fußball';
    assert.deepEqual(words(text, toTextRanges(text, [byteMatch(text, 'Ross')])), ['Rossetti']);
    const fuss = byteMatch(text, 'Fuß');
    const ball = byteMatch(text, 'ball');
    assert.deepEqual(words(text, toTextRanges(text, [fuss, ball])), ['Fußball']);
  });

  it('gives a match spanning words as a range per word', () => {
    const text = 'then the heat pump question';
    assert.deepEqual(words(text, toTextRanges(text, [byteMatch(text, 'heat pump')])), ['heat', 'pump']);
  });

  it('does not widen in scripts without spaces, and drops matches past the end', () => {
    const text = '東京都に住んでいます';
    assert.deepEqual(words(text, toTextRanges(text, [byteMatch(text, '東京')])), ['東京']);
    assert.deepEqual(toTextRanges('abc', [{ start: 10, length: 2 }]), []);
  });
});

describe('mergeRanges', () => {
  it('sorts and merges overlapping or touching ranges', () => {
    assert.deepEqual(
      mergeRanges([
        { start: 10, length: 2 },
        { start: 0, length: 3 },
        { start: 2, length: 3 },
        { start: 12, length: 1 },
      ]),
      [
        { start: 0, length: 5 },
        { start: 10, length: 3 },
      ],
    );
  });
});
