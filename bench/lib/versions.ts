// What was measured: service and library versions, and the code's git state.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { ROOT } from '../../scripts/paths.ts';
import { temporalCli } from '../../scripts/stack/temporal.ts';
import type { HttpClient } from './http-client.ts';

const pkg = (name: string): string => {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
};

const safe = async (f: () => Promise<string> | string): Promise<string> => {
  try {
    return await f();
  } catch (e) {
    return `? (${(e as Error).message})`;
  }
};

export async function versions(pool: pg.Pool, meili: HttpClient, meiliKey: string): Promise<Record<string, string>> {
  return {
    node: process.version,
    postgres: await safe(async () => (await pool.query<{ server_version: string }>('show server_version')).rows[0].server_version),
    temporalCli: await safe(() => execFileSync(temporalCli(), ['--version'], { timeout: 10_000 }).toString().trim()),
    meilisearch: await safe(async () =>
      String(
        ((await meili.request('GET', '/version', undefined, { authorization: `Bearer ${meiliKey}` })).body as { pkgVersion: string })
          .pkgVersion,
      ),
    ),
    temporalSdk: pkg('@temporalio/client'),
    meilisearchJs: pkg('meilisearch'),
    pg: pkg('pg'),
    nest: pkg('@nestjs/core'),
    apolloServer: pkg('@apollo/server'),
  };
}

export function gitState(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs', 'scripts'], { cwd: ROOT }).toString().trim() !== '';
    return `${head}${dirty ? ' + uncommitted changes in apps/, libs/ or scripts/' : ''}`;
  } catch {
    return 'unknown';
  }
}
