// A conversation's life through the real system: WhatsApp webhooks and POST /v1/messages store it,
// the worker's Temporal workflow reviews it REVIEW_DELAY after its last message (again after later
// messages, once per quiet window, across a worker crash), and operators and search find it.
// Each test has a workspace of its own (and its own WhatsApp phone_number_id).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { startSystem, waitFor, type System } from '../support/system';
import { readStack, temporalCli } from '../support/stack';
import { whatsappText } from '../support/whatsapp';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.resolve(ROOT, '..', 'shared', 'fixtures', 'whatsapp');
const FIXTURE_PHONE_NUMBER_ID = '106540352242922';
const REVIEW_DELAY_MS = 3_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('conversation lifecycle (api + worker + PostgreSQL + Temporal + Meilisearch)', () => {
  let sys: System;
  let temporal: Connection;

  /** A new workspace with a WhatsApp number of its own; `fixture(name)` is a shared fixture addressed to it. */
  async function workspace(name: string) {
    const phoneNumberId = `1065${randomBytes(5).readUIntBE(0, 5)}`;
    const ws = await sys.createWorkspace(name, phoneNumberId);
    const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8').replace(FIXTURE_PHONE_NUMBER_ID, phoneNumberId);
    const text = (from: string, id: string, body: string) => whatsappText({ phoneNumberId, from, id, body });
    const conversationByKey = async (key: string) =>
      (await sys.sql('select * from conversation where workspace_id = $1 and conversation_key = $2', [ws.id, key]))[0] as
        Record<string, any> | undefined;
    const widget = (conversationKey: string, messageId: string, text: string, role = 'CUSTOMER') =>
      sys.postMessage(ws.apiToken, { source: 'WIDGET', conversationKey, messageId, role, text });
    return { ...ws, phoneNumberId, fixture, text, conversationByKey, widget };
  }
  const conversation = async (id: string) =>
    (await sys.sql('select * from conversation where id = $1', [id]))[0] as Record<string, any> | undefined;
  const reviews = async (id: string) => sys.sql('select * from review where conversation_id = $1 order by through_seq', [id]);
  const count = async (query: string, params: unknown[] = []) => (await sys.sql<{ n: number }>(query, params))[0].n;
  /** The workflow's own view of its conversation (query `state`). */
  const workflowState = async (id: string) =>
    new Client({ connection: temporal }).workflow.getHandle(`conversation-${id}`).query<Record<string, any>>('state');

  before(async () => {
    sys = await startSystem({ reviewDelay: `${REVIEW_DELAY_MS / 1000}s` });
    temporal = await Connection.connect({ address: readStack().temporalAddress });
  });
  after(async () => {
    await temporal?.close();
    await sys?.stop();
  });

  it('a signed webhook message is stored hidden, then reviewed and visible after the delay', async () => {
    const w = await workspace('Acme Web Studio');
    const res = await sys.postWebhook(w.fixture('text-message.json'));
    assert.equal(res.status, 200, res.text);
    const row = await w.conversationByKey('393471234567');
    assert.ok(row, 'conversation created');
    assert.equal(row.visible, false);
    assert.equal(row.title, 'Giulia Bianchi');
    await waitFor(async () => (await conversation(row.id))?.visible === true, 30_000, 'review');
    const [review] = await reviews(row.id);
    assert.ok(review.summary.length > 0 && review.summary.length <= 400);
    assert.ok(review.quality_score >= 0 && review.quality_score <= 100);
    assert.equal((await conversation(row.id))!.status, review.suggested_status);
    assert.equal(review.reviewer, 'builtin');
  });

  it('records every message type of a batched delivery with readable text', async () => {
    const w = await workspace('Media');
    const res = await sys.postWebhook(w.fixture('media-and-interactive.json'));
    assert.equal(res.status, 200, res.text);
    const conv = await w.conversationByKey('447700900123');
    const texts = (await sys.sql('select text from message where conversation_id = $1 order by seq', [conv!.id])).map((r) => r.text);
    assert.equal(texts.length, 5);
    assert.match(texts[0], /roof, about 40 m2/);
    assert.match(texts[1], /10 Example Street, London/);
    assert.match(texts[2], /Book a site visit/);
    assert.match(texts[3], /electricity-bill-oct\.pdf/);
    assert.match(texts[4], /voice/);
  });

  it('statuses[] record nothing; a bad or missing signature records nothing; non-JSON is 400', async () => {
    const w = await workspace('Statuses');
    const stored = () => count('select (select count(*) from message) + (select count(*) from webhook_inbox) as n');
    const before = await stored();
    assert.equal((await sys.postWebhook(w.fixture('status-only.json'))).status, 200);
    const body = w.text('390000000001', 'wamid.BADSIG', 'hello');
    for (const signature of ['sha256=' + '0'.repeat(64), null]) {
      const res = await sys.postWebhook(body, signature);
      assert.equal(res.status, 401);
      assert.equal(res.body.error.code, 'UNAUTHENTICATED');
    }
    const bad = await sys.postWebhook('{"entry": [');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'INVALID_INPUT');
    assert.equal(bad.body.error.fields[0].field, 'body');
    assert.equal(await stored(), before);
    assert.equal(await count('select count(*)::int as n from conversation where workspace_id = $1', [w.id]), 0);
  });

  it('keeps a delivery for an unknown phone_number_id aside, and replays it once a workspace claims it', async () => {
    const unknownPhoneId = `999${randomBytes(5).readUIntBE(0, 5)}`;
    const body = whatsappText({
      phoneNumberId: unknownPhoneId,
      from: '390000000077',
      id: `wamid.ASIDE-${unknownPhoneId}`,
      body: 'Salve, avete disponibilità per sabato?',
    });
    const res = await sys.postWebhook(body);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.keptAside, 1);
    const stored = () => count('select count(*)::int as n from message where external_id = $1', [`wamid.ASIDE-${unknownPhoneId}`]);
    assert.equal(await stored(), 0);
    assert.equal(await count('select count(*)::int as n from webhook_inbox where phone_number_id = $1', [unknownPhoneId]), 1);
    const late = await sys.createWorkspace('Late Bakery', unknownPhoneId);
    await waitFor(async () => (await stored()) === 1, 20_000, 'replay of the kept-aside delivery');
    assert.equal(await count('select count(*)::int as n from conversation where workspace_id = $1', [late.id]), 1);
  });

  it('the same webhook body or messageId twice records one message', async () => {
    const w = await workspace('Duplicates');
    const body = w.text('390000000002', `wamid.DUP-${w.id}`, 'Vorrei un preventivo per un sito');
    assert.equal((await sys.postWebhook(body)).status, 200);
    assert.equal((await sys.postWebhook(body)).status, 200);
    assert.equal(await count('select count(*)::int as n from message where workspace_id = $1', [w.id]), 1);

    const first = await w.widget('sess-dup', 'm-dup-1', 'Hi there');
    const second = await w.widget('sess-dup', 'm-dup-1', 'Hi there');
    assert.equal(first.status, 202);
    assert.deepEqual(first.body, { conversationId: first.body.conversationId, messageId: 'm-dup-1', duplicate: false });
    assert.equal(second.status, 202);
    assert.equal(second.body.duplicate, true);
    assert.equal(second.body.conversationId, first.body.conversationId);
    assert.equal(await count("select count(*)::int as n from message where workspace_id = $1 and external_id = 'm-dup-1'", [w.id]), 1);
  });

  it('concurrent messages (and repeats) to a new conversation: one conversation, each message once, seq 1..n', async () => {
    const w = await workspace('Race');
    const ids = Array.from({ length: 20 }, (_, i) => `race-${i}`);
    const results = await Promise.all([...ids, ...ids].map((id) => w.widget('sess-race', id, `message ${id}`)));
    assert.ok(
      results.every((r) => r.status === 202),
      JSON.stringify(results.find((r) => r.status !== 202)?.body),
    );
    assert.equal(results.filter((r) => r.body.duplicate).length, ids.length);
    assert.equal(new Set(results.map((r) => r.body.conversationId)).size, 1);
    const conv = await w.conversationByKey('sess-race');
    const seqs = (await sys.sql('select seq from message where conversation_id = $1 order by seq', [conv!.id])).map((r) => r.seq);
    assert.equal(conv!.message_count, ids.length);
    assert.deepEqual(
      seqs,
      Array.from({ length: ids.length }, (_, i) => i + 1),
    );
    assert.equal(await count('select count(*)::int as n from contact where workspace_id = $1', [w.id]), 1, 'one contact, no orphan');
  });

  it('POST /v1/messages names each bad field, and refuses a missing or bad token', async () => {
    const w = await workspace('Bad fields');
    const bad = await sys.postMessage(w.apiToken, { source: 'SMS', conversationKey: '', role: 'BOT', text: 'x', sentAt: 'yesterday' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'INVALID_INPUT');
    const fields = bad.body.error.fields.map((f: { field: string }) => f.field).sort();
    assert.deepEqual([...new Set(fields)], ['conversationKey', 'messageId', 'role', 'sentAt', 'source']);
    for (const token of [undefined, 'nope']) {
      const res = await sys.postMessage(token, {});
      assert.equal(res.status, 401);
      assert.equal(res.body.error.code, 'UNAUTHENTICATED');
    }
  });

  it('a WhatsApp conversationKey in any spelling names the webhook conversation', async () => {
    const w = await workspace('Spelling');
    assert.equal((await sys.postWebhook(w.fixture('text-message.json'))).status, 200);
    const res = await sys.postMessage(w.apiToken, {
      source: 'WHATSAPP',
      conversationKey: '+39 347 123 4567',
      messageId: 'agent-reply-1',
      role: 'AGENT',
      text: 'Buongiorno Giulia! Sì, realizziamo siti e-commerce: un negozio base parte da 2.500 €.',
    });
    assert.equal(res.status, 202, res.text);
    assert.equal(res.body.conversationId, (await w.conversationByKey('393471234567'))!.id);
    assert.equal(await count('select count(*)::int as n from conversation where workspace_id = $1', [w.id]), 1);
  });

  it('messages during the window push the review back; a message after the review leads to a second review', async () => {
    const w = await workspace('Window');
    const send = (n: number, text: string) => w.widget('sess-window', `window-${n}`, text, n % 2 ? 'CUSTOMER' : 'AGENT');
    const id = (await send(1, 'Hello, do you sell solar panels for a flat roof?')).body.conversationId as string;
    // Keep talking for longer than one delay: no review may happen meanwhile.
    for (let i = 2; i <= 4; i++) {
      await sleep(REVIEW_DELAY_MS * 0.6);
      await send(i, i % 2 ? 'And how long does installation take?' : 'Yes we do! What is the roof size in m2?');
      assert.equal((await reviews(id)).length, 0, `no review while messages keep coming (message ${i})`);
    }
    await waitFor(async () => (await reviews(id)).length === 1, 30_000, 'first review');
    assert.equal((await reviews(id))[0].through_seq, 4);
    await send(5, 'About 60 m2. Please send me a quote.');
    await waitFor(async () => (await reviews(id)).length === 2, 30_000, 'second review');
    const [, second] = await reviews(id);
    assert.equal(second.through_seq, 5);
    assert.equal((await conversation(id))!.visible, true);
  });

  it('a worker killed (SIGKILL) during the window and restarted reviews exactly once', async () => {
    const w = await workspace('Crash');
    const id = (await w.widget('sess-crash', 'crash-1', 'What are your opening hours?')).body.conversationId as string;
    await sys.killWorker();
    await sleep(REVIEW_DELAY_MS + 1_000); // the deadline passes with no worker
    assert.equal((await reviews(id)).length, 0);
    await sys.startWorker();
    await waitFor(async () => (await reviews(id)).length === 1, 30_000, 'review after restart');
    // the workflow has nothing more to review: no second review is coming
    await waitFor(async () => (await workflowState(id)).reviewCount === 1, 20_000, 'the workflow has recorded its review');
    const state = await workflowState(id);
    assert.equal(state.reviewDueAt, null, JSON.stringify(state));
    assert.equal(state.reviewedThroughSeq, 1);
    assert.equal((await reviews(id)).length, 1);
  });

  it('operators find the workflow by search attribute and query its state', async () => {
    const w = await workspace('Operators');
    assert.equal((await sys.postWebhook(w.fixture('text-message.json'))).status, 200);
    const row = (await w.conversationByKey('393471234567'))!;
    await waitFor(async () => (await conversation(row.id))?.visible === true, 30_000, 'review');
    const run = promisify(execFile);
    const cli = temporalCli();
    const address = readStack().temporalAddress;
    const workflowId = `conversation-${row.id}`;
    const query = `ConversationSource='WHATSAPP' AND ConversationId='${row.id}' AND WorkspaceId='${w.id}'`;
    await waitFor(
      async () =>
        (await run(cli, ['workflow', 'list', '--address', address, '--query', query, '--output', 'json'])).stdout.includes(workflowId),
      20_000,
      'visibility of the workflow',
    );
    const { stdout } = await run(cli, [
      'workflow',
      'query',
      '--address',
      address,
      '--workflow-id',
      workflowId,
      '--name',
      'state',
      '--output',
      'json',
    ]);
    const state = JSON.parse(stdout).queryResult?.[0] ?? JSON.parse(stdout);
    assert.equal(state.messageCount, 1, stdout);
    assert.ok(state.lastReviewAt, stdout);
  });

  it('the search index has the reviewed conversation', async () => {
    const w = await workspace('Indexed');
    assert.equal((await sys.postWebhook(w.fixture('text-message.json'))).status, 200);
    const row = (await w.conversationByKey('393471234567'))!;
    const stack = readStack();
    await waitFor(
      async () => {
        const res = await fetch(`${stack.meiliUrl}/indexes/${sys.env.MEILI_INDEX}/search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.meiliMasterKey}` },
          body: JSON.stringify({ q: '3471234567', filter: `workspaceId = "${w.id}"` }),
        });
        const json = (await res.json()) as { hits: { id: string }[] };
        return json.hits.length === 1 && json.hits[0].id === row.id;
      },
      30_000,
      'the conversation in Meilisearch, after its review',
    );
  });
});
