/**
 * Scores a reviewer against the labelled dev set (/shared/fixtures/review-dev-set.json): status
 * accuracy, share of summaries naming the subject, share of quality bands right, and whether each
 * good/bad pair is ordered. Reused by the spec, the README figures and benches.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ConversationStatus, ReviewInput, ReviewResult, Reviewer } from '../reviewer';

export type QualityBand = 'high' | 'medium' | 'low';

export interface DevConversation {
  id: string;
  language: string;
  source: 'WHATSAPP' | 'WIDGET';
  business?: string;
  contact: { name?: string | null; phone?: string | null; email?: string | null };
  messages: { role: 'CUSTOMER' | 'AGENT'; text: string; minute: number }[];
  expected: { status: ConversationStatus; summaryMentions: string[]; quality: QualityBand };
  pairWith?: string | null;
}

export interface DevSet {
  version: number;
  conversations: DevConversation[];
}

export interface DevCaseResult {
  id: string;
  result: ReviewResult;
  statusOk: boolean;
  subjectOk: boolean;
  band: QualityBand;
  bandOk: boolean;
}

export interface DevSetFigures {
  total: number;
  statusAccuracy: number;
  subjectShare: number;
  bandShare: number;
  pairs: { high: string; low: string; highScore: number; lowScore: number; ordered: boolean }[];
  allPairsOrdered: boolean;
  /** Longest summary, in characters. */
  maxSummaryLength: number;
  cases: DevCaseResult[];
}

/** The rubric's bands: excellent ≥ 85, mediocre 40–70, harmful/useless < 30; split here at 70 and 40. */
export function qualityBand(score: number): QualityBand {
  return score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low';
}

/** The dev set next to the repository: `<repo>/../shared/fixtures/review-dev-set.json`. */
export function defaultDevSetPath(cwd = process.cwd()): string {
  return path.resolve(cwd, '..', 'shared', 'fixtures', 'review-dev-set.json');
}

export function loadDevSet(file = defaultDevSetPath()): DevSet {
  return JSON.parse(readFileSync(file, 'utf8')) as DevSet;
}

/** A dev-set conversation as reviewer input; `minute` becomes sentAt from a fixed origin. */
export function toReviewInput(conv: DevConversation, origin = Date.UTC(2025, 0, 6, 9, 0, 0)): ReviewInput {
  return {
    source: conv.source,
    contact: conv.contact,
    messages: conv.messages.map((m) => ({ role: m.role, text: m.text, sentAt: new Date(origin + m.minute * 60_000) })),
  };
}

export async function evaluateDevSet(reviewer: Reviewer, set: DevSet = loadDevSet()): Promise<DevSetFigures> {
  const cases: DevCaseResult[] = [];
  for (const conv of set.conversations) {
    const result = await reviewer.review(toReviewInput(conv));
    const summary = result.summary.toLowerCase();
    const band = qualityBand(result.qualityScore);
    cases.push({
      id: conv.id,
      result,
      statusOk: result.suggestedStatus === conv.expected.status,
      subjectOk: conv.expected.summaryMentions.some((w) => summary.includes(w.toLowerCase())),
      band,
      bandOk: band === conv.expected.quality,
    });
  }
  const byId = new Map(cases.map((c) => [c.id, c]));
  const pairs: DevSetFigures['pairs'] = [];
  for (const conv of set.conversations) {
    if (!conv.pairWith || conv.expected.quality !== 'high') continue;
    const other = set.conversations.find((x) => x.id === conv.pairWith);
    if (!other) continue;
    const hi = byId.get(conv.id)!.result.qualityScore;
    const lo = byId.get(other.id)!.result.qualityScore;
    pairs.push({ high: conv.id, low: other.id, highScore: hi, lowScore: lo, ordered: hi > lo });
  }
  const share = (f: (c: DevCaseResult) => boolean) => (cases.length ? cases.filter(f).length / cases.length : 0);
  return {
    total: cases.length,
    statusAccuracy: share((c) => c.statusOk),
    subjectShare: share((c) => c.subjectOk),
    bandShare: share((c) => c.bandOk),
    pairs,
    allPairsOrdered: pairs.every((p) => p.ordered),
    maxSummaryLength: Math.max(0, ...cases.map((c) => c.result.summary.length)),
    cases,
  };
}

/** One compact printable block. */
export function formatFigures(f: DevSetFigures): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `dev set: ${f.total} conversations`,
    `status accuracy ${pct(f.statusAccuracy)} | summary names subject ${pct(f.subjectShare)} | quality band ${pct(f.bandShare)} | max summary ${f.maxSummaryLength} chars`,
    `pairs: ${f.pairs.map((p) => `${p.high}(${p.highScore})>${p.low}(${p.lowScore}) ${p.ordered ? 'yes' : 'NO'}`).join(', ')}`,
  ];
  const misses = f.cases.filter((c) => !c.statusOk || !c.subjectOk || !c.bandOk);
  for (const c of misses) {
    lines.push(
      `  miss ${c.id}: ${c.statusOk ? '' : `status=${c.result.suggestedStatus} `}${c.subjectOk ? '' : 'subject-missing '}${c.bandOk ? '' : `band=${c.band}(${c.result.qualityScore})`}`,
    );
  }
  return lines.join('\n');
}
