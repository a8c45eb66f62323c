// Authored notes and the activity trail: every kind (REVIEWED, STATUS_CHANGED, TAG_ADDED,
// TAG_REMOVED, NOTE_ADDED) with its actor (MEMBER, API_TOKEN, AI), newest first and paged; every
// review kept (`reviews` newest first, `review` the latest), a person's status kept by later reviews.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSystem, type System } from '../support/system';
import { postConversation, untilReviewed } from './support/conversations';
import { gqlOk, uniqueEmail } from './support/credentials';

const TRAIL = `query($id: ID!, $first: Int, $after: String) { conversation(id: $id) {
  activity(first: $first, after: $after) {
    edges { cursor node { id kind at fromStatus toStatus tag actor { kind name memberId } note { id body author { kind name memberId } } } }
    pageInfo { hasNextPage endCursor }
  } } }`;
const REVIEWS = `query($id: ID!) { conversation(id: $id) {
  status statusOrigin
  review { reviewedAt suggestedStatus summary reviewer }
  reviews { reviewedAt suggestedStatus summary reviewer qualityScore criteria { key score } }
  notes { body createdAt author { kind name memberId } }
} }`;

interface Activity {
  id: string;
  kind: string;
  at: string;
  fromStatus: string | null;
  toStatus: string | null;
  tag: string | null;
  actor: { kind: string; name: string; memberId: string | null };
  note: { id: string; body: string; author: { kind: string; name: string; memberId: string | null } } | null;
}

