import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../errors/domain-error';
import { parseExportQuery } from './export-query';

/** The field a refusal names. */
function refused(q: Record<string, string | string[]>): string | undefined {
  try {
    parseExportQuery(q);
    return undefined;
  } catch (err) {
    assert.ok(err instanceof DomainError && err.code === 'INVALID_INPUT', String(err));
    return err.field;
  }
}

describe('parseExportQuery', () => {
  it('defaults to CSV without filters', () => {
    const { format, filter } = parseExportQuery({});
    assert.equal(format, 'csv');
    assert.deepEqual([filter.statuses, filter.sources, filter.tags, filter.search], [[], [], [], undefined]);
  });

  it('takes repeated and comma-separated statuses and sources, repeated tags, and the other filters once', () => {
    const { format, filter } = parseExportQuery({
      format: 'ndjson',
      status: ['SPAM', 'FOLLOW_UP,OPPORTUNITY'],
      source: 'WIDGET',
      tag: ['a,b', 'c'],
      search: 'fattura',
      from: '2026-12-01',
      to: '2026-12-02T10:00:00Z',
      minQualityScore: '10',
      maxQualityScore: '90',
    });
    assert.equal(format, 'ndjson');
    assert.deepEqual(filter.statuses, ['SPAM', 'FOLLOW_UP', 'OPPORTUNITY']);
    assert.deepEqual(filter.sources, ['WIDGET']);
    assert.deepEqual(filter.tags, ['a,b', 'c'], 'a tag name may hold a comma');
    assert.deepEqual([filter.search, filter.minQualityScore, filter.maxQualityScore], ['fattura', 10, 90]);
    assert.deepEqual([filter.from?.toISOString(), filter.to?.toISOString()], ['2026-12-01T00:00:00.000Z', '2026-12-02T10:00:00.000Z']);
  });

  it('names each bad parameter', () => {
    assert.equal(refused({ format: 'xlsx' }), 'format');
    assert.equal(refused({ status: 'DONE' }), 'status');
    assert.equal(refused({ source: 'EMAIL' }), 'source');
    assert.equal(refused({ from: 'yesterday' }), 'from');
    assert.equal(refused({ to: '12/01/2026' }), 'to');
    assert.equal(refused({ minQualityScore: '-1' }), 'minQualityScore');
    assert.equal(refused({ search: ['a', 'b'] }), 'search');
    assert.equal(refused({ page: '2' }), 'page');
  });
});
