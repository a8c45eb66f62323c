import { z } from 'zod';
import { CONVERSATION_SOURCES, MESSAGE_ROLES } from '@app/reviewer/vocabulary';
import { LIMITS } from '../common/limits';
import { textProblem } from '../common/text-input';

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}/.test(s), 'must be an ISO-8601 date-time');

/** Text that PostgreSQL can store: no NUL, no unpaired surrogate. */
const storable = (schema: z.ZodString) =>
  schema.superRefine((v, ctx) => {
    const problem = textProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** POST /v1/messages (contract README): the body the AI-agent platform and the widget backend send. */
export const apiMessageSchema = z.object({
  source: z.enum(CONVERSATION_SOURCES),
  conversationKey: storable(z.string().trim().min(1).max(LIMITS.conversationKey)),
  messageId: storable(z.string().trim().min(1).max(LIMITS.externalId)),
  role: z.enum(MESSAGE_ROLES),
  text: storable(z.string().min(1).max(LIMITS.messageText)),
  sentAt: isoDate.optional(),
  contact: z
    .object({
      name: storable(z.string().max(LIMITS.contactName)).nullish(),
      phone: storable(z.string().max(LIMITS.contactPhone)).nullish(),
      email: storable(z.string().max(LIMITS.contactEmail)).nullish(),
    })
    .nullish(),
});

export type ApiMessage = z.infer<typeof apiMessageSchema>;
