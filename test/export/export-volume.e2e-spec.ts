// The export at 100,000 rows: every row arrives, newest first, while the api process's memory stays
// bounded (its RSS, read from /proc/<pid>/status during the download, stays under a fixed ceiling
// far below what 100,000 rows held in memory would take). The api runs with a capped V8 heap, so
// garbage is collected rather than left to grow the heap: RSS then measures what is really held,
// and an export that held every row would run out of heap.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { startSystem, type System } from '../support/system';
import { seedConversations } from '../people/support/seed-sql';

const ROWS = 100_000;
/** ~700 characters of summary a row: the CSV is ~90 MB, its rows as strings and objects in memory far more. */
const SUMMARY = `repeat('Il cliente chiede un preventivo per la fornitura annuale; ', 12) || g`;
const HEAP_MB = 128;
/** Growth of the api's RSS over its idle level allowed while streaming (one batch of 1,000 rows is ~1 MB). */
const MAX_GROWTH_MB = 64;

/** The process's resident memory in MB; fails the test if it is gone (out of heap, as a buffering export would be). */
function rssMb(pid: number): number {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    // exited and reaped
  }
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`the api process ${pid} is gone (out of its ${HEAP_MB} MB heap?)`);
  return Number(kb) / 1024;
}

describe('export: 100,000 rows in bounded memory', () => {
  let s: System;
  let ws: { id: string; apiToken: string };
  let apiPid: number;

  before(async () => {
    s = await startSystem({ env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` } });
    ws = await s.createWorkspace('Export volume');
    await seedConversations(s, ws.id, ROWS, {
      summary: SUMMARY,
      name: `case when g % 7 = 0 then '=Formula ' || g else 'Cliente ' || g end`,
    });
    apiPid = [...s.processes].find((p) => p.spawnargs.some((a) => a.includes('apps/api/')))!.pid!;
  });
  after(() => s?.stop());

  /** Streams the export through `sink`, sampling the api's RSS meanwhile; the peak and the bytes. */
  async function download(
    format: 'csv' | 'ndjson',
    sink: NodeJS.WritableStream,
  ): Promise<{ peakMb: number; idleMb: number; bytes: number }> {
    const idleMb = rssMb(apiPid);
    let peakMb = idleMb;
    let lost: Error | undefined;
    const sampler = setInterval(() => {
      try {
        peakMb = Math.max(peakMb, rssMb(apiPid));
      } catch (err) {
        lost = err as Error;
      }
    }, 50);
    let bytes = 0;
    try {
      const res = await fetch(`${s.apiUrl}/v1/conversations/export?format=${format}`, {
        headers: { authorization: `Bearer ${ws.apiToken}` },
      });
      assert.equal(res.status, 200);
      const body = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream);
      body.on('data', (chunk: Buffer) => (bytes += chunk.length));
      await pipeline(body, sink);
    } catch (err) {
      throw lost ?? err;
    } finally {
      clearInterval(sampler);
    }
    if (lost) throw lost;
    return { peakMb: Math.max(peakMb, rssMb(apiPid)), idleMb, bytes };
  }

  it('streams 100,000 CSV rows, newest first, guarded, with the api under a fixed memory ceiling', async (t) => {
    let count = 0;
    let previous = Infinity;
    let guarded = 0;
    const parser = parse({ bom: true, from_line: 2 });
    parser.on('data', (r: string[]) => {
      count++;
      const at = Date.parse(r[9]);
      assert.ok(at <= previous, `row ${count} is not older than the one before`);
      previous = at;
      if (r[1].startsWith("'=Formula ")) guarded++;
    });
    const { peakMb, idleMb, bytes } = await download('csv', parser);
    t.diagnostic(`CSV ${(bytes / 1e6).toFixed(1)} MB; api RSS ${idleMb.toFixed(0)} MB idle, ${peakMb.toFixed(0)} MB peak`);
    assert.equal(count, ROWS);
    assert.equal(guarded, Math.floor(ROWS / 7));
    assert.ok(bytes > 80e6, `held in memory, the export alone would exceed the ceiling (${bytes} bytes)`);
    assert.ok(peakMb - idleMb < MAX_GROWTH_MB, `api RSS grew by ${(peakMb - idleMb).toFixed(0)} MB (ceiling ${MAX_GROWTH_MB} MB)`);
  });

  it('streams 100,000 NDJSON rows under the same ceiling', async (t) => {
    let count = 0;
    let rest = '';
    const counter = new (await import('node:stream')).Writable({
      write(chunk: Buffer, _enc, done) {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop()!;
        for (const line of lines) if (JSON.parse(line).tags) count++;
        done();
      },
    });
    const { peakMb, idleMb, bytes } = await download('ndjson', counter);
    t.diagnostic(`NDJSON ${(bytes / 1e6).toFixed(1)} MB; api RSS ${idleMb.toFixed(0)} MB idle, ${peakMb.toFixed(0)} MB peak`);
    assert.equal(rest, '');
    assert.equal(count, ROWS);
    assert.ok(peakMb - idleMb < MAX_GROWTH_MB, `api RSS grew by ${(peakMb - idleMb).toFixed(0)} MB (ceiling ${MAX_GROWTH_MB} MB)`);
  });
});
