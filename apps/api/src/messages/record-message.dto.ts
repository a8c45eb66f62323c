import { z } from 'zod';

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}/.test(s), 'must be an ISO-8601 date-time');

export const recordMessageSchema = z.object({
  source: z.enum(['WHATSAPP', 'WIDGET']),
  conversationKey: z.string().trim().min(1).max(200),
  messageId: z.string().trim().min(1).max(200),
  role: z.enum(['CUSTOMER', 'AGENT']),
  text: z.string().min(1).max(10_000),
  sentAt: isoDate.optional(),
  contact: z
    .object({
      name: z.string().max(200).nullish(),
      phone: z.string().max(50).nullish(),
      email: z.string().max(320).nullish(),
    })
    .nullish(),
});

export type RecordMessageDto = z.infer<typeof recordMessageSchema>;
