/** Turns a model's answer into a ReviewResult, or lists what is wrong with it (for a correction turn). */
import { resultEvidenceProblems } from '../evidence';
import { CRITERIA, combineCriteria, isLabelLanguage, criterionLabel, type QualityCap } from '../rubric/rubric';
import type { ReviewInput, ReviewResult } from '../reviewer';
import { inventedFacts } from '../summary-facts';
import { snippet } from './chat-completions';
import { reviewOutputSchema, type ReviewOutput } from './openai.schema';

export type Checked = { ok: true; result: Omit<ReviewResult, 'reviewer'> } | { ok: false; problems: string[] };

const CAPS: Record<ReviewOutput['caps'][number], QualityCap> = {
  non_answer_loop: 'nonAnswerLoop',
  wrong_language_throughout: 'wrongLanguageThroughout',
};

export function checkOutput(content: string, input: ReviewInput): Checked {
  const unfenced = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    return { ok: false, problems: [`it is not a JSON object (${snippet(content, 80)})`] };
  }
  const parsed = reviewOutputSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'output'}: ${i.message}`) };
  const out = parsed.data;
  const problems = [
    ...resultEvidenceProblems(out, input.messages),
    ...inventedFacts(out.summary, input, out.language).map((f) => `summary: the ${f.kind} "${f.text}" does not appear in the conversation`),
  ];
  if (problems.length) return { ok: false, problems };

  const caps = out.caps.map((c) => CAPS[c]);
  const agentReplied = input.messages.some((m) => m.role === 'AGENT');
  if (!agentReplied && input.messages.some((m) => m.role === 'CUSTOMER')) caps.push('noAgentReply');
  const criteria = out.criteria.map((c) => ({
    key: c.key,
    // the rubric's label for the languages it has; the model's own translation for the others
    label: isLabelLanguage(out.language) || !c.label?.trim() ? criterionLabel(c.key, out.language) : c.label.trim(),
    score: c.score,
    comment: c.comment.trim(),
    evidence: c.evidence,
  }));
  const scores = Object.fromEntries(CRITERIA.map((spec, i) => [spec.key, criteria[i].score])) as Parameters<typeof combineCriteria>[0];
  return {
    ok: true,
    result: {
      summary: out.summary.trim(),
      qualityScore: combineCriteria(scores, caps),
      criteria,
      suggestedStatus: out.suggestedStatus,
      statusEvidence: out.statusEvidence,
      language: out.language,
    },
  };
}
