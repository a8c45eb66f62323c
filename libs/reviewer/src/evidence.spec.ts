import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evidenceProblems, fitQuote, resultEvidenceProblems } from './evidence';
import { EVIDENCE_QUOTE_MAX_CHARS, type ReviewMessage } from './reviewer';

const msg = (id: string, role: ReviewMessage['role'], text: string): ReviewMessage => ({ id, role, text, sentAt: new Date(0) });

describe('fitQuote', () => {
  it('trims and keeps short text whole', () => {
    assert.equal(fitQuote('  Do you deliver to Leeds?  '), 'Do you deliver to Leeds?');
  });

  it('cuts long text to a window of whole words around the focus, always an exact substring', () => {
    const text = `${'word '.repeat(100)}the important part is here ${'tail '.repeat(100)}`;
    const focus = text.indexOf('important');
    const q = fitQuote(text, 0, text.length, focus);
    assert.ok(q.length <= EVIDENCE_QUOTE_MAX_CHARS, `${q.length} characters`);
    assert.ok(text.includes(q));
    assert.ok(q.includes('important part'));
    assert.equal(q, q.trim());
    const at = text.indexOf(q);
    assert.ok(at === 0 || text[at - 1] === ' ', 'starts on a word boundary');
    assert.ok(at + q.length === text.length || text[at + q.length] === ' ', 'ends on a word boundary');
  });

  it('never splits an emoji (a surrogate pair) at either end', () => {
    const text = '😀'.repeat(150);
    const q = fitQuote(text);
    assert.ok(q.length <= EVIDENCE_QUOTE_MAX_CHARS);
    assert.doesNotMatch(q, /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    assert.ok(text.includes(q));
  });
});

describe('evidenceProblems', () => {
  const byId = new Map([msg('m1', 'CUSTOMER', 'How much for 2 nights?'), msg('m2', 'AGENT', 'It is €180.')].map((m) => [m.id, m]));

  it('accepts exact substrings of cited messages', () => {
    assert.deepEqual(evidenceProblems([{ messageId: 'm1', quote: 'How much' }], byId, 'statusEvidence', 'CUSTOMER'), []);
  });

  it('names each problem and where it is', () => {
    const problems = evidenceProblems(
      [
        { messageId: 'm9', quote: 'x' },
        { messageId: 'm1', quote: 'how much' },
        { messageId: 'm2', quote: 'It is' },
        { messageId: 'm1', quote: 'x'.repeat(201) },
      ],
      byId,
      'statusEvidence',
      'CUSTOMER',
    );
    assert.deepEqual(problems, [
      'statusEvidence[0].messageId "m9" is not the id of any message',
      'statusEvidence[1].quote is not an exact substring of message "m1"',
      'statusEvidence[2].messageId "m2" is a AGENT message, expected CUSTOMER',
      'statusEvidence[3].quote is 201 characters, at most 200',
    ]);
  });

  it('lets WAITING_RESPONSE cite the agent and CONTACTED either side', () => {
    const messages = [...byId.values()];
    const agentQuote = [{ messageId: 'm2', quote: 'It is' }];
    const criteria = [{ evidence: agentQuote }];
    assert.deepEqual(resultEvidenceProblems({ criteria, statusEvidence: agentQuote, suggestedStatus: 'WAITING_RESPONSE' }, messages), []);
    assert.deepEqual(resultEvidenceProblems({ criteria, statusEvidence: agentQuote, suggestedStatus: 'CONTACTED' }, messages), []);
    assert.equal(resultEvidenceProblems({ criteria, statusEvidence: agentQuote, suggestedStatus: 'OPPORTUNITY' }, messages).length, 1);
  });
});
