// The console's typed documents are generated from apps/console/src/graphql/schema.graphql: it must be
// what the running API serves (regenerate with `npm run console:schema`).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { it } from 'node:test';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { ConsoleSuite } from '../support/suite';

const COMMITTED = path.resolve(__dirname, '..', '..', '..', '..', 'apps', 'console', 'src', 'graphql', 'schema.graphql');

export function schemaCases(suite: ConsoleSuite): void {
  it("keeps the console's committed schema equal to the running API's", async () => {
    const res = await suite.system.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, suite.seeded.apiToken);
    assert.ok(res.data, JSON.stringify(res.errors));
    const running = printSchema(lexicographicSortSchema(buildClientSchema(res.data)));
    const committed = printSchema(lexicographicSortSchema(buildSchema(await readFile(COMMITTED, 'utf8'))));
    assert.equal(committed, running, 'apps/console/src/graphql/schema.graphql differs from the running schema: run npm run console:schema');
  });
}
