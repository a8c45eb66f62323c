/** What the OpenAI-compatible reviewer sends and what it accepts back. */
import { z } from 'zod';
import { STATUS_RULE_ORDER, SUMMARY_MAX_CHARS, type ConversationStatus, type ReviewInput } from '../reviewer';
import { REVIEW_RUBRIC } from '../rubric';

export const reviewOutputSchema = z.object({
  summary: z.string().trim().min(1, 'summary is empty').max(SUMMARY_MAX_CHARS, `summary is longer than ${SUMMARY_MAX_CHARS} characters`),
  qualityScore: z.number().int('qualityScore must be an integer').min(0).max(100),
  suggestedStatus: z.enum(STATUS_RULE_ORDER as [ConversationStatus, ...ConversationStatus[]]),
});
export type ReviewOutput = z.infer<typeof reviewOutputSchema>;

export const SYSTEM_PROMPT = `You review one recorded conversation between a business's AI agent and a customer, following this rubric exactly.

${REVIEW_RUBRIC}

Answer with one JSON object and nothing else:
{"summary": string (2-3 sentences, at most ${SUMMARY_MAX_CHARS} characters, in the conversation's main language), "qualityScore": integer 0-100, "suggestedStatus": one of ${STATUS_RULE_ORDER.map((s) => `"${s}"`).join(', ')}}`;

/** The conversation as the user message: channel, contact, then one line per message with minutes since the first. */
export function renderConversation(input: ReviewInput): string {
  const t0 = input.messages.length ? input.messages[0].sentAt.getTime() : 0;
  const contact = [
    input.contact.name && `name: ${input.contact.name}`,
    input.contact.phone && `phone: ${input.contact.phone}`,
    input.contact.email && `email: ${input.contact.email}`,
  ]
    .filter(Boolean)
    .join(', ');
  const lines = input.messages.map((m) => {
    const min = Math.max(0, Math.round((m.sentAt.getTime() - t0) / 60_000));
    return `[+${min} min] ${m.role}: ${m.text.replace(/\s*\n\s*/g, ' / ')}`;
  });
  return [
    `Channel: ${input.source}`,
    `Contact: ${contact || 'unknown'}`,
    'Messages (oldest first):',
    ...(lines.length ? lines : ['(no messages)']),
  ].join('\n');
}

/** Human-readable list of what was wrong with an output, for the corrective message and errors. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'output'}: ${i.message}`).join('; ');
}
