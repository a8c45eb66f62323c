import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizePhoneQuery, phoneSpellings, sortKeyOf } from './conversation-document';

describe('phone spellings', () => {
  it('stores every spelling a person may type, and turns a phone query into digits that match one', () => {
    const stored = phoneSpellings('+39 347 123 4567');
    for (const typed of ['+39 347 123 4567', '393471234567', '3471234567', '0039 347 1234567', '(+39) 347-123-4567']) {
      assert.ok(stored.includes(normalizePhoneQuery(typed)), `${typed} → ${normalizePhoneQuery(typed)}`);
    }
    const uk = phoneSpellings('447700900123');
    assert.ok(uk.includes(normalizePhoneQuery('07700 900123')));
    assert.ok(uk.includes(normalizePhoneQuery('+44 7700 900123')));
  });

  it('leaves text queries alone', () => {
    assert.equal(normalizePhoneQuery('preventivo sito'), 'preventivo sito');
    assert.equal(normalizePhoneQuery('Giulia 347'), 'Giulia 347');
    assert.equal(normalizePhoneQuery('2024'), '2024');
  });
});

describe('sortKeyOf', () => {
  it('orders by lastMessageAt first, and stays a safe integer', () => {
    const t = new Date('2026-01-01T00:00:00Z');
    assert.ok(
      sortKeyOf(new Date(t.getTime() + 1), '00000000-0000-0000-0000-000000000000') > sortKeyOf(t, 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
    );
    assert.ok(Number.isSafeInteger(sortKeyOf(new Date('2100-01-01'), 'ffffffff-ffff-ffff-ffff-ffffffffffff')));
  });
});
