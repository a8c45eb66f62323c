// A steady, bounded stream of messages for the fault tests, every response recorded; and the
// checks/report run afterwards against PostgreSQL, Meilisearch and /health.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sign, waitFor, type System } from '../../support/system';
import { whatsappText } from '../../support/whatsapp';

export interface TrafficOptions {
  /** conversations talking at the same time */
  conversations: number;
  /** bursts per conversation, separated by quiet pauses */
  bursts: number;
  /** messages per burst */
  burstSize: number;
  /** pause between the messages of a burst (well below REVIEW_DELAY) */
  gapMs: number;
  /** quiet pause between bursts (well above REVIEW_DELAY) */
  pauseMs: number;
  /** WhatsApp phone_number_id of the workspace: odd conversations then go through signed webhooks */
  phoneNumberId?: string;
  /** per-request timeout */
  timeoutMs?: number;
}

export interface Attempt {
  conv: number;
  n: number;
  messageId: string;
  via: 'api' | 'webhook';
  status: number; // 0: no HTTP answer
  error?: string;
  at: number;
  ms: number;
  retry: boolean;
}

/** Purely alphabetic token (Meilisearch keeps it one word). */
export function letters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Traffic {
  private readonly runNum = randomBytes(3).readUIntBE(0, 3) % 1_000_000;
  readonly run = letters(this.runNum);
  readonly attempts: Attempt[] = [];
  /** messageId → acknowledged (2xx) at least once */
  readonly acked = new Set<string>();
  readonly planned: { conv: number; n: number; messageId: string }[] = [];

  constructor(
    readonly sys: System,
    readonly token: string,
    readonly o: TrafficOptions,
  ) {}

  key(conv: number): string {
    return this.o.phoneNumberId && conv % 2 === 1
      ? `39${String(this.runNum).padStart(6, '0')}${String(conv).padStart(3, '0')}`
      : `faults-${this.run}-${conv}`;
  }

  word(conv: number, n: number): string {
    return `kw${this.run}z${letters(conv)}q${letters(n)}`;
  }

  messageId(conv: number, n: number): string {
    return `${this.o.phoneNumberId && conv % 2 === 1 ? 'wamid.' : ''}faults-${this.run}-${conv}-${n}`;
  }

  /** One delivery of message n of conversation conv; never throws. */
  async send(conv: number, n: number, retry = false): Promise<Attempt> {
    const messageId = this.messageId(conv, n);
    const text = `${n % 2 ? 'Hello, I would like a quote for solar panels on a flat roof' : 'Sure! What is the roof size in m2?'} ${this.word(conv, n)}`;
    const viaWebhook = Boolean(this.o.phoneNumberId) && conv % 2 === 1;
    const started = Date.now();
    const attempt: Attempt = { conv, n, messageId, via: viaWebhook ? 'webhook' : 'api', status: 0, at: started, ms: 0, retry };
    try {
      let res: Response;
      const signal = AbortSignal.timeout(this.o.timeoutMs ?? 30_000);
      if (viaWebhook) {
        const raw = whatsappText({
          phoneNumberId: this.o.phoneNumberId!,
          from: this.key(conv),
          id: messageId,
          body: text,
          name: `Customer ${conv}`,
          timestamp: Math.floor(started / 1000),
        });
        res = await fetch(`${this.sys.apiUrl}/webhooks/whatsapp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(raw) },
          body: raw,
          signal,
        });
      } else {
        res = await fetch(`${this.sys.apiUrl}/v1/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
          body: JSON.stringify({
            source: 'WIDGET',
            conversationKey: this.key(conv),
            messageId,
            role: n % 2 ? 'CUSTOMER' : 'AGENT',
            text,
          }),
          signal,
        });
      }
      attempt.status = res.status;
      const body = await res.text();
      if (res.status >= 300) attempt.error = body.slice(0, 300);
    } catch (err) {
      attempt.error = (err as Error).message;
    }
    attempt.ms = Date.now() - started;
    this.attempts.push(attempt);
    if (attempt.status >= 200 && attempt.status < 300) this.acked.add(messageId);
    return attempt;
  }

  /** The stream: every conversation sends its bursts; conversations start staggered over one burst. */
  async stream(): Promise<void> {
    const { conversations, bursts, burstSize, gapMs, pauseMs } = this.o;
    const period = burstSize * gapMs + pauseMs;
    await Promise.all(
      Array.from({ length: conversations }, async (_, conv) => {
        await sleep(Math.floor((period * conv) / conversations));
        let n = 0;
        for (let b = 0; b < bursts; b++) {
          for (let i = 0; i < burstSize; i++) {
            n++;
            this.planned.push({ conv, n, messageId: this.messageId(conv, n) });
            await this.send(conv, n);
            if (i < burstSize - 1) await sleep(gapMs);
          }
          if (b < bursts - 1) await sleep(pauseMs);
        }
      }),
    );
  }

  /** As a well-behaved sender does: deliver again whatever was not acknowledged, until it is. */
  async redeliverUnacknowledged(timeoutMs = 60_000): Promise<number> {
    let redelivered = 0;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const missing = this.planned.filter((p) => !this.acked.has(p.messageId));
      if (missing.length === 0) return redelivered;
      if (Date.now() > deadline) {
        const last = this.attempts.filter((a) => a.retry).slice(-3);
        throw new Error(
          `${missing.length} messages still not acknowledged after ${timeoutMs} ms; last answers: ${last.map((a) => `${a.status} ${a.error ?? ''}`).join(' | ')}`,
        );
      }
      for (const p of missing) {
        redelivered++;
        await this.send(p.conv, p.n, true);
      }
      if (this.planned.some((p) => !this.acked.has(p.messageId))) await sleep(1_000);
    }
  }

  /** Requests answered within [from, to] (ms timestamps), by status. */
  statusesBetween(from: number, to: number): Record<string, number> {
    return countBy(this.attempts.filter((a) => a.at >= from && a.at <= to).map((a) => statusKind(a)));
  }
}

