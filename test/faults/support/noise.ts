// What the fault tests watch and mix in while a stream runs: /health, progress counts, and bad requests
// that must keep getting their clear error.
import { sign, type System } from '../../support/system';
import { sleepMs, type Traffic } from './traffic';

/** GET /health of the first api: status and report. */
export async function health(sys: System): Promise<{ status: number; body: any }> {
  try {
    const res = await fetch(`${sys.apiUrl}/health`, { signal: AbortSignal.timeout(10_000) });
    return { status: res.status, body: await res.json() };
  } catch (err) {
    return { status: 0, body: { error: (err as Error).message } };
  }
}

/** Counts of rows of the run: stored messages, reviews, conversations behind in the index. */
export async function progress(t: Traffic): Promise<{ messages: number; reviews: number; behind: number }> {
  const like = `%faults-${t.run}-%`;
  const [row] = await t.sys.sql(
    `with c as (select distinct conversation_id as id from message where external_id like $1)
     select (select count(*) from message where external_id like $1)::int as messages,
            (select count(*) from review r join c on c.id = r.conversation_id)::int as reviews,
            (select count(*) from conversation x join c on c.id = x.id where x.indexed_version < x.version)::int as behind`,
    [like],
  );
  return row;
}

/**
 * Bad requests mixed into a stream until `until` resolves: each kind must get its expected status.
 * Returns the answers by kind and whatever did not match.
 */
export async function badInputNoise(
  t: Traffic,
  until: Promise<unknown>,
  everyMs = 250,
): Promise<{ byKind: Record<string, number>; unexpected: string[] }> {
  const { sys } = t;
  let done = false;
  void until.finally(() => (done = true));
  const byKind: Record<string, number> = {};
  const unexpected: string[] = [];
  const post = async (path: string, body: string, headers: Record<string, string>) => {
    const res = await fetch(`${sys.apiUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: res.status, text: await res.text() };
  };
  const gqlBody = (query: string) => JSON.stringify({ query });
  const auth = { authorization: `Bearer ${t.token}` };
  const kinds: [string, number, () => Promise<{ status: number; text: string }>][] = [
    ['webhook unsigned', 401, () => post('/webhooks/whatsapp', '{"object":"whatsapp_business_account","entry":[]}', {})],
    [
      'webhook bad signature',
      401,
      () => post('/webhooks/whatsapp', '{"entry":[]}', { 'x-hub-signature-256': `sha256=${'ab'.repeat(32)}` }),
    ],
    ['webhook malformed', 400, () => post('/webhooks/whatsapp', '{"entry":[', { 'x-hub-signature-256': sign('{"entry":[') })],
    ['messages malformed', 400, () => post('/v1/messages', '{"source":', auth)],
    ['messages invalid', 400, () => post('/v1/messages', JSON.stringify({ source: 'FAX', role: 'BOT' }), auth)],
    ['messages unauthorized', 401, () => post('/v1/messages', '{}', { authorization: 'Bearer nope' })],
    ['messages oversized', 413, () => post('/v1/messages', JSON.stringify({ text: 'x'.repeat(1_100_000) }), auth)],
    ['graphql syntax', 400, () => post('/graphql', gqlBody('{ conversations {'), auth)],
    ['graphql unknown field', 400, () => post('/graphql', gqlBody('{ nope }'), auth)],
  ];
  for (let i = 0; !done; i++) {
    const [kind, expected, send] = kinds[i % kinds.length];
    try {
      const res = await send();
      const key = `${kind} → ${res.status}`;
      byKind[key] = (byKind[key] ?? 0) + 1;
      if (res.status !== expected) unexpected.push(`${key} (expected ${expected}): ${res.text.slice(0, 200)}`);
    } catch (err) {
      unexpected.push(`${kind}: ${(err as Error).message}`);
    }
    // and a replay of something already acknowledged
    const replay = t.planned.find((p, j) => j === i % Math.max(1, t.planned.length) && t.acked.has(p.messageId));
    if (replay) {
      const a = await t.send(replay.conv, replay.n, true);
      const key = `replay → ${a.status}`;
      byKind[key] = (byKind[key] ?? 0) + 1;
    }
    await sleepMs(everyMs);
  }
  return { byKind, unexpected };
}
