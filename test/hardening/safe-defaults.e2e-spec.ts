// `npm start` behaves as production unless told otherwise: no stack traces or internal messages, no
// GraphiQL, no debug statement counts, and the API listens on 127.0.0.1.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { httpGet, startSystem, type System } from '../support/system';

/** Local addresses (hex, as /proc/net/tcp has them) of the sockets listening on `port`. */
function listeningOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A')
    .map((f) => f[1].split(':')[0]);
}

describe('safe defaults (no NODE_ENV, HOST, GRAPHIQL or DEBUG_SQL_COUNT set)', () => {
  let s: System;
  let token: string;
  before(async () => {
    s = await startSystem({ env: { NODE_ENV: '', HOST: '', GRAPHIQL: '', DEBUG_SQL_COUNT: '' } });
    token = (await s.createWorkspace('defaults')).apiToken;
  });
  after(() => s.stop());

  it('listens on 127.0.0.1 only', () => {
    const port = Number(new URL(s.apiUrl).port);
    assert.deepEqual(listeningOn(port), ['0100007F']);
  });

  it('errors carry their code and no stack trace; no statement counts even when asked', async () => {
    const res = await s.gqlRaw(
      '{ conversations(first: 101) { totalCount } }',
      {},
      { authorization: `Bearer ${token}`, 'x-debug-sql-count': '1' },
    );
    assert.equal(res.body.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.equal(res.body.errors[0].extensions.stacktrace, undefined);
    const ok = await s.gqlRaw('{ statusCounts { count } }', {}, { authorization: `Bearer ${token}`, 'x-debug-sql-count': '1' });
    assert.equal(ok.body.extensions?.sqlStatements, undefined);
  });

  it('serves no GraphiQL page', async () => {
    const res = await httpGet(`${s.apiUrl}/graphql`, { accept: 'text/html' });
    assert.doesNotMatch(res.text, /graphiql/i);
  });
});
