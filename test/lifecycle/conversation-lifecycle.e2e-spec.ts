import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startSystem, waitFor, type System } from '../support/system';
import { readStack, temporalCli } from '../support/stack';
import { whatsappText } from '../support/whatsapp';

const FIXTURES = path.resolve(process.cwd(), '..', 'shared', 'fixtures', 'whatsapp');
const PHONE_NUMBER_ID = '106540352242922';
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const waText = (from: string, id: string, body: string, phoneNumberId = PHONE_NUMBER_ID) => whatsappText({ phoneNumberId, from, id, body });

describe('conversation lifecycle (api + worker + PostgreSQL + Temporal + Meilisearch)', () => {
  let sys: System;
  let token: string;
  const REVIEW_DELAY_MS = 3_000;

  const conversation = async (id: string) =>
    (await sys.sql('select * from conversation where id = $1', [id]))[0] as Record<string, any> | undefined;
  const reviews = async (id: string) => sys.sql('select * from review where conversation_id = $1 order by through_seq', [id]);

  before(async () => {
    sys = await startSystem({ reviewDelay: `${REVIEW_DELAY_MS / 1000}s` });
    ({ apiToken: token } = await sys.createWorkspace('Acme Web Studio', PHONE_NUMBER_ID));
  });
  after(async () => sys?.stop());

  it('a signed webhook message is stored hidden, then reviewed and visible after the delay', async () => {
    const res = await sys.postWebhook(fixture('text-message.json'));
    assert.equal(res.status, 200, res.text);
    const [row] = await sys.sql("select id, visible, title from conversation where conversation_key = '393471234567'");
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
    const res = await sys.postWebhook(fixture('media-and-interactive.json'));
    assert.equal(res.status, 200, res.text);
    const texts = (
      await sys.sql(
        "select m.text from message m join conversation c on c.id = m.conversation_id where c.conversation_key = '447700900123' order by seq",
      )
    ).map((r) => r.text);
    assert.equal(texts.length, 5);
    assert.match(texts[0], /roof, about 40 m2/);
    assert.match(texts[1], /10 Example Street, London/);
    assert.match(texts[2], /Book a site visit/);
    assert.match(texts[3], /electricity-bill-oct\.pdf/);
    assert.match(texts[4], /voice/);
  });

  it('statuses[] record nothing; a bad or missing signature records nothing; non-JSON is 400', async () => {
    const before = (await sys.sql('select count(*)::int as n from message'))[0].n;
    assert.equal((await sys.postWebhook(fixture('status-only.json'))).status, 200);
    const body = waText('390000000001', 'wamid.BADSIG', 'hello');
    assert.equal((await sys.postWebhook(body, 'sha256=' + '0'.repeat(64))).status, 401);
    assert.equal((await sys.postWebhook(body, null)).status, 401);
    const notJson = '{"entry": [';
    const bad = await sys.postWebhook(notJson);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.fields[0].field, 'body');
    assert.equal((await sys.sql('select count(*)::int as n from message'))[0].n, before);
  });

  it('keeps a delivery for an unknown phone_number_id aside, and replays it once a workspace claims it', async () => {
    const unknownPhoneId = '999000111222333';
    const body = waText('390000000077', 'wamid.ASIDE1', 'Salve, avete disponibilità per sabato?', unknownPhoneId);
    const res = await sys.postWebhook(body);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.keptAside, 1);
    assert.equal((await sys.sql("select count(*)::int as n from message where external_id = 'wamid.ASIDE1'"))[0].n, 0);
    assert.equal((await sys.sql('select count(*)::int as n from webhook_inbox where phone_number_id = $1', [unknownPhoneId]))[0].n, 1);
    await sys.createWorkspace('Late Bakery', unknownPhoneId);
    await waitFor(
      async () => (await sys.sql("select count(*)::int as n from message where external_id = 'wamid.ASIDE1'"))[0].n === 1,
      20_000,
      'replay of the kept-aside delivery',
    );
  });

  it('the same webhook body or messageId twice records one message', async () => {
    const body = waText('390000000002', 'wamid.DUP1', 'Vorrei un preventivo per un sito');
    assert.equal((await sys.postWebhook(body)).status, 200);
    assert.equal((await sys.postWebhook(body)).status, 200);
    assert.equal((await sys.sql("select count(*)::int as n from message where external_id = 'wamid.DUP1'"))[0].n, 1);

    const msg = { source: 'WIDGET', conversationKey: 'sess-dup', messageId: 'm-dup-1', role: 'CUSTOMER', text: 'Hi there' };
    const first = await sys.postMessage(token, msg);
    const second = await sys.postMessage(token, msg);
    assert.equal(first.status, 202);
    assert.deepEqual(first.body, { conversationId: first.body.conversationId, messageId: 'm-dup-1', duplicate: false });
    assert.equal(second.status, 202);
    assert.equal(second.body.duplicate, true);
    assert.equal(second.body.conversationId, first.body.conversationId);
    assert.equal((await sys.sql("select count(*)::int as n from message where external_id = 'm-dup-1'"))[0].n, 1);
  });

  it('concurrent messages (and repeats) to a new conversation: one conversation, each message once, seq 1..n', async () => {
    const key = `sess-race-${Date.now()}`;
    const ids = Array.from({ length: 20 }, (_, i) => `${key}-${i}`);
    const results = await Promise.all(
      [...ids, ...ids].map((id) =>
        sys.postMessage(token, { source: 'WIDGET', conversationKey: key, messageId: id, role: 'CUSTOMER', text: `message ${id}` }),
      ),
    );
    assert.ok(
      results.every((r) => r.status === 202),
      JSON.stringify(results.find((r) => r.status !== 202)?.body),
    );
    assert.equal(results.filter((r) => r.body.duplicate).length, ids.length);
    assert.equal(new Set(results.map((r) => r.body.conversationId)).size, 1);
    const [conv] = await sys.sql('select id, message_count from conversation where conversation_key = $1', [key]);
    const seqs = (await sys.sql('select seq from message where conversation_id = $1 order by seq', [conv.id])).map((r) => r.seq);
    assert.equal(conv.message_count, ids.length);
    assert.deepEqual(
      seqs,
      Array.from({ length: ids.length }, (_, i) => i + 1),
    );
    assert.equal(
      (
        await sys.sql('select count(*)::int as n from contact c where not exists (select 1 from conversation v where v.contact_id = c.id)')
      )[0].n,
      0,
      'no orphan contact',
    );
  });

  it('POST /v1/messages names each bad field, and refuses a missing or bad token', async () => {
    const bad = await sys.postMessage(token, { source: 'SMS', conversationKey: '', role: 'BOT', text: 'x', sentAt: 'yesterday' });
    assert.equal(bad.status, 400);
    const fields = bad.body.fields.map((f: { field: string }) => f.field).sort();
    assert.deepEqual([...new Set(fields)], ['conversationKey', 'messageId', 'role', 'sentAt', 'source']);
    assert.equal((await sys.postMessage(undefined, {})).status, 401);
    assert.equal((await sys.postMessage('nope', {})).status, 401);
  });

  it('a WhatsApp conversationKey in any spelling names the webhook conversation', async () => {
    const res = await sys.postMessage(token, {
      source: 'WHATSAPP',
      conversationKey: '+39 347 123 4567',
      messageId: 'agent-reply-1',
      role: 'AGENT',
      text: 'Buongiorno Giulia! Sì, realizziamo siti e-commerce: un negozio base parte da 2.500 €.',
    });
    assert.equal(res.status, 202);
    const [row] = await sys.sql("select id from conversation where conversation_key = '393471234567'");
    assert.equal(res.body.conversationId, row.id);
  });

  it('messages during the window push the review back; a message after the review leads to a second review', async () => {
    const key = `sess-window-${Date.now()}`;
    const send = (n: number, text: string) =>
      sys.postMessage(token, {
        source: 'WIDGET',
        conversationKey: key,
        messageId: `${key}-${n}`,
        role: n % 2 ? 'CUSTOMER' : 'AGENT',
        text,
      });
    const first = await send(1, 'Hello, do you sell solar panels for a flat roof?');
    const id = first.body.conversationId as string;
    // Keep talking for longer than one delay: no review may happen meanwhile.
    for (let i = 2; i <= 4; i++) {
      await new Promise((r) => setTimeout(r, REVIEW_DELAY_MS * 0.6));
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
    const key = `sess-crash-${Date.now()}`;
    const res = await sys.postMessage(token, {
      source: 'WIDGET',
      conversationKey: key,
      messageId: `${key}-1`,
      role: 'CUSTOMER',
      text: 'What are your opening hours?',
    });
    const id = res.body.conversationId as string;
    await sys.killWorker();
    await new Promise((r) => setTimeout(r, REVIEW_DELAY_MS + 1_000)); // the deadline passes with no worker
    assert.equal((await reviews(id)).length, 0);
    await sys.startWorker();
    await waitFor(async () => (await reviews(id)).length === 1, 30_000, 'review after restart');
    await new Promise((r) => setTimeout(r, REVIEW_DELAY_MS));
    assert.equal((await reviews(id)).length, 1);
  });

  it('operators find the workflow by search attribute and query its state', async () => {
    const [row] = await sys.sql("select id, workspace_id from conversation where conversation_key = '393471234567'");
    const stack = readStack();
    const run = promisify(execFile);
    const cli = temporalCli();
    const workflowId = `conversation-${row.id}`;
    await waitFor(
      async () => {
        const { stdout } = await run(cli, [
          'workflow',
          'list',
          '--address',
          stack.temporalAddress,
          '--query',
          `ConversationSource='WHATSAPP' AND ConversationId='${row.id}'`,
          '--output',
          'json',
        ]);
        return stdout.includes(workflowId);
      },
      20_000,
      'visibility of the workflow',
    );
    const { stdout } = await run(cli, [
      'workflow',
      'query',
      '--address',
      stack.temporalAddress,
      '--workflow-id',
      workflowId,
      '--name',
      'state',
      '--output',
      'json',
    ]);
    const state = JSON.parse(stdout).queryResult?.[0] ?? JSON.parse(stdout);
    assert.ok(state.messageCount >= 2, stdout);
    assert.ok(state.lastReviewAt, stdout);
  });

  it('the search index has the reviewed conversation', async () => {
    const [row] = await sys.sql("select id, workspace_id from conversation where conversation_key = '393471234567'");
    const stack = readStack();
    await waitFor(
      async () => {
        const res = await fetch(`${stack.meiliUrl}/indexes/${sys.env.MEILI_INDEX}/search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.meiliMasterKey}` },
          body: JSON.stringify({ q: '3471234567', filter: `workspaceId = "${row.workspace_id}"` }),
        });
        const json = (await res.json()) as { hits: { id: string }[] };
        return json.hits.some((h) => h.id === row.id);
      },
      20_000,
      'conversation in Meilisearch',
    );
  });
});
