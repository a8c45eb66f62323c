import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizePhoneQuery, phoneMatchRange, phoneSpellings } from './phone-spellings';

describe('phone spellings', () => {
  it('stores every spelling a person may type, and turns a phone query into digits that match one exactly', () => {
    const stored = phoneSpellings('+39 347 123 4567');
    for (const typed of ['+39 347 123 4567', '393471234567', '3471234567', '0039 347 1234567', '(+39) 347-123-4567', '1234567', '234567']) {
      assert.ok(stored.includes(normalizePhoneQuery(typed)), `${typed} → ${normalizePhoneQuery(typed)}`);
    }
    assert.equal(stored[0], '393471234567');
    const uk = phoneSpellings('447700900123');
    assert.ok(uk.includes(normalizePhoneQuery('07700 900123')));
    assert.ok(uk.includes(normalizePhoneQuery('+44 7700 900123')));
    assert.deepEqual(phoneSpellings('12345'), ['12345']);
    assert.deepEqual(phoneSpellings(null), []);
  });

  it('leaves text queries and short numbers alone', () => {
    assert.equal(normalizePhoneQuery('preventivo sito'), 'preventivo sito');
    assert.equal(normalizePhoneQuery('Giulia 347'), 'Giulia 347');
    assert.equal(normalizePhoneQuery('2024'), '2024');
  });
});

describe('phoneMatchRange', () => {
  const shown = (display: string, r: { start: number; length: number } | undefined) =>
    r ? display.slice(r.start, r.start + r.length) : undefined;

  it('maps a match on any spelling onto the digits of the number as written', () => {
    const display = '+39 347 123 4567';
    assert.equal(shown(display, phoneMatchRange(display, '393471234567', 0, 12)), '39 347 123 4567');
    assert.equal(shown(display, phoneMatchRange(display, '3471234567', 0, 10)), '347 123 4567');
    assert.equal(shown(display, phoneMatchRange(display, '1234567', 0, 7)), '123 4567');
    // a prefix of a spelling: what was typed so far
    assert.equal(shown(display, phoneMatchRange(display, '3471234567', 0, 3)), '347');
    // the trunk 0 is not in the number
    assert.equal(shown('+44 7700 900123', phoneMatchRange('+44 7700 900123', '07700900123', 0, 11)), '7700 900123');
    // a dropped 00 prefix
    assert.equal(shown('0039 347 1234567', phoneMatchRange('0039 347 1234567', '3471234567', 0, 10)), '347 1234567');
    assert.equal(phoneMatchRange(display, '999999', 0, 6), undefined);
  });
});
