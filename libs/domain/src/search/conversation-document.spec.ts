import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndexSource } from '../conversations/conversation-indexing.repository';
import { capMessages, toDocument, toDocumentUpdate } from './conversation-document';

type WholeSource = IndexSource & { messages: NonNullable<IndexSource['messages']> };

const source = (over: Partial<WholeSource> = {}): WholeSource => ({
  id: '0b6f3c1e-1111-4a4a-8888-000000000001',
  workspaceId: '0b6f3c1e-1111-4a4a-8888-0000000000ff',
  title: 'Jürgen Groß',
  status: 'OPPORTUNITY',
  source: 'WHATSAPP',
  visible: true,
  qualityScore: 80,
  lastMessageAtMicros: 1_790_000_000_123_456,
  version: 4,
  messageCount: 2,
  conversationKey: '393471234567',
  contactName: 'Jürgen Groß',
  contactPhone: null,
  contactEmail: 'j@example.com',
  tags: ['VIP', 'Rückruf'],
  notes: ['Call back', 'Größe 42'],
  messages: [
    { seq: 1, text: 'Hallo' },
    { seq: 2, text: 'Wie groß ist die Straße?' },
  ],
  ...over,
});

describe('toDocument', () => {
  it('keeps the number as written beside its digit spellings; a WhatsApp number already given as the phone counts once', () => {
    const doc = toDocument(source());
    assert.deepEqual(doc.phones, ['+393471234567']);
    assert.ok(doc.phoneDigits.includes('3471234567') && doc.phoneDigits.includes('1234567'));
    const same = toDocument(source({ contactPhone: '+39 347 123 4567' }));
    assert.deepEqual(same.phones, ['+39 347 123 4567']);
    const widget = toDocument(source({ source: 'WIDGET', conversationKey: 'session-1', contactPhone: null }));
    assert.deepEqual([widget.phones, widget.phoneDigits], [[], []]);
  });

  it('adds German transliterations only where they differ, arrays aligned with theirs', () => {
    const doc = toDocument(source());
    assert.equal(doc.titleAlt, 'Juergen Gross');
    assert.deepEqual(doc.tagsAlt, ['', 'Rueckruf']);
    assert.deepEqual(doc.notesAlt, ['', 'Groesse 42']);
    assert.deepEqual(doc.messagesAlt, ['', 'Wie gross ist die Strasse?']);
    const plain = toDocument(source({ title: 'Ada', contactName: 'Ada', tags: [], notes: [], messages: [{ seq: 1, text: 'hello' }] }));
    assert.deepEqual([plain.titleAlt, plain.tagsAlt, plain.notesAlt, plain.messagesAlt], [undefined, undefined, undefined, undefined]);
  });

  it('orders by lastMessageAt in µs (exact as a number) and names the first indexed message', () => {
    const doc = toDocument(source());
    assert.equal(doc.lastMessageAt, 1_790_000_000_123_456);
    assert.ok(Number.isSafeInteger(doc.lastMessageAt));
    assert.deepEqual([doc.firstSeq, doc.messages], [1, ['Hallo', 'Wie groß ist die Straße?']]);
  });
});

describe('toDocumentUpdate', () => {
  it('carries every field but the messages, and clears a German spelling that no longer differs', () => {
    const update = toDocumentUpdate({ ...source({ title: 'Ada', tags: [], notes: [] }), messages: null });
    const whole = toDocument(source({ title: 'Ada', tags: [], notes: [] }));
    assert.ok(!('messages' in update) && !('messagesAlt' in update) && !('firstSeq' in update));
    assert.deepEqual([update.titleAlt, update.tagsAlt, update.notesAlt], [null, null, null]);
    assert.equal(update.contactNameAlt, 'Juergen Gross');
    const { messages: _m, messagesAlt: _a, firstSeq: _f, titleAlt: _t, tagsAlt: _g, notesAlt: _n, ...rest } = whole;
    assert.deepEqual(
      { ...update, titleAlt: undefined, tagsAlt: undefined, notesAlt: undefined },
      { ...rest, titleAlt: undefined, tagsAlt: undefined, notesAlt: undefined },
    );
  });
});

describe('capMessages', () => {
  it('keeps the newest messages that fit, contiguous by seq, oldest first', () => {
    const long = 'x'.repeat(15_000);
    assert.deepEqual(
      capMessages([
        { seq: 1, text: long },
        { seq: 2, text: long },
        { seq: 3, text: 'short' },
      ]).map((m) => m.seq),
      [2, 3],
    );
    // a gap (never made by the domain) ends the run, so that messages[i] is always seq firstSeq + i
    assert.deepEqual(
      capMessages([
        { seq: 1, text: 'a' },
        { seq: 3, text: 'b' },
        { seq: 4, text: 'c' },
      ]).map((m) => m.seq),
      [3, 4],
    );
    assert.deepEqual(capMessages([]), []);
  });
});
