import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const HOME = path.join('libs', 'domain', 'src', 'conversations');
const TABLES = ['conversation', 'contact', 'message', 'note', 'tag', 'conversation_tag', 'review', 'activity'];
const tables = TABLES.join('|');
// Kysely writes (updateTable('x'), insertInto('x as y'), deleteFrom) and raw SQL writes (update x, insert into x, delete from x)
const WRITE = new RegExp(
  `(?:updateTable|insertInto|deleteFrom)\\(\\s*['"\`](?:${tables})(?:\\s+as\\s+\\w+)?['"\`]|\\b(?:update|insert\\s+into|delete\\s+from)\\s+(?:${tables})\\b(?!_)`,
  'i',
);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e) && !/\.(spec|medium-spec|e2e-spec|int-spec|faults-spec)\.ts$/.test(e)) out.push(p);
  }
  return out;
}

describe('one home for the conversation aggregate', () => {
  it(`only ${HOME} writes the conversation tables (migrations aside)`, () => {
    const offenders: string[] = [];
    for (const base of ['apps', 'libs']) {
      for (const file of sources(path.join(ROOT, base))) {
        const rel = path.relative(ROOT, file);
        if (rel.startsWith(HOME) || rel.includes(`${path.sep}migrations${path.sep}`) || rel.startsWith(path.join('apps', 'console')))
          continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => WRITE.test(line) && offenders.push(`${rel}:${i + 1}: ${line.trim()}`));
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the check notices a write (self-check)', () => {
    for (const line of [
      "tx.updateTable('conversation').set(x)",
      "db.insertInto('note as n')",
      'update conversation set title = 1',
      'DELETE FROM conversation_tag ct',
    ]) {
      assert.ok(WRITE.test(line), line);
    }
    for (const line of ["selectFrom('conversation')", 'update conversation_stats', "updateTable('api_token')"])
      assert.ok(!WRITE.test(line), line);
  });
});
