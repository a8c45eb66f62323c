// Writes the running API's schema, sorted, to apps/console/src/graphql/schema.graphql (the file the
// console's typed documents are generated from). API_URL (default http://localhost:3000); TOKEN, when
// the API wants credentials for introspection.
import { writeFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import prettier from 'prettier';

const api = process.env.API_URL ?? 'http://localhost:3000';
const target = new URL('../src/graphql/schema.graphql', import.meta.url);
const headers = { 'content-type': 'application/json' };
if (process.env.TOKEN) headers.authorization = `Bearer ${process.env.TOKEN}`;

const res = await fetch(`${api}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: getIntrospectionQuery() }) });
const body = await res.json();
if (!body.data) {
  console.error(`introspection of ${api}/graphql failed: ${JSON.stringify(body.errors ?? body)}`);
  process.exit(1);
}
const sdl = printSchema(lexicographicSortSchema(buildClientSchema(body.data)));
// Formatted as the repository's other files are (the schema test compares parsed schemas, not text).
writeFileSync(target, await prettier.format(sdl, { ...(await prettier.resolveConfig(target.pathname)), parser: 'graphql' }));
console.log(`wrote ${target.pathname}`);
