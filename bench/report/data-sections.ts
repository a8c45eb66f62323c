// The report's data sections: seeding and reindex, queries at scale, the bulk change, open workflows,
// and growth (the same figures at every scale side by side).
import type { BenchReport } from '../run.ts';
import type { ScaleRun } from '../stack-run.ts';
import { cpuLine, f, n, table, yes } from './format.ts';
import { p50GoalRatio } from './goals.ts';

export function dataSection(r: BenchReport): string[] {
  const scales = r.stacks.persistent?.scales.filter((s) => s.data) ?? [];
  if (!scales.length) return [];
  return [
    '## 3. Data: seeding and the search index',
    '',
    "Straight SQL (`bench/seed.ts`, generate_series in 10,000-conversation transactions) on the persistent stack; the search index filled by the project's `dist/apps/worker/src/reindex.js` (sent = its run time; searchable = until Meilisearch has no task left).",
    '',
    table(
      ['conversations', 'messages in the DB', 'seed added', 'seed s', 'reindex sent s', 'searchable after s', 'DB MiB'],
      scales.map((s) => {
        const d = s.data;
        return d
          ? [
              n(s.conversations),
              n(d.totalMessages),
              `+${n(d.added)} / +${n(d.addedMessages)} msg`,
              f(d.seedSeconds),
              f(d.reindexSentSeconds),
              `${f(d.reindexSearchableSeconds)}${d.reindexComplete ? '' : ' (timed out)'}`,
              n(d.dbSizeMiB),
            ]
          : [];
      }),
    ),
    '',
  ];
}

export function querySection(r: BenchReport): string[] {
  const out = [
    '## 3b. Queries at scale',
    '',
    "Sequential GraphQL requests after warm-up (auth, parsing, validation, resolvers, DataLoaders, serialisation included), the console's own fields. Raw: the same statements, from the domain's own repositories (dist/) on a pg pool in the bench process, phased as the resolvers and DataLoaders phase them (list: the page with contact and last message, then tags and review; detail: the conversation, then contact, messages, tags, notes, review, reviews and activity, then the activity's notes); for search, the search service itself (Meilisearch, then the matched messages and rows) and, as `Meilisearch alone`, its requests replayed as sent. Goals at 100,000: p50 ≤ 2× raw (search: ≤ 2× Meilisearch alone, as the issue measured it) and p99 < 25 ms for list, detail and search; stats under 50 ms.",
    '',
  ];
  for (const s of r.stacks.persistent?.scales ?? []) {
    if (!s.queries) continue;
    out.push(`**${n(s.conversations)} conversations** (page ${s.queries.page} check: app and domain agree = ${s.queries.pageMatches})`, '');
    out.push(
      table(
        [
          'figure',
          'app p50',
          'app p99',
          'raw p50',
          'raw p99',
          'app ÷ raw p50',
          'p50 ≤ 2× (search: × Meilisearch alone)',
          'p99 goal',
          'p99 met',
          'Meilisearch alone p50 / p99',
        ],
        s.queries.figures.map((q) => [
          q.name,
          f(q.app.p50, 2),
          f(q.app.p99, 2),
          f(q.raw.p50, 2),
          f(q.raw.p99, 2),
          f(q.ratioP50, 2),
          q.goalP50Within2x === null
            ? '—'
            : `${yes((p50GoalRatio(q) ?? Infinity) <= 2)}${q.meiliAlone ? ` (×${f(p50GoalRatio(q), 2)})` : ''}`,
          q.p99Limit ? `< ${q.p99Limit}` : '—',
          yes(q.p99Met),
          q.meiliAlone ? `${f(q.meiliAlone.p50, 2)} / ${f(q.meiliAlone.p99, 2)}` : '',
        ]),
      ),
      '',
      `Search hits per term: ${Object.entries(s.queries.searchHits)
        .map(([k, v]) => `"${k}" ${n(v)}`)
        .join(', ')}.`,
      '',
    );
    if (s.search?.length)
      out.push(
        "Search as `bench/search/search.ts` measures it (the search engineer's figures): GraphQL beside the search service's own Meilisearch request sent straight to Meilisearch, interleaved per term (more terms: a full name, an exact phone number and its last digits).",
        '',
        table(
          ['figure', 'app p50', 'app p99', 'Meilisearch p50', 'Meilisearch p99', 'app ÷ Meilisearch p50', '≤ 2×'],
          s.search.map((q) => [
            q.name,
            f(q.app.p50, 2),
            f(q.app.p99, 2),
            f(q.raw.p50, 2),
            f(q.raw.p99, 2),
            f(q.ratioP50, 2),
            yes(q.goalP50Within2x),
          ]),
        ),
        '',
      );
  }
  return out;
}

