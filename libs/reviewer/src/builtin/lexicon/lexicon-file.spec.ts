import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as cues from './cues.lexicon';
import { parseLexicon, readLexicon } from './lexicon-file';
import * as quality from './quality.lexicon';
import * as status from './status.lexicon';
import * as summary from './summary.lexicon';
import * as words from './words.lexicon';

describe('lexicon files', () => {
  it('parses sections, comments, blank lines and includes', () => {
    const lex = parseLexicon('# heading\n[A]\nfoo\n\n# note\nbar baz\n[B]\n@include A\nqux\n');
    assert.deepEqual(lex.get('A'), ['foo', 'bar baz']);
    assert.deepEqual(lex.get('B'), ['foo', 'bar baz', 'qux']);
  });

  it('names the file and line of a malformed entry', () => {
    assert.throws(() => parseLexicon('foo\n', 'x.lexicon.txt'), /x\.lexicon\.txt:1: phrase "foo" is outside any \[SECTION\]/);
    assert.throws(() => parseLexicon('[A]\n[A]\n', 'x.lexicon.txt'), /x\.lexicon\.txt:2: section \[A\] is defined twice/);
    assert.throws(() => parseLexicon('[A]\n@include B\n', 'x.lexicon.txt'), /x\.lexicon\.txt:2: @include B names no earlier section/);
  });

  it('ships every lexicon beside its module, and every phrase compiles', () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith('.lexicon.txt'));
    assert.deepEqual(files.sort(), [
      'cues.lexicon.txt',
      'quality.lexicon.txt',
      'status.lexicon.txt',
      'summary.lexicon.txt',
      'words.lexicon.txt',
    ]);
    for (const f of files) assert.ok(readLexicon(f.replace('.lexicon.txt', '')).size > 0, f);
    // compiling happened when the modules were imported above: a bad phrase would have thrown there
    for (const p of [...Object.values(status), ...Object.values(quality)]) assert.ok(p.re instanceof RegExp);
    assert.ok(cues.TIME_ASK instanceof RegExp && summary.LOGISTICS.re instanceof RegExp && words.FUNCTION_WORDS.size > 0);
  });
});
