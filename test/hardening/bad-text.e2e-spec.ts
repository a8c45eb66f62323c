// Text PostgreSQL cannot store (a NUL character, an unpaired surrogate) is the sender's mistake: a
// 400 / BAD_USER_INPUT naming the field, never an outage; from Meta it is stripped instead.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSystem, type System } from '../support/system';
import { whatsappText } from '../support/whatsapp';

const NUL = 'a\u0000b';
const LONE = 'x\uD83Dy';

describe('bad text is invalid input, never an outage', () => {
  let s: System;
  let token: string;
  before(async () => {
    s = await startSystem();
    token = (await s.createWorkspace('bad-text', 'pn-bad-text')).apiToken;
  });
  after(() => s.stop());

  const message = (over: Record<string, unknown>) => ({
    source: 'WIDGET',
    conversationKey: 'k1',
    messageId: `m-${Math.random()}`,
    role: 'CUSTOMER',
    text: 'hi',
    ...over,
  });

  it('POST /v1/messages: 400 naming text, messageId, conversationKey or contact.name', async () => {
    for (const [field, body] of [
      ['text', message({ text: NUL })],
      ['text', message({ text: LONE })],
      ['messageId', message({ messageId: NUL })],
      ['conversationKey', message({ conversationKey: LONE })],
      ['contact.name', message({ contact: { name: NUL } })],
    ] as const) {
      const res = await s.postMessage(token, body);
      assert.equal(res.status, 400, `${field}: ${res.text}`);
      assert.equal(res.body.error.code, 'INVALID_INPUT');
      assert.ok(
        res.body.error.fields.some((f: { field: string }) => f.field === field),
        `${field} named in ${res.text}`,
      );
    }
    assert.deepEqual(await s.sql('select id from message'), []);
  });

  it('GraphQL: BAD_USER_INPUT naming the argument, for notes, tags and search', async () => {
    const ok = await s.postMessage(token, message({ conversationKey: 'k2' }));
    const id = ok.body.conversationId;
    const cases: [string, string, Record<string, unknown>][] = [
      ['body', 'mutation($id: ID!, $b: String!) { addNote(conversationId: $id, body: $b) { id } }', { id, b: NUL }],
      ['name', 'mutation($id: ID!, $n: String!) { addTag(conversationId: $id, name: $n) { id } }', { id, n: LONE }],
      ['filter.search', 'query($q: String) { conversations(filter: { search: $q }) { totalCount } }', { q: NUL }],
    ];
    for (const [field, query, variables] of cases) {
      const r = await s.gql(query, variables, token);
      assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${field}: ${JSON.stringify(r)}`);
      assert.equal(r.errors?.[0]?.extensions?.field, field);
    }
  });

  it('a WhatsApp delivery with such text is stored with it stripped (Meta cannot be asked to fix it)', async () => {
    const raw = whatsappText({ phoneNumberId: 'pn-bad-text', from: '393330001111', id: 'wamid.bad', body: `ciao${NUL}${LONE}` });
    const res = await s.postWebhook(raw);
    assert.equal(res.status, 200, res.text);
    const [row] = await s.sql<{ text: string }>(`select text from message where external_id = 'wamid.bad'`);
    assert.equal(row.text, 'ciaoabx\uFFFDy');
  });
});
