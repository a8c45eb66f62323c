// Stats against a hand-counted fixture: reviewed conversations by day in a time zone (UTC and
// Europe/Rome around midnight, and across the end of summer time), by source and by status; the
// unreviewed, other workspaces and the outside of the range never counted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSystem, type System } from '../support/system';
import { codeOf, gqlAs, gqlOk } from '../people/support/credentials';
import { seedConversations } from '../people/support/seed-sql';

const STATS = `query($from: DateTime, $to: DateTime, $tz: String) { stats(from: $from, to: $to, timeZone: $tz) {
  conversations averageQualityScore byDay { day conversations averageQualityScore } bySource { source count } byStatus { status count } } }`;

interface Seed {
  at: string;
  source: 'WHATSAPP' | 'WIDGET';
  status: string;
  score: number;
}

/** The fixture, by hand: where each conversation's last message falls in UTC and in Rome (UTC+1 in winter). */
const DECEMBER: Seed[] = [
  { at: '2026-11-29T23:30:00Z', source: 'WHATSAPP', status: 'SPAM', score: 5 }, //   before `from` (Rome: 11-30 00:30): not counted
  { at: '2026-11-30T22:30:00Z', source: 'WHATSAPP', status: 'IN_PROGRESS', score: 80 }, // UTC 11-30, Rome 11-30
  { at: '2026-11-30T23:30:00Z', source: 'WIDGET', status: 'SPAM', score: 20 }, //        UTC 11-30, Rome 12-01
  { at: '2026-12-01T00:30:00Z', source: 'WHATSAPP', status: 'OPPORTUNITY', score: 90 }, // UTC 12-01, Rome 12-01
  { at: '2026-12-01T12:00:00Z', source: 'WHATSAPP', status: 'OPPORTUNITY', score: 61 }, // UTC 12-01, Rome 12-01
  { at: '2026-12-01T23:15:00Z', source: 'WIDGET', status: 'FOLLOW_UP', score: 45 }, //   UTC 12-01, Rome 12-02
  { at: '2026-12-02T10:00:00Z', source: 'WHATSAPP', status: 'IN_PROGRESS', score: 70 }, // UTC 12-02, Rome 12-02
  { at: '2026-12-03T00:00:01Z', source: 'WHATSAPP', status: 'SPAM', score: 0 }, //       after `to`: not counted
];
const FROM = '2026-11-30T00:00:00.000Z';
const TO = '2026-12-02T23:59:59.000Z';

const STATUSES = [
  'IN_PROGRESS',
  'OPPORTUNITY',
  'POTENTIAL_CUSTOMER',
  'QUOTE_REQUEST',
  'FOLLOW_UP',
  'CONTACTED',
  'WAITING_RESPONSE',
  'INFO_ONLY',
  'NOT_INTERESTED',
  'SPAM',
];
const byStatus = (counts: Record<string, number>) => STATUSES.map((status) => ({ status, count: counts[status] ?? 0 }));

