import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resultEvidenceProblems } from '../evidence';
import { CRITERIA, combineCriteria } from '../rubric/rubric';
import { CRITERION_KEYS, EVIDENCE_QUOTE_MAX_CHARS, SUMMARY_MAX_CHARS, type ReviewInput } from '../reviewer';
import { inventedFacts } from '../summary-facts';
import { BuiltinReviewer } from './builtin.reviewer';
import { conv } from './spec-conversation';

const reviewer = new BuiltinReviewer();

/** Everything the contract promises about any result. */
function assertWellFormed(input: ReviewInput, r: Awaited<ReturnType<BuiltinReviewer['review']>>): void {
  assert.deepEqual(
    r.criteria.map((c) => c.key),
    [...CRITERION_KEYS],
  );
  for (const c of r.criteria) {
    assert.ok(Number.isInteger(c.score) && c.score >= 0 && c.score <= 100, `${c.key} score ${c.score}`);
    assert.ok(c.comment.trim() && c.label.trim(), `${c.key} comment and label`);
  }
  assert.ok(r.qualityScore <= combineCriteria(Object.fromEntries(r.criteria.map((c) => [c.key, c.score])) as never));
  assert.deepEqual(resultEvidenceProblems(r, input.messages), []);
  assert.ok(r.summary.length > 0 && r.summary.length <= SUMMARY_MAX_CHARS);
  assert.deepEqual(inventedFacts(r.summary, input, r.language), []);
}

