import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(name) && !/spec\.ts$/.test(name) ? [p] : [];
  });
}

/** Every environment variable the api and worker code reads. */
function variablesReadByCode(): Set<string> {
  const names = new Set<string>();
  for (const file of [...sourceFiles(path.join(ROOT, 'apps')), ...sourceFiles(path.join(ROOT, 'libs'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\benv(?:\.|\[['"])([A-Z][A-Z0-9_]+)/g)) names.add(m[1]);
  }
  return names;
}

describe('docker/compose.yaml', () => {
  const compose = parse(readFileSync(path.join(ROOT, 'docker', 'compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, unknown>; build?: { dockerfile: string; target: string } }>;
  };

  it('parses and has every part of the system', () => {
    for (const s of ['postgres', 'temporal', 'temporal-ui', 'meilisearch', 'api', 'worker']) assert.ok(compose.services[s], `service ${s}`);
  });

  it('gives api and worker only variables the code reads, and every one the code needs', () => {
    const read = variablesReadByCode();
    for (const name of ['api', 'worker']) {
      const env = Object.keys(compose.services[name].environment ?? {}).filter((k) => k !== '<<');
      for (const k of env) assert.ok(read.has(k), `${name} sets ${k}, which no code reads`);
      for (const k of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'MEILI_URL', 'MEILI_MASTER_KEY'])
        assert.ok(env.includes(k), `${name} lacks ${k}`);
    }
  });

  it('builds api and worker from Dockerfile targets that exist', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    for (const name of ['api', 'worker']) {
      const build = compose.services[name].build!;
      assert.match(dockerfile, new RegExp(`^FROM .+ AS ${build.target}$`, 'm'));
      const main = name === 'api' ? 'dist/apps/api/src/main.js' : 'dist/apps/worker/src/main.js';
      assert.ok(dockerfile.includes(main), `Dockerfile runs ${main}`);
    }
  });
});
