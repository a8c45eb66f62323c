/** Printable forms of the evaluation figures: one table row per set, and the misses of a set. */
import { ratio, type SetFigures, type Share } from './evaluate';

const pct = (s: Share) => (s.total ? `${(100 * ratio(s)).toFixed(1)}%` : '—');
const frac = (s: Share) => `${s.ok}/${s.total}`;

export const TABLE_HEADER = ['set', 'n', 'status', 'en+it', 'other', 'subject', 'band', 'pairs ≥10', 'factual', 'evidence', 'criteria'];

export function tableRow(f: SetFigures): string[] {
  const pairs = { ok: f.pairs.filter((p) => p.ordered).length, total: f.pairs.length };
  return [
    f.name,
    String(f.total),
    pct(f.status),
    pct(f.statusEnIt),
    pct(f.statusOther),
    pct(f.subject),
    pct(f.band),
    frac(pairs),
    frac(f.factual),
    frac(f.evidence),
    frac(f.criteria),
  ];
}

/** A plain-text table, columns padded. */
export function formatTable(rows: string[][], header: readonly string[] = TABLE_HEADER): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n');
}

/** One line per conversation that missed something, with what was expected. */
export function formatMisses(f: SetFigures): string {
  const lines: string[] = [];
  for (const c of f.cases) {
    const miss: string[] = [];
    if (!c.statusOk) miss.push(`status ${c.result.suggestedStatus} (expected ${c.conv.expected.status})`);
    if (!c.bandOk) miss.push(`band ${c.band} ${c.result.qualityScore} (expected ${c.conv.expected.quality})`);
    if (!c.subjectOk) miss.push(`subject missing (${c.conv.expected.summaryMentions.join(' | ')})`);
    if (c.invented.length) miss.push(`invented ${c.invented.map((x) => `${x.kind} "${x.text}"`).join(', ')}`);
    if (c.evidenceProblems.length) miss.push(`evidence: ${c.evidenceProblems.join('; ')}`);
    if (c.criteriaProblems.length) miss.push(`criteria: ${c.criteriaProblems.join('; ')}`);
    if (miss.length) lines.push(`  ${c.conv.id} [${c.conv.language}]: ${miss.join(' · ')}`);
  }
  for (const p of f.pairs.filter((x) => !x.ordered))
    lines.push(`  pair ${p.good} ${p.goodScore} vs ${p.bad} ${p.badScore}: not ≥ 10 points apart`);
  return lines.join('\n');
}
