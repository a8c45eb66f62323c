import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../errors/domain-error';
import { requireText, storableText, textProblem } from './text-input';

describe('text that PostgreSQL can store', () => {
  it('finds a NUL character and an unpaired surrogate, accepts emoji and accents', () => {
    assert.match(textProblem('a\u0000b') ?? '', /NUL/);
    assert.match(textProblem('a\uD83Db') ?? '', /surrogate/);
    assert.match(textProblem('a\uDE00') ?? '', /surrogate/);
    assert.equal(textProblem('perché 😀 Straße'), undefined);
  });

  it('refuses bad text naming the field, trims, bounds the length', () => {
    assert.throws(
      () => requireText('contact.name', 'x\u0000', { max: 10 }),
      (e: unknown) => e instanceof DomainError && e.code === 'INVALID_INPUT' && e.field === 'contact.name',
    );
    assert.throws(() => requireText('body', '   ', { max: 10 }), /body: must not be empty/);
    assert.throws(() => requireText('body', 'x'.repeat(11), { max: 10 }), /at most 10/);
    assert.equal(requireText('body', '  hi  ', { max: 10 }), 'hi');
  });

  it("strips what cannot be stored from text we cannot send back (Meta's webhooks)", () => {
    assert.equal(storableText('a\u0000b\uD83Dc😀'), 'ab\uFFFDc😀');
  });
});