describe('people: authored notes, the activity trail and the reviews', () => {
  let s: System;

  before(async () => {
    s = await startSystem();
  });
  after(() => s?.stop());

  /** The whole trail, read `pageSize` at a time. */
  async function trail(token: string, id: string, pageSize: number): Promise<Activity[]> {
    const all: Activity[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: any = await gqlOk(s, { token }, TRAIL, { id, first: pageSize, after: cursor });
      const { edges, pageInfo } = data.conversation.activity;
      all.push(...edges.map((e: { node: Activity }) => e.node));
      if (!pageInfo.hasNextPage) return all;
      cursor = pageInfo.endCursor;
    }
    throw new Error('the trail never ended');
  }

  it('records who did what, newest first, paged without gaps or repeats, and keeps every review', async () => {
    const ws = await s.createWorkspace('Activity');
    const email = uniqueEmail('giulia');
    const name = email.split('@')[0]; // the name addPerson gives
    const member = await s.addPerson(ws.apiToken, email, 'AGENT');
    const asMember = { cookie: member.cookie };
    const asToken = { token: ws.apiToken };
    const id = await postConversation(s, ws.apiToken, { name: 'Marco Bianchi' });
    await untilReviewed(s, ws.apiToken, [id]);
    const firstReview = (await gqlOk(s, asToken, REVIEWS, { id })).conversation;
    const aiStatus = firstReview.status;
    assert.equal(firstReview.statusOrigin, 'AI');
    assert.equal(aiStatus, firstReview.review.suggestedStatus);

    await gqlOk(s, asMember, 'mutation($id: ID!) { addNote(conversationId: $id, body: "Called back, wants a quote") { id } }', { id });
    await gqlOk(s, asToken, 'mutation($id: ID!) { addNote(conversationId: $id, body: "Synced to the CRM") { id } }', { id });
    const manual = aiStatus === 'QUOTE_REQUEST' ? 'FOLLOW_UP' : 'QUOTE_REQUEST';
    await gqlOk(s, asMember, 'mutation($id: ID!, $st: ConversationStatus!) { changeStatus(conversationId: $id, status: $st) { id } }', {
      id,
      st: manual,
    });
    await gqlOk(s, asMember, 'mutation($id: ID!, $st: ConversationStatus!) { changeStatus(conversationId: $id, status: $st) { id } }', {
      id,
      st: manual,
    });
    await gqlOk(s, asToken, 'mutation($id: ID!) { addTag(conversationId: $id, name: "VIP") { id } }', { id });
    await gqlOk(s, asMember, 'mutation($id: ID!) { addTag(conversationId: $id, name: "vip") { id } }', { id });
    await gqlOk(s, asMember, 'mutation($id: ID!) { removeTag(conversationId: $id, name: "vip") { id } }', { id });
    await gqlOk(s, asMember, 'mutation($id: ID!) { removeTag(conversationId: $id, name: "vip") { id } }', { id });

    // a later customer message: reviewed again; the person's status stays
    await s.postMessage(ws.apiToken, {
      source: 'WHATSAPP',
      conversationKey: await keyOf(id),
      messageId: `${id}-late`,
      role: 'CUSTOMER',
      text: 'Any news about the quote?',
    });
    await untilReviewed(s, ws.apiToken, [id], 2);

    const c = (await gqlOk(s, asToken, REVIEWS, { id })).conversation;
    assert.deepEqual([c.status, c.statusOrigin], [manual, 'MANUAL'], 'a later review keeps the status a person set');
    assert.equal(c.reviews.length, 2, 'every review is kept');
    assert.ok(Date.parse(c.reviews[0].reviewedAt) > Date.parse(c.reviews[1].reviewedAt), 'reviews newest first');
    assert.deepEqual(c.review, {
      reviewedAt: c.reviews[0].reviewedAt,
      suggestedStatus: c.reviews[0].suggestedStatus,
      summary: c.reviews[0].summary,
      reviewer: c.reviews[0].reviewer,
    });
    assert.deepEqual(c.reviews[1].reviewedAt, firstReview.review.reviewedAt, 'the first review is kept as it was');
    assert.ok(c.reviews.every((r: { criteria: unknown[] }) => r.criteria.length > 0));

    assert.deepEqual(
      c.notes.map((n: { body: string; author: unknown }) => [n.body, n.author]),
      [
        ['Synced to the CRM', { kind: 'API_TOKEN', name: 'default', memberId: null }],
        ['Called back, wants a quote', { kind: 'MEMBER', name, memberId: member.memberId }],
      ],
      'notes newest first, each with its author',
    );

    const activities = await trail(ws.apiToken, id, 2);
    const byMember = { kind: 'MEMBER', name, memberId: member.memberId };
    const byToken = { kind: 'API_TOKEN', name: 'default', memberId: null };
    const byAi = { kind: 'AI', name: 'builtin', memberId: null };
    assert.deepEqual(
      activities.map((a) => ({
        kind: a.kind,
        actor: a.actor,
        fromStatus: a.fromStatus,
        toStatus: a.toStatus,
        tag: a.tag,
        note: a.note?.body ?? null,
      })),
      [
        { kind: 'REVIEWED', actor: byAi, fromStatus: manual, toStatus: manual, tag: null, note: null },
        { kind: 'TAG_REMOVED', actor: byMember, fromStatus: null, toStatus: null, tag: 'VIP', note: null },
        { kind: 'TAG_ADDED', actor: byToken, fromStatus: null, toStatus: null, tag: 'VIP', note: null },
        { kind: 'STATUS_CHANGED', actor: byMember, fromStatus: aiStatus, toStatus: manual, tag: null, note: null },
        { kind: 'NOTE_ADDED', actor: byToken, fromStatus: null, toStatus: null, tag: null, note: 'Synced to the CRM' },
        { kind: 'NOTE_ADDED', actor: byMember, fromStatus: null, toStatus: null, tag: null, note: 'Called back, wants a quote' },
        { kind: 'REVIEWED', actor: byAi, fromStatus: 'IN_PROGRESS', toStatus: aiStatus, tag: null, note: null },
      ],
      'newest first; repeating an action that changes nothing leaves no activity',
    );
    assert.equal(new Set(activities.map((a) => a.id)).size, activities.length, 'no activity twice across pages');
    const times = activities.map((a) => Date.parse(a.at));
    assert.deepEqual(
      [...times].sort((x, y) => y - x),
      times,
      'ordered by time, newest first',
    );
    assert.deepEqual(activities[5].note?.author, byMember, 'a NOTE_ADDED activity carries the note and its author');
    assert.deepEqual(await trail(ws.apiToken, id, 50), activities, 'one page or many: the same trail');
  });

  async function keyOf(id: string): Promise<string> {
    const [row] = await s.sql<{ conversation_key: string }>('select conversation_key from conversation where id = $1', [id]);
    return row.conversation_key;
  }
});
