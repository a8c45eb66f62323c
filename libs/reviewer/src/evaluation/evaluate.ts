/**
 * Scores a reviewer against a labelled set: status accuracy (overall, English+Italian, other
 * languages), subject named in the summary, quality band, good/bad pairs ordered by ≥ 10 points,
 * summaries that invent nothing, evidence that quotes real substrings, criteria as the rubric says.
 */
import { resultEvidenceProblems } from '../evidence';
import { CRITERIA, qualityBand, type QualityBand } from '../rubric/rubric';
import { SUMMARY_MAX_CHARS, type ReviewResult, type Reviewer } from '../reviewer';
import { inventedFacts, type SummaryFact } from '../summary-facts';
import { toReviewInput, type LabelledConversation, type LabelledSet } from './labelled-set';

/** The gap the rubric's pairs need: the well-handled conversation at least this many points above the other. */
export const PAIR_GAP = 10;

export interface CaseResult {
  conv: LabelledConversation;
  result: ReviewResult;
  statusOk: boolean;
  subjectOk: boolean;
  band: QualityBand;
  bandOk: boolean;
  invented: SummaryFact[];
  evidenceProblems: string[];
  criteriaProblems: string[];
}

export interface PairResult {
  good: string;
  bad: string;
  goodScore: number;
  badScore: number;
  ordered: boolean;
}

export interface Share {
  ok: number;
  total: number;
}

export interface SetFigures {
  name: string;
  total: number;
  status: Share;
  statusEnIt: Share;
  statusOther: Share;
  subject: Share;
  band: Share;
  pairs: PairResult[];
  /** Summaries with no invented fact. */
  factual: Share;
  /** Results whose every quote is a real substring of a cited message of the input. */
  evidence: Share;
  /** Results with every criterion, in order, labelled, scored and commented, and a score the criteria allow. */
  criteria: Share;
  maxSummaryLength: number;
  cases: CaseResult[];
}

export const ratio = (s: Share) => (s.total ? s.ok / s.total : 1);

export async function evaluateSet(reviewer: Reviewer, set: LabelledSet): Promise<SetFigures> {
  const cases: CaseResult[] = [];
  for (const conv of set.conversations) {
    const input = toReviewInput(conv);
    const result = await reviewer.review(input);
    const summary = result.summary.toLowerCase();
    const band = qualityBand(result.qualityScore);
    cases.push({
      conv,
      result,
      statusOk: result.suggestedStatus === conv.expected.status,
      subjectOk: conv.expected.summaryMentions.some((w) => summary.includes(w.toLowerCase())),
      band,
      bandOk: band === conv.expected.quality,
      invented: inventedFacts(result.summary, input, result.language),
      evidenceProblems: resultEvidenceProblems(result, input.messages),
      criteriaProblems: criteriaProblems(result),
    });
  }
  const share = (xs: CaseResult[], f: (c: CaseResult) => boolean): Share => ({ ok: xs.filter(f).length, total: xs.length });
  const enIt = cases.filter((c) => ['en', 'it'].includes(c.conv.language));
  const other = cases.filter((c) => !['en', 'it'].includes(c.conv.language));
  return {
    name: set.name,
    total: cases.length,
    status: share(cases, (c) => c.statusOk),
    statusEnIt: share(enIt, (c) => c.statusOk),
    statusOther: share(other, (c) => c.statusOk),
    subject: share(cases, (c) => c.subjectOk),
    band: share(cases, (c) => c.bandOk),
    pairs: pairsOf(cases),
    factual: share(cases, (c) => !c.invented.length),
    evidence: share(cases, (c) => !c.evidenceProblems.length),
    criteria: share(cases, (c) => !c.criteriaProblems.length),
    maxSummaryLength: Math.max(0, ...cases.map((c) => c.result.summary.length)),
    cases,
  };
}

const RANK: Record<QualityBand, number> = { high: 2, medium: 1, low: 0 };

/** Every `pairWith` pair once, the conversation labelled better first. */
function pairsOf(cases: CaseResult[]): PairResult[] {
  const byId = new Map(cases.map((c) => [c.conv.id, c]));
  const seen = new Set<string>();
  const pairs: PairResult[] = [];
  for (const c of cases) {
    const o = c.conv.pairWith ? byId.get(c.conv.pairWith) : undefined;
    if (!o) continue;
    const key = [c.conv.id, o.conv.id].sort().join('|');
    if (seen.has(key) || RANK[c.conv.expected.quality] === RANK[o.conv.expected.quality]) continue;
    seen.add(key);
    const [good, bad] = RANK[c.conv.expected.quality] > RANK[o.conv.expected.quality] ? [c, o] : [o, c];
    const goodScore = good.result.qualityScore;
    const badScore = bad.result.qualityScore;
    pairs.push({ good: good.conv.id, bad: bad.conv.id, goodScore, badScore, ordered: goodScore - badScore >= PAIR_GAP });
  }
  return pairs;
}

function criteriaProblems(r: ReviewResult): string[] {
  const problems: string[] = [];
  if (r.criteria.map((c) => c.key).join() !== CRITERIA.map((c) => c.key).join())
    problems.push('criteria keys are not the rubric keys in order');
  for (const c of r.criteria) {
    if (!Number.isInteger(c.score) || c.score < 0 || c.score > 100) problems.push(`${c.key}: score ${c.score} is not an integer 0–100`);
    if (!c.label.trim()) problems.push(`${c.key}: empty label`);
    if (!c.comment.trim()) problems.push(`${c.key}: empty comment`);
  }
  const weights = CRITERIA.reduce((n, c) => n + c.weight, 0);
  const mean = Math.round(r.criteria.reduce((n, c) => n + c.score * (CRITERIA.find((x) => x.key === c.key)?.weight ?? 0), 0) / weights);
  if (r.qualityScore > mean) problems.push(`qualityScore ${r.qualityScore} is above the criteria's weighted mean ${mean}`);
  if (r.summary.length > SUMMARY_MAX_CHARS) problems.push(`summary is ${r.summary.length} characters`);
  return problems;
}
