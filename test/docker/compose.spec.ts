// docker/compose.yaml and docker/Dockerfile against the code: api and worker get exactly the settings
// the code reads (all of them in libs/domain/src/config/app-config.ts), and the images run entry
// points that exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const APP_CONFIG = 'libs/domain/src/config/app-config.ts';
/** Reads its one setting itself: it runs before (and without) the application. */
const MIGRATE = 'libs/domain/src/database/migrate.ts';
const SERVER_CODE = ['apps/api/src', 'apps/worker/src', 'libs/domain/src', 'libs/workflows/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(name) && !/spec\.ts$/.test(name) ? [p] : [];
  });
}

/** Environment variable names a source reads: `env.X`, `env['X']`, `(env, 'X'` (app-config's helpers). */
function variablesIn(file: string): Set<string> {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const names = new Set<string>();
  for (const m of text.matchAll(/\benv(?:\.|\[['"]|,\s*['"])([A-Z][A-Z0-9_]+)/g)) names.add(m[1]);
  return names;
}

describe('docker/compose.yaml and docker/Dockerfile', () => {
  const compose = parse(readFileSync(path.join(ROOT, 'docker', 'compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, unknown>; build?: { dockerfile: string; target: string }; ports?: string[] }>;
  };
  const composeText = readFileSync(path.join(ROOT, 'docker', 'compose.yaml'), 'utf8');
  const dockerfile = readFileSync(path.join(ROOT, 'docker', 'Dockerfile'), 'utf8');
  const readByCode = new Set([...variablesIn(APP_CONFIG), ...variablesIn(MIGRATE)]);

  it('parses and has every part of the system', () => {
    for (const s of ['postgres', 'temporal', 'temporal-ui', 'meilisearch', 'api', 'worker']) assert.ok(compose.services[s], `service ${s}`);
  });

  it('the server code reads the environment only through AppConfig (and the migration its DATABASE_URL)', () => {
    const elsewhere = SERVER_CODE.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .map((f) => path.relative(ROOT, f))
      .filter((f) => f !== APP_CONFIG && f !== MIGRATE && /process\.env\b/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    assert.deepEqual(elsewhere, []);
    for (const k of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'MEILI_URL', 'MEILI_MASTER_KEY', 'PORT', 'HOST', 'REVIEW_DELAY', 'ADMIN_TOKEN'])
      assert.ok(readByCode.has(k), `${APP_CONFIG} reads ${k}`);
  });

  it('gives api and worker only variables the code reads, and every one the code needs', () => {
    for (const name of ['api', 'worker']) {
      const env = Object.keys(compose.services[name].environment ?? {}).filter((k) => k !== '<<');
      for (const k of env) assert.ok(readByCode.has(k), `${name} sets ${k}, which no code reads`);
      for (const k of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'MEILI_URL', 'MEILI_MASTER_KEY', 'ADMIN_TOKEN'])
        assert.ok(env.includes(k), `${name} lacks ${k}`);
    }
    for (const m of dockerfile.matchAll(/^ENV ([A-Z][A-Z0-9_]*)=/gm))
      assert.ok(readByCode.has(m[1]) || m[1] === 'NODE_ENV', `Dockerfile sets ${m[1]}, which no code reads`);
    assert.match(dockerfile, /^ENV HOST=0\.0\.0\.0$/m, 'the api listens on every interface in Docker');
  });

  it('builds api and worker from Dockerfile targets that exist, running entry points that exist', () => {
    for (const name of ['api', 'worker']) {
      const build = compose.services[name].build!;
      assert.match(dockerfile, new RegExp(`^FROM .+ AS ${build.target}$`, 'm'));
      const main = name === 'api' ? 'dist/apps/api/src/main.js' : 'dist/apps/worker/src/main.js';
      assert.ok(dockerfile.includes(main), `Dockerfile runs ${main}`);
    }
    for (const [, built] of dockerfile.matchAll(/\bnode (dist\/\S+)\.js\b/g)) {
      const source = `${built.replace(/^dist\//, '')}.ts`;
      assert.ok(existsSync(path.join(ROOT, source)), `Dockerfile runs ${built}.js, but there is no ${source}`);
    }
  });

  it('ships no secret: each is required from docker/.env (named in .env.example), and only the api is published', () => {
    const example = readFileSync(path.join(ROOT, 'docker', '.env.example'), 'utf8');
    for (const name of ['POSTGRES_PASSWORD', 'TEMPORAL_DB_PASSWORD', 'MEILI_MASTER_KEY', 'ADMIN_TOKEN']) {
      const uses = [...composeText.matchAll(new RegExp(`\\$\\{${name}([^}A-Z0-9_]{0,2})`, 'g'))];
      assert.ok(uses.length > 0, `compose uses ${name}`);
      for (const u of uses) assert.equal(u[1], ':?', `every use of ${name} is \${${name}:?…} (required, no default)`);
      assert.match(example, new RegExp(`^${name}=$`, 'm'), `.env.example names ${name}, empty`);
    }
    const published = Object.entries(compose.services).filter(([, s]) => s.ports?.length);
    assert.deepEqual(
      published.map(([name]) => name),
      ['api'],
      'PostgreSQL, Temporal, its UI and Meilisearch stay on the internal network',
    );
  });

  it('runs the Node release package.json pins, in step with engines and .nvmrc', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
    };
    const pinned = pkg.devDependencies.node;
    assert.match(pinned, /^24\.\d+\.\d+$/, 'an exact Node 24 LTS release');
    assert.equal(readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim(), pinned);
    const [major, minor] = pinned.split('.');
    assert.equal(pkg.engines.node, `>=${major}.${minor} <${Number(major) + 1}`);
    const bases = [...dockerfile.matchAll(/^FROM node:(\S+?)-/gm)].map((m) => m[1]);
    assert.ok(bases.length > 0 && bases.every((v) => v === pinned), `Dockerfile bases ${bases.join(', ')} = ${pinned}`);
  });
});
