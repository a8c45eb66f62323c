import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReviewInput } from './reviewer';
import { inventedFacts, summaryFacts } from './summary-facts';

const conv = (...texts: string[]): ReviewInput => ({
  source: 'WHATSAPP',
  contact: { name: 'Giulia Bianchi', phone: '+39 347 123 4567' },
  messages: texts.map((text, i) => ({ id: `m${i + 1}`, role: i % 2 ? 'AGENT' : 'CUSTOMER', text, sentAt: new Date(0) })),
});

describe('summary facts', () => {
  it('finds numbers, prices, phones, e-mails, calendar words and names inside sentences', () => {
    const facts = summaryFacts(
      'Giulia asked for 2 rooms on Friday at €180 a night; write to anna@example.com or call 333 111 2222, says Marco.',
      'en',
    );
    assert.deepEqual(
      facts.map((f) => `${f.kind}:${f.text}`),
      ['email:anna@example.com', 'number:2', 'number:180', 'phone:333 111 2222', 'date:Friday', 'name:Marco'],
    );
  });

  it('checks no capitalised nouns in German (every noun is capitalised there)', () => {
    assert.deepEqual(summaryFacts('Der Kunde fragte nach einem Angebot für 3 Zimmer.', 'de'), [{ kind: 'number', text: '3' }]);
  });

  it('accepts what the conversation says, in any spelling of the number', () => {
    const input = conv('Avete una camera per 2 persone venerdì 14? Budget 1.200 €', 'Sì, alle 08:30 check-in.');
    assert.deepEqual(
      inventedFacts('Giulia ha chiesto una camera per 2 persone venerdì 14 (budget 1200 €), check-in alle 8:30.', input, 'it'),
      [],
    );
  });

  it('reports what the conversation does not say', () => {
    const input = conv('Do you have a room for 2 on Friday?', 'Yes, we do.');
    const invented = inventedFacts(
      'Giulia asked for a room for 3 on Saturday; Marco confirmed, email sent to info@hotel.example.',
      input,
      'en',
    );
    assert.deepEqual(
      invented.map((f) => f.text),
      ['info@hotel.example', '3', 'Saturday', 'Marco'],
    );
  });

  it('does not take a digit of a phone number as the source of a small number', () => {
    const input = conv('Hi, can you call me back?');
    assert.deepEqual(
      inventedFacts('The customer wants 3 quotes.', input, 'en').map((f) => f.text),
      ['3'],
    );
  });
});