export function bulkSection(r: BenchReport): string[] {
  const b = r.stacks.persistent?.bulk;
  if (!b) return [];
  return [
    '## 5. A bulk status change by filter',
    '',
    `A workspace of ${n(b.conversations)} reviewed, indexed conversations, each with its open workflow; \`bulkChangeStatus(filter: {}, status: FOLLOW_UP)\` over all of them. The answer comes after every batch of 1,000 committed (status, activity trail, events); the search index and the workflows' \`ConversationStatus\` attribute follow through their durable paths (the worker's sync loop; the outbox relay's status signals).`,
    '',
    table(
      [
        'matched / changed',
        'answer',
        'search index caught up',
        'status signals sent',
        "workflows' attribute caught up (Temporal visibility)",
        'Meilisearch shows all',
      ],
      [
        [
          `${n(b.matched)} / ${n(b.changed)}`,
          `${n(b.answerMs)} ms`,
          `${f(b.searchIndexCaughtUpS)} s`,
          `${f(b.statusSignalsSentS)} s`,
          `${f(b.workflowAttributeCaughtUpS)} s`,
          b.searchIndexShowsAll ? 'yes' : 'no',
        ],
      ],
    ),
    '',
    `CPU s during the catch-up: ${cpuLine(b.cpuSecondsDuringCatchUp, 1)}.`,
    '',
  ];
}

export function workflowSection(r: BenchReport): string[] {
  const w = r.stacks.persistent?.workflows;
  if (!w) return [];
  return [
    '## 4. Open workflows on the persistent default',
    '',
    'Conversation workflows opened in steps toward a number of running workflows (32 signalWithStart in flight, review delay 1 h: each stays open, idle on its timer), on the dev server with its SQLite file as `npm start` runs it. At each step: RSS of Temporal and the worker and their growth per workflow opened by the section, sequential signals to random open workflows, a burst of concurrent signals to distinct ones (that many busy at once), the workflow-task backlog. Goals: 100,000 open with 0 errors, signal p50 < 50 ms, worker RSS < 1.5 GiB.',
    '',
    `Before the steps: ${n(w.baseline.running)} running (from the earlier sections); Temporal ${f(w.baseline.rss.temporal, 0)} MiB, worker ${f(w.baseline.rss.worker, 0)} MiB.`,
    '',
    table(
      [
        'running',
        'opened here',
        'start /s',
        'start p99',
        'errors',
        'Temporal MiB (KiB/wf)',
        'worker MiB (KiB/wf)',
        'signal p50 / p99',
        'burst',
        'burst p99',
        'burst errors',
        'backlog',
        'free GiB',
      ],
      w.steps.map((s) => [
        n(s.running),
        n(s.opened),
        f(s.fill.perSecond, 0),
        f(s.fill.latency.p99, 0),
        n(s.fill.errors + s.signalLatency.errors),
        `${f(s.rssMiB.temporal, 0)} (${f(s.kibPerOpenWorkflow.temporal, 1)})`,
        `${f(s.rssMiB.worker, 0)} (${f(s.kibPerOpenWorkflow.worker, 1)})`,
        `${f(s.signalLatency.p50)} / ${f(s.signalLatency.p99)}`,
        n(s.burst.size),
        f(s.burst.p99, 0),
        n(s.burst.errors),
        n(s.workflowTaskBacklog),
        f(s.memAvailableGiB, 1),
      ]),
    ),
    '',
    `Where it bends or breaks: ${w.brokeAt ? `**broke at ${n(w.brokeAt.opened)} opened** — ${w.brokeAt.reason}` : 'no step failed'}${w.note ? `; ${w.note}` : ''}.`,
    '',
  ];
}

/** The same headline figures at each scale, side by side. */
export function growthSection(r: BenchReport): string[] {
  const scales = r.stacks.persistent?.scales ?? [];
  if (scales.length < 2) return [];
  const pick = (s: ScaleRun, name: RegExp) => s.queries?.figures.find((q) => name.test(q.name));
  const rows: (string | number)[][] = [
    ['ingestion 1 / 8 / 64 clients, app ÷ raw', ...scales.map((s) => (s.ingestion ?? []).map((x) => f(x.ratio, 2)).join(' / '))],
    ['ingestion 64 clients, app msg/s', ...scales.map((s) => f(s.ingestion?.at(-1)?.app.throughput, 0))],
    [
      'reviews: all visible after (s), minimal ÷ pipeline',
      ...scales.map((s) =>
        s.review ? `${f((s.review.pipeline.allDoneAfterMs ?? NaN) / 1000)} s, ${f(s.review.ratioToTimerLimit, 2)}` : '—',
      ),
    ],
    ...['^list: first page$', '^detail', '^search', '^stats', 'totalCount'].map((k) => [
      `${pick(scales[0], new RegExp(k))?.name ?? k}: p50 / p99 ms`,
      ...scales.map((s) => {
        const q = pick(s, new RegExp(k));
        return q ? `${f(q.app.p50, 2)} / ${f(q.app.p99, 1)}` : '—';
      }),
    ]),
  ];
  return ['## 7. Growth', '', table(['figure', ...scales.map((s) => `@ ${n(s.conversations)}`)], rows), ''];
}