describe('stats', () => {
  let s: System;
  let ws: { id: string; apiToken: string };

  before(async () => {
    s = await startSystem();
    ws = await s.createWorkspace('Stats');
    const other = await s.createWorkspace('Stats, other');
    for (const c of DECEMBER) await seed(ws.id, c);
    // waiting for its first review (not visible): never counted
    const [hidden] = await seed(ws.id, { at: '2026-12-01T10:00:00Z', source: 'WHATSAPP', status: 'IN_PROGRESS', score: 100 });
    await s.sql('update conversation set visible = false, reviewed_at = null where id = $1', [hidden]);
    await seed(other.id, { at: '2026-12-01T10:00:00Z', source: 'WIDGET', status: 'SPAM', score: 100 });
  });
  after(() => s?.stop());

  function seed(workspaceId: string, c: Seed): Promise<string[]> {
    return seedConversations(s, workspaceId, 1, {
      lastMessageAt: `'${c.at}'`,
      source: `'${c.source}'`,
      status: `'${c.status}'`,
      qualityScore: String(c.score),
    });
  }

  const stats = async (vars: Record<string, unknown>) => (await gqlOk(s, { token: ws.apiToken }, STATS, vars)).stats;

  it('counts by UTC day', async () => {
    assert.deepEqual(await stats({ from: FROM, to: TO, tz: 'UTC' }), {
      conversations: 6,
      averageQualityScore: 61, // (80 + 20 + 90 + 61 + 45 + 70) / 6
      byDay: [
        { day: '2026-11-30', conversations: 2, averageQualityScore: 50 },
        { day: '2026-12-01', conversations: 3, averageQualityScore: 65.3 }, // 196 / 3, to one decimal
        { day: '2026-12-02', conversations: 1, averageQualityScore: 70 },
      ],
      bySource: [
        { source: 'WHATSAPP', count: 4 },
        { source: 'WIDGET', count: 2 },
      ],
      byStatus: byStatus({ IN_PROGRESS: 2, OPPORTUNITY: 2, FOLLOW_UP: 1, SPAM: 1 }),
    });
  });

  it('counts by Rome day: the same instants, late evenings in UTC fall on the next day', async () => {
    const rome = await stats({ from: FROM, to: TO, tz: 'Europe/Rome' });
    assert.deepEqual(rome.byDay, [
      { day: '2026-11-30', conversations: 1, averageQualityScore: 80 },
      { day: '2026-12-01', conversations: 3, averageQualityScore: 57 }, // (20 + 90 + 61) / 3
      { day: '2026-12-02', conversations: 2, averageQualityScore: 57.5 }, // (45 + 70) / 2
      { day: '2026-12-03', conversations: 0, averageQualityScore: null }, // `to` is 00:59:59 there
    ]);
    assert.equal(rome.conversations, 6, 'the range is the same instants: the totals do not move');
    assert.equal(rome.averageQualityScore, 61);
  });

  it('follows the end of summer time (UTC+2 before 25 October 2026, UTC+1 after)', async () => {
    const w = await s.createWorkspace('Stats, DST');
    await seed(w.id, { at: '2026-10-24T22:30:00Z', source: 'WHATSAPP', status: 'SPAM', score: 10 }); // Rome 10-25 00:30 (UTC+2)
    await seed(w.id, { at: '2026-10-25T22:30:00Z', source: 'WHATSAPP', status: 'SPAM', score: 30 }); // Rome 10-25 23:30 (UTC+1)
    await seed(w.id, { at: '2026-10-25T23:30:00Z', source: 'WIDGET', status: 'SPAM', score: 50 }); // Rome 10-26 00:30
    const q = async (tz: string) =>
      (await gqlOk(s, { token: w.apiToken }, STATS, { from: '2026-10-24T12:00:00Z', to: '2026-10-26T12:00:00Z', tz })).stats.byDay.map(
        (d: { day: string; conversations: number }) => [d.day, d.conversations],
      );
    assert.deepEqual(await q('UTC'), [
      ['2026-10-24', 1],
      ['2026-10-25', 2],
      ['2026-10-26', 0],
    ]);
    assert.deepEqual(await q('Europe/Rome'), [
      ['2026-10-24', 0],
      ['2026-10-25', 2],
      ['2026-10-26', 1],
    ]);
  });

  it('covers the last 30 days by default', async () => {
    const w = await s.createWorkspace('Stats, default range');
    await seedConversations(s, w.id, 1, { lastMessageAt: `now() - interval '1 day'`, qualityScore: '40' });
    await seedConversations(s, w.id, 1, { lastMessageAt: `now() - interval '31 days'`, qualityScore: '90' });
    const d = (await gqlOk(s, { token: w.apiToken }, STATS, {})).stats;
    assert.deepEqual([d.conversations, d.averageQualityScore], [1, 40]);
    assert.ok(d.byDay.length >= 30 && d.byDay.length <= 31, `${d.byDay.length} days`);
  });

  it('refuses an unknown time zone and a reversed range, naming the field', async () => {
    for (const [vars, field] of [
      [{ tz: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ from: TO, to: FROM }, 'from'],
    ] as const) {
      const res = await gqlAs(s, { token: ws.apiToken }, STATS, vars);
      assert.deepEqual([codeOf(res.body), res.body.errors?.[0].extensions?.field], ['BAD_USER_INPUT', field]);
    }
  });
});
