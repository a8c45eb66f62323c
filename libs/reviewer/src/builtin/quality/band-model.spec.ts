import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { combineCriteria, qualityBand } from '../../rubric/rubric';
import { formatBandModel } from '../../evaluation/band-cli';
import { bandRows, fitBandModel } from '../../evaluation/band-training';
import { defaultSetFiles } from '../../evaluation/cli';
import { loadSet } from '../../evaluation/labelled-set';
import { BuiltinReviewer } from '../builtin.reviewer';
import { conv } from '../spec-conversation';
import { bandFeatures } from './band-features';
import { BAND_MODEL_FILE, bandProbabilities, moveIntoBand, parseBandModel, shippedBandModel } from './band-model';
import type { QualityJudgement } from './criteria';

const judgement = (answer: number, next: number, tone: number, resp: number, caps: QualityJudgement['caps'] = []): QualityJudgement => {
  const j = (score: number) => ({ score, comment: 'answered' as never, evidence: [] });
  const criteria = { answer: j(answer), next_step: j(next), tone: j(tone), responsiveness: j(resp) };
  return { criteria, caps, score: combineCriteria({ answer, next_step: next, tone, responsiveness: resp }, caps) };
};

describe('band model', () => {
  it('is what the training makes of the labelled sets it names (npm run review:train -- --write)', () => {
    const model = shippedBandModel();
    const files = defaultSetFiles().filter((f) => model.trainedOn.some((name) => f.endsWith(`${name}.json`)));
    assert.equal(files.length, model.trainedOn.length, 'every set it was fitted on is here');
    const refitted = fitBandModel(bandRows(files.map((f) => loadSet(f))), model.l2);
    assert.equal(formatBandModel(refitted), readFileSync(BAND_MODEL_FILE, 'utf8'));
  });

  it('reads exactly the features the reviewer measures, and gives probabilities that sum to 1', () => {
    const model = shippedBandModel();
    const reviewer = new BuiltinReviewer({ bandModel: null });
    const a = reviewer.analyze(
      conv([
        ['C', 'How much is a haircut?'],
        ['A', 'A cut is 25 euros.'],
      ]),
    );
    const x = bandFeatures({ conversation: a.conversation, features: a.features, quality: a.rulesQuality, status: a.decision.status });
    assert.deepEqual([...x.keys()].sort(), [...model.features].sort());
    const p = bandProbabilities(model, x);
    assert.ok(Math.abs(p.high + p.medium + p.low - 1) < 1e-12);
  });

  it('refuses a model file whose weights do not fit its features, naming what is wrong', () => {
    const model = shippedBandModel();
    assert.throws(() => parseBandModel(JSON.stringify({ ...model, weights: [[0]] }), 'x.json'), /x\.json: weights need one row per class/);
    assert.throws(() => parseBandModel(JSON.stringify({ ...model, mean: [] }), 'x.json'), /x\.json: mean and scale/);
  });

  it('moves every criterion by the same points until the combination is just inside the band', () => {
    const rules = judgement(80, 60, 70, 90); // 74: high
    const low = moveIntoBand(rules, 'low');
    assert.equal(qualityBand(low.score), 'low');
    const drop = rules.criteria.answer.score - low.criteria.answer.score;
    for (const k of ['next_step', 'tone', 'responsiveness'] as const) assert.equal(rules.criteria[k].score - low.criteria[k].score, drop);
    assert.equal(moveIntoBand(judgement(50, 40, 60, 50), 'high').score, 72);
    assert.equal(moveIntoBand(judgement(90, 80, 90, 90), 'medium').score, 65);
    assert.equal(moveIntoBand(judgement(30, 20, 40, 30), 'medium').score, 45);
  });

  it('leaves a score already in the band, and a cap, as they are', () => {
    const rules = judgement(80, 60, 70, 90);
    assert.equal(moveIntoBand(rules, 'high'), rules);
    const capped = moveIntoBand(judgement(20, 10, 30, 10, ['noAgentReply']), 'medium');
    assert.equal(capped.score, 15, 'no agent reply stays at most 15, whatever the model says');
  });

  it('keeps each criterion within 0–100 when one shift is not enough', () => {
    const moved = moveIntoBand(judgement(100, 10, 100, 100), 'low');
    assert.equal(qualityBand(moved.score), 'low');
    for (const v of scores(moved)) assert.ok(v >= 0 && v <= 100);
  });
});

const scores = (q: QualityJudgement) => Object.values(q.criteria).map((j) => j.score);
