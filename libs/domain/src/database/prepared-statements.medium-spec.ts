import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Transaction } from 'kysely';
import { medium, type Medium } from '../../../../test/support/medium';
import { seedConversation } from '../../../../test/support/seed';
import type { DB } from './schema';
import { markPrepared } from './prepared-statements';

/** The statements PostgreSQL holds prepared on the transaction's connection. */
async function preparedOn(tx: Transaction<DB>): Promise<Map<string, string>> {
  const { rows } = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(tx);
  return new Map(rows.map((r) => [r.statement, r.name]));
}

describe('prepared statements (medium)', () => {
  let m: Medium;
  before(async () => {
    m = await medium();
  });
  after(() => m.close());

  const lookup = (id: string) => m.db.kysely.selectFrom('conversation').select(['id', 'title']).where('id', '=', id).compile();

  it('runs a lookup through Db.prepared under a name on every connection of the pool, with the rows of the plain statement', async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id, { reviewed: 'INFO_ONLY' });
    const prepared = await m.db.prepared(lookup(c.id));
    const plain = await m.db.kysely.selectFrom('conversation').select(['id', 'title']).where('id', '=', c.id).execute();
    assert.deepEqual(prepared, plain);
    assert.deepEqual(await m.db.prepared(lookup('00000000-0000-4000-8000-000000000000')), []);
    // the text is marked: on whichever connection runs it next (here a transaction's), it is prepared by name
    const held = await m.db.transaction(async (tx) => {
      await tx.executeQuery(lookup(c.id));
      return preparedOn(tx);
    });
    assert.match(held.get(lookup(c.id).sql) ?? '', /^cv_[0-9a-f]{24}$/);
  });

  it('fails a prepared statement as its plain form would, and the connection goes on', async () => {
    await assert.rejects(m.db.prepared(lookup('not-a-uuid')), /invalid input syntax for type uuid/);
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id, { reviewed: 'INFO_ONLY' });
    assert.equal((await m.db.prepared(lookup(c.id)))[0]?.id, c.id);
  });

  it('leaves unmarked statements unnamed, and stops naming past its bound', async () => {
    const plain = m.db.kysely.selectFrom('workspace').select('id').where('name', '=', 'nobody').compile();
    for (let i = 0; i < 100; i++) markPrepared(`select ${i} as filler`);
    const past = sql<{ n: number }>`select 1 as n where ${1} = 1`.compile(m.db.kysely);
    assert.deepEqual(await m.db.prepared(past), [{ n: 1 }]);
    const held = await m.db.transaction(async (tx) => {
      await tx.executeQuery(plain);
      await tx.executeQuery(past);
      return preparedOn(tx);
    });
    assert.equal(held.has(plain.sql), false);
    assert.equal(held.has(past.sql), false);
  });
});
