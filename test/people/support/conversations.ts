// Conversations through the real pipeline: messages posted to /v1/messages, reviewed by the worker
// after REVIEW_DELAY, visible in the list.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { waitFor, type System } from '../../support/system';

export interface NewConversation {
  name?: string;
  phone?: string;
  email?: string;
  source?: 'WHATSAPP' | 'WIDGET';
  /** Customer and agent turns, alternating, customer first. */
  texts?: string[];
}

/** Posts the conversation's messages; its id (not yet reviewed). */
export async function postConversation(s: System, token: string, c: NewConversation = {}): Promise<string> {
  const key = c.source === 'WIDGET' ? `widget-${randomBytes(5).toString('hex')}` : `39${Math.floor(Math.random() * 1e10)}`;
  const texts = c.texts ?? ['Hello, how much does the premium plan cost?', 'It is 20 euros a month; shall I send you a quote?'];
  let conversationId = '';
  for (const [i, text] of texts.entries()) {
    const res = await s.postMessage(token, {
      source: c.source ?? 'WHATSAPP',
      conversationKey: key,
      messageId: `${key}-${i}`,
      role: i % 2 === 0 ? 'CUSTOMER' : 'AGENT',
      text,
      contact: { name: c.name ?? null, phone: c.phone ?? null, email: c.email ?? null },
    });
    assert.equal(res.status, 202, res.text);
    conversationId = res.body.conversationId;
  }
  return conversationId;
}

/** Waits until each conversation has had `reviews` reviews (default 1) and is visible. */
export async function untilReviewed(s: System, token: string, ids: string[], reviews = 1): Promise<void> {
  const query = 'query($id: ID!) { conversation(id: $id) { visible reviews { reviewedAt } } }';
  for (const id of ids) {
    await waitFor(
      async () => {
        const r = await s.gql(query, { id }, token);
        return r.data?.conversation?.visible === true && r.data.conversation.reviews.length >= reviews;
      },
      60_000,
      `conversation ${id} reviewed ${reviews}×`,
    );
  }
}

/** Posts and waits for the review: the ids of visible, reviewed conversations. */
export async function reviewedConversations(s: System, token: string, list: NewConversation[]): Promise<string[]> {
  const ids: string[] = [];
  for (const c of list) ids.push(await postConversation(s, token, c));
  await untilReviewed(s, token, ids);
  return ids;
}
