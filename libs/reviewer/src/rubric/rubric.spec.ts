import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CRITERION_KEYS } from '../reviewer';
import { repoRoot, sharedDir } from '../evaluation/paths';
import { combineCriteria, criterionLabel, CRITERIA, QUALITY_BANDS, QUALITY_CAPS, qualityBand, rubricMarkdown } from './rubric';

/** The rows of the markdown table that follows the "### Criteria" heading. */
function criteriaRows(md: string): { key: string; en: string; it: string; weight: number }[] {
  const part = md.slice(md.indexOf('### Criteria'));
  const rows = [...part.matchAll(/^\| `([a-z_]+)` \| ([^/|]+?) \/ ([^|]+?) \| (\d+) \|/gm)];
  return rows.map((r) => ({ key: r[1], en: r[2].trim(), it: r[3].trim(), weight: Number(r[4]) }));
}

describe('rubric values', () => {
  const md = rubricMarkdown();

  it('has the markdown criteria table: keys, English and Italian labels, weights, in order', () => {
    const rows = criteriaRows(md);
    assert.equal(rows.length, CRITERIA.length, 'criteria rows in review-rubric.md');
    assert.deepEqual(
      CRITERIA.map((c) => ({ key: c.key, en: c.labels.en, it: c.labels.it, weight: c.weight })),
      rows,
    );
    assert.deepEqual(
      CRITERIA.map((c) => c.key),
      [...CRITERION_KEYS],
    );
  });

  it('has the markdown caps and bands', () => {
    const noReply = /no agent reply at all\s*→ at most (\d+)/.exec(md);
    const loop = /a loop of non-answers, or replies in another language than the customer's throughout → at most (\d+)/.exec(
      md.replace(/\s+/g, ' '),
    );
    assert.ok(noReply && loop, 'caps sentence in review-rubric.md');
    assert.equal(QUALITY_CAPS.noAgentReply, Number(noReply[1]));
    assert.equal(QUALITY_CAPS.nonAnswerLoop, Number(loop[1]));
    assert.equal(QUALITY_CAPS.wrongLanguageThroughout, Number(loop[1]));
    const bands = /high: (\d+) or more · medium: (\d+)–(\d+) · low: under (\d+)/.exec(md);
    assert.ok(bands, 'bands line in review-rubric.md');
    assert.equal(QUALITY_BANDS.high, Number(bands[1]));
    assert.equal(QUALITY_BANDS.medium, Number(bands[2]));
    assert.equal(QUALITY_BANDS.high - 1, Number(bands[3]));
    assert.equal(QUALITY_BANDS.medium, Number(bands[4]));
  });

  it('labels every criterion in six languages, English for others', () => {
    for (const c of CRITERIA) for (const label of Object.values(c.labels)) assert.ok(label.trim(), `${c.key} label`);
    assert.equal(criterionLabel('next_step', 'de'), 'Nächster Schritt');
    assert.equal(criterionLabel('tone', 'nl'), 'Tone');
  });

  it('combines criteria as the weighted mean, rounded, then capped', () => {
    assert.equal(combineCriteria({ answer: 100, next_step: 0, tone: 0, responsiveness: 0 }), 40);
    assert.equal(combineCriteria({ answer: 81, next_step: 70, tone: 90, responsiveness: 55 }), 76);
    assert.equal(combineCriteria({ answer: 90, next_step: 90, tone: 90, responsiveness: 90 }, ['nonAnswerLoop']), 35);
    assert.equal(combineCriteria({ answer: 90, next_step: 90, tone: 90, responsiveness: 90 }, ['noAgentReply']), 15);
    assert.equal(qualityBand(70), 'high');
    assert.equal(qualityBand(69), 'medium');
    assert.equal(qualityBand(40), 'medium');
    assert.equal(qualityBand(39), 'low');
  });
});

describe('rubric copy', () => {
  const shared = path.join(sharedDir(), 'review-rubric.md');
  const copy = path.join(repoRoot(), 'libs', 'reviewer', 'src', 'rubric', 'review-rubric.md');

  it('is identical to the shared rubric', (t) => {
    if (!existsSync(shared)) {
      t.skip(`${shared} does not exist here: nothing to compare the copy with`);
      return;
    }
    assert.equal(
      readFileSync(copy, 'utf8'),
      readFileSync(shared, 'utf8'),
      `${copy} differs from ${shared}: copy the shared rubric again (and update rubric.ts if its numbers changed)`,
    );
    assert.equal(rubricMarkdown(), readFileSync(shared, 'utf8'), 'the built copy (dist) is stale: rebuild');
  });
});
