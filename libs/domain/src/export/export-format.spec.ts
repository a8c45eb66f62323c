import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { csvHeader, csvLine, CSV_BOM, ndjsonLine } from './export-format';
import { EXPORT_COLUMNS, type ExportRow } from './export-row';

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  id: '0b7f4d2e-1111-4c3a-9d6e-5f0a2b3c4d5e',
  title: 'Anna',
  source: 'WHATSAPP',
  status: 'IN_PROGRESS',
  statusOrigin: 'AI',
  suggestedStatus: 'IN_PROGRESS',
  contactName: 'Anna',
  phone: null,
  email: null,
  lastMessageAt: '2026-12-01T10:00:00.000Z',
  messageCount: 3,
  qualityScore: 0,
  summary: 'Asks for a quote',
  tags: [],
  reviewedAt: '2026-12-01T10:10:00.000Z',
  ...over,
});

/** The cells of one CSV line, as a spreadsheet (csv-parse) reads them. */
function cells(r: ExportRow): string[] {
  const records: string[][] = parse(csvHeader() + csvLine(r));
  return records[1];
}
const cell = (r: ExportRow, column: (typeof EXPORT_COLUMNS)[number]) => cells(r)[EXPORT_COLUMNS.indexOf(column)];

describe('export format', () => {
  it('writes the header in the contract order, CRLF line ends, and a BOM constant', () => {
    assert.equal(
      csvHeader(),
      'id,title,source,status,statusOrigin,suggestedStatus,contactName,phone,email,lastMessageAt,messageCount,qualityScore,summary,tags,reviewedAt\r\n',
    );
    assert.ok(csvLine(row()).endsWith('\r\n'));
    assert.equal(CSV_BOM, '\uFEFF');
  });

  it('quotes commas, quotes and newlines (RFC 4180) and keeps accents', () => {
    const summary = 'Línea uno, "dos"\r\ny tres';
    assert.equal(cell(row({ summary }), 'summary'), summary);
    assert.ok(csvLine(row({ summary })).includes('"Línea uno, ""dos""\r\ny tres"'));
    assert.equal(cell(row({ title: 'Zoë Čapek' }), 'title'), 'Zoë Čapek');
  });

  it("prefixes ' to a text cell beginning with =, +, -, @, a tab or a carriage return", () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      assert.equal(cell(row({ contactName: `${start}1+1` }), 'contactName'), `'${start}1+1`, JSON.stringify(start));
    }
    assert.equal(cell(row({ contactName: 'a=1' }), 'contactName'), 'a=1', 'only at the start');
    assert.equal(cell(row({ tags: ['-x', 'b'] }), 'tags'), "'-x;b", 'tags joined with ; then guarded as one cell');
    assert.equal(cell(row({ qualityScore: 0, messageCount: 12 }), 'qualityScore'), '0', 'numbers are not text');
  });

  it('writes null as an empty cell and in NDJSON as null', () => {
    assert.equal(cell(row({ phone: null }), 'phone'), '');
    assert.equal(JSON.parse(ndjsonLine(row({ phone: null }))).phone, null);
  });

  it('writes NDJSON with the same keys in the same order, tags as an array, nothing guarded', () => {
    const line = ndjsonLine(row({ tags: ['=a', 'b'], title: '=x' }));
    assert.ok(line.endsWith('}\n') && !line.slice(0, -1).includes('\n'));
    const o = JSON.parse(line) as Record<string, unknown>;
    assert.deepEqual(Object.keys(o), [...EXPORT_COLUMNS]);
    assert.deepEqual([o.tags, o.title], [['=a', 'b'], '=x']);
  });
});
