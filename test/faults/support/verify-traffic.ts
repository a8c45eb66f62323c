// The checks and the report after a fault test's stream, against PostgreSQL, Meilisearch and /health:
// stored once, reviewed once per quiet window (windows a fault may merge aside), indexed, healthy.
import assert from 'node:assert/strict';
import { waitFor } from '../../support/system';
import { countBy, statusKind, type FaultWindow, type Traffic } from './traffic';

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
  let splitTotal = 0;
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
    // The workflow sees messages when their signal arrives: around a fault a late signal may split a window too.
    const receivedAt = new Map(ms.map((m) => [m.seq, new Date(m.received_at).getTime()]));
    const inFault = (seq: number) =>
      opts.faults.some((f) => receivedAt.get(seq)! >= f.from - opts.reviewDelayMs - 2_000 && receivedAt.get(seq)! <= f.to + 2_000);
    const midWindow = rs.filter((s) => !endSeqs.has(s));
    splitTotal += midWindow.filter(inFault).length;
    if (midWindow.some((s) => !inFault(s)))
      problems.push(
        `${id}: reviewed in the middle of a quiet window at seq ${midWindow.join(',')} (window ends ${[...endSeqs].join(',')})`,
      );
    if (rs.length > ends.length + midWindow.length) problems.push(`${id}: ${rs.length} reviews for ${ends.length} quiet windows`);
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
    windowsSplitByFault: splitTotal,
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
