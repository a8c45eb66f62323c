// Fault: bad input of every kind — malformed, oversized, unsigned, wrongly signed and replayed
// webhooks, invalid /v1/messages bodies, garbage GraphQL. Each gets a clear status and a JSON body
// naming what was wrong (or extensions.code); nothing is stored by a bad request, replays store once,
// and the service stays healthy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { httpGet, httpJson, httpRaw, sign, startSystem, VERIFY_TOKEN, type HttpResult, type System } from '../support/system';
import { whatsappText } from '../support/whatsapp';

const PHONE_NUMBER_ID = '990000000202';

const waText = (from: string, id: string, body: string, timestamp?: number) =>
  whatsappText({ phoneNumberId: PHONE_NUMBER_ID, from, id, body, name: 'Bad Input', timestamp });

describe('fault: bad input gets a clear error and stores nothing', () => {
  let sys: System;
  let token: string;
  const errorsByKind: Record<string, number> = {};
  let sent = 0;

  /** Counts the answer under `kind` and returns it. */
  const tally = <T extends HttpResult>(kind: string, res: T): T => {
    sent++;
    const k = `${kind} → ${res.status}`;
    errorsByKind[k] = (errorsByKind[k] ?? 0) + 1;
    return res;
  };
  const stored = async () =>
    (
      await sys.sql<{ m: number; i: number; c: number }>(
        'select (select count(*) from message)::int as m, (select count(*) from webhook_inbox)::int as i, (select count(*) from conversation)::int as c',
      )
    )[0];
  const gqlRaw = (body: string, auth = true, contentType = 'application/json') =>
    httpRaw('POST', `${sys.apiUrl}/graphql`, body, {
      'content-type': contentType,
      ...(auth ? { authorization: `Bearer ${token}` } : {}),
    });
  const gql = (query: string, variables: Record<string, unknown> = {}, auth = true) => gqlRaw(JSON.stringify({ query, variables }), auth);
  const codes = (res: HttpResult<any>): string[] => (res.body?.errors ?? []).map((e: any) => e.extensions?.code);

  before(async () => {
    sys = await startSystem({ reviewDelay: '1s' });
    ({ apiToken: token } = await sys.createWorkspace('Faults: bad input', PHONE_NUMBER_ID));
  });
  after(async () => {
    console.log(`\n===== fault report: bad input =====\n${JSON.stringify({ requests: sent, answersByKind: errorsByKind }, null, 1)}\n`);
    await sys?.stop();
  });

  it('webhooks: malformed, oversized, unsigned, wrongly signed, wrong shape → 400/413/401, nothing stored', async () => {
    const before = await stored();
    const notJson = '{"object": "whatsapp_business_account", "entry": [';
    let res = tally('webhook malformed JSON', await sys.postWebhook(notJson));
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error.code, 'INVALID_INPUT');
    assert.deepEqual(res.body.error.fields, [{ field: 'body', message: 'not valid JSON' }]);

    res = tally('webhook binary garbage', await sys.postWebhook('\u0000\u00ff\u00fe garbage'));
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error.fields[0].field, 'body');

    res = tally('webhook not a webhook body', await sys.postWebhook(JSON.stringify({ hello: 'world' })));
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error.fields[0].field, 'entry');

    res = tally('webhook JSON array', await sys.postWebhook('[1,2,3]'));
    assert.equal(res.status, 400, res.text);

    const huge = waText('390000000301', 'wamid.HUGE', 'x'.repeat(1_100_000));
    res = tally('webhook oversized (>1 MB)', await sys.postWebhook(huge));
    assert.equal(res.status, 413, res.text);
    assert.equal(res.body.error.code, 'PAYLOAD_TOO_LARGE');
    assert.equal(res.body.error.fields[0].field, 'body');

    const body = waText('390000000302', 'wamid.UNSIGNED', 'please store me only when signed');
    res = tally('webhook unsigned', await sys.postWebhook(body, null));
    assert.equal(res.status, 401, res.text);
    assert.equal(res.body.error.code, 'UNAUTHENTICATED');
    assert.match(res.body.error.message, /X-Hub-Signature-256: missing/);

    res = tally('webhook wrong signature', await sys.postWebhook(body, `sha256=${'0'.repeat(64)}`));
    assert.equal(res.status, 401, res.text);
    assert.match(res.body.error.message, /X-Hub-Signature-256/);

    res = tally('webhook signed with another secret', await sys.postWebhook(body, sign(body, 'not-the-secret')));
    assert.equal(res.status, 401, res.text);

    res = tally('webhook signature not hex', await sys.postWebhook(body, 'sha256=zzz'));
    assert.equal(res.status, 401, res.text);

    res = tally('webhook signature of another body', await sys.postWebhook(body, sign(body + ' ')));
    assert.equal(res.status, 401, res.text);

    // unsigned and malformed together: the signature is checked first, nothing is parsed
    res = tally('webhook unsigned malformed', await sys.postWebhook(notJson, null));
    assert.equal(res.status, 401, res.text);

    assert.deepEqual(await stored(), before, 'no message, inbox row or conversation from bad webhooks');
  });

  it('webhooks: a replayed delivery (same body, or same message id re-sent later) is stored once', async () => {
    const before = await stored();
    const body = waText('390000000303', 'wamid.REPLAY1', 'Vorrei un preventivo');
    for (let i = 0; i < 3; i++) {
      const res = tally('webhook replay (same body)', await sys.postWebhook(body));
      assert.equal(res.status, 200, res.text);
    }
    // Meta's retries may differ (timestamp); the message id is the key
    const later = waText('390000000303', 'wamid.REPLAY1', 'Vorrei un preventivo', Math.floor(Date.now() / 1000) + 60);
    assert.equal(tally('webhook replay (new timestamp)', await sys.postWebhook(later)).status, 200);
    // concurrent replays
    const parallel = await Promise.all(Array.from({ length: 5 }, () => sys.postWebhook(body)));
    for (const r of parallel) assert.equal(tally('webhook replay (concurrent)', r).status, 200, r.text);
    const rows = await sys.sql("select count(*)::int as n from message where external_id = 'wamid.REPLAY1'");
    assert.equal(rows[0].n, 1);
    const after = await stored();
    assert.equal(after.m, before.m + 1);
    assert.equal(after.c, before.c + 1);
  });

  it('GET verification: wrong token or mode → 403 JSON; right token echoes the challenge', async () => {
    const url = (token: string, mode = 'subscribe') =>
      `${sys.apiUrl}/webhooks/whatsapp?hub.mode=${mode}&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=1158201444`;
    let res = tally('verify wrong token', await httpGet(url('wrong-token')));
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'FORBIDDEN');
    res = tally('verify no token', await httpGet(`${sys.apiUrl}/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1`));
    assert.equal(res.status, 403);
    res = tally('verify wrong mode', await httpGet(url(VERIFY_TOKEN, 'unsubscribe')));
    assert.equal(res.status, 403);
    res = tally('verify right token', await httpGet(url(VERIFY_TOKEN)));
    assert.equal(res.status, 200);
    assert.equal(res.text, '1158201444');
  });

  it('POST /v1/messages: every invalid field named, malformed and oversized bodies refused, duplicates stored once', async () => {
    const before = await stored();
    const good = { source: 'WIDGET', conversationKey: 'bad-input-sess', messageId: 'bad-input-1', role: 'CUSTOMER', text: 'Hello' };
    const cases: [string, Record<string, unknown>, string][] = [
      ['source', { ...good, source: 'SMS' }, 'source'],
      ['role', { ...good, role: 'BOT' }, 'role'],
      ['empty conversationKey', { ...good, conversationKey: '   ' }, 'conversationKey'],
      ['missing messageId', { ...good, messageId: undefined }, 'messageId'],
      ['messageId not a string', { ...good, messageId: 42 }, 'messageId'],
      ['empty text', { ...good, text: '' }, 'text'],
      ['text too long', { ...good, text: 'x'.repeat(10_001) }, 'text'],
      ['sentAt', { ...good, sentAt: 'yesterday' }, 'sentAt'],
      ['contact.email', { ...good, contact: { email: 'x'.repeat(400) } }, 'contact.email'],
      ['contact not an object', { ...good, contact: 'Bob' }, 'contact'],
      ['text with a NUL character', { ...good, text: 'a\u0000b' }, 'text'],
      ['text with an unpaired surrogate', { ...good, text: 'a\ud800b' }, 'text'],
      ['contact.name with a NUL character', { ...good, contact: { name: 'Bo\u0000b' } }, 'contact.name'],
    ];
    for (const [what, body, field] of cases) {
      const res = tally('messages invalid field', await sys.postMessage(token, body));
      assert.equal(res.status, 400, `${what}: ${res.text}`);
      assert.equal(res.body.error.code, 'INVALID_INPUT', what);
      assert.deepEqual(
        res.body.error.fields.map((f: { field: string }) => f.field),
        [field],
        `${what}: names exactly ${field}: ${res.text}`,
      );
      assert.match(res.body.error.message, new RegExp(field.replace('.', '\\.')));
    }
    let res = tally('messages body is an array', await sys.postMessage(token, [good]));
    assert.equal(res.status, 400, res.text);
    res = tally('messages body is null', await sys.postMessage(token, null));
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error.fields[0].field, 'body', res.text); // strict JSON: a bare null is not a message body

    res = tally(
      'messages malformed JSON',
      await httpRaw('POST', `${sys.apiUrl}/v1/messages`, '{"source": "WIDGET",', {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      }),
    );
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(res.body.error.fields, [{ field: 'body', message: 'not valid JSON' }]);

    res = tally('messages oversized (>1 MB)', await sys.postMessage(token, { ...good, text: 'x'.repeat(1_100_000) }));
    assert.equal(res.status, 413, res.text);
    assert.equal(res.body.error.code, 'PAYLOAD_TOO_LARGE');
    assert.equal(res.body.error.fields[0].field, 'body');

    res = tally('messages no token', await sys.postMessage(undefined, good));
    assert.equal(res.status, 401, res.text);
    assert.equal(res.body.error.code, 'UNAUTHENTICATED');
    res = tally('messages bad token', await sys.postMessage('not-a-token', good));
    assert.equal(res.status, 401, res.text);
    res = tally('messages Basic auth', await httpJson('POST', `${sys.apiUrl}/v1/messages`, good, { authorization: 'Basic Zm9vOmJhcg==' }));
    assert.equal(res.status, 401, res.text);
    assert.deepEqual(await stored(), before, 'nothing stored by invalid /v1/messages requests');

    const replays = await Promise.all(Array.from({ length: 6 }, () => sys.postMessage(token, good)));
    for (const r of replays) assert.equal(tally('messages replay (concurrent)', r).status, 202, r.text);
    assert.equal(replays.filter((r) => r.body.duplicate === false).length, 1, 'exactly one first delivery');
    assert.equal(new Set(replays.map((r) => r.body.conversationId)).size, 1);
    const rows = await sys.sql("select count(*)::int as n from message where external_id = 'bad-input-1'");
    assert.equal(rows[0].n, 1);
  });

  it('garbage GraphQL: syntax, unknown fields, wrong types, depth, complexity, non-JSON → 400 with extensions.code', async () => {
    const before = await stored();
    let res = tally('graphql syntax error', await gql('{ conversations(first: 5) { edges { node { id } }'));
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(codes(res), ['GRAPHQL_PARSE_FAILED']);

    res = tally('graphql not GraphQL at all', await gql('DROP TABLE message;'));
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(codes(res), ['GRAPHQL_PARSE_FAILED']);

    res = tally('graphql unknown field', await gql('{ conversations { edges { node { id passwordHash } } } }'));
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(codes(res), ['GRAPHQL_VALIDATION_FAILED']);
    assert.match(res.body.errors[0].message, /passwordHash/);

    res = tally('graphql wrong argument type', await gql('{ conversations(first: "many") { totalCount } }'));
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(codes(res), ['GRAPHQL_VALIDATION_FAILED']);

    res = tally('graphql unknown enum value', await gql('mutation { changeStatus(conversationId: "x", status: BOGUS) { id } }'));
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(codes(res), ['GRAPHQL_VALIDATION_FAILED']);

    res = tally('graphql wrong variable type', await gql('query($n: Int) { conversations(first: $n) { totalCount } }', { n: 'twenty' }));
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(codes(res), ['BAD_USER_INPUT']);

    res = tally('graphql missing required variable', await gql('query($id: ID!) { conversation(id: $id) { id } }'));
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(codes(res), ['BAD_USER_INPUT']);

    const deep = `{ ${'conversations { edges { node { '.repeat(4)}id${' } } }'.repeat(4)} }`;
    res = tally('graphql too deep', await gql(deep));
    assert.equal(res.status, 400, res.text);
    assert.ok(
      codes(res).every((c) => c === 'GRAPHQL_VALIDATION_FAILED'),
      res.text,
    );
    assert.ok(
      res.body.errors.some((e: any) => /nested \d+ levels deep; the maximum is 10/.test(e.message)),
      res.text,
    );

    const huge = `{ ${'a { '.repeat(3_000)}b${' }'.repeat(3_000)} }`;
    res = tally('graphql huge depth (3000 levels)', await gql(huge));
    assert.ok(res.status === 400, `status ${res.status}: ${res.text.slice(0, 300)}`);
    assert.ok(
      codes(res).length > 0 && codes(res).every((c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'GRAPHQL_PARSE_FAILED'),
      res.text.slice(0, 300),
    );

    res = tally(
      'graphql too complex',
      await gql('{ conversations(first: 500) { edges { node { messages(first: 500) { edges { node { id text } } } } } } }'),
    );
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(codes(res), ['GRAPHQL_VALIDATION_FAILED']);
    assert.match(res.body.errors[0].message, /too complex/);

    res = tally('graphql no query', await gqlRaw(JSON.stringify({ variables: {} })));
    assert.equal(res.status, 400, res.text);

    res = tally('graphql malformed JSON', await gqlRaw('{"query": "{ tags { id } }"'));
    assert.equal(res.status, 400, res.text);

    res = tally('graphql query is a number', await gqlRaw(JSON.stringify({ query: 42 })));
    assert.equal(res.status, 400, res.text);

    res = tally('graphql unauthenticated', await gql('{ tags { id } }', {}, false));
    assert.deepEqual(codes(res), ['UNAUTHENTICATED'], res.text);

    res = tally(
      'graphql search with a NUL character',
      await gql('query($s: String) { conversations(filter: { search: $s }) { totalCount } }', { s: 'solar\u0000' }),
    );
    assert.deepEqual(codes(res), ['BAD_USER_INPUT'], res.text);
    assert.equal(res.body.errors[0].extensions.field, 'filter.search');

    res = tally(
      'graphql note with an unpaired surrogate',
      await gql('mutation($b: String!) { addNote(conversationId: "00000000-0000-4000-8000-000000000000", body: $b) { id } }', {
        b: 'x\udc00',
      }),
    );
    assert.ok(codes(res).length === 1 && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(codes(res)[0]), res.text);

    res = tally('graphql unknown conversation', await gql('{ conversation(id: "00000000-0000-0000-0000-000000000000") { id } }'));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.data.conversation, null);

    res = tally('graphql garbage id', await gql('{ conversation(id: "not-a-uuid\'; drop table message; --") { id } }'));
    assert.notEqual(res.status, 500, res.text);
    assert.ok(!codes(res).includes('INTERNAL_SERVER_ERROR'), res.text);

    res = tally(
      'graphql addNote to unknown conversation',
      await gql('mutation { addNote(conversationId: "not-a-uuid", body: "x") { id } }'),
    );
    assert.ok(codes(res).length === 1 && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(codes(res)[0]), res.text);

    assert.deepEqual(await stored(), before, 'garbage GraphQL stored nothing');
    const health = await httpGet(`${sys.apiUrl}/health`);
    assert.equal(health.status, 200, health.text);
  });
});
