import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldSharpS, germanSpelling } from './german-spellings';

describe('German spellings', () => {
  it('transliterate umlauts and ß keeping every UTF-8 byte offset', () => {
    const text = 'Größe: Müller, ÄÖÜ äöü ß — 👋 Straße';
    const alt = germanSpelling(text) ?? '';
    assert.equal(alt, 'Groesse: Mueller, AeOeUe aeoeue ss — 👋 Strasse');
    assert.equal(Buffer.byteLength(alt), Buffer.byteLength(text));
    assert.equal(germanSpelling('perché'), undefined);
    assert.equal(germanSpelling(null), undefined);
  });

  it('fold ß in queries', () => {
    assert.equal(foldSharpS('Straße GROẞ'), 'Strasse GROSS');
  });
});
