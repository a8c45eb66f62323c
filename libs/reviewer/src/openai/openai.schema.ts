/** The JSON a model must answer with, as one zod schema (criteria in the rubric's order, evidence as id + quote). */
import { z } from 'zod';
import { CRITERION_KEYS, EVIDENCE_QUOTE_MAX_CHARS, SUMMARY_MAX_CHARS } from '../reviewer';
import { CONVERSATION_STATUSES } from '../vocabulary';

const evidence = z
  .array(
    z.object({
      messageId: z.string().min(1, 'messageId is empty'),
      quote: z
        .string()
        .min(1, 'quote is empty')
        .max(EVIDENCE_QUOTE_MAX_CHARS, `quote is longer than ${EVIDENCE_QUOTE_MAX_CHARS} characters`),
    }),
  )
  .max(5, 'at most 5 evidence items');

/** Caps the model may declare; "no agent reply" is applied from the input itself. */
export const MODEL_CAPS = ['non_answer_loop', 'wrong_language_throughout'] as const;

export const reviewOutputSchema = z.object({
  language: z.string().regex(/^[a-z]{2}$/, 'language must be an ISO 639-1 code such as "en" or "it"'),
  summary: z.string().trim().min(1, 'summary is empty').max(SUMMARY_MAX_CHARS, `summary is longer than ${SUMMARY_MAX_CHARS} characters`),
  suggestedStatus: z.enum(CONVERSATION_STATUSES),
  statusEvidence: evidence,
  criteria: z
    .array(
      z.object({
        key: z.enum(CRITERION_KEYS),
        label: z.string().optional(),
        score: z.number().int('score must be an integer').min(0).max(100),
        comment: z.string().trim().min(1, 'comment is empty').max(300, 'comment is longer than 300 characters'),
        evidence,
      }),
    )
    .length(CRITERION_KEYS.length, `criteria must have exactly ${CRITERION_KEYS.length} items`)
    .refine((cs) => cs.every((c, i) => c.key === CRITERION_KEYS[i]), `criteria keys must be ${CRITERION_KEYS.join(', ')} in this order`),
  caps: z.array(z.enum(MODEL_CAPS)).default([]),
});

export type ReviewOutput = z.infer<typeof reviewOutputSchema>;
