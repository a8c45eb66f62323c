// Conversations made through the domain itself, for medium tests: recorded like ingestion does, and
// reviewed (visible) when asked, with a review result of the rubric's shape.
import type { ReviewResult } from '@app/reviewer';
import type { ConversationStatus, MessageRole } from '@app/reviewer/vocabulary';
import { ConversationMessages, ConversationReviews } from '@app/domain';
import type { Medium } from './medium';

let n = 0;

export interface SeedOptions {
  key?: string;
  contact?: { name?: string | null; phone?: string | null; email?: string | null };
  messages?: { role: MessageRole; text: string }[];
  /** Review it (making it visible) with this suggested status. */
  reviewed?: ConversationStatus;
  qualityScore?: number;
  sentAt?: Date;
}

export function reviewResult(status: ConversationStatus, qualityScore = 70, summary = 'A summary.'): ReviewResult {
  return { summary, qualityScore, criteria: [], suggestedStatus: status, statusEvidence: [], language: 'en', reviewer: 'test' };
}

export async function seedConversation(m: Medium, workspaceId: string, o: SeedOptions = {}): Promise<{ id: string; messageIds: string[] }> {
  const key = o.key ?? `seed-${++n}-${Date.now()}`;
  const texts = o.messages ?? [{ role: 'CUSTOMER' as const, text: `Hello ${key}` }];
  const messageIds: string[] = [];
  let id = '';
  let seq = 0;
  for (const [i, t] of texts.entries()) {
    const r = await m.get(ConversationMessages).record({
      workspaceId,
      source: 'WIDGET',
      conversationKey: key,
      externalId: `${key}-${i}`,
      role: t.role,
      kind: 'text',
      text: t.text,
      sentAt: new Date((o.sentAt ?? new Date()).getTime() + i * 1000),
      contact: { name: o.contact?.name ?? null, phone: o.contact?.phone ?? null, email: o.contact?.email ?? null },
    });
    id = r.conversationId;
    seq = r.seq;
    messageIds.push(r.messageId);
  }
  if (o.reviewed) await m.get(ConversationReviews).apply(id, seq, reviewResult(o.reviewed, o.qualityScore), 0);
  return { id, messageIds };
}
