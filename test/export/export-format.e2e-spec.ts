// The export end to end: CSV (BOM, header in the contract's order, RFC 4180 quoting of accents,
// quotes, commas and newlines, the ' formula guard) and NDJSON, each row equal to what GraphQL
// shows of that conversation; the list's filters as query parameters; bad parameters named.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { httpGet, startSystem, waitFor, type HttpResult, type System } from '../support/system';
import { postConversation, reviewedConversations } from '../people/support/conversations';
import { gqlOk } from '../people/support/credentials';

const COLUMNS =
  'id,title,source,status,statusOrigin,suggestedStatus,contactName,phone,email,lastMessageAt,messageCount,qualityScore,summary,tags,reviewedAt'.split(
    ',',
  );
const VIEW = `query($id: ID!) { conversation(id: $id) {
  id title source status statusOrigin lastMessageAt messageCount tags { name }
  contact { name phone email } review { suggestedStatus qualityScore summary reviewedAt } } }`;

type Row = Record<string, unknown>;

/** The contract's guard: a cell beginning with =, +, - or @ gets a leading '. */
const guard = (v: string) => (/^[=+\-@]/.test(v) ? `'${v}` : v);

describe('export: CSV and NDJSON', () => {
  let s: System;
  let ws: { id: string; apiToken: string };
  let ids: string[];

  before(async () => {
    s = await startSystem();
    ws = await s.createWorkspace('Export');
    ids = await reviewedConversations(s, ws.apiToken, [
      { name: 'Zoë Müller-Lüdenscheidt, "la Señora"', email: 'zoe@example.com', phone: '+49 30 1234567' },
      { name: '=HYPERLINK("http://evil.example","click")', source: 'WIDGET' },
      { name: '@SUM(A1:A9)', phone: '-12 345', texts: ['Riga uno\nriga due, con "virgolette"', 'Va bene; ci sentiamo'] },
      { name: 'Plain Name', phone: '+39 333 0000000' },
    ]);
    for (const [i, tag] of ['=cmd', '@ops', '-minus', 'Città'].entries()) {
      await gqlOk(s, { token: ws.apiToken }, 'mutation($id: ID!, $n: String!) { addTag(conversationId: $id, name: $n) { id } }', {
        id: ids[i % 3],
        n: tag,
      });
    }
    await postConversation(s, ws.apiToken, { name: 'Not reviewed yet' }).then(async (id) => {
      await s.sql('update conversation set visible = false, reviewed_at = null where id = $1', [id]); // stays waiting: never exported
    });
  });
  after(() => s?.stop());

  const get = (query: string, token: string): Promise<HttpResult> =>
    httpGet(`${s.apiUrl}/v1/conversations/export${query}`, { authorization: `Bearer ${token}` });

  /** Exports are rate limited per credential: each test exports with a token of its own. */
  const ownToken = async (): Promise<string> =>
    (await gqlOk(s, { token: ws.apiToken }, 'mutation { createApiToken(name: "export test") { token } }')).createApiToken.token;

  /** What GraphQL shows of the conversations, newest first, in export terms (unguarded). */
  async function expectedRows(only: string[] = ids): Promise<Row[]> {
    const rows: Row[] = [];
    for (const id of only) {
      const c = (await gqlOk(s, { token: ws.apiToken }, VIEW, { id })).conversation;
      rows.push({
        id: c.id,
        title: c.title,
        source: c.source,
        status: c.status,
        statusOrigin: c.statusOrigin,
        suggestedStatus: c.review.suggestedStatus,
        contactName: c.contact.name,
        phone: c.contact.phone,
        email: c.contact.email,
        lastMessageAt: c.lastMessageAt,
        messageCount: c.messageCount,
        qualityScore: c.review.qualityScore,
        summary: c.review.summary,
        tags: c.tags.map((t: { name: string }) => t.name),
        reviewedAt: c.review.reviewedAt,
      });
    }
    return rows.sort((a, b) => Date.parse(b.lastMessageAt as string) - Date.parse(a.lastMessageAt as string));
  }

  it('writes CSV with a BOM, the header in the contract order, and every cell as GraphQL shows it, guarded', async () => {
    const res = await get('?format=csv', await ownToken());
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="conversations-.*\.csv"$/);
    assert.ok(res.text.startsWith('\uFEFF'), 'UTF-8 BOM');
    assert.ok(res.text.endsWith('\r\n'));
    const records: string[][] = parse(res.text, { bom: true, relax_column_count: false });
    assert.deepEqual(records[0], COLUMNS);
    const want = (await expectedRows()).map((r) =>
      COLUMNS.map((c) => {
        const v = r[c];
        if (v === null) return '';
        if (c === 'tags') return guard((v as string[]).join(';'));
        return typeof v === 'number' ? String(v) : guard(v as string);
      }),
    );
    assert.deepEqual(records.slice(1), want);

    const byTitle = new Map(records.slice(1).map((r) => [r[0], r]));
    assert.equal(byTitle.get(ids[0])![1], 'Zoë Müller-Lüdenscheidt, "la Señora"', 'accents, commas and quotes round-trip');
    assert.equal(byTitle.get(ids[1])![1], `'=HYPERLINK("http://evil.example","click")`);
    assert.equal(byTitle.get(ids[2])![1], "'@SUM(A1:A9)");
    assert.equal(byTitle.get(ids[2])![7], "'-12 345");
    assert.equal(byTitle.get(ids[3])![7], "'+39 333 0000000");
    assert.equal(byTitle.get(ids[0])![13], "'=cmd;Città", 'tags joined with ;, the cell guarded');
    assert.equal(byTitle.get(ids[2])![13], "'-minus");
    assert.ok(res.text.includes('"Zoë Müller-Lüdenscheidt, ""la Señora"""'), 'RFC 4180 quoting');
  });

  it('writes NDJSON: one object a line, the same keys in the same order, tags an array, nothing guarded', async () => {
    const res = await get('?format=ndjson', await ownToken());
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^application\/x-ndjson/);
    const lines = res.text.split('\n');
    assert.equal(lines.pop(), '', 'every line ends with \\n');
    const objects = lines.map((l) => JSON.parse(l) as Row);
    for (const o of objects) assert.deepEqual(Object.keys(o), COLUMNS);
    assert.deepEqual(objects, await expectedRows());
  });

  it('exports what the list shows for the same filters', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (
        (
          await gqlOk(
            s,
            { token: ws.apiToken },
            'query($f: ConversationFilter) { conversations(filter: $f, first: 100, orderBy: NEWEST) { edges { node { id } } } }',
            { f: filter },
          )
        ).conversations.edges as { node: { id: string } }[]
      ).map((e) => e.node.id);
    const exported = async (query: string) =>
      (await get(`?format=ndjson&${query}`, await ownToken())).text
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id);
    await waitFor(async () => (await list({ search: 'virgolette' })).length === 1, 30_000, 'the search index has the conversations');
    const newest = (await expectedRows())[0].lastMessageAt as string;
    const cases: [string, Record<string, unknown>][] = [
      ['source=WIDGET', { sources: ['WIDGET'] }],
      ['source=WIDGET&source=WHATSAPP', { sources: ['WIDGET', 'WHATSAPP'] }],
      ['tag=%3Dcmd&tag=citt%C3%A0', { tags: ['=cmd', 'città'] }],
      ['tag=-minus', { tags: ['-minus'] }],
      ['search=virgolette', { search: 'virgolette' }],
      [`from=${encodeURIComponent(newest)}`, { from: newest }],
      [`to=${encodeURIComponent(newest)}&minQualityScore=0&maxQualityScore=100`, { to: newest, minQualityScore: 0, maxQualityScore: 100 }],
    ];
    for (const [query, filter] of cases) {
      const want = await list(filter);
      assert.ok(want.length > 0, `${query}: the case selects something`);
      assert.deepEqual(await exported(query), want, query);
    }
    const status = (await expectedRows())[0].status as string;
    assert.deepEqual(await exported(`status=${status}`), await list({ statuses: [status] }));
  });

  it('answers 400 naming a bad parameter, and shows another workspace none of these rows', async () => {
    const token = await ownToken();
    for (const [query, field] of [
      ['?format=xml', 'format'],
      ['?status=DONE', 'status'],
      ['?source=EMAIL', 'source'],
      ['?from=yesterday', 'from'],
      ['?minQualityScore=high', 'minQualityScore'],
      ['?maxQualityScore=101', 'maxQualityScore'],
      ['?colour=red', 'colour'],
    ]) {
      const res = await get(query, token);
      assert.equal(res.status, 400, query);
      const body = res.body as { error: { code: string; fields: { field: string }[] } };
      assert.equal(body.error.code, 'INVALID_INPUT');
      assert.equal(body.error.fields[0].field, field, `${query}: ${JSON.stringify(body)}`);
    }
    const other = await s.createWorkspace('Export, other');
    const theirs = await get('?format=csv', other.apiToken);
    assert.equal(theirs.status, 200);
    assert.deepEqual(parse(theirs.text, { bom: true }), [COLUMNS], 'only the header');
  });

  it('limits exports per credential (429 with Retry-After), other credentials unaffected', async () => {
    const token = await ownToken();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await get('?format=ndjson', token)).status);
    assert.deepEqual(statuses, [...Array(10).fill(200), 429]);
    const limited = await get('?format=csv', token);
    assert.equal((limited.body as { error: { code: string } }).error.code, 'RATE_LIMITED');
    assert.ok(Number(limited.headers['retry-after']) >= 1, `Retry-After ${limited.headers['retry-after']}`);
    assert.equal((await get('?format=csv', await ownToken())).status, 200);
  });
});
