import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { BuiltinReviewer } from '../builtin/builtin.reviewer';
import { SUMMARY_MAX_CHARS } from '../reviewer';
import { evaluateSet, ratio, type SetFigures } from './evaluate';
import { formatMisses, formatTable, tableRow } from './format';
import { loadSet } from './labelled-set';
import { devSetPath, setsDir } from './paths';

interface BlindFigure {
  set: string;
  measured: string;
  status: number;
  statusEnIt: number;
  statusOther: number;
  subject: number;
  band: number;
  pairs: string;
}

/** The figures each set reaches today: a regression below any of them fails (pairs: how many may be unordered). */
const FLOORS: { set: string; file: string; status: number; subject: number; band: number; unorderedPairs?: number }[] = [
  { set: 'review-dev-set', file: devSetPath(), status: 1, subject: 1, band: 0.957 },
  { set: 'holdout-1', file: path.join(setsDir(), 'holdout-1.json'), status: 1, subject: 1, band: 0.949 },
  { set: 'holdout-2', file: path.join(setsDir(), 'holdout-2.json'), status: 1, subject: 1, band: 0.932 },
  { set: 'holdout-3', file: path.join(setsDir(), 'holdout-3.json'), status: 1, subject: 1, band: 0.899 },
  { set: 'holdout-4', file: path.join(setsDir(), 'holdout-4.json'), status: 1, subject: 1, band: 0.966 },
  { set: 'blind-5', file: path.join(setsDir(), 'blind-5.json'), status: 1, subject: 0.98, band: 0.941 },
  { set: 'blind-6', file: path.join(setsDir(), 'blind-6.json'), status: 1, subject: 0.941, band: 0.922 },
  { set: 'blind-7', file: path.join(setsDir(), 'blind-7.json'), status: 1, subject: 0.961, band: 0.884 },
  { set: 'blind-8', file: path.join(setsDir(), 'blind-8.json'), status: 1, subject: 0.98, band: 0.961 },
  { set: 'blind-9', file: path.join(setsDir(), 'blind-9.json'), status: 1, subject: 1, band: 0.941 },
  { set: 'blind-10', file: path.join(setsDir(), 'blind-10.json'), status: 0.98, subject: 1, band: 0.961 },
  { set: 'blind-11', file: path.join(setsDir(), 'blind-11.json'), status: 1, subject: 1, band: 0.941 },
  { set: 'blind-12', file: path.join(setsDir(), 'blind-12.json'), status: 1, subject: 0.98, band: 0.922 },
  { set: 'blind-13', file: path.join(setsDir(), 'blind-13.json'), status: 1, subject: 0.961, band: 0.922 },
  { set: 'blind-14', file: path.join(setsDir(), 'blind-14.json'), status: 0.961, subject: 0.98, band: 0.884 },
  { set: 'blind-15', file: path.join(setsDir(), 'blind-15.json'), status: 0.941, subject: 1, band: 0.807 },
  { set: 'blind-16', file: path.join(setsDir(), 'blind-16.json'), status: 0.98, subject: 0.98, band: 0.864 },
  { set: 'blind-17', file: path.join(setsDir(), 'blind-17.json'), status: 0.941, subject: 0.922, band: 0.922 },
  { set: 'blind-18', file: path.join(setsDir(), 'blind-18.json'), status: 0.884, subject: 0.961, band: 0.864 },
  { set: 'blind-19', file: path.join(setsDir(), 'blind-19.json'), status: 0.961, subject: 0.922, band: 0.826 },
  { set: 'blind-20', file: path.join(setsDir(), 'blind-20.json'), status: 0.961, subject: 0.98, band: 0.845 },
  { set: 'blind-21', file: path.join(setsDir(), 'blind-21.json'), status: 0.903, subject: 1, band: 0.903 },
  { set: 'blind-22', file: path.join(setsDir(), 'blind-22.json'), status: 0.941, subject: 0.961, band: 0.884 },
  { set: 'blind-23', file: path.join(setsDir(), 'blind-23.json'), status: 0.903, subject: 0.98, band: 0.884 },
  { set: 'blind-24', file: path.join(setsDir(), 'blind-24.json'), status: 0.884, subject: 0.922, band: 0.826 },
  { set: 'blind-25', file: path.join(setsDir(), 'blind-25.json'), status: 0.884, subject: 0.961, band: 0.903 },
  { set: 'blind-26', file: path.join(setsDir(), 'blind-26.json'), status: 0.941, subject: 0.98, band: 0.884 },
  { set: 'blind-27', file: path.join(setsDir(), 'blind-27.json'), status: 0.864, subject: 0.961, band: 0.903 },
  { set: 'blind-28', file: path.join(setsDir(), 'blind-28.json'), status: 0.922, subject: 0.98, band: 0.864 },
  { set: 'blind-29', file: path.join(setsDir(), 'blind-29.json'), status: 0.922, subject: 0.961, band: 0.864 },
  { set: 'blind-30', file: path.join(setsDir(), 'blind-30.json'), status: 0.807, subject: 0.941, band: 0.864, unorderedPairs: 1 },
  { set: 'blind-31', file: path.join(setsDir(), 'blind-31.json'), status: 0.941, subject: 0.903, band: 0.903, unorderedPairs: 1 },
  { set: 'blind-32', file: path.join(setsDir(), 'blind-32.json'), status: 0.864, subject: 0.961, band: 0.903 },
  { set: 'blind-33', file: path.join(setsDir(), 'blind-33.json'), status: 0.826, subject: 0.941, band: 0.884 },
  { set: 'blind-34', file: path.join(setsDir(), 'blind-34.json'), status: 0.787, subject: 0.903, band: 0.884 },
  { set: 'blind-35', file: path.join(setsDir(), 'blind-35.json'), status: 0.73, subject: 0.961, band: 0.903 },
  { set: 'blind-36', file: path.join(setsDir(), 'blind-36.json'), status: 0.653, subject: 0.903, band: 0.864 },
  { set: 'blind-37', file: path.join(setsDir(), 'blind-37.json'), status: 0.787, subject: 0.884, band: 0.941 },
];