function statusKind(a: Attempt): string {
  return a.status === 0 ? `network(${(a.error ?? '').slice(0, 40)})` : String(a.status);
}

function countBy(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

export interface FaultWindow {
  name: string;
  from: number;
  to: number;
}

export interface Verification {
  counts: Record<string, unknown>;
}

/**
 * Waits until every conversation of the run is reviewed through its last message and indexed, then
 * checks the invariants and prints the counts. `faults`: periods in which a quiet window's review may
 * legitimately be merged with the next window's (no worker / no Temporal to run it on time).
 */
export async function verifyTraffic(
  t: Traffic,
  opts: { reviewDelayMs: number; faults: FaultWindow[]; label: string; settleTimeoutMs?: number; extra?: Record<string, unknown> },
): Promise<Verification> {
  const { sys } = t;
  const like = `%faults-${t.run}-%`;
  const convRows = async () =>
    sys.sql<{ id: string; message_count: number; last_seq: number; reviewed_through: number | null; behind: boolean }>(
      `select c.id, c.message_count,
              (select max(seq) from message m where m.conversation_id = c.id) as last_seq,
              (select max(through_seq) from review r where r.conversation_id = c.id) as reviewed_through,
              c.indexed_version < c.version as behind
         from conversation c
        where exists (select 1 from message m where m.conversation_id = c.id and m.external_id like $1)`,
      [like],
    );

  // 1. Everything settles: each conversation's last review covers its last message; the index caught up.
  const settleStart = Date.now();
  await waitFor(
    async () => {
      const rows = await convRows();
      return rows.length === t.o.conversations && rows.every((r) => r.reviewed_through === r.last_seq && !r.behind);
    },
    opts.settleTimeoutMs ?? 120_000,
    `${opts.label}: every conversation reviewed through its last message and indexed`,
  ).catch(async (err: Error) => {
    const unsettled = (await convRows()).filter((r) => r.reviewed_through !== r.last_seq || r.behind);
    throw new Error(`${err.message}; not settled: ${JSON.stringify(unsettled)}`, { cause: err });
  });
  const settleMs = Date.now() - settleStart;

  // 2. Stored exactly once; acknowledged ⊆ stored.
  const messages = await sys.sql<{ external_id: string; conversation_id: string; seq: number; received_at: Date; n: number }>(
    `select external_id, conversation_id, seq, received_at, count(*) over (partition by source, external_id)::int as n
       from message where external_id like $1 order by conversation_id, seq`,
    [like],
  );
  const stored = new Set(messages.map((m) => m.external_id));
  const storedTwice = messages.filter((m) => m.n > 1).map((m) => m.external_id);
  assert.deepEqual(storedTwice, [], 'no message stored twice');
  const ackedNotStored = [...t.acked].filter((id) => !stored.has(id));
  assert.deepEqual(ackedNotStored, [], 'every acknowledged message is stored');
  const unknownStored = [...stored].filter((id) => !t.planned.some((p) => p.messageId === id));
  assert.deepEqual(unknownStored, [], 'nothing stored that was not sent');
  // seqs are 1..count without gaps or repeats, per conversation
  const byConv = new Map<string, typeof messages>();
  for (const m of messages) byConv.set(m.conversation_id, [...(byConv.get(m.conversation_id) ?? []), m]);
  for (const [id, ms] of byConv) {
    assert.deepEqual(
      ms.map((m) => m.seq),
      ms.map((_, i) => i + 1),
      `conversation ${id}: message seqs 1..${ms.length}`,
    );
  }

  // 3. Reviews: one per quiet window (windows from the stored receipt times).
  const reviews = await sys.sql<{ conversation_id: string; through_seq: number; failed: boolean }>(
    `select conversation_id, through_seq, failed from review where conversation_id = any($1::uuid[]) order by conversation_id, through_seq`,
    [[...byConv.keys()]],
  );
  let windowsTotal = 0;
  let mergeableTotal = 0;
  const reviewsPerConversation: number[] = [];
  const problems: string[] = [];
  for (const [id, ms] of byConv) {
    const sorted = [...ms].sort((a, b) => new Date(a.received_at).getTime() - new Date(b.received_at).getTime());
    const ends: { seq: number; at: number; quietMs: number }[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const at = new Date(sorted[i].received_at).getTime();
      const next = sorted[i + 1] ? new Date(sorted[i + 1].received_at).getTime() : Infinity;
      if (next - at > opts.reviewDelayMs) ends.push({ seq: Math.max(...sorted.slice(0, i + 1).map((m) => m.seq)), at, quietMs: next - at });
    }
    // A window whose review fell due inside a fault (± 2 s) may be reviewed together with the next one.
    const mergeable = ends
      .slice(0, -1)
      .filter((e) =>
        opts.faults.some((f) => e.at + opts.reviewDelayMs >= f.from - 2_000 && e.at + opts.reviewDelayMs <= f.to + 2_000),
      ).length;
    const rs = reviews.filter((r) => r.conversation_id === id).map((r) => r.through_seq);
    reviewsPerConversation.push(rs.length);
    windowsTotal += ends.length;
    mergeableTotal += mergeable;
    const endSeqs = new Set(ends.map((e) => e.seq));
    if (new Set(rs).size !== rs.length) problems.push(`${id}: two reviews with the same through_seq ${rs.join(',')}`);
    if (rs.at(-1) !== ms.length) problems.push(`${id}: last review through ${rs.at(-1)}, ${ms.length} messages`);
    const midWindow = rs.filter((s) => !endSeqs.has(s));
    if (midWindow.length)
      problems.push(
        `${id}: reviewed in the middle of a quiet window at seq ${midWindow.join(',')} (window ends ${[...endSeqs].join(',')})`,
      );
    if (rs.length > ends.length) problems.push(`${id}: ${rs.length} reviews for ${ends.length} quiet windows`);
    if (rs.length < ends.length - mergeable)
      problems.push(
        `${id}: ${rs.length} reviews for ${ends.length} quiet windows (${mergeable} may merge under a fault); unreviewed: ${ends
          .filter((e) => !rs.includes(e.seq))
          .map((e) => `seq ${e.seq} at ${new Date(e.at).toISOString()}, quiet ${e.quietMs} ms`)
          .join('; ')}`,
      );
  }

  // 4. The search index has every conversation with its latest message.
  const indexStart = Date.now();
  await waitFor(
    async () => {
      for (const p of t.planned) {
        if (p.n !== Math.max(...t.planned.filter((q) => q.conv === p.conv).map((q) => q.n))) continue;
        const res = await fetch(`${sys.env.MEILI_URL}/indexes/${sys.env.MEILI_INDEX}/search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${sys.env.MEILI_MASTER_KEY}` },
          body: JSON.stringify({ q: t.word(p.conv, p.n), limit: 5 }),
        });
        const json = (await res.json()) as { hits?: { id: string }[] };
        const [row] = await sys.sql('select conversation_id from message where external_id = $1', [p.messageId]);
        if (!json.hits?.some((h) => h.id === row?.conversation_id)) return false;
      }
      return true;
    },
    60_000,
    `${opts.label}: Meilisearch has every conversation's last message`,
  );
  const indexCatchUpMs = Date.now() - indexStart;

  // 5. /health healthy.
  const health = await fetch(`${sys.apiUrl}/health`);
  const healthBody = await health.json();

  const byStatus = countBy(t.attempts.map(statusKind));
  const counts = {
    test: opts.label,
    planned: t.planned.length,
    requests: t.attempts.length,
    redeliveries: t.attempts.filter((a) => a.retry).length,
    acknowledged: t.acked.size,
    stored: stored.size,
    storedTwice: storedTwice.length,
    conversations: byConv.size,
    reviews: reviews.length,
    failedReviews: reviews.filter((r) => r.failed).length,
    quietWindows: windowsTotal,
    windowsMergeableByFault: mergeableTotal,
    reviewsPerConversation: countBy(reviewsPerConversation.map(String)),
    responsesByStatus: byStatus,
    errorSamples: Object.fromEntries(
      Object.keys(byStatus)
        .filter((k) => !k.startsWith('2'))
        .map((k) => [k, (t.attempts.find((a) => statusKind(a) === k)?.error ?? '').slice(0, 160)]),
    ),
    settleMs,
    indexCatchUpMs,
    maxRequestMs: Math.max(...t.attempts.map((a) => a.ms)),
    health: `${health.status} ${JSON.stringify(healthBody)}`,
    ...opts.extra,
  };
  console.log(`\n===== fault report: ${opts.label} =====\n${JSON.stringify(counts, null, 1).replace(/\n\s*/g, ' ')}\n`);
  assert.deepEqual(problems, [], 'reviews: once per quiet window, the last one covering the last message');
  assert.equal(counts.failedReviews, 0, 'no review gave up: the fault stayed within the retries');
  assert.equal(health.status, 200, `/health after the faults: ${JSON.stringify(healthBody)}`);
  assert.equal(t.acked.size, t.planned.length, 'every message was finally acknowledged');
  return { counts };
}

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

export const sleepMs = sleep;

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
    await sleep(everyMs);
  }
  return { byKind, unexpected };
}
