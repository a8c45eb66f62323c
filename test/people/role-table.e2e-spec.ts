// The role table: every query and mutation of the running schema (the contract's and any addition)
// × {ADMIN, AGENT, API token, no credentials, another workspace, the admin token}, each answer
// compared with what the contract's roles say, as one table; then the HTTP endpoints and the
// WebSocket by the same rule.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { httpGet, startSystem, type System } from '../support/system';
import { reviewedConversations } from './support/conversations';
import { codeOf, gqlAs, gqlOk, headersOf, NOBODY, signIn, uniqueEmail, type Credential } from './support/credentials';
import { CALLERS, expected, OPERATIONS, type Caller, type Fixture, type Operation, type Outcome } from './support/operations';
import { connectAs } from './support/ws';

const PASSWORD = 'role table password';

describe('people: the role table', () => {
  let s: System;
  let fixture: Fixture;
  let callers: Record<Caller, Credential>;
  /** The e-mail of each caller that is a person. */
  const emails: Partial<Record<Caller, string>> = {};
  /** Strings only workspace A's data contains: no answer to another workspace may carry one. */
  let secretsOfA: string[];

  before(async () => {
    s = await startSystem();
    const a = await s.createWorkspace('Role table A');
    const b = await s.createWorkspace('Role table B');
    const [conversationId] = await reviewedConversations(s, a.apiToken, [{ name: 'Secret Customer of A' }]);
    await gqlOk(
      s,
      { token: a.apiToken },
      'mutation($id: ID!) { addTag(conversationId: $id, name: "a-secret-tag") { id } addNote(conversationId: $id, body: "a-secret-note") { id } }',
      {
        id: conversationId,
      },
    );
    const adminEmail = (emails.ADMIN = uniqueEmail('a-admin'));
    const admin = await s.addPerson(a.apiToken, adminEmail, 'ADMIN', PASSWORD);
    const agent = await s.addPerson(a.apiToken, (emails.AGENT = uniqueEmail('a-agent')), 'AGENT', PASSWORD);
    const otherAdmin = await s.addPerson(b.apiToken, (emails['other workspace'] = uniqueEmail('b-admin')), 'ADMIN', PASSWORD);
    fixture = { s, workspaceId: a.id, apiToken: a.apiToken, conversationId, person: { email: adminEmail, password: PASSWORD } };
    callers = {
      ADMIN: { cookie: admin.cookie },
      AGENT: { cookie: agent.cookie },
      'API token': { token: a.apiToken },
      'no credentials': NOBODY,
      'other workspace': { cookie: otherAdmin.cookie },
      'admin token': { token: s.adminToken },
    };
    secretsOfA = [
      a.id,
      conversationId,
      'a-secret-tag',
      'a-secret-note',
      'Secret Customer of A',
      adminEmail,
      admin.memberId,
      agent.memberId,
    ];
  });
  after(() => s?.stop());

  it('covers every query and mutation the service offers', async () => {
    const schema = await gqlOk(s, NOBODY, '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const offered = [...schema.__schema.queryType.fields, ...schema.__schema.mutationType.fields]
      .map((f: { name: string }) => f.name)
      .sort();
    assert.deepEqual(OPERATIONS.map((o) => o.field).sort(), offered);
  });

  it('answers each operation × caller as the roles say, and never shows another workspace anything of A', async () => {
    const actual: Record<string, Record<Caller, Outcome>> = {};
    const wanted: Record<string, Record<Caller, Outcome>> = {};
    for (const op of OPERATIONS) {
      actual[op.field] = {} as Record<Caller, Outcome>;
      wanted[op.field] = {} as Record<Caller, Outcome>;
      for (const caller of CALLERS) {
        wanted[op.field][caller] = expected(op, caller);
        actual[op.field][caller] = await outcome(op, caller);
      }
    }
    assert.deepEqual(actual, wanted);
  });

  it("left no trace of the other workspace's attempts on A's conversation", async () => {
    const c = (
      await gqlOk(s, { token: fixture.apiToken }, 'query($id: ID!) { conversation(id: $id) { status notes { body } tags { name } } }', {
        id: fixture.conversationId,
      })
    ).conversation;
    assert.notEqual(c.status, 'SPAM');
    const written = [...c.notes.map((n: { body: string }) => n.body), ...c.tags.map((t: { name: string }) => t.name)];
    assert.deepEqual(
      written.filter((w: string) => /other workspace|admin token|no credentials/.test(w)),
      [],
    );
    assert.ok(written.includes('note by AGENT') && written.includes('tag by API token'), JSON.stringify(written));
  });

  it('applies the same roles to the HTTP endpoints', async () => {
    const exportAs = async (c: Credential) => (await httpGet(`${s.apiUrl}/v1/conversations/export?format=ndjson`, headersOf(c))).status;
    const postAs = async (c: Credential, caller: string) =>
      (
        await fetch(`${s.apiUrl}/v1/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headersOf(c) },
          body: JSON.stringify({
            source: 'WIDGET',
            conversationKey: `table-${caller}`,
            messageId: `table-${caller}`,
            role: 'CUSTOMER',
            text: 'hello',
          }),
        })
      ).status;
    const table: Record<string, [number, number]> = {};
    for (const caller of CALLERS) table[caller] = [await exportAs(callers[caller]), await postAs(callers[caller], caller)];
    assert.deepEqual(table, {
      ADMIN: [200, 403],
      AGENT: [200, 403],
      'API token': [200, 202],
      'no credentials': [401, 401],
      'other workspace': [200, 403],
      'admin token': [403, 403],
    });
    const own = await httpGet(`${s.apiUrl}/v1/conversations/export?format=ndjson`, headersOf(callers['other workspace']));
    for (const secret of secretsOfA) assert.ok(!own.text.includes(secret), `B's export shows ${secret}`);
  });

  it('applies them to subscriptions: members and tokens connect, no credentials 4401, the admin token 4403', async () => {
    const codes: Record<string, number | 'connected'> = {};
    for (const caller of CALLERS) {
      const conn = connectAs(s.apiUrl, callers[caller]);
      codes[caller] = await Promise.race([conn.connected.then(() => 'connected' as const), conn.closed.then((c) => c.code)]);
      await conn.client.dispose();
    }
    assert.deepEqual(codes, {
      ADMIN: 'connected',
      AGENT: 'connected',
      'API token': 'connected',
      'no credentials': 4401,
      'other workspace': 'connected',
      'admin token': 4403,
    });
  });

  async function outcome(op: Operation, caller: Caller): Promise<Outcome> {
    const email = emails[caller];
    const credential = op.endsSession && email ? { cookie: await signIn(s, email, PASSWORD) } : callers[caller];
    const res = await gqlAs(s, credential, op.document, await op.vars(fixture, caller));
    if (res.body.errors?.length) return codeOf(res.body) ?? `no code: ${res.body.errors[0].message}`;
    const value = res.body.data?.[op.field];
    if (value === null || value === undefined) return 'null';
    if (caller === 'other workspace' && op.other === 'own') {
      const leaked = secretsOfA.find((secret) => res.text.includes(secret));
      if (leaked) return `LEAK of ${leaked}`;
      if (op.own && !op.own(res.body.data)) return `saw A's data: ${res.text}`;
    }
    return 'ok';
  }
});