describe('BuiltinReviewer', () => {
  it('names itself builtin and returns every criterion, labelled and commented in the conversation language', async () => {
    const input = conv([
      ['C', 'Buongiorno, quanto costa la revisione della caldaia nel mio caso? È una Vaillant del 2015', 0],
      [
        'A',
        'Buongiorno! Per una Vaillant la revisione annuale costa 90 € più IVA, comprensiva di analisi fumi. Vuole che le fissi un appuntamento?',
        2,
      ],
    ]);
    const r = await reviewer.review(input);
    assertWellFormed(input, r);
    assert.equal(r.reviewer, 'builtin');
    assert.equal(r.language, 'it');
    assert.equal(r.suggestedStatus, 'QUOTE_REQUEST');
    assert.deepEqual(
      r.criteria.map((c) => c.label),
      CRITERIA.map((c) => c.labels.it),
    );
    assert.match(r.summary, /caldaia/);
    assert.ok(r.qualityScore >= 70, `score ${r.qualityScore}`);
    assert.deepEqual(r.statusEvidence, [{ messageId: 'm1', quote: 'Buongiorno, quanto costa la revisione della caldaia nel mio caso?' }]);
    assert.ok(r.criteria[0].evidence.every((e) => e.messageId === 'm2'));
  });

  it('labels criteria in Spanish, French, German and Portuguese too', async () => {
    const cases: [string, string, string][] = [
      ['es', 'Hola, ¿tenéis clases de yoga por la tarde? Quiero apuntarme', 'Respuesta'],
      ['fr', 'Bonjour, vous faites des cours de yoga le soir ? Je voudrais m’inscrire', 'Réponse'],
      ['de', 'Hallo, bieten Sie auch Yogakurse am Abend an? Ich möchte mich anmelden', 'Antwort'],
      ['pt', 'Olá, vocês têm aulas de yoga à noite? Quero me inscrever', 'Resposta'],
    ];
    for (const [lang, text, label] of cases) {
      const r = await reviewer.review(conv([['C', text]]));
      assert.equal(r.language, lang);
      assert.equal(r.criteria[0].label, label);
    }
  });

  it('caps a conversation the agent never answered at 15, spam included', async () => {
    const silent = await reviewer.review(
      conv([
        ['C', 'Hello, do you still have the red sofa in the window?', 0],
        ['C', 'hello??', 90],
      ]),
    );
    assert.ok(silent.qualityScore <= 15);
    assert.equal(silent.suggestedStatus, 'OPPORTUNITY');
    const spam = await reviewer.review(
      conv([['C', 'Earn 500€ a day from home with crypto trading! Guaranteed returns, click here: https://x.example/earn']]),
    );
    assert.equal(spam.suggestedStatus, 'SPAM');
    assert.ok(spam.qualityScore <= 15);
    for (const c of spam.criteria) assert.deepEqual(c.evidence, []);
  });

  it('cites the customer messages that made the status rule match, and the agent question when waiting', async () => {
    const declined = conv([
      ['C', 'How much is the oak table?'],
      ['A', 'The oak table is £640, delivery included.'],
      ['C', "Thanks. That's too expensive for me, no thanks"],
    ]);
    const r = await reviewer.review(declined);
    assert.equal(r.suggestedStatus, 'NOT_INTERESTED');
    assert.deepEqual(r.statusEvidence, [{ messageId: 'm3', quote: "That's too expensive for me, no thanks" }]);
    const waiting = await reviewer.review(
      conv([
        ['C', 'Do you have gluten free bread?'],
        ['A', 'Yes we do! Would you like me to set a loaf aside for you?'],
      ]),
    );
    assert.equal(waiting.suggestedStatus, 'WAITING_RESPONSE');
    assert.deepEqual(waiting.statusEvidence, [{ messageId: 'm2', quote: 'Would you like me to set a loaf aside for you?' }]);
  });

  it('reads declines with their negations', async () => {
    const r = await reviewer.review(
      conv([
        ['C', "It's not too expensive, I'd like to buy the oak table. Is it still available?"],
        ['A', 'Yes it is! You can reserve it with a £50 deposit.'],
      ]),
    );
    assert.equal(r.suggestedStatus, 'OPPORTUNITY');
  });

  it('pulls hard on "I don\'t understand" loops (capped) and on replies in another language', async () => {
    const loop = await reviewer.review(
      conv([
        ['C', 'Do you deliver to Leeds?'],
        ['A', "Sorry, I didn't understand. Could you rephrase?"],
        ['C', 'delivery to Leeds, yes or no'],
        ['A', "Sorry, I didn't understand. Could you rephrase?"],
      ]),
    );
    assert.ok(loop.qualityScore <= 35 && loop.qualityScore < 30, `loop ${loop.qualityScore}`);
    assert.equal(loop.criteria.find((c) => c.key === 'responsiveness')?.comment, 'The agent kept giving the same non-answer.');
    const wrongLanguage = await reviewer.review(
      conv([
        ['C', 'Buongiorno, avete ancora la bici rossa in vetrina?'],
        ['A', 'Hello! Thank you for your message. Please visit our website to see all our bikes.'],
      ]),
    );
    assert.ok(wrongLanguage.qualityScore < 40, `wrong language ${wrongLanguage.qualityScore}`);
  });

  it('keeps quotes within 200 characters and summaries within 400, whatever the message length', async () => {
    const long =
      'We need a full renovation of a three bedroom house including kitchen, two bathrooms, new floors, electrics and plumbing. '.repeat(
        12,
      );
    const input = conv([
      ['C', long],
      ['A', 'Thanks! Could you share the address and a budget so we can prepare a quote?'],
    ]);
    const r = await reviewer.review(input);
    assertWellFormed(input, r);
    assert.match(r.summary, /renovation/i);
    for (const e of [...r.statusEvidence, ...r.criteria.flatMap((c) => c.evidence)]) assert.ok(e.quote.length <= EVIDENCE_QUOTE_MAX_CHARS);
  });

  it('reviews the newest window of a long conversation, a few thousand messages, with valid evidence', async () => {
    const msgs: [role: 'C' | 'A', text: string, minute: number][] = [];
    for (let i = 0; i < 3000; i++)
      msgs.push(
        i % 2
          ? ['A', `Order ${1000 + i} is on its way, it should arrive tomorrow between 9 and 12.`, i]
          : ['C', `Hi, where is my order ${1001 + i}? It was due yesterday.`, i],
      );
    const input = { ...conv(msgs), omittedMessages: 12_000 };
    const r = await reviewer.review(input);
    assertWellFormed(input, r);
    assert.equal(r.suggestedStatus, 'INFO_ONLY');
  });

  it('is deterministic', async () => {
    const input = conv([
      ['C', 'Hi, could I get a quote for 40 branded t-shirts by Friday 12 June?', 0],
      ['A', 'Hi! 40 printed t-shirts come to £8.50 each, £340 in total, ready in 5 working days. Can I have an email for the proof?', 3],
    ]);
    assert.deepEqual(await reviewer.review(input), await reviewer.review(input));
  });

  it('handles an empty conversation', async () => {
    const r = await reviewer.review(conv([]));
    assert.equal(r.suggestedStatus, 'IN_PROGRESS');
    assert.ok(r.summary.length > 0);
    assert.deepEqual(r.statusEvidence, []);
  });
});
