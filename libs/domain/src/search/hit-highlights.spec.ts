import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlightsOf, messageSeqsToRead, type SearchHitDocument } from './hit-highlights';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const match = (text: string, word: string, index?: number) => ({
  start: bytes(text.slice(0, text.indexOf(word))),
  length: bytes(word),
  ...(index === undefined ? {} : { indices: [index] }),
});

const hit = (over: Partial<SearchHitDocument>): SearchHitDocument => ({
  id: 'c1',
  lastMessageAt: 1,
  title: 'Giulia Rossi',
  contactName: 'Giulia Rossi',
  phones: ['+39 347 123 4567'],
  phoneDigits: ['393471234567', '3471234567', '1234567'],
  email: 'giulia@example.com',
  tags: [],
  notes: [],
  firstSeq: 5,
  ...over,
});

const texts = ['Ciao', 'Vorrei un preventivo per Bergamo', 'Bergamo va bene'];
const messages = new Map(texts.map((text, i) => [5 + i, { id: `m${i}`, text }]));

describe('highlightsOf', () => {
  it('ranks the passage with more of the query first, then by field; the name is not repeated when it is the title', () => {
    const h = hit({
      title: 'Bergamo Solar',
      contactName: 'Bergamo Solar',
      _matchesPosition: {
        title: [match('Bergamo Solar', 'Bergamo')],
        contactName: [match('Bergamo Solar', 'Bergamo')],
        messages: [match(texts[1], 'preventivo', 1), match(texts[1], 'Bergamo', 1), match(texts[2], 'Bergamo', 2)],
      },
    });
    assert.deepEqual(messageSeqsToRead(h), [6, 7]);
    const out = highlightsOf(h, messages);
    assert.deepEqual(
      out.map((x) => [x.field, x.text, x.messageId]),
      [
        ['MESSAGE', texts[1], 'm1'],
        ['TITLE', 'Bergamo Solar', null],
        ['MESSAGE', texts[2], 'm2'],
      ],
    );
    assert.deepEqual(out[0].matches, [
      { start: 10, length: 10 },
      { start: 25, length: 7 },
    ]);
  });

  it('shows a phone match on the number as written, and a German spelling match on the original text', () => {
    const h = hit({
      title: 'Jürgen',
      contactName: 'Jürgen',
      _matchesPosition: {
        phoneDigits: [{ start: 0, length: 10, indices: [1] }],
        titleAlt: [{ start: 0, length: bytes('Juergen') }],
      },
    });
    const out = highlightsOf(h, messages);
    assert.deepEqual(
      out.map((x) => [x.field, x.text, x.matches]),
      [
        ['TITLE', 'Jürgen', [{ start: 0, length: 6 }]],
        ['PHONE', '+39 347 123 4567', [{ start: 4, length: 12 }]],
      ],
    );
  });

  it('keeps at most three, skipping messages whose text was not read', () => {
    const many = hit({
      tags: ['bergamo-north', 'bergamo-south'],
      notes: ['Bergamo office'],
      _matchesPosition: {
        tags: [match('bergamo-north', 'bergamo', 0), match('bergamo-south', 'bergamo', 1)],
        notes: [match('Bergamo office', 'Bergamo', 0)],
        messages: [match('x', 'x', 40)],
      },
    });
    assert.deepEqual(
      highlightsOf(many, messages).map((x) => x.field),
      ['TAG', 'TAG', 'NOTE'],
    );
    assert.deepEqual(highlightsOf(hit({}), messages), []);
  });
});
