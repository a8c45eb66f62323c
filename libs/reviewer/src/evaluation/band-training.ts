/**
 * Fits the band model (builtin/quality/band-model.ts) on labelled sets: the rules' own measurements
 * of each conversation (before any model moved its score) against its labelled band, by multinomial
 * logistic regression with an L2 penalty, solved by Newton's method (a few exact steps: the same
 * sets give the same weights on every machine). Also scores it leaving one set out at a time.
 */
import { BuiltinReviewer } from '../builtin/builtin.reviewer';
import { bandFeatures } from '../builtin/quality/band-features';
import { bandProbabilities, likeliestBand, softmax, type BandModel } from '../builtin/quality/band-model';
import { qualityBand, type QualityBand } from '../rubric/rubric';
import { toReviewInput, type LabelledSet } from './labelled-set';

export const BAND_CLASSES: readonly QualityBand[] = ['low', 'medium', 'high'];
/** Chosen by leaving one blind set out at a time: 1 to 10 gave the same figure within a conversation or two. */
export const BAND_L2 = 3;

export interface BandRow {
  set: string;
  id: string;
  x: Map<string, number>;
  label: QualityBand;
  /** The band of the rules' score. */
  rules: QualityBand;
}

export function bandRows(sets: readonly LabelledSet[]): BandRow[] {
  // without a model: a shipped model that no longer fits the features must not stop its own refitting
  const reviewer = new BuiltinReviewer({ bandModel: null });
  return sets.flatMap((set) =>
    set.conversations.map((conv) => {
      const a = reviewer.analyze(toReviewInput(conv));
      return {
        set: set.name,
        id: conv.id,
        x: bandFeatures({ conversation: a.conversation, features: a.features, quality: a.rulesQuality, status: a.decision.status }),
        label: conv.expected.quality,
        rules: qualityBand(a.rulesQuality.score),
      };
    }),
  );
}

export function fitBandModel(rows: readonly BandRow[], l2 = BAND_L2): BandModel {
  if (!rows.length) throw new Error('no labelled conversations to fit the band model on');
  const features = [...rows[0].x.keys()];
  const n = rows.length;
  const d = features.length;
  const mean = features.map((f) => rows.reduce((s, r) => s + r.x.get(f)!, 0) / n);
  const scale = features.map((f, j) => {
    const sd = Math.sqrt(rows.reduce((s, r) => s + (r.x.get(f)! - mean[j]) ** 2, 0) / n);
    // a feature constant over the sets carries nothing: weight it 0 and divide by 1
    return sd > 1e-12 ? sd : 1;
  });
  // design rows with a leading 1 for the bias
  const X = rows.map((r) => [1, ...features.map((f, j) => (r.x.get(f)! - mean[j]) / scale[j])]);
  const y = rows.map((r) => BAND_CLASSES.indexOf(r.label));
  const K = BAND_CLASSES.length;
  const p = d + 1;
  const W = BAND_CLASSES.map(() => new Array<number>(p).fill(0));
  // the penalty on the biases is only there to make the softmax's one free direction definite
  const penalty = (j: number) => (j === 0 ? 1e-6 : l2);
  for (let step = 0; step < 50; step++) {
    const grad = new Array<number>(K * p).fill(0);
    const H = Array.from({ length: K * p }, () => new Array<number>(K * p).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = X[i];
      const prob = softmax(W.map((w) => dot(w, xi)));
      for (let a = 0; a < K; a++) {
        const ra = prob[a] - (y[i] === a ? 1 : 0);
        for (let j = 0; j < p; j++) grad[a * p + j] += ra * xi[j];
        // the Hessian is symmetric: its upper triangle is summed here and mirrored below
        for (let b = a; b < K; b++) {
          const h = prob[a] * ((a === b ? 1 : 0) - prob[b]);
          if (h === 0) continue;
          for (let j = 0; j < p; j++) {
            const hj = h * xi[j];
            const row = H[a * p + j];
            for (let k = a === b ? j : 0; k < p; k++) row[b * p + k] += hj * xi[k];
          }
        }
      }
    }
    for (let r = 0; r < K * p; r++) for (let c = 0; c < r; c++) H[r][c] = H[c][r];
    for (let a = 0; a < K; a++)
      for (let j = 0; j < p; j++) {
        grad[a * p + j] += penalty(j) * W[a][j];
        H[a * p + j][a * p + j] += penalty(j);
      }
    const delta = solve(H, grad);
    let largest = 0;
    for (let a = 0; a < K; a++)
      for (let j = 0; j < p; j++) {
        W[a][j] -= delta[a * p + j];
        largest = Math.max(largest, Math.abs(delta[a * p + j]));
      }
    if (largest < 1e-10) break;
  }
  return { version: 1, trainedOn: [...new Set(rows.map((r) => r.set))], l2, features, mean, scale, classes: [...BAND_CLASSES], weights: W };
}

export interface HeldOutFigure {
  set: string;
  total: number;
  /** Labelled bands matched by the rules' score alone, and with the model fitted on every other set. */
  rules: number;
  model: number;
}

/** Each of `heldOut` scored by a model fitted on every other row. */
export function leaveOneSetOut(rows: readonly BandRow[], heldOut: readonly string[], l2 = BAND_L2): HeldOutFigure[] {
  return heldOut.map((set) => {
    const model = fitBandModel(
      rows.filter((r) => r.set !== set),
      l2,
    );
    const test = rows.filter((r) => r.set === set);
    return {
      set,
      total: test.length,
      rules: test.filter((r) => r.rules === r.label).length,
      model: test.filter((r) => likeliestBand(bandProbabilities(model, r.x)) === r.label).length,
    };
  });
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is symmetric positive definite here). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r;
    [M[c], M[pivot]] = [M[pivot], M[c]];
    const lead = M[c][c];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / lead;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}
