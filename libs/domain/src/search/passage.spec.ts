import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cropAround, PASSAGE_WIDTH } from './passage';

const at = (text: string, word: string) => ({ start: text.indexOf(word), length: word.length });
const shown = (p: { text: string; matches: { start: number; length: number }[] }) =>
  p.matches.map((m) => p.text.slice(m.start, m.start + m.length));

describe('cropAround', () => {
  it('leaves a short text whole', () => {
    const text = 'Vorrei un preventivo per Bergamo';
    assert.deepEqual(cropAround(text, [at(text, 'Bergamo')]), { text, matches: [at(text, 'Bergamo')] });
  });

  it('crops a long text around the match, between words, with an ellipsis where text was left out', () => {
    const before = 'lorem ipsum dolor sit amet '.repeat(10);
    const after = ' consectetur adipiscing elit sed do'.repeat(10);
    const text = `${before}preventivo fotovoltaico${after}`;
    const p = cropAround(text, [at(text, 'preventivo'), at(text, 'fotovoltaico')]);
    assert.ok(p.text.length <= PASSAGE_WIDTH + 2, `${p.text.length}`);
    assert.ok(p.text.startsWith('…') && p.text.endsWith('…'));
    assert.deepEqual(shown(p), ['preventivo', 'fotovoltaico']);
    assert.match(p.text, /^…\S/);
    assert.match(p.text, /\S…$/);
    // some text before the match, more after
    const lead = p.matches[0].start;
    assert.ok(lead > 5 && lead < PASSAGE_WIDTH / 2, `${lead}`);
  });

  it('picks the densest group of matches, and never cuts an emoji in half', () => {
    const text = `Bergamo ${'x '.repeat(100)}preventivo per Bergamo, preventivo ${'👋'.repeat(80)}`;
    const ranges = [...text.matchAll(/Bergamo|preventivo/g)].map((m) => ({ start: m.index, length: m[0].length }));
    const p = cropAround(text, ranges);
    assert.deepEqual(shown(p), ['preventivo', 'Bergamo', 'preventivo']);
    assert.doesNotMatch(p.text, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
