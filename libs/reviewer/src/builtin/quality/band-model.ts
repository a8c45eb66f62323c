/**
 * A small trained model of the quality band, shipped as data (band-model.json, written by
 * `npm run review:train` from the labelled sets): multinomial logistic regression over what the
 * rules measured (band-features.ts). Where it disagrees with the band of the rules' score, every
 * criterion moves by the same number of points until their weighted combination lands just inside
 * the model's band — so `qualityScore` stays the rubric's combination of its criteria (caps
 * included), and each criterion keeps its comment and evidence. Kept because, measured on sets the
 * rules were never tuned on, it put more scores in the labelled band than the rules alone
 * (BLIND-FIGURES.md, "Band model").
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CRITERION_KEYS, type CriterionKey } from '../../reviewer';
import { combineCriteria, QUALITY_BANDS, qualityBand, type QualityBand } from '../../rubric/rubric';
import { bandFeatures, type BandInput } from './band-features';
import type { QualityJudgement } from './criteria';

export interface BandModel {
  version: 1;
  /** The labelled sets it was fitted on, in order. */
  trainedOn: string[];
  /** L2 penalty on the weights (not the biases), per conversation. */
  l2: number;
  features: string[];
  /** Standardisation: each feature minus its mean, divided by its scale. */
  mean: number[];
  scale: number[];
  classes: QualityBand[];
  /** One row per class: the bias, then one weight per feature. */
  weights: number[][];
}

export const BAND_MODEL_FILE = path.join(__dirname, 'band-model.json');

/** Where a moved score lands: this far inside the model's band, from the side it came from. */
const INSIDE = {
  high: QUALITY_BANDS.high + 2,
  mediumFromBelow: QUALITY_BANDS.medium + 5,
  mediumFromAbove: QUALITY_BANDS.high - 5,
  low: QUALITY_BANDS.medium - 5,
};

export function parseBandModel(text: string, file = 'band model'): BandModel {
  const m = JSON.parse(text) as BandModel;
  const n = m.features?.length;
  if (m.version !== 1 || !n) throw new Error(`${file}: not a version 1 band model with features`);
  if (m.mean?.length !== n || m.scale?.length !== n) throw new Error(`${file}: mean and scale need one value per feature`);
  if (m.weights?.length !== m.classes?.length || m.weights.some((w) => w.length !== n + 1))
    throw new Error(`${file}: weights need one row per class, each the bias and one weight per feature`);
  return m;
}

let shipped: BandModel | undefined;
/** The model beside this module, read once. */
export function shippedBandModel(): BandModel {
  return (shipped ??= parseBandModel(readFileSync(BAND_MODEL_FILE, 'utf8'), BAND_MODEL_FILE));
}

export function bandProbabilities(model: BandModel, x: ReadonlyMap<string, number>): Record<QualityBand, number> {
  const z = model.features.map((name, i) => {
    const v = x.get(name);
    if (v === undefined) throw new Error(`band model: feature ${name} is not measured`);
    return (v - model.mean[i]) / model.scale[i];
  });
  const probabilities = softmax(model.weights.map((w) => z.reduce((s, v, i) => s + v * w[i + 1], w[0])));
  const p = { high: 0, medium: 0, low: 0 };
  model.classes.forEach((c, i) => (p[c] = probabilities[i]));
  return p;
}

/** Logits to probabilities (shifted by the largest first, so no exponential overflows). */
export function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function likeliestBand(p: Record<QualityBand, number>): QualityBand {
  return (['high', 'medium', 'low'] as const).reduce((best, b) => (p[b] > p[best] ? b : best));
}

/** The rules' judgement, its criteria moved together into `band` when their score falls outside it. */
export function moveIntoBand(q: QualityJudgement, band: QualityBand): QualityJudgement {
  const from = qualityBand(q.score);
  if (from === band) return q;
  const target =
    band === 'high' ? INSIDE.high : band === 'low' ? INSIDE.low : from === 'low' ? INSIDE.mediumFromBelow : INSIDE.mediumFromAbove;
  const scores = Object.fromEntries(CRITERION_KEYS.map((k) => [k, q.criteria[k].score])) as Record<CriterionKey, number>;
  // clamping at 0 and 100 makes one shift fall short: shift again by what is left (a cap may still hold it)
  for (let i = 0; i < 4; i++) {
    const left = target - combineCriteria(scores, []);
    if (left === 0) break;
    for (const k of CRITERION_KEYS) scores[k] = Math.max(0, Math.min(100, scores[k] + left));
  }
  const criteria = Object.fromEntries(
    CRITERION_KEYS.map((k) => [k, { ...q.criteria[k], score: scores[k] }]),
  ) as QualityJudgement['criteria'];
  return { criteria, caps: q.caps, score: combineCriteria(scores, q.caps) };
}

/** The rules' judgement, moved into the model's likeliest band. */
export function judgeBand(input: BandInput, model: BandModel): QualityJudgement {
  return moveIntoBand(input.quality, likeliestBand(bandProbabilities(model, bandFeatures(input))));
}