const blind = JSON.parse(readFileSync(path.join(__dirname, 'blind-figures.json'), 'utf8')) as BlindFigure[];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('builtin reviewer on the labelled sets', () => {
  const reviewer = new BuiltinReviewer();
  const rows: string[][] = [];

  for (const floor of FLOORS) {
    it(`${floor.set} keeps its figures`, async () => {
      const f: SetFigures = await evaluateSet(reviewer, loadSet(floor.file));
      rows.push(tableRow(f));
      const b = blind.find((x) => x.set === floor.set);
      if (b)
        rows.push([
          `  blind ${b.measured.slice(0, 10)}`,
          '',
          pct(b.status),
          pct(b.statusEnIt),
          pct(b.statusOther),
          pct(b.subject),
          pct(b.band),
          b.pairs,
          '',
          '',
          '',
        ]);
      const misses = formatMisses(f);
      if (misses) console.log(`${f.name} misses:\n${misses}`);
      assert.ok(ratio(f.status) >= floor.status, `status ${pct(ratio(f.status))} < ${pct(floor.status)}`);
      assert.ok(ratio(f.subject) >= floor.subject, `subject ${pct(ratio(f.subject))} < ${pct(floor.subject)}`);
      assert.ok(ratio(f.band) >= floor.band, `band ${pct(ratio(f.band))} < ${pct(floor.band)}`);
      const unordered = f.pairs.filter((p) => !p.ordered);
      assert.ok(unordered.length <= (floor.unorderedPairs ?? 0), `pairs not ordered by ≥ 10 points: ${JSON.stringify(unordered)}`);
      assert.equal(f.factual.ok, f.total, 'summaries invent nothing');
      assert.equal(f.evidence.ok, f.total, 'every quote is a real substring of a cited message');
      assert.equal(f.criteria.ok, f.total, 'criteria as the rubric says');
      assert.ok(f.maxSummaryLength <= SUMMARY_MAX_CHARS);
    });
  }

  it('prints the figures (blind measurement under each blind set)', () => {
    console.log(formatTable(rows));
  });
});
